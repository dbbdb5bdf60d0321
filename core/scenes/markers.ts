/**
 * Sections between scene-break lines. A break line (`* * *`, `#`, `~~~`, `---`...) is
 * authoritative: story.ts already flags it as `isBreak`, so this file only groups the runs of
 * ordinary paragraphs between them.
 */

import type { StoryText } from "../story";

/** A run of consecutive non-break paragraphs, inclusive. */
export interface MarkedSection {
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  /** True when a break line precedes this section (it is not the story's opening run). */
  readonly afterMarker: boolean;
}

/**
 * Splits a story at its break lines. Empty runs (two markers in a row, a marker first or
 * last) produce no section. Linear in the number of paragraphs.
 */
export function markedSections(story: StoryText): readonly MarkedSection[] {
  const sections: MarkedSection[] = [];
  let start = -1;
  let sawMarker = false;
  let startAfterMarker = false;
  story.paragraphs.forEach((p, i) => {
    if (p.isBreak) {
      if (start >= 0) {
        sections.push({
          firstParagraph: start,
          lastParagraph: i - 1,
          afterMarker: startAfterMarker,
        });
        start = -1;
      }
      sawMarker = true;
      return;
    }
    if (start < 0) {
      start = i;
      startAfterMarker = sawMarker;
    }
  });
  if (start >= 0) {
    sections.push({
      firstParagraph: start,
      lastParagraph: story.paragraphs.length - 1,
      afterMarker: startAfterMarker,
    });
  }
  return sections;
}
