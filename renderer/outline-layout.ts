/**
 * Where a document's scenes come from: the sidecar when its scenes can be anchored to the
 * text, otherwise detection. Also re-detection on the writer's request, which keeps the
 * boundaries the writer made and the file's markers.
 */
import type { Node as PMNode } from "prosemirror-model";
import { discoverCast } from "../core/cast/discover";
import type { Character } from "../core/model";
import { detectScenes } from "../core/scenes/detect";
import type { StoryText } from "../core/story";
import type { SceneAttrs } from "./schema";
import { anchorScenes, readOutlineSidecar } from "./sidecar-scenes";
import { docToStory, storyToDoc, type SceneLayout } from "./story-doc";

export interface OpeningLayout {
  readonly layout: readonly SceneLayout[];
  readonly writerEdited: boolean;
  readonly fromSidecar: boolean;
  /** A problem to report to the writer (damaged or mismatched outline), or null. */
  readonly problem: string | null;
}

/** The story's cast for detection and chips; empty when discovery fails (it is still young). */
export function castOf(story: StoryText): readonly Character[] {
  try {
    return discoverCast(story);
  } catch {
    return [];
  }
}

/** Scenes as detection finds them. */
export function detectedLayout(story: StoryText, cast: readonly Character[]): SceneLayout[] {
  return detectScenes(story, { characters: cast }).map((s) => ({
    firstParagraph: s.firstParagraph,
    lastParagraph: s.lastParagraph,
    attrs: { title: s.title, pov: s.pov, source: s.source },
  }));
}

/**
 * The layout to open a story with. `part` is the outline's part of the sidecar (undefined when
 * there is no sidecar or it has no outline; that is not a problem, only a first open). The cast
 * is asked for only when detection runs (finding it costs as much as detection).
 */
export function openingLayout(story: StoryText, part: unknown, castFor: () => readonly Character[]): OpeningLayout {
  if (part !== undefined) {
    const read = readOutlineSidecar(part);
    if (read.ok) {
      const anchored = anchorScenes(story, read.value);
      if (anchored) {
        const problem = anchored.lost > 0 ? `${anchored.lost} scene(s) of the saved outline no longer match the text; their paragraphs joined the scene before.` : null;
        return { layout: anchored.layout, writerEdited: read.value.writerEdited, fromSidecar: true, problem };
      }
      return { layout: detectedLayout(story, castFor()), writerEdited: false, fromSidecar: false, problem: "The saved outline does not match this text (it was changed a lot elsewhere); scenes were detected again." };
    }
    return { layout: detectedLayout(story, castFor()), writerEdited: false, fromSidecar: false, problem: `The outline file ${read.error}; scenes were detected again. It will be rewritten on save.` };
  }
  return { layout: detectedLayout(story, castFor()), writerEdited: false, fromSidecar: false, problem: null };
}

/**
 * Re-detects scenes in the current document. Marker boundaries always stay; boundaries the
 * writer made stay when `keepWriter` (once the writer touched the outline, their choice wins);
 * detected ones are replaced by fresh detection. Scenes that still start at the same paragraph
 * keep their id, synopsis, status and (when edited) title. Returns the new document.
 */
export function redetect(doc: PMNode, cast: readonly Character[], keepWriter: boolean): PMNode {
  const story = docToStory(doc);
  // Paragraph number (CONTRACT numbering) of each scene's first paragraph -> its attrs.
  const kept = new Map<number, Partial<SceneAttrs>>();
  const old = new Map<number, SceneAttrs>();
  let paragraph = 0;
  doc.forEach((scene, _offset, index) => {
    let first = -1;
    scene.forEach((child) => {
      if (first < 0 && child.type.name === "paragraph") first = paragraph;
      paragraph++;
    });
    const attrs = scene.attrs as SceneAttrs;
    old.set(first, attrs);
    if (index > 0 && (attrs.source === "marker" || (keepWriter && attrs.source === "writer"))) kept.set(first, attrs);
  });
  const fresh = detectedLayout(story, cast);
  const starts = new Map<number, Partial<SceneAttrs>>();
  for (const s of fresh) starts.set(s.firstParagraph, s.attrs);
  for (const [first, attrs] of kept) starts.set(first, attrs);
  const ordered = [...starts.keys()].sort((a, b) => a - b);
  const isBreak = (n: number): boolean => story.paragraphs[n]?.isBreak ?? false;
  const layout: SceneLayout[] = ordered.map((first, k) => {
    let last = k + 1 < ordered.length ? ordered[k + 1]! - 1 : story.paragraphs.length - 1;
    while (last > first && isBreak(last)) last--;
    const before = old.get(first);
    const generated = starts.get(first)!;
    const attrs: Partial<SceneAttrs> = before
      ? { ...generated, id: before.id, synopsis: before.synopsis, status: before.status, ...(before.titleEdited ? { title: before.title, titleEdited: true } : {}) }
      : generated;
    return { firstParagraph: first, lastParagraph: last, attrs };
  });
  return storyToDoc(story, layout);
}
