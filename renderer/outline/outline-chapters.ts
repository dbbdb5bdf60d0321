/**
 * Chapters as the outline shows them: the analysis's chapters (by block index) pinned to the
 * document's scenes by id, so a chapter follows its opening scene when scenes move, until the
 * next analysis says again where each chapter starts.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { ChapterInfo } from "../../core/model";
import type { SceneSummary } from "./outline-data";

export interface ChapterStart {
  /** The heading as the writer wrote it (without Markdown's `#`), or the file's name. */
  readonly title: string;
  /** The id of the scene the chapter starts in. */
  readonly sceneId: string;
}

/**
 * Where each chapter starts among the document's scenes: the scene holding the chapter's first
 * block. O(scenes + chapters), both in order. A second chapter starting in the same scene is
 * left out (the outline groups whole scenes).
 */
export function chapterStarts(doc: PMNode, chapters: readonly ChapterInfo[]): ChapterStart[] {
  const out: ChapterStart[] = [];
  let scene = 0;
  let sceneEnd = doc.childCount > 0 ? doc.child(0).childCount : 0;
  for (const chapter of chapters) {
    while (scene < doc.childCount - 1 && chapter.firstParagraph >= sceneEnd)
      sceneEnd += doc.child(++scene).childCount;
    if (scene >= doc.childCount) break;
    const sceneId = doc.child(scene).attrs.id as string;
    if (out[out.length - 1]?.sceneId !== sceneId) out.push({ title: chapter.title, sceneId });
  }
  return out;
}

export function sameChapterStarts(a: readonly ChapterStart[], b: readonly ChapterStart[]): boolean {
  return (
    a.length === b.length &&
    a.every((c, i) => c.title === b[i]!.title && c.sceneId === b[i]!.sceneId)
  );
}

/** Each scene's chapter (an index into `starts`), -1 for scenes before the first start. */
export function chapterOfScenes(
  sceneIds: readonly string[],
  starts: readonly ChapterStart[],
): number[] {
  const startAt = new Map(starts.map((c, k) => [c.sceneId, k]));
  let current = -1;
  return sceneIds.map((id) => (current = startAt.get(id) ?? current));
}

/** Chapters in the order their opening scenes now stand (a move reorders them at once). */
export function inSceneOrder(
  chapters: readonly ChapterStart[],
  scenes: readonly SceneSummary[],
): readonly ChapterStart[] {
  const at = new Map(scenes.map((s, i) => [s.id, i]));
  const place = (c: ChapterStart): number => at.get(c.sceneId) ?? Infinity;
  return chapters.every((c, k) => k === 0 || place(chapters[k - 1]!) <= place(c))
    ? chapters
    : [...chapters].sort((a, b) => place(a) - place(b));
}

/**
 * Chapters kept with their heading lines through a move. Moving one scene leaves the heading
 * that opens its place where it is (scene-commands.ts), so a chapter pinned to the scene that
 * moved away follows the heading to the scene it opens now; at once, not at the next analysis.
 * A chapter that moved with its heading keeps its scene. Returns `chapters` when none moved.
 */
export function followHeadings(
  chapters: readonly ChapterStart[],
  before: PMNode,
  after: PMNode,
): readonly ChapterStart[] {
  if (chapters.length === 0 || before.childCount !== after.childCount) return chapters;
  const at = new Map<string, number>();
  before.forEach((scene, _offset, i) => at.set(scene.attrs.id as string, i));
  let moved = false;
  const followed = chapters.map((chapter) => {
    const i = at.get(chapter.sceneId);
    if (i === undefined) return chapter;
    const was = before.child(i);
    const now = after.child(i);
    // The same heading node in the same place: the scenes moved, the heading did not.
    if (now.attrs.id === chapter.sceneId || openingParagraph(now) !== openingParagraph(was))
      return chapter;
    moved = true;
    return { ...chapter, sceneId: now.attrs.id as string };
  });
  return moved ? followed : chapters;
}

function openingParagraph(scene: PMNode): PMNode | null {
  const first = scene.firstChild;
  return first?.type.name === "scene_break" ? scene.maybeChild(1) : first;
}
