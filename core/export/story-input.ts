/** Builds the export input from a story's text and, when known, its scenes. */
import { parseStory } from "../story";
import type { ExportScene, ExportStory } from "./model";

/** A scene as the analysis reports it (CONTRACT numbering; marker lines are not inside). */
export interface SceneRange {
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly title?: string;
}

/**
 * Reads `text` into an `ExportStory`. Without `scenes` the story is split at its marker lines;
 * with them (e.g. detected scenes) each range is a scene, and the marker lines just before a
 * range become its `markerBefore`. Paragraphs outside every range are kept with the scene
 * before them (or the first), so nothing the writer wrote is dropped.
 */
export function storyForExport(
  text: string,
  options: {
    readonly title?: string;
    readonly scenes?: readonly SceneRange[];
    /** The text is a Markdown draft (its emphasis marks are italics). */
    readonly markdown?: boolean;
  } = {},
): ExportStory {
  const story = parseStory(text);
  const ps = story.paragraphs;
  const ranges =
    options.scenes && options.scenes.length > 0
      ? options.scenes
      : markerRanges(ps.map((p) => p.isBreak));
  const sceneOf = new Array<number>(ps.length).fill(-1);
  ranges.forEach((r, i) => {
    for (let j = Math.max(0, r.firstParagraph); j <= Math.min(ps.length - 1, r.lastParagraph); j++)
      sceneOf[j] = i;
  });
  const scenes = ranges.map((r, i) => ({
    title: r.title ?? `Scene ${i + 1}`,
    paragraphs: [] as string[],
    markerBefore: null as string | null,
  }));
  let current = 0;
  let pendingMarker: string | null = null;
  ps.forEach((p, j) => {
    if (p.isBreak) {
      // Two marker lines in a row read as one break; keep the last.
      pendingMarker = p.text;
      return;
    }
    const owner = sceneOf[j]! >= 0 ? sceneOf[j]! : current;
    const scene = scenes[owner];
    if (!scene) return;
    if (owner !== current || scene.paragraphs.length === 0) {
      if (scene.paragraphs.length === 0 && pendingMarker !== null)
        scene.markerBefore = pendingMarker;
      current = owner;
    }
    pendingMarker = null;
    scene.paragraphs.push(p.text);
  });
  const kept: ExportScene[] = scenes.filter((s) => s.paragraphs.length > 0);
  return {
    title: options.title ?? "Untitled",
    ...(options.markdown ? { markdown: true } : {}),
    scenes: kept.length > 0 ? kept : [{ title: "Scene 1", paragraphs: [], markerBefore: null }],
    eol: story.eol,
    finalNewline: /\n$/.test(story.trailing),
    original: text,
  };
}

function markerRanges(isBreak: readonly boolean[]): SceneRange[] {
  const ranges: SceneRange[] = [];
  let first = -1;
  isBreak.forEach((brk, i) => {
    if (brk) {
      if (first >= 0) ranges.push({ firstParagraph: first, lastParagraph: i - 1 });
      first = -1;
    } else if (first < 0) first = i;
  });
  if (first >= 0) ranges.push({ firstParagraph: first, lastParagraph: isBreak.length - 1 });
  return ranges;
}
