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
}

/** A NUL byte in the first 512 bytes marks a binary file (as git and most editors decide). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return false;
  return bytes.subarray(0, 512).includes(0);
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
    warnings.push("This file mixes Windows (CRLF) and Unix (LF) line endings; each line keeps its own.");
  }
  return { text, encoding, warnings };
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
