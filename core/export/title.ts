/**
 * A story's default title: the draft's own title line when it opens with one, else made from its
 * file name as a writer would write it.
 */
import { isChapterHeading } from "../chapters";
import { isSceneHeading } from "../scenes/heading-lines";
import { withoutEmphasisMarks } from "./emphasis";
import type { ExportStory } from "./model";
import { inTitleCase, SMALL_TITLE_WORDS, titleSized } from "../title-case";

/**
 * "my_first-draft.txt" -> "My First Draft": the extension goes, underscores, dashes and dots
 * become spaces, and each word starts with a capital (small words inside stay small). Words
 * already holding a capital ("McCoy", "AO3") are kept as written.
 */
export function prettyTitle(fileName: string): string {
  const words = fileName
    .replace(/\.[^.]+$/, "")
    .replace(/[_\-.]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words
    .map((word, i) => {
      if (/\p{Lu}/u.test(word)) return word;
      if (i > 0 && SMALL_TITLE_WORDS.has(word)) return word;
      return word.charAt(0).toLocaleUpperCase() + word.slice(1);
    })
    .join(" ");
}

/** A line that ends a sentence or a clause, or closes speech, is no title. */
const NOT_A_TITLE_END = /[.!?,;:…"“”'‘’—–-]$/u;

/**
 * The draft's title when its first paragraph is one set apart as a title ("The Lighthouse
 * Keeper's Ledger" above the story): one short line in title case that ends no sentence, with
 * more of the story after it, and no chapter heading ("Chapter One", "PART I") or scene heading
 * ("Sunnydale, 1997", "Buffy's POV": heading-lines.ts). Null when it opens otherwise.
 * `paragraphs`: the story's paragraphs' text, from its first.
 */
export function titleLine(paragraphs: readonly string[], markdown = false): string | null {
  if (paragraphs.length < 2) return null;
  const line = paragraphs[0]!.trim();
  if (!titleSized(line) || NOT_A_TITLE_END.test(line)) return null;
  if (isChapterHeading(line, markdown) || isSceneHeading(line)) return null;
  return inTitleCase(line.split(/\s+/u)) ? line : null;
}

/** A title as compared: marks, case, spacing and the apostrophe's shape do not make it another. */
function titleKey(title: string): string {
  return withoutEmphasisMarks(title)
    .normalize("NFC")
    .replace(/[’‘]/gu, "'")
    .replace(/\s+/gu, " ")
    .trim()
    .toLocaleLowerCase();
}

/**
 * Whether the story opens with its own title line (`titleLine`) and the export is titled by it:
 * the formatted exports then print the line once, as the title (`<h1>`, `#`, the DOCX title, or
 * AO3's own title field for the body fragment), and leave it out of the body.
 *
 * A title the writer typed that differs from the line keeps the line in the body: the line is
 * the writer's words and nothing else in the export would show them (it may be an old title, a
 * subtitle, or not a title at all, as `titleLine` only guesses from its shape). A line printed
 * twice shows at a glance and is one deletion in the draft; a line dropped unseen is lost.
 */
export function printsTitleLine(story: ExportStory): boolean {
  if (story.titleLineFirst !== undefined) return story.titleLineFirst;
  // The line is the first scene's own first paragraph; the next may open the next scene.
  if (!story.scenes[0]?.paragraphs.length) return false;
  const opening: string[] = [];
  for (const scene of story.scenes) {
    opening.push(...scene.paragraphs.slice(0, 2 - opening.length));
    if (opening.length === 2) break;
  }
  const line = titleLine(opening, story.markdown === true);
  return line !== null && titleKey(line) === titleKey(story.title);
}
