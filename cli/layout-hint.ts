/**
 * The one line `analyze`, `check` and `export` print on standard error for a file laid out one
 * paragraph per line (core/text/line-paragraphs.ts), whose lines end with a carriage return
 * alone (core/text/line-ends.ts), or that is HTML or RTF markup (electron/host/file-kinds.ts):
 * their numbers, notes and exported paragraphs are right by the contract but not what the
 * writer meant, and standard output stays as the contract says, so scripts read it unchanged.
 */
import { parseStory } from "../core/story";
import { classicMacLineEnds } from "../core/text/line-ends";
import { detectLineParagraphs } from "../core/text/line-paragraphs";
import { markupWarning } from "../electron/host/file-kinds";
import { oneLine } from "./safe-text";

/**
 * The hint for `text`, or null when the file is not laid out one paragraph per line (blank-line
 * paragraphs, hard-wrapped prose, verse), its line ends are LF or CRLF and it is no markup.
 * `purpose` ends the advice: what separating is for.
 */
export function lineParagraphsHint(
  file: string,
  text: string,
  purpose = "to analyse each one",
): string | null {
  // An HTML page or RTF file is read with its tags; the app says so in a banner.
  const markup = markupWarning(text);
  if (markup)
    return oneLine(`draftwise: ${file}: ${markup.charAt(0).toLowerCase()}${markup.slice(1)}`);
  if (classicMacLineEnds(text) > 0)
    return oneLine(
      `draftwise: ${file} ends its lines with a carriage return alone (classic Mac OS), so it ` +
        `is read as one paragraph; make its line ends LF (in the Draftwise editor: "Use LF ` +
        `line ends") ${purpose}`,
    );
  if (!detectLineParagraphs(text)) return null;
  // Counted as the contract counts them, and only for such a file: most files never pay for it.
  const paragraphs = parseStory(text).paragraphs.length;
  const read = paragraphs === 1 ? "one paragraph" : `${paragraphs} paragraphs`;
  return oneLine(
    `draftwise: ${file} puts each paragraph on its own line with no blank line between them, ` +
      `so it is read as ${read}; put a blank line between paragraphs ` +
      `(in the Draftwise editor: "Separate paragraphs") ${purpose}`,
  );
}
