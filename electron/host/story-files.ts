/**
 * Reading story files with clear answers for bad input: missing, a folder, binary, too large,
 * undecodable. Every failure is a HostError the CLI prints as one line and the app shows as a
 * banner; nothing here throws for a bad file.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { HostResult, TextEncodingName } from "../../core/host-api";
import { decodeBytes, likelyBomlessUtf16, likelyUtf32, looksBinary } from "./decode";
import { documentKind, markupWarning } from "./file-kinds";
import { hashBytes } from "./safe-save";

/** Files above this ask first; above the hard limit they are refused. */
export const LARGE_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface ReadStory {
  readonly path: string;
  readonly name: string;
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly hash: string;
  readonly warnings: readonly string[];
  /** U+FFFD characters that are really in the file (not made by decoding). */
  readonly genuineReplacements: number;
}

/** Sizes in bytes: above `large` an open asks first; above `max` it is refused. */
export interface OpenLimits {
  readonly large: number;
  readonly max: number;
}

export const OPEN_LIMITS: OpenLimits = { large: LARGE_FILE_BYTES, max: MAX_FILE_BYTES };

/** What a read file is for, as its refusals say it: a story, or the CLI's `--cast` file. */
export interface FileRole {
  /** "story file": `"x" is a folder, not a story file.` */
  readonly noun: string;
  /** What to name instead of a folder or device: "Name a .txt file." */
  readonly nameInstead: string;
  /** What to open instead of a binary file. */
  readonly openInstead: string;
}

export const STORY_FILE: FileRole = {
  noun: "story file",
  nameInstead: "Name a .txt file.",
  openInstead: "Open a plain-text (.txt or .md) draft.",
};

export const CAST_FILE: FileRole = {
  noun: "cast file",
  nameInstead: "Name a .json file.",
  openInstead: "Name a cast (.json) file.",
};

export interface ReadOptions {
  /** Whose words the refusals use; a story's by default. */
  readonly role?: FileRole;
  readonly confirmLarge?: boolean;
  /**
   * The caller can ask the writer about a file above the hard limit, and `confirmLarge` then
   * opens it: a save can make a story that large, and the limit must not lock the writer out
   * of their own file.
   */
  readonly canExceedLimit?: boolean;
  readonly encoding?: TextEncodingName;
  readonly limits?: OpenLimits;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads and decodes a story file. */
export async function readStoryFile(
  file: string,
  options: ReadOptions = {},
): Promise<HostResult<ReadStory>> {
  const name = path.basename(file);
  const role = options.role ?? STORY_FILE;
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? "a folder" : "not a regular file";
      return {
        ok: false,
        error: {
          code: "not-a-file",
          message: `"${file}" is ${what}, not a ${role.noun}. ${role.nameInstead}`,
        },
      };
    }
    size = stat.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      return {
        ok: false,
        error: {
          code: "not-found",
          message: `"${file}" does not exist. Check the path and try again.`,
        },
      };
    }
    return {
      ok: false,
      error: {
        code: "unreadable",
        message: `"${file}" cannot be read (${code ?? "error"}). Check its permissions.`,
      },
    };
  }
  const limits = options.limits ?? OPEN_LIMITS;
  if (size > limits.max && !(options.canExceedLimit && options.confirmLarge)) {
    const choice = options.canExceedLimit
      ? "Split it into parts, or open it anyway (it may be slow)."
      : "Split it into parts first.";
    return {
      ok: false,
      error: {
        code: "too-large",
        message: `"${name}" is ${megabytes(size)}; Draftwise opens stories up to ${megabytes(limits.max)}. ${choice}`,
      },
    };
  }
  if (size > limits.large && !options.confirmLarge) {
    return {
      ok: false,
      error: {
        code: "needs-confirmation",
        message: `"${name}" is ${megabytes(size)}, which is very large for one story and may be slow. Open it anyway?`,
      },
    };
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    return {
      ok: false,
      error: {
        code: "unreadable",
        message: `"${file}" cannot be read (${code}). Check its permissions.`,
      },
    };
  }
  // A writer who names UTF-16 expects NUL bytes: only a guessed encoding checks for binary.
  const forcedUtf16 = options.encoding === "utf-16le" || options.encoding === "utf-16be";
  // A PDF can be all text bytes: its kind is asked before the binary test.
  const kind = forcedUtf16 ? null : documentKind(bytes);
  if (kind) return { ok: false, error: { code: "binary", message: `"${name}" ${kind}` } };
  if (!forcedUtf16 && looksBinary(bytes)) {
    const utf32 = likelyUtf32(bytes);
    const utf16 = utf32 ? null : likelyBomlessUtf16(bytes);
    const message = utf32
      ? `"${name}" is ${utf32 === "utf-32le" ? "UTF-32 LE" : "UTF-32 BE"} text, which Draftwise does not read. Convert it to UTF-8 first (for example: iconv -f UTF-32 -t UTF-8).`
      : utf16
        ? `"${name}" looks like ${utf16 === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} text without a byte-order mark. Reopen it with that encoding.`
        : `"${name}" looks like a binary file, not text. ${role.openInstead}`;
    return { ok: false, error: { code: "binary", message } };
  }
  const decoded = decodeBytes(bytes, options.encoding);
  const markup = markupWarning(decoded.text);
  return {
    ok: true,
    value: {
      path: file,
      name,
      text: decoded.text,
      encoding: decoded.encoding,
      hash: hashBytes(bytes),
      warnings: markup ? [markup, ...decoded.warnings] : decoded.warnings,
      genuineReplacements: decoded.genuineReplacements,
    },
  };
}

/** Where a story's scenes, cast and dismissals live: `draft.txt` -> `draft.draftwise.json`. */
export function sidecarPathFor(storyPath: string): string {
  const ext = path.extname(storyPath);
  return path.join(path.dirname(storyPath), `${path.basename(storyPath, ext)}.draftwise.json`);
}

/** Reads the sidecar's text; a missing one is null, an unreadable one an error message. */
export async function readSidecar(
  storyPath: string,
): Promise<{ text: string | null; error?: string }> {
  try {
    return { text: await fs.readFile(sidecarPathFor(storyPath), "utf8") };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { text: null };
    return {
      text: null,
      error: `The outline file next to the story could not be read (${(err as NodeJS.ErrnoException).code}); scenes were detected again.`,
    };
  }
}
