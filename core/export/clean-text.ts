/**
 * Text cleaning shared by the formatted exports. XML 1.0 (DOCX) forbids C0 controls other than
 * tab, line feed and carriage return, U+FFFE/U+FFFF and lone surrogates; HTML treats the same
 * plus DEL, C1 controls and noncharacters as parse errors. The `docx` library writes them
 * through and Word then refuses the whole file, so they are dropped before any builder sees them.
 */

// With the `u` flag a surrogate pair is one code point, so `\p{Cs}` matches only lone halves.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}|\p{Cs}/gu;

/** Removes every character XML 1.0 forbids or HTML calls a parse error. */
export function stripForbiddenChars(text: string): string {
  return text.replace(FORBIDDEN, "");
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * A paragraph as lines for a formatted export: forbidden characters dropped, each line trimmed
 * (indentation and trailing spaces mean nothing once formatted), blank lines dropped.
 */
export function paragraphLines(paragraph: string): string[] {
  return stripForbiddenChars(paragraph)
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** A title cleaned for a heading: one line, forbidden characters dropped. */
export function cleanTitle(title: string): string {
  return stripForbiddenChars(title).replace(/\s+/g, " ").trim();
}
