/**
 * A paragraph-level comparison of two versions of a story, for the recovery offer ("3
 * paragraphs changed") and the changed-on-disk Compare panel. Paragraphs follow the file rules
 * of core/story.ts. Equal heads and tails are trimmed first, so the usual case (a few edits
 * in one place) is linear; the middle is aligned by longest common subsequence when it is
 * small, and position by position when it is not (good enough to list what differs).
 */
import { parseStory } from "../../core/story";

export interface ParagraphChange {
  readonly kind: "changed" | "added" | "removed";
  /** Paragraph number in `before` (removed, changed) or -1. */
  readonly before: number;
  /** Paragraph number in `after` (added, changed) or -1. */
  readonly after: number;
  readonly beforeText: string;
  readonly afterText: string;
}

const LCS_LIMIT = 1500;

/** The paragraphs that differ between two texts, in order. */
export function diffParagraphs(beforeText: string, afterText: string): ParagraphChange[] {
  const a = parseStory(beforeText).paragraphs.map((p) => p.text);
  const b = parseStory(afterText).paragraphs.map((p) => p.text);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const pairs =
    midA.length * midB.length <= LCS_LIMIT * LCS_LIMIT
      ? alignByLcs(midA, midB)
      : alignByPosition(midA.length, midB.length);
  return pairs.map(([i, j]) => {
    const kind = i < 0 ? "added" : j < 0 ? "removed" : "changed";
    return {
      kind,
      before: i < 0 ? -1 : head + i,
      after: j < 0 ? -1 : head + j,
      beforeText: i < 0 ? "" : midA[i]!,
      afterText: j < 0 ? "" : midB[j]!,
    };
  });
}

/** Pairs of differing paragraphs: [i, j] changed, [i, -1] removed, [-1, j] added. */
function alignByLcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => table[i * (m + 1) + j]!;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  const removed: number[] = [];
  const added: number[] = [];
  const flush = (): void => {
    // A removed paragraph facing an added one at the same spot reads as one changed paragraph.
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) out.push([removed[k]!, added[k]!]);
    for (const r of removed.slice(paired)) out.push([r, -1]);
    for (const d of added.slice(paired)) out.push([-1, d]);
    removed.length = 0;
    added.length = 0;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) removed.push(i++);
    else added.push(j++);
  }
  flush();
  return out;
}

function alignByPosition(n: number, m: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < Math.max(n, m); k++) out.push([k < n ? k : -1, k < m ? k : -1]);
  return out;
}

/** "2 paragraphs changed, 1 added" (counts of a diff), or "no paragraph changed". */
export function summarizeChanges(changes: readonly ParagraphChange[]): string {
  const parts: string[] = [];
  for (const kind of ["changed", "added", "removed"] as const) {
    const n = changes.filter((c) => c.kind === kind).length;
    if (n === 0) continue;
    parts.push(parts.length === 0 ? `${n} paragraph${n === 1 ? "" : "s"} ${kind}` : `${n} ${kind}`);
  }
  return parts.length ? parts.join(", ") : "no paragraph changed";
}
