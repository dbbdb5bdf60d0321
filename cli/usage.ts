/**
 * What `draftwise --help` prints. CONTRACT.md is the full contract; this is the reminder a writer
 * or a script author needs at the terminal, one entry per command with every option it takes.
 */
import { breakPlacements, emphasisReadings } from "../core/export";

export const USAGE = `usage: draftwise COMMAND FILE [options]

  analyze FILE [--cast CAST.json] [--json] [--large]
      Scenes, chapters, characters, quotes with their speakers, and notes, as JSON
      (--json: on one line).
  check FILE [--cast CAST.json] [--large]
      One line per warning, FILE:LINE:COLUMN: KIND: MESSAGE; exits 1 when there is any.
  export FILE --format txt|md|html|docx --out PATH [--cast CAST.json] [--breaks ${breakPlacements.join("|")}] [--emphasis ${emphasisReadings.join("|")}] [--large]
      The story as plain text, Markdown, AO3 HTML or Word; txt is the file's own bytes.
      *word* and _word_ are italics in a .md draft, and in a .txt draft that marks italics so
      (--emphasis none prints them as typed; asterisks reads them in any draft).
  open [FILE] [--browser] [--no-open] [--port N]
      The app itself, on FILE (draftwise open --help).

  --cast CAST.json   the characters, as analyze lists them ({"characters": [...]})
  --large            read a very large file, which the app would ask about first

Errors print one line on standard error and exit 2, with nothing written.
`;

/** `--help` or `-h` anywhere, or `help` as the command. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv[0] === "help" || argv.some((a) => a === "--help" || a === "-h");
}
