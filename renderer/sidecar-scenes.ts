/**
 * The outline's part of the sidecar (`story.draftwise.json` → `"outline": {...}`): the scene
 * structure and what the writer wrote about each scene, anchored to the text by content.
 *
 * Each scene records a hash of its first paragraph's normalised text and its paragraph count.
 * On open a scene is found again by that hash, nearest to where the previous scene's count says
 * it should start; when the first paragraph was edited in another program, that expected place
 * is used instead. So paragraphs added, removed or rewritten elsewhere shift the outline with
 * them instead of scrambling it. Marker lines in the file are authoritative and always open a
 * scene. When too few scenes can be found, the caller falls back to detection.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { StoryText } from "../core/story";
import { schema, type SceneAttrs } from "./schema";
import type { SceneLayout } from "./story-doc";

export const OUTLINE_SIDECAR_VERSION = 1;

export interface SceneAnchor {
  /** FNV-1a hash (hex) of the scene's first paragraph, white space collapsed. */
  readonly hash: string;
  /** Paragraphs in the scene, marker lines excluded. */
  readonly paragraphs: number;
}

export interface SceneRecord extends SceneAttrs {
  readonly anchor: SceneAnchor;
}

export interface OutlineSidecar {
  readonly version: typeof OUTLINE_SIDECAR_VERSION;
  /** True once the writer moved, split, merged or renamed: detection no longer overrides. */
  readonly writerEdited: boolean;
  readonly scenes: readonly SceneRecord[];
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

/** The sidecar part for a document. */
export function outlineSidecar(doc: PMNode, writerEdited: boolean): OutlineSidecar {
  const scenes: SceneRecord[] = [];
  doc.forEach((scene) => {
    let first: string | null = null;
    let paragraphs = 0;
    scene.forEach((child) => {
      if (child.type !== schema.nodes.paragraph) return;
      if (first === null) first = child.textBetween(0, child.content.size, "\n", "\n");
      paragraphs++;
    });
    const a = scene.attrs as SceneAttrs;
    scenes.push({
      id: a.id,
      title: a.title,
      titleEdited: a.titleEdited,
      synopsis: a.synopsis,
      status: a.status,
      pov: a.pov,
      source: a.source,
      anchor: { hash: paragraphHash(first ?? ""), paragraphs },
    });
  });
  return { version: OUTLINE_SIDECAR_VERSION, writerEdited, scenes };
}

export type ReadResult =
  | { readonly ok: true; readonly value: OutlineSidecar }
  | { readonly ok: false; readonly error: string };

const STATUSES = new Set(["draft", "revised", "done"]);
const SOURCES = new Set(["marker", "detected", "writer"]);

function readRecord(raw: unknown): SceneRecord | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const anchor = r.anchor as Record<string, unknown> | undefined;
  if (typeof r.id !== "string" || typeof r.title !== "string") return null;
  if (
    !anchor ||
    typeof anchor.hash !== "string" ||
    typeof anchor.paragraphs !== "number" ||
    anchor.paragraphs < 1
  )
    return null;
  return {
    id: r.id,
    title: r.title,
    titleEdited: r.titleEdited === true,
    synopsis: typeof r.synopsis === "string" ? r.synopsis : "",
    status: STATUSES.has(r.status as string) ? (r.status as SceneAttrs["status"]) : "draft",
    pov: typeof r.pov === "string" ? r.pov : null,
    source: SOURCES.has(r.source as string) ? (r.source as SceneAttrs["source"]) : "detected",
    anchor: { hash: anchor.hash, paragraphs: Math.floor(anchor.paragraphs) },
  };
}

/** Validates the outline part of a parsed sidecar. `undefined` (no part) is an error too. */
export function readOutlineSidecar(part: unknown): ReadResult {
  if (part === undefined) return { ok: false, error: "has no outline" };
  if (typeof part !== "object" || part === null)
    return { ok: false, error: "has an unreadable outline" };
  const p = part as Record<string, unknown>;
  if (p.version !== OUTLINE_SIDECAR_VERSION)
    return { ok: false, error: `has an outline of unknown version ${String(p.version)}` };
  if (!Array.isArray(p.scenes) || p.scenes.length === 0)
    return { ok: false, error: "has an outline without scenes" };
  const scenes = p.scenes.map(readRecord);
  if (scenes.some((s) => s === null))
    return { ok: false, error: "has an outline with damaged scenes" };
  return {
    ok: true,
    value: {
      version: OUTLINE_SIDECAR_VERSION,
      writerEdited: p.writerEdited === true,
      scenes: scenes as SceneRecord[],
    },
  };
}

export interface AnchoredLayout {
  readonly layout: readonly SceneLayout[];
  /** Scenes found by their first paragraph's hash. */
  readonly matched: number;
  /** Scenes placed by their neighbour's paragraph count (first paragraph changed). */
  readonly placed: number;
  /** Scenes that could not be placed (their text is gone); their paragraphs join a neighbour. */
  readonly lost: number;
}

/**
 * Lays the recorded scenes over the story's paragraphs. Returns null when fewer than half of
 * the scenes are found by content (the sidecar belongs to another text). Linear in paragraphs
 * plus scenes.
 */
export function anchorScenes(story: StoryText, sidecar: OutlineSidecar): AnchoredLayout | null {
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

  // starts[k] = prose position where recorded scene k begins, or -1 when lost.
  const starts: number[] = [];
  let matched = 0;
  let placed = 0;
  let prevStart = -1;
  let expected = 0;
  for (const record of sidecar.scenes) {
    const candidates = (byHash.get(record.anchor.hash) ?? []).filter((c) => c > prevStart);
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
      expected = start + record.anchor.paragraphs;
    }
  }
  if (matched * 2 < sidecar.scenes.length) return null;

  const opens = new Map<number, Partial<SceneAttrs>>();
  starts.forEach((start, k) => {
    if (start < 0) return;
    const { anchor: _anchor, ...attrs } = sidecar.scenes[k]!;
    // Whatever precedes the first recorded scene (text added at the top elsewhere) joins it.
    const at = k === 0 ? 0 : start;
    const source = markerStarts.has(at)
      ? "marker"
      : attrs.source === "marker"
        ? "detected"
        : attrs.source;
    opens.set(at, { ...attrs, source });
  });
  for (const m of markerStarts) if (!opens.has(m)) opens.set(m, { source: "marker" });
  const ordered = [...opens.keys()].sort((a, b) => a - b);
  const layout: SceneLayout[] = ordered.map((start, k) => {
    const end = k + 1 < ordered.length ? ordered[k + 1]! - 1 : prose.length - 1;
    return { firstParagraph: prose[start]!, lastParagraph: prose[end]!, attrs: opens.get(start)! };
  });
  return { layout, matched, placed, lost: starts.filter((s) => s < 0).length };
}
