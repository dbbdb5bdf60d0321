/**
 * Working copies: a story's unsaved work, kept in the app's data folder for crash recovery.
 *
 *     <dataDir>/working-copies/<story-id>.json   one story's unsaved work
 *     <dataDir>/working-copies/untitled.json     the story that has no file yet
 *
 * A copy is found by the file's identity, not the path string it was opened by: `<story-id>`
 * comes from the real path (symlinks resolved), and each copy records the file's device and
 * inode, so a story opened through another link or renamed since still finds its own work.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { HostResult, RecoveredWork } from "../../core/host-api";
import { storyId } from "./backups";
import { safeWriteFile } from "./safe-save";

const FOLDER = "working-copies";
const UNTITLED = "untitled.json";
/** Enough of a copy's start to hold its path and identity (paths run to 4,096 bytes). */
const HEAD_BYTES = 16_384;

/** A story file's identity: its real path, and device and inode where the system has them. */
interface Identity {
  readonly realPath: string;
  readonly dev: number | null;
  readonly ino: number | null;
}

/** What a working copy file holds. */
interface StoredCopy {
  readonly path: string;
  readonly realPath?: string;
  readonly dev?: number | null;
  readonly ino?: number | null;
  readonly text: string;
  readonly savedAt: string;
}

/** The real path of a file, or of its folder when the file is gone (a story saved away). */
async function realPathOf(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

async function identityOf(file: string): Promise<Identity> {
  const realPath = await realPathOf(file);
  try {
    const stat = await fs.stat(realPath);
    // Some file systems report no inode (0); those are matched by real path alone.
    return stat.ino > 0
      ? { realPath, dev: stat.dev, ino: stat.ino }
      : { realPath, dev: null, ino: null };
  } catch {
    return { realPath, dev: null, ino: null };
  }
}

/** The working copy file for a story ("" is the untitled story). */
async function copyFileFor(dataDir: string, storyPath: string): Promise<string> {
  const name = storyPath === "" ? UNTITLED : `${storyId(await realPathOf(storyPath))}.json`;
  return path.join(dataDir, FOLDER, name);
}

async function readCopy(file: string): Promise<StoredCopy | null> {
  try {
    const data = JSON.parse(await fs.readFile(file, "utf8")) as Partial<StoredCopy>;
    if (typeof data.text !== "string" || typeof data.savedAt !== "string") return null;
    return data as StoredCopy;
  } catch {
    return null;
  }
}

/** The start of a working copy file: its path and identity, without the story's text. */
async function readHead(file: string): Promise<string> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, "r");
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } catch {
    return "";
  } finally {
    await handle?.close();
  }
}

/** Keeps unsaved work for a story ("" for the untitled one). */
export async function writeWorkingCopy(
  dataDir: string,
  storyPath: string,
  text: string,
): Promise<HostResult<null>> {
  const file = await copyFileFor(dataDir, storyPath);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
  } catch {
    // Reported by the write below.
  }
  const identity = storyPath === "" ? {} : await identityOf(storyPath);
  const body: StoredCopy = {
    path: storyPath,
    ...identity,
    text,
    savedAt: new Date().toISOString(),
  };
  const written = await safeWriteFile(file, Buffer.from(JSON.stringify(body), "utf8"));
  return written.ok ? { ok: true, value: null } : written;
}

/** Forgets a story's working copies, wherever its identity put them (a renamed story may have two). */
export async function removeWorkingCopy(dataDir: string, storyPath: string): Promise<void> {
  await fs.rm(await copyFileFor(dataDir, storyPath), { force: true });
  for (
    let found = await findCopy(dataDir, storyPath);
    found;
    found = await findCopy(dataDir, storyPath)
  )
    await fs.rm(found.file, { force: true });
}

/**
 * The working copy of a story: under its real path's id, or else a copy recorded with the same
 * device and inode whose recorded path no longer names another file (renamed, or reached
 * through a hard link).
 */
async function findCopy(
  dataDir: string,
  storyPath: string,
): Promise<{ file: string; copy: StoredCopy } | null> {
  const direct = await copyFileFor(dataDir, storyPath);
  const copy = await readCopy(direct);
  if (copy || storyPath === "") return copy ? { file: direct, copy } : null;
  const identity = await identityOf(storyPath);
  if (identity.ino === null) return null;
  const folder = path.join(dataDir, FOLDER);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith(".json") || name === UNTITLED) continue;
    const file = path.join(folder, name);
    // Only a copy of this very file is read in full: the identity comes before the text.
    const head = await readHead(file);
    if (!head.includes(`"dev":${identity.dev},"ino":${identity.ino},`)) continue;
    const other = await readCopy(file);
    if (!other || other.dev !== identity.dev || other.ino !== identity.ino) continue;
    const recorded = other.realPath ? await identityOf(other.realPath) : null;
    const elsewhere =
      recorded !== null &&
      recorded.ino !== null &&
      (recorded.dev !== identity.dev || recorded.ino !== identity.ino);
    if (!elsewhere) return { file, copy: other };
  }
  return null;
}

/** Unsaved work for a story ("" for the untitled one) that differs from `text`, if any. */
export async function recoverWorkingCopy(
  dataDir: string,
  storyPath: string,
  text: string,
): Promise<RecoveredWork | undefined> {
  const found = await findCopy(dataDir, storyPath);
  if (!found || found.copy.text === text) return undefined;
  return { text: found.copy.text, savedAt: found.copy.savedAt };
}
