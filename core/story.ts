/**
 * The story as a file: paragraphs plus everything needed to write the same bytes back.
 *
 * A paragraph is a block of lines separated from the next by one or more blank lines
 * (CONTRACT.md). A scene-break line (`* * *`, `#`, `~~~`...) alone on its line is always a
 * paragraph of its own, even when no blank line surrounds it. Nothing is normalised: the
 * separator before each paragraph, the text before the first and after the last, and a
 * byte-order mark are kept verbatim, so `storyToText(parseStory(t)) === t` for every string.
 */

export type LineEnding = "\n" | "\r\n";

export interface ParagraphText {
  /** The paragraph's text, inner line breaks as in the file. */
  readonly text: string;
  /** The exact separator before it (line ending plus blank lines); "" for the first. */
  readonly before: string;
  /** Offset of `text` in the file's text as read (UTF-16 code units). */
  readonly offset: number;
  /** True for a scene-break line such as `* * *`. */
  readonly isBreak: boolean;
}

export interface StoryText {
  /** True when the text starts with U+FEFF; it is not part of any paragraph. */
  readonly bom: boolean;
  /** Blank lines before the first paragraph. */
  readonly leading: string;
  readonly paragraphs: readonly ParagraphText[];
  /** Everything after the last paragraph: its final line ending, trailing blank lines. */
  readonly trailing: string;
  /** The dominant line ending, used for paragraphs the writer adds. */
  readonly eol: LineEnding;
}

const BOM = "\uFEFF";

/**
 * Scene-break lines writers use, which fan fiction archives (which strip a draft's formatting)
 * multiply: a row of three or more symbols (`* * *`, `~~~`, `---`, `+++`, `:::`, `/ / /`,
 * `*~*~*`, `♦♦♦`), one of a few symbols alone (`#`, `§`, `~`, `*`, `|`, `⁂`), a ring of o's or x's
 * (`oOo`, `oOoOoOo`, `oooOOOooo`, `o0o`, `xXx`, `-x-`, `~o~`), or a word that names the break (`(break)`,
 * `Line break`, `[scene break]`, `~Time skip~`, `POV change`); optionally indented or centred.
 * Letters, digits, quote marks and sentence punctuation never make a row: "...", "?!" and "—"
 * are a pause, a question or a cut-off line of speech, and "xxx" signs a letter off with kisses.
 */
export function isBreakLine(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  // Prose is the common case: a line with a letter or a digit is a break only as a short word
  // or ring; only a row of symbols may be long.
  if (t.length > MAX_LETTERED_BREAK && /[\p{L}\p{N}]/u.test(t)) return false;
  if (BREAK_WORDS.test(t)) return true;
  // Short prose ("No.", a wrapped paragraph's last words) leaves here, before the per-character
  // reading: a character no ornament, ring letter or space is a letter of prose.
  if (/(?!\u200d|\ufe0f)[^\s\p{S}\p{P}oO0xX]/u.test(t)) return false;
  const compact = t.replace(/\s|\u200d|\ufe0f/gu, "");
  const chars = [...compact];
  const ornaments = chars.filter((c) => ORNAMENT.test(c)).length;
  if (ornaments === chars.length)
    return (chars.length >= 3 && !TABLE_RULE.test(compact)) || LONE_MARKS.has(compact);
  // A ring: o's (or x's) alone, their forms alternating ("oOo"), or set between symbols ("-x-").
  const letters = chars.filter((c) => !ORNAMENT.test(c)).join("");
  if (!/^(?:[oO0]+|[xX]+)$/u.test(letters)) return false;
  if (ornaments > 0) return ORNAMENT.test(chars[0]!) && ORNAMENT.test(chars.at(-1)!);
  // Unset, a ring reads the same both ways and mixes its forms ("oOo", "oooOOOooo"): "Ooo" and
  // "ooo" are a sound, "xxx" kisses.
  const reversed = [...letters].reverse().join("");
  return letters.length >= 3 && reversed === letters && new Set(letters).size > 1;
}

/**
 * A symbol that may make up a break line: any symbol or punctuation but quote marks, sentence
 * punctuation and apostrophes, which a line of speech or a pause is made of.
 */
const ORNAMENT = /^(?![.,;?!…'"‘’“”«»„‚`])[\p{S}\p{P}]$/u;
/** The symbols that mark a break alone or doubled ("#", "##"); not "**", "--" or "~~". */
const LONE_MARKS = new Set(["#", "##", "§", "~", "*", "|", "⁂", "❧", "☙", "♦", "◆", "❖", "✦", "•"]);
/** A Markdown table's delimiter row ("|---|:--:|", "-|-"): a table, not a break. */
const TABLE_RULE = /^(?=.*\|)(?=.*-)[-|:]+$/u;
/** Longest break with letters: a word ("~*~ Scene break ~*~") or a ring ("~oOoOoOoOo~"). */
const MAX_LETTERED_BREAK = 40;
/** Symbols and spaces around a break's words: no quote mark (speech) or full stop (a sentence). */
const AROUND = String.raw`(?:(?![.,;?!…'"‘’“”«»„‚\u0060])[\p{S}\p{P}\s])*`;
const BREAK_WORDS = new RegExp(
  String.raw`^${AROUND}(?:(?:line|scene|page|section|story)\s?-?\s?break|break|` +
    String.raw`scene\s+(?:change|switch)|time\s?-?\s?skip|pov\s+(?:change|switch))${AROUND}$`,
  "iu",
);

/**
 * Whether a block's text is scene-break lines only, blank lines between them allowed. The editor
 * keeps markers that follow one another as one break ("* * *" twice, Gutenberg's rows of stars),
 * so a block it hands over can hold several: it is still a break, or scenes read from the
 * blocks would run across it.
 */
export function isBreakText(text: string): boolean {
  // Line ends as parseStory reads them (LF and CRLF; a lone CR is no line end there).
  const lines = text.split(/\r\n|\n/u);
  return lines.some(isBreakLine) && lines.every((line) => isBlankLine(line) || isBreakLine(line));
}

/** Whether a line (no line ending) is blank: only spaces, tabs and other white space. */
export function isBlankLine(line: string): boolean {
  return /^[ \t\f\v\u00a0\u2000-\u200a\u3000]*$/.test(line);
}

/**
 * Calls `line` with each line from `from` on: where its text starts, the text, and its ending
 * (LF or CRLF; "" for the last line, which is read only when it has text or is the only one).
 * Nothing is kept: a draft of millions of blank lines made an object per line, most of the
 * time of opening it.
 */
function forEachLine(
  text: string,
  from: number,
  line: (start: number, text: string, ending: string) => void,
): void {
  let start = from;
  let any = false;
  for (let i = text.indexOf("\n", from); i >= 0; i = text.indexOf("\n", i + 1)) {
    const crlf = i > start && text.charCodeAt(i - 1) === 13;
    const end = crlf ? i - 1 : i;
    line(start, text.slice(start, end), crlf ? "\r\n" : "\n");
    any = true;
    start = i + 1;
  }
  if (start < text.length || !any) line(start, text.slice(start), "");
}

function dominantEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

/** Reads a story's text into paragraphs, remembering its conventions. Never throws. */
export function parseStory(text: string): StoryText {
  const bom = text.startsWith(BOM);
  const body = bom ? BOM.length : 0;
  const paragraphs: ParagraphText[] = [];
  /**
   * Where the text between paragraphs begins: the last paragraph's line ending, then blank lines.
   * It is sliced from the text when the next paragraph starts, not added up line by line (a
   * string of millions of pieces on a file of blank lines, most of the time of opening it).
   */
  let sepStart = body;
  /** The open paragraph: where it starts and where its last line's text ends. */
  let current: { start: number; end: number; isBreak: boolean } | null = null;

  const close = (): void => {
    if (!current) return;
    paragraphs.push({
      text: text.slice(current.start, current.end),
      before: paragraphs.length === 0 ? "" : text.slice(sepStart, current.start),
      offset: current.start,
      isBreak: current.isBreak,
    });
    sepStart = current.end;
    current = null;
  };
  let leading: string | null = null;

  forEachLine(text, body, (start, line) => {
    if (isBlankLine(line)) {
      close();
      return;
    }
    const isBreak = isBreakLine(line);
    const end = start + line.length;
    if (current && !isBreak && !current.isBreak) {
      current.end = end;
      return;
    }
    close();
    leading ??= text.slice(body, start);
    current = { start, end, isBreak };
  });
  close();

  return {
    bom,
    leading: leading ?? text.slice(body),
    paragraphs,
    trailing: paragraphs.length === 0 ? "" : text.slice(sepStart),
    eol: dominantEnding(text),
  };
}

/** The default separator for a paragraph the writer added: one blank line. */
export function defaultSeparator(eol: LineEnding): string {
  return eol + eol;
}

/**
 * Writes paragraphs back in the story's conventions. A paragraph whose `before` is "" or
 * missing but is not first (it was added or moved) gets the default separator.
 */
export function storyToText(story: StoryText): string {
  let out = story.bom ? BOM : "";
  out += story.leading;
  story.paragraphs.forEach((p, i) => {
    if (i > 0) out += p.before === "" ? defaultSeparator(story.eol) : p.before;
    out += p.text;
  });
  return out + story.trailing;
}

/**
 * Builds a story from plain paragraph texts in the given conventions (for new documents,
 * exports and tests). Offsets are computed as the text would be written.
 */
export function storyFromParagraphs(
  texts: readonly string[],
  conventions: { eol?: LineEnding; bom?: boolean; finalNewline?: boolean } = {},
): StoryText {
  const eol = conventions.eol ?? "\n";
  const bom = conventions.bom ?? false;
  let offset = bom ? 1 : 0;
  const paragraphs = texts.map((text, i) => {
    const before = i === 0 ? "" : defaultSeparator(eol);
    offset += before.length;
    const p = { text, before, offset, isBreak: isBreakText(text) };
    offset += text.length;
    return p;
  });
  return { bom, leading: "", paragraphs, trailing: conventions.finalNewline ? eol : "", eol };
}
