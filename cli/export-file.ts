/**
 * `draftwise export`: builds the format in core, writes it with the safe save. Every check
 * runs before the one write, so an error leaves nothing behind (CONTRACT.md, Errors).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  prettyTitle,
  titleLine,
  emphasisDefault,
  exportContent,
  exportFormats,
  storyForExport,
  type ExportFormat,
  type ExportOptions,
  type SceneRange,
} from "../core/export";
import { isMarkdownFile } from "../core/chapters";
import { decodeBytes, encodeText } from "../electron/host/decode";
import { hashBytes, safeWriteFile } from "../electron/host/safe-save";
import type { ReadStory } from "../electron/host/story-files";
import { UsageError } from "./args";

/**
 * How `--out` is written: a regular file (or a new one) is replaced atomically; a terminal,
 * `/dev/null`, `/dev/stdout` or a named pipe is written into as it is, since renaming a file
 * over it would replace the device or pipe with a plain file.
 */
type WriteMode = "replace" | "write-into";

async function assertWritableTarget(story: ReadStory, out: string): Promise<WriteMode> {
  const link = await fs.lstat(out).catch(() => null);
  const target = await fs.stat(out).catch(() => null);
  if (link?.isSymbolicLink() && !target) {
    throw new UsageError(
      `--out ${out} is a symbolic link to a file that does not exist; name the file itself`,
    );
  }
  if (target?.isCharacterDevice() || target?.isFIFO()) return "write-into";
  if (target && !target.isFile() && !target.isDirectory()) {
    const what = target.isBlockDevice() ? "a disk device" : "a socket";
    throw new UsageError(`--out ${out} is ${what}, not a file; name a regular file`);
  }
  const dir = path.dirname(path.resolve(out));
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory())
    throw new UsageError(`the folder of --out ${out} does not exist; create it first`);
  if (target?.isDirectory()) throw new UsageError(`--out ${out} is a folder; name a file`);
  if (target && (await sameFile(story.path, out))) {
    throw new UsageError(
      `--out ${out} is the story itself; name another file so the draft is not replaced`,
    );
  }
  // Checked up front so a read-only folder fails with a plain message and no temp file.
  await fs.access(dir, fs.constants.W_OK).catch(() => {
    throw new UsageError(
      `cannot write in the folder of --out ${out}; choose a folder you can write to`,
    );
  });
  return "replace";
}

/** Writes into a device or named pipe as it is (never renamed over). */
async function writeInto(out: string, bytes: Uint8Array): Promise<void> {
  try {
    await fs.writeFile(out, bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    throw new UsageError(`could not write to --out ${out} (${code})`);
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}

function isFormat(format: string): format is ExportFormat {
  return (exportFormats as readonly string[]).includes(format);
}

/**
 * The bytes of a txt export. The whole story as written is the file's own bytes, read again
 * (decoding is not always reversible: Windows-1252's unassigned bytes 0x81, 0x8D, 0x8F, 0x90
 * and 0x9D, or a lone UTF-16 surrogate, read as U+FFFD). Any other text must encode back to
 * itself, or the export is refused rather than changed without a word.
 */
async function txtBytes(story: ReadStory, content: string): Promise<Uint8Array> {
  if (content === story.text) {
    const bytes = await fs.readFile(story.path);
    if (hashBytes(bytes) === story.hash) return bytes;
    throw new UsageError(`${story.name} changed while it was being exported; run export again`);
  }
  const bytes = encodeText(content, story.encoding);
  if (decodeBytes(bytes, story.encoding).text !== content) {
    throw new UsageError(
      `--format txt cannot write ${story.name} byte for byte in ${story.encoding.toUpperCase()} (it holds characters that encoding cannot store); nothing was written`,
    );
  }
  return bytes;
}

/**
 * The manuscript's title and author: the sidecar's (as the app keeps them), else the draft's
 * own title line, else the file name.
 */
export interface Manuscript {
  readonly title?: string;
  readonly author?: string;
}

/**
 * Exports a story read from disk to `out` in `format`. `scenes` (e.g. detected scenes) group
 * the paragraphs; without them the story is split at its marker lines. Without
 * `options.emphasis` the draft's own reading of `*word*` applies, as the app's Export dialog
 * starts with: italics in a Markdown draft, and in a plain-text one that uses the marks so.
 */
export async function exportToFile(
  story: ReadStory,
  format: string,
  out: string,
  scenes?: readonly SceneRange[],
  options: ExportOptions = { sceneTitles: false, breakStyle: "asterisks" },
  manuscript: Manuscript = {},
): Promise<void> {
  if (!isFormat(format))
    throw new UsageError(`unknown --format ${format}; use ${exportFormats.join(", ")}`);
  const mode = await assertWritableTarget(story, out);
  const read = storyForExport(story.text, {
    ...(scenes ? { scenes } : {}),
    markdown: isMarkdownFile(story.path),
  });
  const opening = read.scenes.flatMap((scene) => scene.paragraphs.slice(0, 2)).slice(0, 2);
  const title =
    manuscript.title ||
    titleLine(opening, read.markdown === true) ||
    prettyTitle(path.basename(story.path)) ||
    "Untitled";
  const input = { ...read, title };
  const withAuthor = manuscript.author ? { ...input, author: manuscript.author } : input;
  const emphasis = options.emphasis ?? emphasisDefault(input);
  const content = await exportContent(withAuthor, format, { ...options, emphasis });
  // txt keeps the draft's own encoding, so an unedited story comes out as the very same bytes.
  const bytes =
    typeof content !== "string"
      ? content
      : format === "txt"
        ? await txtBytes(story, content)
        : encodeText(content, "utf-8");
  if (mode === "write-into") return writeInto(out, bytes);
  const written = await safeWriteFile(out, bytes);
  if (!written.ok) throw new UsageError(written.error.message);
}
