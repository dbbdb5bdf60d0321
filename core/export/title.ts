/** A story's default title, made from its file name as a writer would write it. */

/** Words a title keeps in lower case unless they come first (as most style guides do). */
const SMALL = new Set("a an and as at but by for in nor of on or the to up via vs".split(" "));

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
      if (i > 0 && SMALL.has(word)) return word;
      return word.charAt(0).toLocaleUpperCase() + word.slice(1);
    })
    .join(" ");
}
