/**
 * Find and replace across the whole story, on prosemirror-search: it keeps the query in its
 * plugin state, highlights matches with decorations that map through edits, and does the
 * replacing. This file adds what the find bar needs on top: building a query from the bar's
 * options, counting matches, and replace-all as one undo step of its own.
 */
import { closeHistory } from "prosemirror-history";
import type { Command, EditorState, Plugin } from "prosemirror-state";
import {
  findNext as searchNext,
  findPrev as searchPrev,
  getSearchState,
  replaceAll as searchReplaceAll,
  replaceNext as searchReplaceNext,
  search,
  SearchQuery,
  setSearchState,
} from "prosemirror-search";

/** What the writer typed and toggled in the find bar. */
export interface FindOptions {
  readonly search: string;
  readonly replace: string;
  readonly caseSensitive: boolean;
  readonly wholeWord: boolean;
  readonly regexp: boolean;
}

export const emptyFind: FindOptions = {
  search: "",
  replace: "",
  caseSensitive: false,
  wholeWord: false,
  regexp: false,
};

/** The search plugin (one per editor state). */
export function find(): Plugin {
  return search();
}

export function queryFor(options: FindOptions): SearchQuery {
  // `literal` keeps "\n" in a plain search from silently becoming a line break.
  return new SearchQuery({ ...options, literal: !options.regexp });
}

/** Sets the active query (an empty search clears the highlights). */
export function setFind(options: FindOptions): Command {
  return (state, dispatch) => {
    if (!getSearchState(state)) return false;
    dispatch?.(setSearchState(state.tr, queryFor(options)));
    return true;
  };
}

export interface MatchCount {
  readonly total: number;
  /** 1-based index of the match the selection is on, or 0 when it is on none. */
  readonly current: number;
  /** Counting stopped at the limit (a one-letter search in a novel). */
  readonly capped: boolean;
}

/** Counting is linear in the story; the cap keeps a pathological query from stalling typing. */
export const MATCH_COUNT_LIMIT = 10_000;

/** Counts the active query's matches and which one the selection sits on. */
export function countMatches(state: EditorState, limit = MATCH_COUNT_LIMIT): MatchCount {
  const query = getSearchState(state)?.query;
  if (!query || !query.valid) return { total: 0, current: 0, capped: false };
  const { from, to } = state.selection;
  let total = 0;
  let current = 0;
  let pos = 0;
  for (;;) {
    const match = query.findNext(state, pos);
    if (!match) break;
    total++;
    if (match.from === from && match.to === to) current = total;
    if (total >= limit) return { total, current, capped: true };
    // An empty regexp match (`x*`) must still move forward.
    pos = match.to > match.from ? match.to : match.to + 1;
  }
  return { total, current, capped: false };
}

export const findNext: Command = searchNext;
export const findPrevious: Command = searchPrev;
export const replaceNext: Command = searchReplaceNext;

/** Replaces every match in one transaction that undo takes back in one step. */
export const replaceAll: Command = (state, dispatch) =>
  searchReplaceAll(state, dispatch && ((tr) => dispatch(closeHistory(tr))));

/** Whether the options name a regular expression that does not compile. */
export function invalidRegexp(options: FindOptions): boolean {
  return options.regexp && options.search !== "" && !queryFor(options).valid;
}
