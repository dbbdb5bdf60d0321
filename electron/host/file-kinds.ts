/**
 * Files a writer opens by mistake for their draft: a word processor's document, a PDF, a web
 * page. Named by their first bytes, so the refusal (or the banner) says what the file is and
 * how to get plain text from it, not only "binary".
 */

/** Where to look for a ZIP document's kind: its first entries' names and the mimetype entry. */
const ZIP_HEAD = 64 * 1024;

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function holds(bytes: Uint8Array, ascii: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ascii, 0, "latin1");
}

/** A PDF's header line ("%PDF-1.7") ends at once; `n g obj` starts its first object. */
const PDF_HEADER = /^%PDF-\d\.\d[ \t]*[\r\n]/u;

/**
 * Whether `bytes` are a PDF: its header line, then an object in the head. Some PDFs are all
 * text bytes, so this is asked before the binary test, and a text that starts with the same
 * letters ("%PDF-1.4 is what the printer wanted") must not be refused for them.
 */
function isPdf(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, "%PDF-")) return false;
  const head = bytes.subarray(0, ZIP_HEAD);
  const header = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 16));
  return PDF_HEADER.test(header.toString("latin1")) && holds(head, " obj");
}

/**
 * What a file that is not text is, with what to do, as the end of a sentence that starts with
 * its name; null when its first bytes name no document format Draftwise knows.
 */
export function documentKind(bytes: Uint8Array): string | null {
  if (isPdf(bytes))
    return "is a PDF, not plain text. Copy its text into a plain-text file, or export it as text from the program that made it, and open that.";
  if (startsWith(bytes, "\xD0\xCF\x11\xE0"))
    return "is an older Word (.doc) or other Office document, not plain text. Save it from Word as Plain Text (.txt) and open that.";
  if (!startsWith(bytes, "PK\x03\x04")) return null;
  // The whole file when it is small; a DOCX names word/ among its first entries.
  const head = bytes.subarray(0, ZIP_HEAD);
  if (holds(head, "word/"))
    return "is a Word document (DOCX), not plain text. Save it from Word as Plain Text (.txt) (in Google Docs: File > Download > Plain text) and open that.";
  if (holds(head, "application/vnd.oasis.opendocument.text"))
    return "is an OpenDocument text (ODT), not plain text. Save it from LibreOffice as Text (.txt) and open that.";
  if (holds(head, "application/epub+zip"))
    return "is an EPUB e-book, not plain text. Open a plain-text (.txt or .md) draft.";
  return null;
}

/**
 * A warning for text that is markup, not a story: an HTML page (AO3's download, Draftwise's
 * own HTML export) or an RTF file opens, but its tags show as text and are read as prose.
 * Null for prose, even prose with a "<b>" in it: only the document's start counts.
 */
export function markupWarning(text: string): string | null {
  // Only the head is read: a novel's text is never copied for this.
  const start = text.slice(0, 1000).replace(/^\uFEFF?\s*/u, "");
  if (/^(?:<!doctype html|<html[\s>])/iu.test(start))
    return "This file is HTML (a web page, or an export such as AO3's): its tags show as text and count as the story's words. To edit the story, open the plain-text (.txt or .md) draft it came from.";
  if (start.startsWith("{\\rtf"))
    return "This file is RTF (rich text): its formatting codes show as text and count as the story's words. Save it from your word processor as Plain Text (.txt) and open that.";
  return null;
}
