/**
 * Where the outline's recorded scenes begin in a story's text, found by content: each scene
 * recorded in the sidecar keeps a hash of its first paragraph and its paragraph count. A scene
 * is found again by that hash, nearest to where the previous scene's count says it should
 * start; when its first paragraph was edited in another program, that expected place is used
 * instead. Marker lines in the file always open a scene. Shared by the app's outline (which
 * lays its scene nodes over the result) and the CLI's export (which breaks between them).
 */
import type { StoryText } from "../story";

export interface SceneAnchor {
  /** FNV-1a hash (hex) of the scene's first paragraph, white space collapsed. */
  readonly hash: string;
  /** Paragraphs in the scene, marker lines excluded. */
  readonly paragraphs: number;
}

export interface AnchoredStarts {
  /** File paragraph number of each prose paragraph (marker lines left out), in order. */
  readonly prose: readonly number[];
  /** Prose positions that follow a marker line. */
  readonly markerStarts: ReadonlySet<number>;
  /** Prose position where each recorded scene begins, or -1 when it was lost. */
  readonly starts: readonly number[];
  /** Scenes found by their first paragraph's hash. */
  readonly matched: number;
  /** Scenes placed by their neighbour's paragraph count (first paragraph changed). */
  readonly placed: number;
}

const WHITE = /\s+/g;

/** Content hash of a paragraph, insensitive to white space and line-ending changes. */
export function paragraphHash(text: string): string {
  const s = text.replace(WHITE, " ").trim();
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * Finds each anchor's scene start. Null when the story has no prose or fewer than half the
 * scenes are found by content (the record belongs to another text). Linear in paragraphs
 * plus scenes.
 */
export function anchorStarts(
  story: StoryText,
  anchors: readonly SceneAnchor[],
): AnchoredStarts | null {
  const prose: number[] = [];
  const markerStarts = new Set<number>();
  let afterMarker = false;
  story.paragraphs.forEach((p, i) => {
    if (p.isBreak) {
      afterMarker = prose.length > 0;
      return;
    }
    if (afterMarker) markerStarts.add(prose.length);
    afterMarker = false;
    prose.push(i);
  });
  if (prose.length === 0) return null;
  const byHash = new Map<string, number[]>();
  prose.forEach((n, k) => {
    const h = paragraphHash(story.paragraphs[n]!.text);
    const list = byHash.get(h);
    if (list) list.push(k);
    else byHash.set(h, [k]);
  });
  const starts: number[] = [];
  let matched = 0;
  let placed = 0;
  let prevStart = -1;
  let expected = 0;
  for (const anchor of anchors) {
    const candidates = (byHash.get(anchor.hash) ?? []).filter((c) => c > prevStart);
    let start = -1;
    if (candidates.length > 0) {
      start = candidates.reduce((best, c) =>
        Math.abs(c - expected) < Math.abs(best - expected) ? c : best,
      );
      matched++;
    } else if (expected > prevStart && expected < prose.length) {
      start = expected;
      placed++;
    }
    starts.push(start);
    if (start >= 0) {
      prevStart = start;
      expected = start + anchor.paragraphs;
    }
  }
  if (matched * 2 < anchors.length) return null;
  return { prose, markerStarts, starts, matched, placed };
}

/** A scene of the outline as paragraph numbers of the file (CONTRACT numbering). */
export interface OutlineRange {
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly title?: string;
}

/**
 * The outline's scenes over the story, from a sidecar's `outline` part as the app writes it
 * (`{version: 1, scenes: [{title, anchor: {hash, paragraphs}}]}`), or null when the part is
 * missing, damaged or belongs to another text (the caller then detects scenes).
 */
export function outlineRanges(story: StoryText, part: unknown): OutlineRange[] | null {
  const scenes = (part as { scenes?: unknown } | null)?.scenes;
  if (!Array.isArray(scenes) || scenes.length === 0) return null;
  const anchors: SceneAnchor[] = [];
  const titles: string[] = [];
  for (const raw of scenes as unknown[]) {
    const scene = raw as { title?: unknown; anchor?: Partial<SceneAnchor> } | null;
    const anchor = scene?.anchor;
    if (typeof anchor?.hash !== "string" || typeof anchor.paragraphs !== "number") return null;
    anchors.push({ hash: anchor.hash, paragraphs: Math.max(1, Math.floor(anchor.paragraphs)) });
    titles.push(typeof scene?.title === "string" ? scene.title : "");
  }
  const found = anchorStarts(story, anchors);
  if (!found) return null;
  const opens = new Map<number, string>();
  found.starts.forEach((start, k) => {
    // Whatever precedes the first recorded scene (text added at the top elsewhere) joins it.
    if (start >= 0) opens.set(k === 0 ? 0 : start, titles[k]!);
  });
  for (const m of found.markerStarts) if (!opens.has(m)) opens.set(m, "");
  const ordered = [...opens.keys()].sort((a, b) => a - b);
  return ordered.map((start, k) => {
    const end = k + 1 < ordered.length ? ordered[k + 1]! - 1 : found.prose.length - 1;
    const title = opens.get(start)!;
    return {
      firstParagraph: found.prose[start]!,
      lastParagraph: found.prose[end]!,
      ...(title ? { title } : {}),
    };
  });
}
