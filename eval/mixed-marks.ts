/**
 * Quotes found when one paragraph of a curly story is typed in straight marks, as a line pasted
 * from plain text or typed on a phone without smart quotes is: every quoted paragraph in turn has
 * its curly marks of the story's family (and its curly apostrophes) made straight, one character
 * for one so offsets hold, and its quotes are found again and compared with the curly reading.
 * Names-free, so a held-out folder can be read by its table alone.
 *
 *   npx tsx eval/mixed-marks.ts DIR [DIR...]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { detectQuoteStyle, quotesInParagraph, type LocalQuote } from "../core/cast/quotes";
import { parseStory } from "../core/story";

interface Tally {
  stories: number;
  paragraphs: number;
  same: number;
  lost: number;
  other: number;
}

const STRAIGHT: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
};

/** The paragraph as typed without smart quotes: the family's curly marks and apostrophes. */
function straightened(text: string, family: "single" | "double"): string {
  const marks = family === "single" ? /[\u2018\u2019]/g : /[\u201c\u201d\u2019]/g;
  return text.replace(marks, (m) => STRAIGHT[m]!);
}

const key = (qs: readonly LocalQuote[]): string => qs.map((q) => `${q.from}-${q.to}`).join(",");

function tallyStory(raw: string, tally: Tally): void {
  const story = parseStory(raw);
  const style = detectQuoteStyle(story);
  const family = style.startsWith("double") ? "double" : "single";
  const curlyOpen = family === "double" ? "\u201c" : "\u2018";
  if (!story.paragraphs.some((p) => p.text.includes(curlyOpen))) return;
  tally.stories++;
  for (const p of story.paragraphs) {
    const curly = quotesInParagraph(p.text, style);
    if (p.isBreak || !curly.some((q) => q.open === curlyOpen)) continue;
    const text = straightened(p.text, family);
    const mixed = raw.slice(0, p.offset) + text + raw.slice(p.offset + text.length);
    const found = quotesInParagraph(text, detectQuoteStyle(parseStory(mixed)));
    tally.paragraphs++;
    if (key(found) === key(curly)) tally.same++;
    else if (found.length < curly.length) tally.lost++;
    else tally.other++;
  }
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : "-");

console.log("folder                 stories  paragraphs  same as curly  fewer quotes  other");
for (const dir of process.argv.slice(2)) {
  const tally: Tally = { stories: 0, paragraphs: 0, same: 0, lost: 0, other: 0 };
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".txt")) tallyStory(readFileSync(join(dir, name), "utf8"), tally);
  }
  const folder = dir.replace(/\/$/, "").split("/").pop()!;
  console.log(
    `${folder.padEnd(22)} ${String(tally.stories).padStart(7)}  ${String(tally.paragraphs).padStart(10)}` +
      `  ${pct(tally.same, tally.paragraphs).padStart(13)}  ${String(tally.lost).padStart(12)}  ${String(tally.other).padStart(5)}`,
  );
}
