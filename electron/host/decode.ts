/**
 * Bytes <-> text for story files. Detection order: a byte-order mark, then strict UTF-8, then
 * Windows-1252 as the fallback (with a banner, so the writer can reopen with another encoding).
 * The BOM stays in the text as U+FEFF so that offsets and the written bytes match the file.
 */
import iconv from "iconv-lite";
import type { TextEncodingName } from "../../core/host-api";

export interface Decoded {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly warnings: readonly string[];
  /**
   * Replacement characters (U+FFFD) that stand for the file's own U+FFFD characters; any more in
   * the text were made by decoding bytes that did not fit the encoding, and saving them loses
   * those bytes for good.
   */
  readonly genuineReplacements: number;
}

/** How many U+FFFD characters a text holds. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/**
 * A NUL byte anywhere marks a binary file: text in UTF-8 or Windows-1252 never holds one, and
 * a file with a text-like head and NULs further on (an archive behind a text header) is not a
 * story. (git looks at the first 8000 bytes only; a scan of the whole file costs about 50 ms
 * for 100 MB, so there is no reason to stop early.) UTF-16 with a byte-order mark is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (likelyUtf32(bytes)) return true;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  return bytes.includes(0);
}

/**
 * UTF-32 text, with or without a byte-order mark: Draftwise does not edit it, but says what
 * it is. (A UTF-32 LE mark starts with the UTF-16 LE one, FF FE, so this is asked first.)
 */
export function likelyUtf32(bytes: Uint8Array): "utf-32le" | "utf-32be" | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "utf-32le";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "utf-32be";
  const head = bytes.subarray(0, 512 - (Math.min(bytes.length, 512) % 4));
  if (head.length < 8) return null;
  // Each character of Latin text takes four bytes, three of them zero: the high two always.
  let le = 0;
  let be = 0;
  for (let i = 0; i < head.length; i += 4) {
    if (head[i + 2] === 0 && head[i + 3] === 0 && head[i] !== 0) le++;
    if (head[i] === 0 && head[i + 1] === 0 && head[i + 3] !== 0) be++;
  }
  const chars = head.length / 4;
  if (le > chars * 0.9) return "utf-32le";
  if (be > chars * 0.9) return "utf-32be";
  return null;
}

/**
 * For a file refused as binary: UTF-16 text without a byte-order mark has a NUL in every other
 * byte (for Latin text), which reads as binary. Returns the likely byte order, or null.
 */
export function likelyBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const head = bytes.subarray(0, 512 - (Math.min(bytes.length, 512) % 2));
  if (head.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < head.length; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = head.length / 2;
  if (oddZero > pairs * 0.7 && evenZero < pairs * 0.1) return "utf-16le";
  if (evenZero > pairs * 0.7 && oddZero < pairs * 0.1) return "utf-16be";
  return null;
}

function detectEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return null;
  }
}

/** Decodes a file's bytes, detecting the encoding unless one is forced. */
export function decodeBytes(bytes: Uint8Array, forced?: TextEncodingName): Decoded {
  const detected = forced ?? detectEncoding(bytes);
  const encoding = detected ?? "windows-1252";
  const warnings: string[] = [];
  if (!detected) {
    warnings.push(
      "This file is not valid UTF-8, so it was opened as Windows-1252. If letters look wrong, reopen it with another encoding.",
    );
  }
  const text =
    encoding === "windows-1252"
      ? iconv.decode(Buffer.from(bytes), "windows-1252")
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (/\r\n/.test(text) && /(^|[^\r])\n/.test(text)) {
    warnings.push(
      "This file mixes Windows (CRLF) and Unix (LF) line endings; each line keeps its own.",
    );
  }
  // Lossless when the text encodes back to the very bytes read: then every U+FFFD is the file's own.
  const lossless = encodeText(text, encoding).equals(Buffer.from(bytes));
  const replacements = countReplacements(text);
  if (!lossless && replacements > 0) {
    warnings.push(
      `${replacements} character${replacements === 1 ? "" : "s"} could not be read as ${encoding.toUpperCase()} and show as �. Reopen the file with another encoding; Draftwise will not save them without asking.`,
    );
  }
  return { text, encoding, warnings, genuineReplacements: lossless ? replacements : 0 };
}

/**
 * The first character of `text` that `encoding` cannot store (Windows-1252 has no "→"), or
 * null when the whole text fits. Encoders replace such characters with "?" without a word.
 */
export function firstUnencodable(text: string, encoding: TextEncodingName): string | null {
  if (encoding !== "windows-1252") return null;
  const bytes = iconv.encode(text, "windows-1252");
  const back = iconv.decode(bytes, "windows-1252");
  if (back === text) return null;
  const chars = [...text];
  const backChars = [...back];
  for (let i = 0; i < chars.length; i++) if (chars[i] !== backChars[i]) return chars[i]!;
  return null;
}

/** Encodes text for writing in the file's own encoding. */
export function encodeText(text: string, encoding: TextEncodingName): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-16le":
      return Buffer.from(text, "utf16le");
    case "utf-16be":
      return Buffer.from(text, "utf16le").swap16();
    case "windows-1252":
      return iconv.encode(text, "windows-1252");
  }
}
