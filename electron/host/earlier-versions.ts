/**
 * The earlier versions a writer can see and bring back: a story's backups (backups.ts) listed
 * with when each was kept, its size and words, and read back as text.
 *
 * The page names a version by the id this list gave it (the backup's file name), never by a
 * path: a read is answered only for a name that is in the story's own backup folder now, so no
 * name a page could make ("../x", an absolute path, the folder's marker) reaches the disk.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { EarlierVersion, EarlierVersionText, HostResult } from "../../core/host-api";
import { countWords } from "../../core/words";
import { backupDirFor, listBackups } from "./backups";
import { decodeBytes } from "./decode";

/** "2026-12-07T12-41-00-123Z-000.story.txt" (backups.ts) -> "2026-12-07T12:41:00.123Z". */
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-\d+\./;

/** When a backup was kept, from its name; the file's own time for a name not of that shape. */
function keptAt(name: string, modified: Date): string {
  const m = STAMP.exec(name);
  const time = m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : modified;
  return Number.isNaN(time.getTime()) ? modified.toISOString() : time.toISOString();
}

/**
 * Reads a backup's bytes and when it was last written: a plain file only (a link planted in the
 * folder is not followed).
 */
async function readPlainFile(file: string): Promise<{ bytes: Buffer; modified: Date } | null> {
  const stat = await fs.lstat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  const bytes = await fs.readFile(file).catch(() => null);
  return bytes && { bytes, modified: stat.mtime };
}

/** A story's kept versions, newest first; none (an empty list) when it has no backups. */
export async function listEarlierVersions(
  dataDir: string,
  storyPath: string,
): Promise<HostResult<readonly EarlierVersion[]>> {
  const versions: EarlierVersion[] = [];
  for (const file of await listBackups(dataDir, storyPath)) {
    const read = await readPlainFile(file);
    // One removed or unreadable since the folder was read is left out, not an error.
    if (!read) continue;
    const id = path.basename(file);
    versions.push({
      id,
      keptAt: keptAt(id, read.modified),
      bytes: read.bytes.length,
      words: countWords(decodeBytes(read.bytes).text),
    });
  }
  return { ok: true, value: versions };
}

/** One kept version's text, decoded as the story is on open (byte-order mark, UTF-8, 1252). */
export async function readEarlierVersion(
  dataDir: string,
  storyPath: string,
  id: string,
): Promise<HostResult<EarlierVersionText>> {
  const gone: HostResult<never> = {
    ok: false,
    error: {
      code: "not-found",
      message:
        "That earlier version is no longer kept; open Earlier Versions again to see those that are.",
    },
  };
  const dir = backupDirFor(dataDir, storyPath);
  const listed = (await listBackups(dataDir, storyPath)).map((file) => path.basename(file));
  // Only a name the list gives: anything else, "..", a separator or the marker, is no version.
  if (typeof id !== "string" || !listed.includes(id) || path.basename(id) !== id) return gone;
  const read = await readPlainFile(path.join(dir, id));
  if (!read) return gone;
  const decoded = decodeBytes(read.bytes);
  return { ok: true, value: { text: decoded.text, encoding: decoded.encoding } };
}
