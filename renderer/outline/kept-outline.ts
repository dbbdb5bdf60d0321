/**
 * The outline in the working copy (crash recovery): what the writer made of the scenes (titles,
 * synopses, statuses, the boundaries they set) is kept beside the text, as the Cast panel's
 * changes are, so a crash with autosave off does not take an afternoon of outlining with it.
 * The copy holds the outline as Save would write it; what counts as a change worth offering is
 * the writer's words and boundaries only, not what follows the text by itself (anchors, titles
 * taken from a first line, detected points of view).
 */
import type { Node as PMNode } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";
import { sameData } from "../../core/same-data";
import { docToStory, storyToDoc, type ReadingOptions } from "../editor/story-doc";
import { openingLayout } from "./layout";
import { OUTLINE_TOUCHED } from "./scene-commands";
import { readOutlineSidecar } from "./sidecar-scenes";

/** What the writer wrote about one scene. */
interface SceneWords {
  readonly title: string | null;
  readonly synopsis: string;
  readonly status: string;
}

/** The writer's own part of an outline: its scene count once they set the boundaries, and their words. */
interface WritersOutline {
  readonly scenes: number | null;
  readonly words: readonly SceneWords[];
}

/** The writer's part of an outline sidecar part, or null when it holds none (or does not read). */
export function writersOutline(part: unknown): WritersOutline | null {
  const read = readOutlineSidecar(part);
  if (!read.ok) return null;
  const { writerEdited, scenes } = read.value;
  const words = scenes
    .map((s) => ({ title: s.titleEdited ? s.title : null, synopsis: s.synopsis, status: s.status }))
    .filter((w) => w.title !== null || w.synopsis !== "" || w.status !== "draft");
  if (!writerEdited && words.length === 0) return null;
  return { scenes: writerEdited ? scenes.length : null, words };
}

/** Whether a kept outline holds work of the writer's that `disk` (the sidecar's part) lacks. */
export function keptOutlineDiffers(kept: unknown, disk: unknown): boolean {
  const mine = writersOutline(kept);
  return mine !== null && !sameData(mine, writersOutline(disk));
}

/**
 * Adds to `tr` the steps that lay the kept outline over its document's text (`current`: the
 * outline the app shows now, as Save would write it). Nothing when the kept outline holds no
 * work of the writer's, holds what the app already shows, or no longer fits the text (then
 * `problem` says so; it also says when some of its scenes were lost).
 */
export function restoreKeptOutline(
  tr: Transaction,
  kept: unknown,
  current: unknown,
  reading: ReadingOptions,
  problem: (message: string) => void,
): Transaction {
  const mine = writersOutline(kept);
  if (mine === null || sameData(mine, writersOutline(current))) return tr;
  const story = docToStory(tr.doc);
  const opening = openingLayout(story, kept, () => null);
  if (!opening.layout) {
    problem(
      "The outline you made does not match the restored text (most scenes' opening lines changed), so the scenes stay as they were.",
    );
    return tr;
  }
  if (opening.problem) problem(opening.problem);
  const doc: PMNode = storyToDoc(story, opening.layout, reading);
  tr.replaceWith(0, tr.doc.content.size, doc.content);
  return opening.writerEdited ? tr.setMeta(OUTLINE_TOUCHED, true) : tr;
}
