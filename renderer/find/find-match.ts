/**
 * Matching a find query against the story, one paragraph (textblock) at a time, in one linear
 * pass. prosemirror-search's own `findNext` restarts its walk from the top of the document for
 * every match and lower-cases the paragraph again each time, which made counting "Willow" in a
 * 300,000-word story take seconds; here each paragraph's text is read and lower-cased once.
 */
import { Fragment, Slice, type Node as PMNode } from "prosemirror-model";
import type { SearchQuery } from "prosemirror-search";
import { wrapJoint } from "../../core/text/hard-wrap";
import { joinedWrapOffsets } from "../editor/wrap-joins";

/** One match, in the shape prosemirror-search's `getReplacements` takes. */
export interface Match {
  readonly from: number;
  readonly to: number;
  readonly match: RegExpExecArray | null;
  /** Where the group offsets of `match` count from (the paragraph's content start). */
  readonly matchStart: number;
}

/**
 * A paragraph's text as prosemirror-search reads it: an inline leaf is one placeholder, but a
 * hard-wrapped draft's wrap break is the space the editor shows (a phrase across it is found).
 */
export function blockText(block: PMNode): string {
  let text = "";
  block.forEach((child) => {
    text += child.isText ? child.text! : child.attrs.wrap === true ? " " : "\ufffc";
  });
  return text;
}

/**
 * The matches of `match` in a paragraph as the editor shows it: a wrap break after a closed dash
 * ("well-" at a line's end) is drawn as nothing (wrap-joins.ts), so "well-known" is found across
 * it and "well- known" is not. Offsets come back in the document, the break inside the match.
 */
export function blockMatches(match: BlockMatcher, block: PMNode, start: number): Match[] {
  const text = blockText(block);
  const joined = joinedWrapOffsets(block);
  if (joined.length === 0) return match(text, start);
  let shown = "";
  let from = 0;
  for (const at of joined) {
    shown += text.slice(from, at);
    from = at + 1;
  }
  shown += text.slice(from);
  // A shown offset in the paragraph: a match's start goes past a break there, its end does not.
  const inBlock = (offset: number, end: boolean): number => {
    let n = offset;
    for (const at of joined) if (end ? at < n : at <= n) n++;
    return n;
  };
  return match(shown, 0).map((m) => {
    const at = { from: start + inBlock(m.from, false), to: start + inBlock(m.to, m.to > m.from) };
    if (!m.match) return { ...at, match: null, matchStart: at.from };
    // A regular expression's groups ("$1" in a replacement) count from the paragraph's start.
    const indices = m.match.indices?.map((span) =>
      span
        ? ([inBlock(span[0], false), inBlock(span[1], span[1] > span[0])] as [number, number])
        : span,
    );
    const copy = Object.assign([...m.match], {
      index: m.match.index,
      input: m.match.input,
      indices,
    });
    return { ...at, match: copy as unknown as RegExpExecArray, matchStart: start };
  });
}

/** One range a replacement rewrites, as prosemirror-search's `getReplacements` gives it. */
export interface Replacement {
  readonly from: number;
  readonly to: number;
  readonly insert: Slice;
}

const sameLetter = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * `r` keeping the wrap breaks of the text it rewrites where the replacement keeps the words
 * around them. Replaced by plain text, a wrap break (found as the space it shows) became a
 * space: "one\nhand" replaced by "One hand" saved "One hand", the file's line end gone though
 * the writer changed one letter. A wrap within the unchanged start or end of the match (letter
 * case aside) stays where it was; one among the rewritten words goes, as the writer asked.
 */
export function keepingWraps(doc: PMNode, r: Replacement): Replacement {
  const content = r.insert.content;
  if (content.childCount !== 1 || !content.firstChild!.isText) return r;
  // The text the match covers as shown, each wrap break at its offset there; one after a closed
  // dash is shown as nothing (wrap-joins.ts) and keeps its place between two letters.
  const $from = doc.resolve(r.from);
  const joinedAt = new Set(joinedWrapOffsets($from.parent).map((o) => $from.start() + o));
  const wraps = new Map<number, { node: PMNode; joined: boolean }>();
  let shown = "";
  doc.nodesBetween(r.from, r.to, (node, pos) => {
    if (node.isText) shown += node.text!.slice(Math.max(0, r.from - pos), r.to - pos);
    else if (node.isInline && pos >= r.from) {
      const joined = node.attrs.wrap === true && joinedAt.has(pos);
      if (node.attrs.wrap === true) wraps.set(shown.length, { node, joined });
      if (!joined) shown += node.attrs.wrap === true ? " " : "\ufffc";
    }
    return !node.isInline;
  });
  if (wraps.size === 0) return r;
  const text = content.firstChild!.text!;
  const most = Math.min(shown.length, text.length);
  let start = 0;
  while (start < most && sameLetter(shown[start], text[start])) start++;
  let end = 0;
  while (end < most - start && sameLetter(shown.at(-1 - end), text.at(-1 - end))) end++;
  const kept = new Map<number, { node: PMNode; joined: boolean }>();
  for (const [at, wrap] of wraps) {
    // A joined break sits before the letter at `at`; a spaced one is the space there.
    const before = wrap.joined ? at <= start : at < start;
    const to = before ? at : at >= shown.length - end ? at - shown.length + text.length : -1;
    if (to < 0) continue;
    if (wrap.joined ? wrapJoint(text.slice(0, to)) === "" : text[to] === " ") kept.set(to, wrap);
  }
  if (kept.size === 0) return r;
  const { marks } = content.firstChild!;
  const nodes: PMNode[] = [];
  let from = 0;
  for (const at of [...kept.keys()].sort((a, b) => a - b)) {
    if (at > from) nodes.push(doc.type.schema.text(text.slice(from, at), marks));
    const wrap = kept.get(at)!;
    nodes.push(wrap.node);
    from = wrap.joined ? at : at + 1;
  }
  if (from < text.length) nodes.push(doc.type.schema.text(text.slice(from), marks));
  return { ...r, insert: new Slice(Fragment.from(nodes), 0, 0) };
}

const LETTER = /\p{L}/u;

/**
 * Curly quote marks and apostrophes read as the straight ones a keyboard types: a curly story's
 * "Nobody’s" (the editor itself turns ' into ’ there) is found by "Nobody's". Each mark is one
 * UTF-16 unit, so offsets in the folded text are offsets in the story.
 */
const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f]/g;
export function foldQuotes(text: string): string {
  return text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"');
}
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

/**
 * Lower case that keeps every offset: a match's offsets in the folded text are its offsets in the
 * story. A letter whose lower case is longer ("İ" lowers to "i" and a combining dot) is kept as
 * it is; `toLowerCase` alone would shift every later match in the paragraph.
 */
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
}

/** A matcher for one query: every match in one paragraph's text. */
export type BlockMatcher = (text: string, start: number) => Match[];

/** Builds the matcher once per query (the regular expression and lower-cased needle). */
export function matcherFor(query: SearchQuery): BlockMatcher {
  if (!query.valid) return () => [];
  const wholeWord = (text: string, from: number, to: number): boolean =>
    !query.wholeWord ||
    ((!isLetter(text[from - 1]) || !isLetter(text[from])) &&
      (!isLetter(text[to - 1]) || !isLetter(text[to])));
  if (query.regexp) {
    const flags =
      "gu" + (query.caseSensitive ? "" : "i") + ("hasIndices" in RegExp.prototype ? "d" : "");
    const regexp = new RegExp(query.search, flags);
    return (text, start) => {
      const found: Match[] = [];
      regexp.lastIndex = 0;
      for (let m = regexp.exec(text); m; m = regexp.exec(text)) {
        const to = m.index + m[0].length;
        if (m[0].length === 0) regexp.lastIndex = m.index + 1;
        else if (wholeWord(text, m.index, to))
          found.push({ from: start + m.index, to: start + to, match: m, matchStart: start });
      }
      return found;
    };
  }
  const search = foldQuotes(query.search);
  const needle = query.caseSensitive ? search : foldCase(search);
  return (text, start) => {
    const found: Match[] = [];
    const folded = foldQuotes(text);
    const hay = query.caseSensitive ? folded : foldCase(folded);
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      const to = i + needle.length;
      if (wholeWord(text, i, to))
        found.push({ from: start + i, to: start + to, match: null, matchStart: start + i });
    }
    return found;
  };
}

/**
 * Calls `visit` with each textblock that ends after `from`, in order, with its content start,
 * until `visit` returns false. Skips whole subtrees before `from` without entering them.
 */
export function eachBlockFrom(
  doc: PMNode,
  from: number,
  visit: (block: PMNode, start: number) => boolean,
): void {
  const walk = (node: PMNode, contentStart: number): boolean => {
    let pos = contentStart;
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      const end = pos + child.nodeSize;
      if (end > from) {
        if (child.isTextblock) {
          if (!visit(child, pos + 1)) return false;
        } else if (!child.isLeaf && !walk(child, pos + 1)) return false;
      }
      pos = end;
    }
    return true;
  };
  walk(doc, 0);
}

/** Every match in the document, in order (a linear pass: Replace All and tests). */
export function allMatches(doc: PMNode, query: SearchQuery, limit = Infinity): Match[] {
  const match = matcherFor(query);
  const found: Match[] = [];
  eachBlockFrom(doc, 0, (block, start) => {
    for (const m of blockMatches(match, block, start)) found.push(m);
    return found.length < limit;
  });
  return found.length > limit ? found.slice(0, limit) : found;
}

/** The first match starting at or after `pos` (and before `end`), or null. */
export function firstMatchFrom(
  doc: PMNode,
  query: SearchQuery,
  pos: number,
  end = doc.content.size,
): Match | null {
  const match = matcherFor(query);
  let result: Match | null = null;
  eachBlockFrom(doc, pos, (block, start) => {
    if (start > end) return false;
    result = blockMatches(match, block, start).find((m) => m.from >= pos && m.to <= end) ?? null;
    return result === null;
  });
  return result;
}

/** The last match ending at or before `pos`, or null (a backward walk over the blocks). */
export function lastMatchBefore(doc: PMNode, query: SearchQuery, pos: number): Match | null {
  const match = matcherFor(query);
  const blocks: { block: PMNode; start: number }[] = [];
  doc.nodesBetween(0, Math.max(0, pos), (node, at) => {
    if (node.isTextblock) blocks.push({ block: node, start: at + 1 });
    return !node.isTextblock;
  });
  for (let i = blocks.length - 1; i >= 0; i--) {
    const { block, start } = blocks[i]!;
    const found = blockMatches(match, block, start).filter((m) => m.to <= pos);
    if (found.length) return found[found.length - 1]!;
  }
  return null;
}
