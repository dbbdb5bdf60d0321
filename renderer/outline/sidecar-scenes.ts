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
import { anchorStarts, paragraphHash, type SceneAnchor } from "../../core/scenes/anchors";
import type { StoryText } from "../../core/story";
import { schema, type SceneAttrs } from "../editor/schema";
import type { SceneLayout } from "../editor/story-doc";

export { paragraphHash, type SceneAnchor };

export const OUTLINE_SIDECAR_VERSION = 1;

export interface SceneRecord extends SceneAttrs {
  readonly anchor: SceneAnchor;
}

export interface OutlineSidecar {
  readonly version: typeof OUTLINE_SIDECAR_VERSION;
  /** True once the writer moved, split, merged or renamed: detection no longer overrides. */
  readonly writerEdited: boolean;
  readonly scenes: readonly SceneRecord[];
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
      confidence: a.confidence,
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
    // Older sidecars have no confidence: their breaks read as sure.
    confidence:
      typeof r.confidence === "number" && r.confidence >= 0 && r.confidence <= 1 ? r.confidence : 1,
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
  const found = anchorStarts(
    story,
    sidecar.scenes.map((s) => s.anchor),
  );
  if (!found) return null;
  const { prose, markerStarts, starts, matched, placed } = found;

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
