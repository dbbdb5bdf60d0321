/**
 * Where a document's scenes come from: the sidecar when its scenes can be anchored to the
 * text, otherwise detection. Also re-detection on the writer's request, which keeps the
 * boundaries the writer made and the file's markers.
 */
import type { Node as PMNode } from "prosemirror-model";
import { discoverCast } from "../../core/cast/discover";
import type { Character } from "../../core/model";
import { detectScenes } from "../../core/scenes/detect";
import type { StoryText } from "../../core/story";
import type { SceneAttrs } from "../editor/schema";
import { anchorScenes, readOutlineSidecar } from "./sidecar-scenes";
import {
  docToStory,
  newSceneId,
  storyToDoc,
  type ReadingOptions,
  type SceneLayout,
} from "../editor/story-doc";

export interface OpeningLayout {
  /** The scenes to open with; null when they are left to detection (the analysis worker). */
  readonly layout: readonly SceneLayout[] | null;
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
    attrs: { title: s.title, pov: s.pov, source: s.source, confidence: s.confidence },
  }));
}

/**
 * The layout to open a story with. `part` is the outline's part of the sidecar (undefined when
 * there is no sidecar or it has no outline; that is not a problem, only a first open). `detect`
 * runs only when the sidecar cannot place the scenes; the app passes one that returns null, so
 * the story opens at once split at its markers and the worker's detection arrives after.
 */
export function openingLayout(
  story: StoryText,
  part: unknown,
  detect: () => readonly SceneLayout[] | null,
): OpeningLayout {
  if (part !== undefined) {
    const read = readOutlineSidecar(part);
    if (read.ok) {
      const anchored = anchorScenes(story, read.value);
      if (anchored) {
        const problem =
          anchored.lost > 0
            ? `${anchored.lost} scene(s) of the saved outline no longer match the text; their paragraphs joined the scene before.`
            : null;
        return {
          layout: anchored.layout,
          writerEdited: read.value.writerEdited,
          fromSidecar: true,
          problem,
        };
      }
      return {
        layout: detect(),
        writerEdited: false,
        fromSidecar: false,
        problem:
          "The saved outline does not match this text (it was changed a lot elsewhere); scenes were detected again.",
      };
    }
    return {
      layout: detect(),
      writerEdited: false,
      fromSidecar: false,
      problem: `The outline file ${read.error}; scenes were detected again. It will be rewritten on save.`,
    };
  }
  return { layout: detect(), writerEdited: false, fromSidecar: false, problem: null };
}

/**
 * Re-detects scenes in the current document. Marker boundaries always stay; boundaries the
 * writer made stay when `keepWriter` (once the writer touched the outline, their choice wins);
 * detected ones are replaced by fresh detection. Scenes that still start at the same paragraph
 * keep their id, synopsis, status and (when edited) title. Returns the new document, its text
 * read as `reading` says (a Markdown draft's).
 */
export function redetect(
  doc: PMNode,
  cast: readonly Character[],
  keepWriter: boolean,
  reading: ReadingOptions = {},
): PMNode {
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
    if (index > 0 && (attrs.source === "marker" || (keepWriter && attrs.source === "writer")))
      kept.set(first, attrs);
  });
  const fresh = detectedLayout(story, cast);
  const starts = new Map<number, Partial<SceneAttrs>>();
  for (const s of fresh) starts.set(s.firstParagraph, s.attrs);
  for (const [first, attrs] of kept) starts.set(first, attrs);
  const ordered = [...starts.keys()].sort((a, b) => a - b);
  const isBreak = (n: number): boolean => story.paragraphs[n]?.isBreak ?? false;
  const layout: SceneLayout[] = ordered.map((first, k) => {
    const last = lastBeforeBreaks(
      k + 1 < ordered.length ? ordered[k + 1]! : story.paragraphs.length,
      first,
      isBreak,
    );
    const before = old.get(first);
    const generated = starts.get(first)!;
    const attrs = before ? withWritersPart(generated, before) : generated;
    return { firstParagraph: first, lastParagraph: last, attrs };
  });
  return storyToDoc(story, layout, reading);
}

/**
 * Where a scene ends when the next starts at `next` (or the story ends there): just before the
 * break lines in front of the next, which open it as when the file was read; never before `floor`.
 */
function lastBeforeBreaks(next: number, floor: number, isBreak: (i: number) => boolean): number {
  let last = next - 1;
  while (last > floor && isBreak(last)) last--;
  return last;
}

/**
 * A found scene's attributes, with what the writer gave the scene that started at the same
 * paragraph before: its id, synopsis, status and (when edited) title.
 */
function withWritersPart(generated: Partial<SceneAttrs>, before: SceneAttrs): Partial<SceneAttrs> {
  return {
    ...generated,
    id: before.id,
    synopsis: before.synopsis,
    status: before.status,
    ...(before.titleEdited ? { title: before.title, titleEdited: true } : {}),
  };
}

/** A scene the analysis found: paragraph range plus generated attributes. */
export interface FoundScene {
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly title: string;
  readonly pov: string | null;
  readonly source: "marker" | "detected" | "writer";
  /** How sure detection is of the break that opens it (1 when absent). */
  readonly confidence?: number;
}

/**
 * Regroups the document's existing blocks into the found scenes, keeping every paragraph node
 * as it is (so nothing is re-analysed or redrawn but the scene wrappers). Scenes that start where
 * an old scene started keep its id, synopsis, status and edited title. Returns null when the
 * found scenes do not fit the document (it changed since they were computed).
 */
export function regroupScenes(doc: PMNode, found: readonly FoundScene[]): PMNode | null {
  const blocks: PMNode[] = [];
  const oldStarts = new Map<number, SceneAttrs>();
  doc.forEach((scene) => {
    let first = -1;
    scene.forEach((block) => {
      if (first < 0 && block.type.name === "paragraph") first = blocks.length;
      blocks.push(block);
    });
    oldStarts.set(first, scene.attrs as SceneAttrs);
  });
  const last = found[found.length - 1];
  if (!last || last.lastParagraph >= blocks.length || found[0]!.firstParagraph < 0) return null;
  const scenes: PMNode[] = [];
  let next = 0;
  for (const [k, s] of found.entries()) {
    const end = lastBeforeBreaks(
      k + 1 < found.length ? found[k + 1]!.firstParagraph : blocks.length,
      s.lastParagraph,
      (i) => blocks[i]!.type.name === "scene_break",
    );
    const content = blocks.slice(next, Math.max(s.lastParagraph, end) + 1);
    if (!content.some((b) => b.type.name === "paragraph")) return null;
    next = Math.max(s.lastParagraph, end) + 1;
    const before = oldStarts.get(s.firstParagraph);
    const generated: Partial<SceneAttrs> = {
      title: s.title,
      pov: s.pov,
      source: s.source,
      confidence: s.confidence ?? 1,
    };
    const attrs = before ? withWritersPart(generated, before) : { ...generated, id: newSceneId() };
    try {
      scenes.push(doc.type.schema.nodes.scene!.createChecked(attrs, content));
    } catch {
      return null;
    }
  }
  if (next !== blocks.length) return null;
  return doc.type.create(doc.attrs, scenes);
}
