/**
 * A scene heading: a line set above a scene that names its time, its place or whose it is
 * ("Later that night", "Sunnydale, 1997", "Giles's apartment, 9 p.m.", "Buffy's POV", "~Three
 * weeks earlier~", "-Spike-"). Fan fiction archives strip a draft's formatting, so writers set
 * such a line where a book would leave a blank line or a row of stars. It is the scene's own
 * first paragraph, not a break line (story.ts): its words belong to the scene and an export
 * keeps them. Read from the paragraph's text alone.
 *
 * A heading is one short line and no sentence: no quote mark, no question or exclamation, no
 * full stop but an abbreviation's ("9 p.m."), no pronoun or auxiliary that would make it a
 * clause. It names a time, a date or a clock, a place set off by a comma, a viewpoint ("POV"),
 * or anything at all when set between symbols on both sides ("~Later~", "[Willow]"); a letter's
 * salutation or sign-off is a letter's (letters.ts). So a
 * one-word paragraph of prose ("No.", "Silence.", "Oh God!") or a line of speech is none.
 */

import { letterLines, MONTH } from "./letters";

/** Words a heading holds at most ("Giles's apartment, Sunnydale, 9 p.m." is five). */
const MAX_WORDS = 8;
/** Symbols a writer sets around a heading: not quote marks, not sentence punctuation. */
const DECORATION = String.raw`(?:(?![.,;?!…'"‘’“”«»„‚])[\p{S}\p{P}])`;
const LEADING = new RegExp(String.raw`^(?:${DECORATION}|\s)+`, "u");
const TRAILING = new RegExp(String.raw`(?:${DECORATION}|\s)+$`, "u");
/** Markdown's emphasis marks, which set a line in italics or bold rather than decorate it. */
const EMPHASIS = /^[*_\s]+$/u;
/** A clause's words: a heading names, it does not tell. */
const CLAUSE =
  /(?<![\p{L}'’])(?:I|me|my|you|he|him|his|she|her|it|we|us|they|them|was|were|is|are|am|had|has|have|did|do|does|will|would|could|should|can|not|there)(?![\p{L}'’])/iu;
const COUNT =
  "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a few|a couple of|several|some|many|\\d+)";
const UNIT = "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)";
/** A time heading, the whole line: a lapse, a return, a part of the day, a flashback. */
const TIME_HEADING = new RegExp(
  "^(?:" +
    [
      `(?:about |almost |nearly |over |just over )?${COUNT}\\s+${UNIT}\\s+(?:later|earlier|before|after|ago|previously|prior|on|from now)`,
      "(?:much |some ?time |not long |a (?:little|short) while |a while |moments? |hours |days |weeks |months |years )?(?:later|earlier)",
      "(?:later|earlier|late|early) (?:that|this|the same|the next|the following) (?:day|night|morning|afternoon|evening|week|month|year)",
      "(?:that|this|the next|the following|the same|next|one) (?:day|night|morning|afternoon|evening|week|month|year|weekend)",
      "the (?:day|night|morning|week|year) (?:before|after)",
      "(?:the )?present(?: day| time)?|(?:back )?(?:to |in )?the present|now|then|meanwhile|elsewhere|afterwards?",
      "(?:end(?: of)? )?flash ?back(?: ends?| over)?|flash ?forward|(?:the )?past",
      "(?:dawn|daybreak|morning|noon|midday|afternoon|evening|dusk|sunset|nightfall|night|midnight)",
    ].join("|") +
    ")$",
  "iu",
);
/** A year, a clock time or a day of a month: what a dateline sets beside its place. */
const DATED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:1[0-9]{3}|20[0-9]{2})(?![\p{L}\d])|` +
    String.raw`(?<![\p{L}\d])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|` +
    String.raw`(?<![\p{L}\d])\d{1,2}:\d{2}(?![\p{L}\d])|` +
    String.raw`${MONTH}\s+\d{1,2}(?![\p{L}\d])|` +
    String.raw`(?<![\p{L}\d])\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}`,
  "u",
);
/**
 * A section's number set alone, as novels head their parts ("II", "XIV.", "12"): roman up to
 * 99 in capitals, or up to three digits. The speaker walk reads the same line as a chapter's
 * start (cast/chapter-start.ts); a year ("1997") is a dateline, above.
 */
const SECTION_NUMBER = /^(?:(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|\d{1,3})\.?$/u;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** "Buffy's POV", "POV: Spike", "Willow's point of view". */
const VIEWPOINT = /(?<![\p{L}])(?:POV|P\.O\.V\.?)(?![\p{L}])|(?<![\p{L}])point of view$/iu;
/** A word of a name or a title: capitalised, or in capitals. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|de|du|la|le|von|van|and|&|on|upon|in|at)$/u;

/**
 * Whether a paragraph is a scene heading (see the file's comment). Pure and cheap: it reads
 * only a single short line.
 */
export function isSceneHeading(text: string): boolean {
  const line = text.trim();
  if (line === "" || line.length > 80 || line.includes("\n")) return false;
  const lead = LEADING.exec(line)?.[0] ?? "";
  const trail = TRAILING.exec(line.slice(lead.length))?.[0] ?? "";
  let core = line.slice(lead.length, line.length - trail.length).trim();
  if (core === "" || /["“”‘«»„]/u.test(core) || /[?!]$/u.test(core)) return false;
  if (sectionNumber(line) !== null) return true;
  // Set between symbols on both sides ("~Later~", "[Willow]", "-Spike-"), not in italics.
  const decorated = lead.trim() !== "" && trail.trim() !== "" && !EMPHASIS.test(lead + trail);
  const dated = DATED.test(core);
  // A full stop ends a sentence unless it ends an abbreviation the dateline holds ("9 p.m.").
  if (core.endsWith(".") && !/(?:^|\s|\.)\p{L}\.$/u.test(core)) {
    // "Later." heads a scene; "Now." and "Then." are more often a word of prose set alone.
    if (!TIME_HEADING.test(core.slice(0, -1)) || /^(?:now|then)\.$/iu.test(core)) return false;
    core = core.slice(0, -1);
  }
  const words = core.split(/[\s,]+/u).filter((w) => w !== "");
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (VIEWPOINT.test(core) && words.length <= 6) return true;
  if (CLAUSE.test(core)) return false;
  if (TIME_HEADING.test(core)) return true;
  if (dated) return true;
  if (decorated) return true;
  // A place set off by a comma, every word a name's: "Sunnydale, California", "The Bronze, LA";
  // not a letter's salutation or sign-off ("Dear Judy,", "Love, Mum"), which letters.ts reads.
  if (!/,\s*\S/u.test(core) || !words.every((w) => NAME_WORD.test(w))) return false;
  const letter = letterLines(line);
  return letter.salutation === null && !letter.signOff;
}

/** The number of a line that is only a section's number ("II" is 2, "12." is 12), else null. */
export function sectionNumber(text: string): number | null {
  const line = text.trim();
  if (!SECTION_NUMBER.test(line)) return null;
  const numeral = line.replace(/\.$/u, "");
  if (/^\d/u.test(numeral)) return Number(numeral);
  const digits = [...numeral].map((c) => ROMAN_DIGITS[c]!);
  // A digit before a larger one is taken away ("IX" is 9).
  return digits.reduce((sum, d, k) => sum + (d < (digits[k + 1] ?? 0) ? -d : d), 0);
}

/**
 * Which paragraphs' section numbers count sections (`numbers[k]`: paragraph k's
 * `sectionNumber`): those the number before them in the run is one less than, or the number
 * after one more ("I" ... "II" ... "III"). A number alone on its line counts nothing as often
 * as it heads a section: "I." said in answer, a letter signed "V.", a text's "X" or its "12", a
 * countdown's "3", "2", "1".
 */
export function countedSections(numbers: readonly (number | null)[]): boolean[] {
  const at = numbers.flatMap((n, k) => (n === null ? [] : [k]));
  const counted = numbers.map(() => false);
  at.forEach((k, j) => {
    const before = j > 0 ? numbers[at[j - 1]!]! : null;
    const after = j + 1 < at.length ? numbers[at[j + 1]!]! : null;
    counted[k] = before === numbers[k]! - 1 || after === numbers[k]! + 1;
  });
  return counted;
}
