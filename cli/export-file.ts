/**
 * `draftwise export`: builds the format in core, writes it with the safe save. Every check
 * runs before the one write, so an error leaves nothing behind (CONTRACT.md, Errors).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  prettyTitle,
  exportContent,
  exportFormats,
  storyForExport,
  type ExportFormat,
  type ExportOptions,
  type SceneRange,
} from "../core/export";
import { encodeText } from "../electron/host/decode";
import { safeWriteFile } from "../electron/host/safe-save";
import type { ReadStory } from "../electron/host/story-files";
import { UsageError } from "./args";

async function assertWritableTarget(story: ReadStory, out: string): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory())
    throw new UsageError(`the folder of --out ${out} does not exist; create it first`);
  const target = await fs.stat(out).catch(() => null);
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
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.ino === sb.ino && sa.dev === sb.dev;
}

function isFormat(format: string): format is ExportFormat {
  return (exportFormats as readonly string[]).includes(format);
}

/** The manuscript's title and author: the sidecar's (as the app keeps them), else the file name. */
export interface Manuscript {
  readonly title?: string;
  readonly author?: string;
}

/**
 * Exports a story read from disk to `out` in `format`. `scenes` (e.g. detected scenes) group
 * the paragraphs; without them the story is split at its marker lines.
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
  await assertWritableTarget(story, out);
  const input = storyForExport(story.text, {
    title: manuscript.title || prettyTitle(path.basename(story.path)) || "Untitled",
    ...(scenes ? { scenes } : {}),
    markdown: /\.(md|markdown)$/i.test(story.path),
  });
  const withAuthor = manuscript.author ? { ...input, author: manuscript.author } : input;
  const content = await exportContent(withAuthor, format, options);
  // txt keeps the draft's own encoding, so an unedited story comes out as the very same bytes.
  const bytes =
    typeof content === "string"
      ? encodeText(content, format === "txt" ? story.encoding : "utf-8")
      : content;
  const written = await safeWriteFile(out, bytes);
  if (!written.ok) throw new UsageError(written.error.message);
}
