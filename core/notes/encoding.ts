/**
 * Mojibake: UTF-8 text that was read as a single-byte code page and saved again ("façade" seen
 * through code page 852 is "fa├žade"). A word is suspect when it holds a character that some
 * code page maps to a UTF-8 lead byte; it is garbled when mapping all its characters back to
 * bytes in that code page gives valid UTF-8 with non-ASCII text. Valid UTF-8 almost never arises
 * by chance from real words in these code pages ("naïve" read back is not valid UTF-8).
 */
import type { Note } from "../model";
import { CODE_PAGES, type CodePage } from "./codepages";
import { decodeUtf8 } from "./utf8";

interface ReverseTable {
  readonly page: CodePage;
  readonly bytes: ReadonlyMap<string, number>;
}

const TABLES: readonly ReverseTable[] = CODE_PAGES.map((page) => {
  const bytes = new Map<string, number>();
  [...page.high].forEach((ch, i) => {
    if (ch !== "\uFFFD" && !bytes.has(ch)) bytes.set(ch, 0x80 + i);
  });
  return { page, bytes };
});

/** Characters that some code page maps to a UTF-8 lead byte (0xC2-0xF4): the cheap pre-filter. */
const LEADS: ReadonlySet<string> = new Set(
  CODE_PAGES.flatMap((p) => [...p.high].slice(0xc2 - 0x80, 0xf5 - 0x80)).filter(
    (c) => c !== "\uFFFD",
  ),
);

const NON_ASCII = /[^\p{ASCII}]/u;
/** Any of LEADS: a word that holds none has nothing to repair. */
const LEAD = new RegExp(
  `[${[...LEADS].map((c) => c.replace(/[\]\\^-]/u, "\\$&")).join("")}]`,
  "gu",
);
const SPACE = /\s/;
const EDGE_PUNCTUATION =
  /^[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e“”‘’«»]+|[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e“”‘’«»]+$/g;

export interface Repair {
  readonly text: string;
  readonly page: string;
}

/** Decoded text that looks like ordinary prose: accented Latin letters and punctuation. */
const COMMON = /[\u00a0-\u017f\u2010-\u203a\u20ac]/gu;
const ALL_NON_ASCII = /[^\p{ASCII}]/gu;

function plausibility(decoded: string): number {
  const common = decoded.match(COMMON)?.length ?? 0;
  const other = (decoded.match(ALL_NON_ASCII)?.length ?? 0) - common;
  return common - 2 * other;
}

function toBytes(word: string, table: ReverseTable): number[] | null {
  const bytes: number[] = [];
  for (const ch of word) {
    const code = ch.codePointAt(0)!;
    const b = code < 0x80 ? code : table.bytes.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  return bytes;
}

/**
 * The repair of one garbled word, or null when the word reads as it should. When several code
 * pages give valid UTF-8, the most prose-like result wins (Latin letters over rarer scripts).
 */
export function repairMojibake(word: string): Repair | null {
  if (![...word].some((c) => LEADS.has(c))) return null;
  let best: Repair | null = null;
  let bestScore = -Infinity;
  for (const table of TABLES) {
    const bytes = toBytes(word, table);
    const decoded = bytes && decodeUtf8(bytes);
    if (!decoded || decoded === word || !NON_ASCII.test(decoded)) continue;
    const score = plausibility(decoded);
    if (score > bestScore) [best, bestScore] = [{ text: decoded, page: table.page.name }, score];
  }
  return best;
}

/** Encoding notes for one paragraph; `offset` is where `text` starts in the file. */
export function encodingNotes(text: string, offset: number, paragraph: number): Note[] {
  if (!NON_ASCII.test(text)) return [];
  const notes: Note[] = [];
  // Only a run of non-space characters that holds a lead character can be repaired: found from
  // those characters, not by reading every run of the paragraph (curly quotes make most prose
  // non-ASCII). Each run once, in order, as a scan of every run would take them.
  LEAD.lastIndex = 0;
  for (let lead = LEAD.exec(text); lead; lead = LEAD.exec(text)) {
    if (SPACE.test(text[lead.index]!)) continue;
    let start = lead.index;
    while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
    let end = lead.index + 1;
    while (end < text.length && !SPACE.test(text[end]!)) end++;
    LEAD.lastIndex = end;
    const run = text.slice(start, end);
    if (!NON_ASCII.test(run)) continue;
    const word = run.replace(EDGE_PUNCTUATION, "");
    if (word === "") continue;
    const repair = repairMojibake(word);
    if (!repair) continue;
    const from = offset + start + run.indexOf(word);
    notes.push({
      kind: "encoding",
      severity: "warning",
      paragraph,
      from,
      to: from + word.length,
      text: word,
      message: `"${word}" looks garbled: UTF-8 text read as ${repair.page}. It probably reads "${repair.text}".`,
      fixes: [repair.text],
      key: `encoding:${word}`,
    });
  }
  return notes;
}
