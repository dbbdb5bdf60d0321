/**
 * Where a chapter starts, as the speaker walk sees it: the chapter headings core/chapters.ts
 * knows ("Chapter 2", "CHAPTER XII. The Bronze", "Prologue"), and a line that is only a number
 * ("II", "12."), as many novels head their chapters. A new chapter starts a new exchange: the
 * last chapter's speakers do not take the first lines of this one.
 */

import { isChapterHeading } from "../chapters";

const BARE_NUMBER = /^\s*(?:[IVXLC]{1,7}|\d{1,3})\.?\s*$/u;

/** Whether a paragraph of narration is a chapter's heading. */
export function opensChapter(text: string): boolean {
  return BARE_NUMBER.test(text) || isChapterHeading(text);
}
