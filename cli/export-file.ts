/** `draftwise export`: builds the format in core, writes it with the safe save. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { encodeText } from "../electron/host/decode";
import { safeWriteFile } from "../electron/host/safe-save";
import type { ReadStory } from "../electron/host/story-files";
import { UsageError } from "./args";

const FORMATS = ["txt", "md", "html", "docx"] as const;

async function assertWritableFolder(out: string): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new UsageError(`the folder of --out ${out} does not exist; create it first`);
  const target = await fs.stat(out).catch(() => null);
  if (target?.isDirectory()) throw new UsageError(`--out ${out} is a folder; name a file`);
}

/** Exports a story read from disk to `out` in `format`. */
export async function exportToFile(story: ReadStory, format: string, out: string): Promise<void> {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format ${format}; use ${FORMATS.join(", ")}`);
  }
  await assertWritableFolder(out);
  if (format !== "txt") throw new UsageError(`--format ${format} is not available yet`);
  // An unedited story exports as the very bytes of the original, encoding included.
  const written = await safeWriteFile(out, encodeText(story.text, story.encoding));
  if (!written.ok) throw new UsageError(written.error.message);
}
