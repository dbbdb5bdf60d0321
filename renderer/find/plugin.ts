/**
 * Find and replace across the whole story. prosemirror-search supplies the query (options,
 * validity, `$1` replacements); matching and highlighting are our own, because its plugin
 * searched the whole document on every transaction, which stalled a novel for seconds.
 *
 * Here setting a query costs nothing: the plugin view scans the story in slices of a few
 * milliseconds, starting at the caret's paragraph and wrapping round, and each slice adds its
 * highlights and count. Edits map the highlights and re-match only the paragraphs they touch,
 * and only while a search is active, so typing with the bar closed pays one comparison.
 */
import { closeHistory } from "prosemirror-history";
import type { Node as PMNode } from "prosemirror-model";
import {
  type Command,
  type EditorState,
  Plugin,
  PluginKey,
  TextSelection,
  type Transaction,
} from "prosemirror-state";
import { SearchQuery } from "prosemirror-search";
import { Mapping } from "prosemirror-transform";
import { Decoration, DecorationSet, type EditorView } from "prosemirror-view";
import { highlightsKey } from "../analysis/highlights";
import {
  allMatches,
  blockMatches,
  eachBlockFrom,
  firstMatchFrom,
  keepingWraps,
  lastMatchBefore,
  matcherFor,
  type BlockMatcher,
  type Match,
} from "./find-match";

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

export function queryFor(options: FindOptions): SearchQuery {
  // `literal` keeps "\n" in a plain search from silently becoming a line break.
  return new SearchQuery({ ...options, literal: !options.regexp });
}

/** Highlights beyond this many are not drawn or counted (a one-letter search in a novel). */
export const MATCH_COUNT_LIMIT = 10_000;
/** How long one slice of the background scan may run before it gives the page back. */
const SLICE_MS = 6;
/**
 * Matches one slice may add: each becomes a decoration, and adding thousands at once (a
 * one-letter search) cost a slice tens of milliseconds.
 */
const SLICE_MATCHES = 500;
/** An edit of more steps than this (Replace All) starts the scan again instead of mapping. */
const MAPPED_STEPS = 8;

const MATCH = "ProseMirror-search-match";
const ACTIVE = "ProseMirror-active-search-match";
const matchDeco = (from: number, to: number): Decoration =>
  Decoration.inline(from, to, { class: MATCH });

/**
 * The active search. The scan covers [origin, end) and then, once `wrapped`, [0, cursor); a
 * paragraph is matched when its start lies in the covered part.
 */
interface FindState {
  readonly query: SearchQuery;
  readonly matcher: BlockMatcher;
  readonly deco: DecorationSet;
  readonly active: DecorationSet;
  readonly count: number;
  readonly origin: number;
  readonly cursor: number;
  readonly wrapped: boolean;
  readonly complete: boolean;
  /** Select the first match at or after this position once the scan finds one. */
  readonly seek: number | null;
}

interface SliceResult {
  readonly found: readonly Match[];
  readonly cursor: number;
  readonly wrapped: boolean;
  readonly complete: boolean;
}

type FindMeta =
  { readonly query: SearchQuery; readonly seek: number | null } | { readonly slice: SliceResult };

const findKey = new PluginKey<FindState>("find");

function started(query: SearchQuery, state: EditorState, seek: number | null): FindState {
  const origin = blockStartAt(state.doc, seek ?? state.selection.from);
  return {
    query,
    matcher: matcherFor(query),
    deco: DecorationSet.empty,
    active: DecorationSet.empty,
    count: 0,
    origin,
    cursor: origin,
    wrapped: false,
    complete: !query.valid,
    seek: query.valid ? seek : null,
  };
}

/** The start of the top-level-most textblock holding `pos` (or `pos` between blocks). */
function blockStartAt(doc: PMNode, pos: number): number {
  const $pos = doc.resolve(Math.min(pos, doc.content.size));
  return $pos.parent.isTextblock ? $pos.before() : pos;
}

const covered = (s: FindState, pos: number): boolean =>
  s.complete || (s.wrapped ? pos >= s.origin || pos < s.cursor : pos >= s.origin && pos < s.cursor);

function activeFor(s: FindState, state: EditorState): DecorationSet {
  const { from, to } = state.selection;
  if (from === to || s.count === 0) return DecorationSet.empty;
  const on = s.deco.find(from, to).some((d) => d.from === from && d.to === to);
  return on
    ? DecorationSet.create(state.doc, [Decoration.inline(from, to, { class: ACTIVE })])
    : DecorationSet.empty;
}

/** The textblocks of `doc` that [from, to] touches, by content start. */
function blocksIn(doc: PMNode, from: number, to: number, into: Map<number, PMNode>): void {
  doc.nodesBetween(Math.max(0, from), Math.min(to, doc.content.size), (node, at) => {
    if (node.isTextblock) into.set(at + 1, node);
    return !node.isTextblock;
  });
}

/**
 * Maps the search through an edit (a few steps: typing) and re-matches the paragraphs the
 * edit touched: their matches before the edit leave the count, their matches now join it.
 */
function mapped(s: FindState, tr: Transaction, state: EditorState): FindState {
  const mapping = tr.mapping;
  const before = new Map<number, PMNode>();
  const after = new Map<number, PMNode>();
  mapping.maps.forEach((map, i) => {
    // Not `mapping.slice(0, i).invert()`: a Mapping's invert() inverts every map it holds,
    // not the slice, so an edit's first steps were read through the later ones too.
    const back = new Mapping(mapping.maps.slice(0, i)).invert();
    const ahead = mapping.slice(i + 1);
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      blocksIn(tr.before, back.map(oldStart, -1), back.map(oldEnd, 1), before);
      blocksIn(state.doc, ahead.map(newStart, -1), ahead.map(newEnd, 1), after);
    });
  });
  let count = s.count;
  for (const [start, block] of before)
    count -= s.deco.find(start, start + block.content.size).length;
  let deco = s.deco.map(mapping, state.doc);
  const moved = { ...s, origin: mapping.map(s.origin, -1), cursor: mapping.map(s.cursor, -1) };
  for (const [start, block] of after) {
    deco = deco.remove(deco.find(start, start + block.content.size));
    if (!covered(moved, start - 1)) continue;
    const found = blockMatches(moved.matcher, block, start);
    deco = deco.add(
      state.doc,
      found.map((m) => matchDeco(m.from, m.to)),
    );
    count += found.length;
  }
  return { ...moved, deco, count: Math.max(0, count) };
}

/** The search (one per editor state): the query, its highlights, and the scan. */
function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: (_config, state) => started(queryFor(emptyFind), state, null),
      apply(tr, s, _old, state) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (meta && "query" in meta) return started(meta.query, state, meta.seek);
        if (!s.query.valid) return s;
        let next = s;
        if (meta && "slice" in meta) {
          const { found, cursor, wrapped, complete } = meta.slice;
          const room = Math.max(0, MATCH_COUNT_LIMIT - s.count);
          const kept = found.slice(0, room);
          next = {
            ...s,
            deco: kept.length
              ? s.deco.add(
                  state.doc,
                  kept.map((m) => matchDeco(m.from, m.to)),
                )
              : s.deco,
            count: s.count + kept.length,
            cursor,
            wrapped,
            complete:
              complete || kept.length < found.length || s.count + kept.length >= MATCH_COUNT_LIMIT,
            seek: complete ? null : s.seek,
          };
        } else if (tr.docChanged && tr.steps.length > MAPPED_STEPS)
          next = started(s.query, state, null);
        else if (tr.docChanged) next = mapped(s, tr, state);
        if (tr.selectionSet && next.seek !== null) next = { ...next, seek: null };
        if (tr.docChanged || tr.selectionSet || next !== s)
          next = { ...next, active: activeFor(next, state) };
        return next;
      },
    },
    props: { decorations: (state) => onScreen(state) },
    view: (view) => new FindScan(view),
  });
}

/** Positions either side of the caret drawn when no on-screen window is known yet. */
const NEAR_CARET = 20_000;
const drawnFor = new WeakMap<FindState, { from: number; to: number; set: DecorationSet }>();

/**
 * The highlights on screen: the window the analysis marks are drawn for (highlights.ts follows
 * the scroll). A span per match across a novel was thousands of spans redrawn per keystroke
 * in the field, the long tasks this plugin exists to avoid.
 */
function onScreen(state: EditorState): DecorationSet | null {
  const s = findKey.getState(state);
  if (!s || s.count === 0) return null;
  const window = highlightsKey.getState(state)?.window;
  const head = state.selection.head;
  const { from, to } =
    window && window.to > window.from
      ? window
      : {
          from: Math.max(0, head - NEAR_CARET),
          to: Math.min(state.doc.content.size, head + NEAR_CARET),
        };
  const memo = drawnFor.get(s);
  if (memo && memo.from === from && memo.to === to) return memo.set;
  const set = DecorationSet.create(state.doc, s.deco.find(from, to));
  drawnFor.set(s, { from, to, set });
  return set;
}

/** The plugins of find: the search with its highlights, and the mark on the current match. */
export function find(): Plugin[] {
  return [
    findPlugin(),
    new Plugin({ props: { decorations: (state) => findKey.getState(state)?.active } }),
  ];
}

/** Scans the story in slices between frames, so the page never waits on a whole search. */
class FindScan {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly view: EditorView) {
    this.update();
  }

  update(): void {
    const s = findKey.getState(this.view.state);
    if (s && !s.complete && this.timer === undefined)
      this.timer = setTimeout(() => this.slice(), 0);
  }

  destroy(): void {
    clearTimeout(this.timer);
  }

  private slice(): void {
    this.timer = undefined;
    const { state } = this.view;
    const s = findKey.getState(state);
    if (!s || s.complete) return;
    const result = scanSlice(s, state.doc, SLICE_MS);
    const tr = state.tr
      .setMeta(findKey, { slice: result } satisfies FindMeta)
      .setMeta("addToHistory", false);
    const target = s.seek === null ? null : pickSeek(s, result, state.doc);
    if (target)
      tr.setSelection(TextSelection.create(state.doc, target.from, target.to)).scrollIntoView();
    this.view.dispatch(tr);
  }
}

/**
 * The match a new search selects: the first at or after the caret, else (wrapping) the first
 * in the story. Forward-pass matches start at or after `origin`, wrapped ones before it.
 */
function pickSeek(s: FindState, result: SliceResult, doc: PMNode): Match | null {
  const seek = s.seek!;
  const found =
    result.found.find((m) => m.from >= seek) ?? result.found.find((m) => m.from < s.origin);
  if (found) return found;
  // Only matches before the caret in its own paragraph: the scan has them, the slice may not.
  return result.complete && s.count + result.found.length > 0
    ? firstMatchFrom(doc, s.query, 0)
    : null;
}

/** Matches paragraphs from the scan's cursor until `budgetMs` is spent or the scan is done. */
function scanSlice(s: FindState, doc: PMNode, budgetMs: number): SliceResult {
  const deadline = performance.now() + budgetMs;
  const found: Match[] = [];
  let cursor = s.cursor;
  let wrapped = s.wrapped;
  let out = false;
  const stop = wrapped ? s.origin : doc.content.size;
  eachBlockFrom(doc, cursor, (block, start) => {
    if (start - 1 >= stop) return false;
    for (const m of blockMatches(s.matcher, block, start)) found.push(m);
    cursor = start + block.nodeSize - 1;
    if (found.length >= SLICE_MATCHES || performance.now() > deadline) {
      out = true;
      return false;
    }
    return true;
  });
  if (!out) {
    if (!wrapped) {
      wrapped = true;
      cursor = 0;
    } else cursor = s.origin;
  }
  const complete = wrapped && cursor >= s.origin;
  return { found, cursor, wrapped, complete };
}

/**
 * Runs the background search to its end without a view, a slice of `budgetMs` at a time (tests,
 * and whoever needs the whole count at once). Returns the state with every match found.
 */
export function finishScan(state: EditorState, budgetMs = SLICE_MS): EditorState {
  for (let s = findKey.getState(state); s && !s.complete; s = findKey.getState(state)) {
    const slice = scanSlice(s, state.doc, budgetMs);
    state = state.apply(state.tr.setMeta(findKey, { slice } satisfies FindMeta));
  }
  return state;
}

/** Sets the active query (an empty search clears the highlights); `seek` selects from there. */
export function setFind(options: FindOptions, seek: number | null = null): Command {
  return (state, dispatch) => {
    if (!findKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(findKey, { query: queryFor(options), seek } satisfies FindMeta));
    return true;
  };
}

/** The active query, or undefined without the plugin. */
export function activeQuery(state: EditorState): SearchQuery | undefined {
  return findKey.getState(state)?.query;
}

export interface MatchCount {
  readonly total: number;
  /** 1-based index of the match the selection is on, or 0 when it is on none. */
  readonly current: number;
  /** Counting stopped at the limit (a one-letter search in a novel). */
  readonly capped: boolean;
}

/** What the background scan knows so far: the count, and whether it is the whole story's. */
export interface FindProgress extends MatchCount {
  readonly complete: boolean;
}

export function findProgress(state: EditorState): FindProgress {
  const s = findKey.getState(state);
  if (!s || !s.query.valid) return { total: 0, current: 0, capped: false, complete: true };
  const { from, to } = state.selection;
  let current = 0;
  if (s.complete && from !== to && s.active !== DecorationSet.empty)
    current = s.deco.find(0, from).filter((d) => d.from < from).length + 1;
  return {
    total: s.count,
    current,
    capped: s.complete && s.count >= MATCH_COUNT_LIMIT,
    complete: s.complete,
  };
}

/** The scan's count and whether it is done, without working out the current match. */
export function findScan(state: EditorState): {
  readonly total: number;
  readonly complete: boolean;
} {
  const s = findKey.getState(state);
  return { total: s?.count ?? 0, complete: s?.complete ?? true };
}

/** Counts the active query's matches in one pass, and which one the selection sits on. */
export function countMatches(state: EditorState, limit = MATCH_COUNT_LIMIT): MatchCount {
  const query = activeQuery(state);
  if (!query || !query.valid) return { total: 0, current: 0, capped: false };
  const found = allMatches(state.doc, query, limit);
  const { from, to } = state.selection;
  const index = found.findIndex((m) => m.from === from && m.to === to);
  return { total: found.length, current: index + 1, capped: found.length >= limit };
}

const select = (state: EditorState, m: Match): Transaction =>
  state.tr.setSelection(TextSelection.create(state.doc, m.from, m.to)).scrollIntoView();

/** The next match after the selection, wrapping to the start. */
function nextAfter(state: EditorState, query: SearchQuery, pos: number): Match | null {
  return firstMatchFrom(state.doc, query, pos) ?? firstMatchFrom(state.doc, query, 0, pos);
}

const known = (state: EditorState): SearchQuery | null => {
  const s = findKey.getState(state);
  return s && s.query.valid && !(s.complete && s.count === 0) ? s.query : null;
};

export const findNext: Command = (state, dispatch) => {
  const query = known(state);
  const m = query && nextAfter(state, query, state.selection.to);
  if (!m) return false;
  dispatch?.(select(state, m));
  return true;
};

export const findPrevious: Command = (state, dispatch) => {
  const query = known(state);
  const m =
    query &&
    (lastMatchBefore(state.doc, query, state.selection.from) ??
      lastMatchBefore(state.doc, query, state.doc.content.size));
  if (!m) return false;
  dispatch?.(select(state, m));
  return true;
};

/** Replaces the match the selection is on and selects the next; or selects the next. */
export const replaceNext: Command = (state, dispatch) => {
  const query = known(state);
  const m = query && nextAfter(state, query, state.selection.from);
  if (!query || !m) return false;
  if (!dispatch) return true;
  if (state.selection.from !== m.from || state.selection.to !== m.to) {
    dispatch(select(state, m));
    return true;
  }
  const tr = state.tr;
  const ranges = query.getReplacements(state, m).map((r) => keepingWraps(state.doc, r));
  for (let i = ranges.length - 1; i >= 0; i--)
    tr.replace(ranges[i]!.from, ranges[i]!.to, ranges[i]!.insert);
  const after = nextAfter(state, query, m.to);
  if (after && after.from !== m.from)
    tr.setSelection(
      TextSelection.create(tr.doc, tr.mapping.map(after.from, 1), tr.mapping.map(after.to, -1)),
    );
  else tr.setSelection(TextSelection.create(tr.doc, m.from, tr.mapping.map(m.to, 1)));
  dispatch(tr.scrollIntoView());
  return true;
};

/**
 * Replaces every match in one transaction that undo takes back in one step; `along` adds what
 * goes with the replace to the same transaction (a character renamed with its name).
 */
export function replaceAllWith(along?: (state: EditorState, tr: Transaction) => unknown): Command {
  return (state, dispatch) => {
    const query = activeQuery(state);
    if (!query?.valid) return false;
    const matches = allMatches(state.doc, query);
    if (!dispatch) return true;
    const tr = state.tr;
    for (let i = matches.length - 1; i >= 0; i--) {
      const ranges = query
        .getReplacements(state, matches[i]!)
        .map((r) => keepingWraps(state.doc, r));
      for (let j = ranges.length - 1; j >= 0; j--)
        tr.replace(ranges[j]!.from, ranges[j]!.to, ranges[j]!.insert);
    }
    along?.(state, tr);
    dispatch(closeHistory(tr));
    return true;
  };
}

/** Replaces every match in one transaction that undo takes back in one step. */
export const replaceAll: Command = replaceAllWith();

/** Whether the options name a regular expression that does not compile. */
export function invalidRegexp(options: FindOptions): boolean {
  return options.regexp && options.search !== "" && !queryFor(options).valid;
}
