/**
 * The app's data folder: per-story backups of earlier versions and the working copies kept for
 * crash recovery. Layout (the README names it):
 *
 *     <dataDir>/backups/<story-id>/<time>-<n>.<file name>   the last 5 versions a save replaced
 *     <dataDir>/backups/<story-id>/story-path.txt       which story the folder belongs to
 *     <dataDir>/working-copies/...                      unsaved work (see working-copies.ts)
 *
 * `<story-id>` is the first 16 hex digits of the SHA-256 of the story's absolute path, so two
 * stories with the same name in different folders never share backups.
 */
import { createHash } from "node:crypto";
import { constants as fsConstants, promises as fs } from "node:fs";
import path from "node:path";
import type { HostResult } from "../../core/host-api";
import { safeWriteFile, TEMP_SUFFIX } from "./safe-save";

/** How many earlier versions of each story are kept. */
export const BACKUPS_KEPT = 5;

/** A stable, file-name-safe id for a story, from its absolute path. */
export function storyId(storyPath: string): string {
  return createHash("sha256").update(path.resolve(storyPath)).digest("hex").slice(0, 16);
}

/** The folder holding a story's backups. */
export function backupDirFor(dataDir: string, storyPath: string): string {
  return path.join(dataDir, "backups", storyId(storyPath));
}

const MARKER = "story-path.txt";

/** A story's backups, newest first (absolute paths). */
export async function listBackups(dataDir: string, storyPath: string): Promise<string[]> {
  const dir = backupDirFor(dataDir, storyPath);
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  // Names start with an ISO time, so name order is time order.
  return names
    .filter((n) => n !== MARKER && !n.startsWith("."))
    .sort()
    .reverse()
    .map((n) => path.join(dir, n));
}

function timeStamp(now: Date): string {
  return now.toISOString().replace(/:/g, "-").replace(".", "-");
}

/**
 * Keeps `previous` (the bytes a save is about to replace) as the newest backup, then deletes
 * all but the last `BACKUPS_KEPT`. Returns the backup's path, or null when none was needed: no
 * holder, and the newest backup already holds the same bytes. `holder`, a file that holds
 * those bytes (a hard link to the replaced story), is moved in when it can be, so writes that
 * still land in it are kept too; it is left where it is when it cannot.
 */
export async function keepBackup(
  dataDir: string,
  storyPath: string,
  previous: Uint8Array,
  now: Date = new Date(),
  holder: string | null = null,
): Promise<HostResult<string | null>> {
  // Saves of one story run one at a time (safe-save.ts): the folder read once is the folder.
  const existing = await listBackups(dataDir, storyPath);
  const kept = await addBackup(dataDir, storyPath, previous, now, holder, existing);
  if (!kept.ok || kept.value === null) return kept;
  // Full paths in one folder sort as their names, which sort as their times.
  const all = [...existing, kept.value].sort().reverse();
  for (const old of all.slice(BACKUPS_KEPT)) await fs.rm(old, { force: true });
  return kept;
}

/** `keepBackup` without the trim: the caller decides which versions stay. */
async function addBackup(
  dataDir: string,
  storyPath: string,
  previous: Uint8Array,
  now: Date,
  holder: string | null = null,
  existing?: readonly string[],
): Promise<HostResult<string | null>> {
  const dir = backupDirFor(dataDir, storyPath);
  existing ??= await listBackups(dataDir, storyPath);
  // A holder may still be written to (a program mid-write into the replaced file): its bytes
  // now are no promise of its bytes later, so it is moved in even when they match.
  const newest =
    existing[0] && holder === null ? await fs.readFile(existing[0]).catch(() => null) : null;
  if (newest && Buffer.from(previous).equals(newest)) return { ok: true, value: null };
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, MARKER), path.resolve(storyPath) + "\n");
  } catch {
    // The write below reports the real problem.
  }
  // A sequence number keeps two saves in the same millisecond apart, and in order.
  const nameAt = (n: number): string =>
    path.join(dir, `${timeStamp(now)}-${String(n).padStart(3, "0")}.${path.basename(storyPath)}`);
  let n = 0;
  while (existing.includes(nameAt(n))) n++;
  const file = nameAt(n);
  // Across disks (EXDEV) the holder cannot be moved; then the bytes are copied.
  const moved =
    holder !== null &&
    (await fs.rename(holder, file).then(
      () => true,
      () => false,
    ));
  if (!moved) {
    const written = await safeWriteFile(file, previous);
    if (!written.ok) return written;
  }
  return { ok: true, value: file };
}

/**
 * A story saved as `to` goes on from `from` (Save As): the versions kept of `from` are kept of
 * `to` too, with `from`'s text on disk (as last saved) the newest of them, and the last
 * `BACKUPS_KEPT` stay. `from`'s own are left as they are (its file is still there). Versions
 * `to` had already (a file written over) are the only copies there are: the carried ones fill
 * the room they leave, newest first, and none of them is dropped for a copy. Does nothing for
 * the same file.
 */
export async function carryBackups(
  dataDir: string,
  from: string,
  to: string,
  now: Date = new Date(),
): Promise<HostResult<number>> {
  if (storyId(from) === storyId(to)) return { ok: true, value: 0 };
  const kept = await listBackups(dataDir, from);
  const own = new Set(await listBackups(dataDir, to));
  const dir = backupDirFor(dataDir, to);
  try {
    if (kept.length) {
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, MARKER), path.resolve(to) + "\n");
    }
    // Their names hold the time each was kept, which the list reads: kept as they are (one
    // there already, from an earlier Save As to this name, is the same version).
    for (const file of kept)
      await fs
        .copyFile(file, path.join(dir, path.basename(file)), fsConstants.COPYFILE_EXCL)
        .catch((err: NodeJS.ErrnoException) => {
          if (err.code !== "EEXIST") throw err;
        });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = `The earlier versions of ${from} could not be copied (${String(err)}).`;
    return {
      ok: false,
      error: { code: code === "ENOSPC" ? "disk-full" : "write-failed", message },
    };
  }
  // The old name's text as last saved: a version the writer had, though no save replaced it.
  const last = await fs.readFile(from).catch(() => null);
  const current = await fs.readFile(to).catch(() => null);
  if (last && !(current && last.equals(current))) {
    const backup = await addBackup(dataDir, to, last, now);
    if (!backup.ok) return backup;
  }
  const room = Math.max(0, BACKUPS_KEPT - own.size);
  const brought = (await listBackups(dataDir, to)).filter((file) => !own.has(file));
  for (const old of brought.slice(room)) await fs.rm(old, { force: true });
  return { ok: true, value: Math.min(brought.length, room) };
}

/**
 * Removes the temp files saves killed mid-write left in the data folder (each backup and
 * working copy is written through one). Returns how many were removed; nothing else is touched.
 */
export async function cleanDataFolderTemps(dataDir: string): Promise<number> {
  const backups = path.join(dataDir, "backups");
  const folders = [path.join(dataDir, "working-copies")];
  for (const entry of await fs.readdir(backups, { withFileTypes: true }).catch(() => []))
    if (entry.isDirectory()) folders.push(path.join(backups, entry.name));
  let removed = 0;
  for (const folder of folders) {
    for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
      if (!name.startsWith(".") || !name.endsWith(TEMP_SUFFIX)) continue;
      await fs.unlink(path.join(folder, name)).then(
        () => removed++,
        () => undefined,
      );
    }
  }
  return removed;
}
