/**
 * The lines that frame a letter or a diary entry: a salutation ("Dear Judy:"), a date line
 * ("February 15.", "Tuesday, 3rd June"), a sign-off ("Yours in command,", "Love,"). A story told
 * in letters or entries starts a new one there, which no time, place or POV cue may show: the
 * same "I" writes every entry, often from the same room. Read per paragraph, from its text alone.
 */

/** What a paragraph's own text says about a letter or an entry around it. */
export interface LetterLines {
  /** The paragraph opens a letter: a salutation line, or one opening the paragraph's text. */
  readonly salutation: "line" | "inline" | null;
  /** The paragraph is a sign-off ("Yours ever,", "With love, Anna"). */
  readonly signOff: boolean;
  /** The paragraph is a date line and nothing else ("December 27.", "Monday night"). */
  readonly dateLine: boolean;
  /** A short line that may head a letter (an address, a date): at most six words, no quote. */
  readonly headingLine: boolean;
  /** A heading line ending in a comma, as an address line does ("THE JOHN GRIER HOME,"). */
  readonly addressLine: boolean;
  /** A postscript ("P.S. ..."): still the letter before. */
  readonly postscript: boolean;
  /**
   * The paragraph's last line signs the letter off ("...give Dad my love.\nLove,\nMum"): a
   * writer who sets a letter's lines apart by line breaks, not blank lines, ends it so.
   */
  readonly closes: boolean;
}

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
/** One name or two joined ("Mum and Dad", "Tom & Jess"). */
const NAMES = String.raw`${NAME}(?:\s+(?:and|&)\s+${NAME})?`;
/** Whom a letter to a household greets without a name: "Dear all,", "Dear both,". */
const GROUP = "(?:all|both|everyone|everybody|friends?)";
/** What ends a salutation: a comma, a colon, a dash. */
const SALUTATION_END = String.raw`(?:[,:!]|—|–|--)`;
/** "Dear Judy", "My dear Mr Hale", "Dearest, dearest Meg", "Dear Mum and Dad"; not "Dear me" or "Dear God". */
const SALUTATION_HEAD =
  String.raw`^(?:(?:My|Oh)\s+)?(?:[Dd]ear(?:est)?|[Dd]arling)(?:,?\s+(?:dear(?:est)?|darling|old|sweet))*` +
  String.raw`\s+(?!(?:God|Lord|Heaven|Me)\b)(?:${NAMES}|${GROUP})`;
/** A salutation opening the paragraph's text: its closing comma or colon says where it ends. */
const SALUTATION = new RegExp(String.raw`${SALUTATION_HEAD}\s*${SALUTATION_END}`, "u");
/** A salutation alone on its line, its comma often left off ("Dear Mum"). */
const SALUTATION_LINE = new RegExp(String.raw`${SALUTATION_HEAD}\s*${SALUTATION_END}?$`, "u");
/**
 * A line that is only a greeting and a name: "Mum,", "Hi Jo,", "Hello again, Tom:", "Mum and Dad
 * —"; not "Hi Jess!", a line of speech in a story that sets no quote marks.
 */
const GREETING_LINE = new RegExp(
  String.raw`^(?:(?:Hi|Hello|Hey|To)(?:\s+again)?,?\s+)?${NAMES}\s*(?:[,:]|—|–|--)$`,
  "u",
);
const SIGN_OFF = new RegExp(
  String.raw`^(?:(?:With|All)\s+(?:my\s+|our\s+)?)?(?:[Ll]ove(?:\s+(?:always|ever|from))?|` +
    String.raw`Yours(?:\s+[\p{L}]+){0,2}|Sincerely(?:\s+yours)?|Faithfully|Affectionately|Fondly|` +
    String.raw`Ever\s+yours|Best(?:\s+wishes)?|(?:Kind\s+|Warm\s+|Best\s+)?[Rr]egards|Cheers|` +
    String.raw`Your(?:\s+[\p{L}]+){1,2})\s*(?:[,.!]|—|–|--)?(?:\s*${NAME})?\.?$`,
  "u",
);
/**
 * The everyday sign-offs ("Lots of love,", "Take care,", "Write soon,", "See you on the 14th,"):
 * words a line of speech may also be ("See you tomorrow, Tom." in a story that sets no quote
 * marks), so only ending on the comma or dash of a sign-off, the name on a line of its own.
 */
const INFORMAL_SIGN_OFF = new RegExp(
  String.raw`^(?:(?:Lots|Loads|Heaps|Tons|Much)\s+(?:of\s+)?love|Love\s+(?:you|and\s+[\p{L}]+)|` +
    String.raw`Take\s+care(?:\s+of\s+(?:yourselves|yourself|you))?|(?:Write|Speak|Talk)\s+(?:back\s+)?soon|` +
    String.raw`See\s+you(?:\s+[\p{L}\d]+){0,4}|Miss(?:ing)?\s+you(?:\s+all)?|Thinking\s+of\s+you|` +
    String.raw`Warmly|Warm(?:est)?\s+wishes|Hugs|(?:Thanks|Thank\s+you)(?:\s+again)?|Until\s+next\s+time)` +
    String.raw`\s*(?:,|—|–|--)$`,
  "u",
);
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
/** A month's name, as a regex source group. */
export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** Words a date line may hold besides weekdays, months and numbers. */
const DATE_WORDS = new Set(
  "morning afternoon evening night late early midnight noon the of a.m p.m am pm day entry good new year's eve boxing".split(
    " ",
  ),
);
/** A diary's short forms ("Tues", "Sat.", "Sept") and a date in figures ("14/3", "3.4.98"). */
const SHORT_DATE =
  String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|` +
  String.raw`\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?)`;
const DATE_TOKEN = new RegExp(
  String.raw`^(?:${WEEKDAY}|${MONTH}|${SHORT_DATE}|Christmas|Easter|\d{1,4}(?:st|nd|rd|th)?|Day|Entry)$`,
  "u",
);

/** A date line names a day, a month or a feast ("Good Friday", "Christmas Eve"). */
const DATE_NAME = new RegExp(`^(?:${WEEKDAY}|${MONTH}|${SHORT_DATE}|Christmas|Easter)$`, "u");

/**
 * A log's or a journal's numbered entry heading: "Day 4", "Week 3 (night)", "Day 12 — Neels Gap".
 * The number is set off, so a sentence ("Day 3 was rain.") is not one.
 */
const NUMBER_WORD =
  "(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|" +
  "(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|(?:[Tt]wenty|[Tt]hirty)(?:-[a-z]+)?)";
const NUMBERED_ENTRY = new RegExp(
  String.raw`^(?:Day|DAY|Week|WEEK|Entry|ENTRY)\s+(?:\d{1,3}|${NUMBER_WORD}|[A-Z]+)(?:$|\s*[.:,—–-]|\s+\()`,
  "u",
);
/** An email's header line ("From: Anna Price", "Subject: the boiler"): a letter's date line, sent so. */
const EMAIL_HEADER = /^(?:From|To|Subject|Sent|Date|Cc):[ \t]*\S/u;
/** A heading's date set off from a place by a dash or a colon: "June 3 — Tucumcari". */
const DATE_AND_PLACE =
  /^(.+?)\s*(?:—|–|--|:|\s-)\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\.?$/u;

/** Whether a heading line's words are a date and nothing else ("Tuesday, 3rd June"). */
function isDate(text: string): boolean {
  const bare = words(text).map((t) => t.replace(/^[([]+|[,.;:)\]]+$/gu, ""));
  return (
    bare.some((t) => DATE_NAME.test(t)) &&
    bare.every((t) => DATE_TOKEN.test(t) || DATE_WORDS.has(t.toLowerCase()))
  );
}

const words = (text: string): string[] => text.split(/\s+/u).filter((w) => w !== "");

/** How many words `words(text)` would give, counted no further than `max`. */
function wordsUpTo(text: string, max: number): number {
  const run = /\S+/gu;
  let n = 0;
  while (n < max && run.exec(text) !== null) n++;
  return n;
}

/** Heading lines (an address, a date) a paragraph may set above its salutation's line. */
const HEADING_LINES_ABOVE = 3;
/** Words a signature under a sign-off's line may hold ("Kirsty", "Your Aunt Jo"). */
const SIGNATURE_WORDS = 3;

/**
 * Reads the letter lines of one paragraph's text, as a whole and line by line: a letter's heading
 * and salutation may share a paragraph ("14 March\nDear Tom,\nThe parcel came"), and its last
 * lines may be the sign-off.
 */
export function letterLines(text: string): LetterLines {
  const whole = wholeParagraph(text);
  if (!text.includes("\n")) return signsOffLast(text) ? { ...whole, closes: true } : whole;
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length < 2) return signsOffLast(text) ? { ...whole, closes: true } : whole;
  // Only the first lines (a heading, a salutation) and the last two (a sign-off, a signature)
  // are read one by one: a hard-wrapped paragraph of prose has many lines and neither.
  const short = (line: string) => words(line).length <= 6;
  const head: LetterLines[] = [];
  for (const line of lines.slice(0, HEADING_LINES_ABOVE + 1)) {
    if (!short(line)) break;
    head.push(wholeParagraph(line));
  }
  const saluted = head.some(
    (r, j) =>
      r.salutation === "line" &&
      head.slice(0, j).every((h) => h.headingLine) &&
      // The letter's text, or nothing, follows: not a sign-board's next line ("SOLICITOR.").
      (j === lines.length - 1 || /(?:^|\s)\p{Ll}/u.test(lines[j + 1]!)),
  );
  const last = short(lines.at(-1)!) ? wholeParagraph(lines.at(-1)!) : null;
  const closes =
    last?.signOff === true ||
    signsOffLast(text) ||
    (last?.headingLine === true &&
      words(lines.at(-1)!).length <= SIGNATURE_WORDS &&
      short(lines.at(-2)!) &&
      wholeParagraph(lines.at(-2)!).signOff);
  return { ...whole, salutation: saluted ? "line" : whole.salutation, closes };
}

const SIGN_OFF_TAIL = 100;
/** The last sentence after a sentence's end: "... Write soon. Love, June" gives "Love, June". */
const LAST_SENTENCE = /[.!?…]["”’)]?\s+([^.!?…]+[.!]?)$/u;
/** A sign-off with the writer's name after its comma: "Love, June", "Your friend, Walt". */
const NAMED = new RegExp(String.raw`,\s*${NAME}\.?$`, "u");
/** The sign-offs only a letter ends on ("Love,", "Yours,", "Your brother,"), not "Cheers, Tom." */
const LETTER_CLOSE =
  /^(?:(?:With|All)\s+(?:my\s+|our\s+)?|(?:Lots|Loads|Much)\s+(?:of\s+)?)?(?:[Ll]ove\b|Yours\b|Your\s|Ever\s+yours|Fondly|Affectionately|Sincerely|Faithfully)/u;

/**
 * Whether the paragraph's text ends on a sign-off sentence with the writer's name ("That's all
 * from here. Love, June"): the name asked for, since a sentence like "Your move." is no sign-off.
 */
function signsOffLast(text: string): boolean {
  // A sign-off sentence is six words at most: the paragraph's last hundred characters hold it.
  const tail = text.trim().slice(-SIGN_OFF_TAIL);
  if (!tail.includes(",")) return false;
  const last = LAST_SENTENCE.exec(tail.replace(/\s+/gu, " "))?.[1];
  return (
    last !== undefined &&
    LETTER_CLOSE.test(last) &&
    NAMED.test(last) &&
    wholeParagraph(last).signOff
  );
}

/**
 * The text of a paragraph's sign-off and the signature under it, where `closes` reads them at
 * its end ("...give Ruth my love.\nLove,\nTom" gives "Love,\nTom", "... Write soon. Love, June"
 * gives "Love, June"); the whole text where the paragraph is no more than that. Whom a letter is
 * from is read here, not in the letter's last sentences, which name whom it sends love to.
 */
export function signOffLines(text: string): string {
  const lines = text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const isSignOff = (line: string | undefined) =>
    line !== undefined && words(line).length <= 6 && wholeParagraph(line).signOff;
  if (lines.length >= 2) {
    if (isSignOff(lines.at(-1))) return lines.at(-1)!;
    if (isSignOff(lines.at(-2))) return lines.slice(-2).join("\n");
  }
  const last = signsOffLast(text)
    ? LAST_SENTENCE.exec(text.trim().slice(-SIGN_OFF_TAIL).replace(/\s+/gu, " "))?.[1]
    : undefined;
  return last ?? text;
}

function wholeParagraph(text: string): LetterLines {
  // A letter set in italics ("*Dear Tom,*", "_Love, Mum_") reads as the same lines.
  const trimmed = text
    .trim()
    .replace(/^[*_]+|[*_]+$/gu, "")
    .trim();
  // Counted only up to seven: a paragraph of prose is not split into its words.
  const count = wordsUpTo(trimmed, 7);
  const quoted = /["“”‘]/u.test(trimmed);
  const headingLine = !quoted && count > 0 && count <= 6 && !/[?!]$/u.test(trimmed);
  const signOff = headingLine && (SIGN_OFF.test(trimmed) || INFORMAL_SIGN_OFF.test(trimmed));
  const salutation =
    quoted || signOff
      ? null
      : SALUTATION.test(trimmed)
        ? count <= 6 && /(?:[,:!]|—|–|-)$/u.test(trimmed)
          ? "line"
          : "inline"
        : count <= 6 && SALUTATION_LINE.test(trimmed)
          ? "line"
          : count <= 5 && GREETING_LINE.test(trimmed)
            ? "line"
            : null;
  // Only a heading line (six words at most) can be a date line: its words alone are stripped.
  const bare = headingLine ? words(trimmed).map((t) => t.replace(/^[([]+|[,.;:)\]]+$/gu, "")) : [];
  const dated = headingLine ? DATE_AND_PLACE.exec(trimmed) : null;
  const dateLine =
    (headingLine &&
      ((bare.some((t) => DATE_NAME.test(t)) &&
        bare.every((t) => DATE_TOKEN.test(t) || DATE_WORDS.has(t.toLowerCase()))) ||
        NUMBERED_ENTRY.test(trimmed) ||
        (dated !== null && isDate(dated[1]!)))) ||
    EMAIL_HEADER.test(trimmed);
  return {
    salutation,
    signOff,
    dateLine,
    headingLine,
    addressLine: headingLine && trimmed.endsWith(","),
    postscript: /^P\.?\s?S\.?(?=\s|$)/u.test(trimmed),
    closes: false,
  };
}
