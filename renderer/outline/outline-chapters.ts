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
