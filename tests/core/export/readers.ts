/**
 * Real readers for exported files, and the expected paragraphs computed from the source text
 * independently of the export code: what a reader of each format should show.
 */
import { XMLValidator } from "fast-xml-parser";
import { Parser } from "htmlparser2";
import JSZip from "jszip";
import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { parseStory } from "../../../core/story";

/** AO3's allowed HTML tags (its HTML help page), for checking the body. */
export const AO3_TAGS = new Set(
  "a abbr acronym address b big blockquote br caption center cite code col colgroup details dd del dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li ol p pre q rp rt ruby s samp small span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul var".split(
    " ",
  ),
);

function isForbidden(cp: number): boolean {
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a && cp !== 0x0d;
  if (cp >= 0x7f && cp <= 0x9f) return true;
  if (cp >= 0xd800 && cp <= 0xdfff) return true; // only lone halves reach here: codePointAt pairs the rest
  if (cp >= 0xfdd0 && cp <= 0xfdef) return true;
  return (cp & 0xfffe) === 0xfffe;
}

/** Drops characters no XML/HTML reader can carry, by code point. */
export function readable(text: string): string {
  let out = "";
  for (const ch of text) if (!isForbidden(ch.codePointAt(0)!)) out += ch;
  return out;
}

/** A paragraph as a reader should show it: lines trimmed, blank lines gone, joined by "\n". */
export function shownParagraph(text: string): string {
  return readable(text)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
}

/** The prose paragraphs of a source text as readers should show them (markers excluded). */
export function expectedParagraphs(source: string): string[] {
  return parseStory(source)
    .paragraphs.filter((p) => !p.isBreak)
    .map((p) => shownParagraph(p.text))
    .filter((p) => p !== "");
}

export interface HtmlBlocks {
  /** Text of each p/h1..h6 in order, `<br>` as "\n"; `tag` says which. */
  readonly blocks: readonly { tag: string; text: string; attrs: Record<string, string> }[];
  /** Every tag seen inside body (or everywhere in a fragment). */
  readonly tags: ReadonlySet<string>;
}

const BLOCK_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Parses HTML with htmlparser2 into its text blocks and the tags used in the body, as a
 * browser shows them: a word joiner (U+2060, unseen) read as nothing, since the HTML export
 * puts one inside each "--" (html.ts).
 */
export function readHtml(html: string, fragment = false): HtmlBlocks {
  return parseHtml(html, fragment, /\u2060/g);
}

/**
 * Parses HTML into its blocks, `unseen` characters dropped. The Markdown and DOCX readers
 * drop none: the joiner belongs to the HTML export alone, and one that leaked into those
 * formats must show in their round trips.
 */
function parseHtml(html: string, fragment: boolean, unseen: RegExp | null): HtmlBlocks {
  const blocks: { tag: string; text: string; attrs: Record<string, string> }[] = [];
  const tags = new Set<string>();
  let inBody = fragment;
  let current: { tag: string; text: string; attrs: Record<string, string> } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "body") inBody = true;
        else if (inBody) tags.add(name);
        if (BLOCK_TAGS.has(name)) current = { tag: name, text: "", attrs };
        if (name === "br" && current) current.text += "\n";
        if (name === "hr") blocks.push({ tag: "hr", text: "", attrs });
      },
      ontext(text) {
        // Newlines in the markup are layout; real line breaks arrive as <br>.
        const shown = text.replace(/\n/g, "");
        if (current) current.text += unseen ? shown.replace(unseen, "") : shown;
      },
      onclosetag(name) {
        if (current && name === current.tag) {
          blocks.push(current);
          current = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { blocks, tags };
}

/** The text of each `<em>` in HTML, in order, as htmlparser2 reads it (entities decoded). */
export function emphasisTexts(html: string): string[] {
  const found: string[] = [];
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "em" && depth++ === 0) found.push("");
      },
      ontext(text) {
        if (depth > 0) found[found.length - 1] += text;
      },
      onclosetag(name) {
        if (name === "em" && depth > 0) depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** Renders Markdown with markdown-it, raw HTML on so an unescaped tag would come out as a tag. */
export function readMarkdown(markdown: string): HtmlBlocks & { readonly html: string } {
  const html = new MarkdownIt({ html: true }).render(markdown);
  return { ...parseHtml(html, true, null), html };
}

/** Reads a DOCX's paragraphs with mammoth (to HTML, so line breaks inside a paragraph survive). */
export async function readDocx(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return parseHtml(value, true, null).blocks.map((b) => b.text);
}

/** The DOCX's paragraphs as mammoth's plain-text extraction sees them (no line breaks). */
export async function readDocxRaw(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** Strictly parses every XML part of a DOCX; returns the parts that fail with their errors. */
export async function invalidXmlParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const failures: string[] = [];
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  if (names.length === 0) failures.push("no XML parts");
  for (const name of names) {
    const text = await zip.file(name)!.async("string");
    const result = XMLValidator.validate(text);
    if (result !== true) failures.push(`${name}: ${result.err.msg} (line ${result.err.line})`);
    // The validator accepts characters XML 1.0 forbids; check them by code point.
    if (readable(text) !== text) failures.push(`${name}: holds characters XML 1.0 forbids`);
  }
  return failures;
}
