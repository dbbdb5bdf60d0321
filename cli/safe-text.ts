/**
 * What the CLI prints about the outside world (file names, messages quoting input) goes through
 * here: control characters and escape sequences would let a file name move the cursor, clear the
 * screen or forge another line, and a 4 MB alias quoted in an error would make a 4 MB line.
 */

/** Longest error line printed; what is cut is marked with "…". */
export const MAX_MESSAGE_CHARS = 400;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides
 * written as visible escapes (`\n`, `\x1b`, `\u202e`); everything else unchanged.
 */
export function visible(text: string): string {
  return text.replace(
    // Matching control characters is the point here.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => {
      if (ch === "\n") return "\\n";
      if (ch === "\r") return "\\r";
      if (ch === "\t") return "\\t";
      const code = ch.charCodeAt(0);
      return code < 0x100
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : `\\u${code.toString(16).padStart(4, "0")}`;
    },
  );
}

/** One printable line of at most `MAX_MESSAGE_CHARS` characters. */
export function oneLine(message: string): string {
  const line = visible(message);
  return line.length > MAX_MESSAGE_CHARS ? `${line.slice(0, MAX_MESSAGE_CHARS - 1)}…` : line;
}
