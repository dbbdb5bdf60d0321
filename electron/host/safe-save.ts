/**
 * Writes that cannot corrupt the original: a temp file in the same folder, flushed, renamed
 * over the target, then the folder flushed. On any failure the temp is removed and the
 * original is left byte-identical. (write-file-atomic 8.0.0 reports success on a full disk and
 * leaves a truncated file, which is why this is written out here.)
 *
 * A symlinked story is written through its link (the link stays a link), and the original's
 * permission bits are copied onto the temp before the rename, so a save changes only the bytes.
 */
import { createHash, randomBytes } from "node:crypto";
import { promises as fs, constants } from "node:fs";
import path from "node:path";
import type { HostError, HostResult } from "../../core/host-api";

export const TEMP_SUFFIX = ".draftwise-tmp";

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The temp name for a target: hidden, same folder, recognisable for crash clean-up. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(
    dir,
    `.${path.basename(target)}.${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`,
  );
}

/** Turns a file-system error into one sentence for the writer. */
export function writeError(err: unknown, target: string): HostError {
  const code = (err as NodeJS.ErrnoException).code;
  const name = path.basename(target);
  if (code === "ENOSPC" || code === "EDQUOT" || code === "EFBIG") {
    return {
      code: "disk-full",
      message: `The disk is full, so "${name}" was not saved; the file on disk is unchanged. Free some space and save again.`,
    };
  }
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return {
      code: "write-failed",
      message: `Draftwise may not write to "${name}" (${code}); the file on disk is unchanged. Save it somewhere else with Save As.`,
    };
  }
  if (code === "ENOENT" || code === "ENOTDIR") {
    return {
      code: "not-found",
      message: `The folder for "${name}" does not exist; nothing was written. Choose another folder.`,
    };
  }
  return {
    code: "write-failed",
    message: `"${name}" could not be saved (${code ?? String(err)}); the file on disk is unchanged.`,
  };
}

/** The file-system operations a save uses; tests replace them to fail like a full disk. */
export interface SaveFs {
  open(file: string, flags: string, mode?: number): Promise<SaveHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** The subset of `fs.FileHandle` a save uses. */
export interface SaveHandle {
  write(bytes: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

const nodeFs: SaveFs = fs;

export async function fsyncDir(dir: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; there the rename is already durable enough.
  if (process.platform === "win32") return;
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeAll(handle: SaveHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    // A zero-byte write would loop forever; treat it as the disk refusing more.
    if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "ENOSPC" });
    written += bytesWritten;
  }
}

/** Reads the current hash of a file, or null when it does not exist. */
export async function currentHash(target: string): Promise<string | null> {
  try {
    return hashBytes(await fs.readFile(target));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

/** Where the bytes really go: through a symlink to its target, so the link survives. */
async function realTarget(target: string): Promise<{ file: string; mode: number | null }> {
  try {
    const file = await fs.realpath(target);
    return { file, mode: (await fs.stat(file)).mode & 0o7777 };
  } catch {
    return { file: target, mode: null };
  }
}

const TRANSIENT_RENAME = new Set(["EBUSY", "EPERM", "EACCES"]);

/**
 * On Windows a virus scanner or search indexer briefly holding the target makes the rename fail
 * with EBUSY/EPERM/EACCES; retrying for about a second is what graceful-fs and VS Code do.
 */
async function renameWithRetry(
  ops: SaveFs,
  from: string,
  to: string,
  retry: boolean,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ops.rename(from, to);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "";
      if (!retry || attempt >= 10 || !TRANSIENT_RENAME.has(code)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

export interface SafeWriteOptions {
  /** Refuse to write when the file on disk no longer has this hash (null: no check). */
  readonly expectedHash?: string | null;
  /** File-system operations, replaceable in tests to simulate a full disk or short writes. */
  readonly fsImpl?: SaveFs;
  /** Retry a rename that a scanner briefly blocks (default: on Windows only). */
  readonly retryRename?: boolean;
  /**
   * Receives the version the write replaced, read after the rename (so another program's
   * write that landed during the save is in it), or on a refusal the version found on disk.
   * The host keeps it among the backups. `holder` is a hidden hard link to the replaced file
   * (null on a refusal): the callee may move it into the backups, so that a write still
   * landing in the old file lands in the backup.
   */
  readonly keepReplaced?: (bytes: Buffer, holder: string | null) => Promise<void>;
}

/** The refusal for a file that changed since it was read. */
export function changedOnDisk(target: string): HostError {
  return {
    code: "changed-on-disk",
    message: `"${path.basename(target)}" changed on disk since it was opened. Reload it, overwrite it, or compare first.`,
  };
}

/**
 * Saves to one file run one at a time in this process, so two windows saving the same story
 * cannot both pass the hash check before either renames.
 */
const savesInFlight = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(file: string, run: () => Promise<T>): Promise<T> {
  const before = savesInFlight.get(file) ?? Promise.resolve();
  const mine = before.then(run, run);
  const settled = mine.catch(() => undefined);
  savesInFlight.set(file, settled);
  try {
    return await mine;
  } finally {
    if (savesInFlight.get(file) === settled) savesInFlight.delete(file);
  }
}

/** A hidden name next to `file` that holds the version being replaced, cleaned like a temp. */
function asidePathFor(file: string): string {
  return tempPathFor(file).replace(TEMP_SUFFIX, `-replaced${TEMP_SUFFIX}`);
}

/**
 * How many of a file's hard links are the host's own, held by saves in progress (or left by a
 * killed one until the next open cleans them); they are not other names for the story.
 */
export async function heldAsides(target: string, ino: number): Promise<number> {
  const file = await fs.realpath(target).catch(() => target);
  const prefix = `.${path.basename(file)}.`;
  const suffix = `-replaced${TEMP_SUFFIX}`;
  let held = 0;
  for (const name of await fs.readdir(path.dirname(file)).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
    const stat = await fs.stat(path.join(path.dirname(file), name)).catch(() => null);
    if (stat?.ino === ino) held++;
  }
  return held;
}

/**
 * Takes hold of the version at `file` right before the rename: a hard link to it, so a write
 * another program makes into it after the check still lands in bytes the host keeps. Where
 * hard links are not supported the bytes are read instead. Null when there is no file.
 */
async function holdCurrent(
  file: string,
): Promise<{ aside: string | null; ino: number; bytes: Buffer } | null> {
  const aside = asidePathFor(file);
  try {
    await fs.link(file, aside);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    const bytes = await fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return null;
      throw e;
    });
    return bytes && { aside: null, ino: (await fs.stat(file)).ino, bytes };
  }
  try {
    return { aside, ino: (await fs.stat(aside)).ino, bytes: await fs.readFile(aside) };
  } catch (err) {
    await fs.unlink(aside).catch(() => undefined);
    throw err;
  }
}

/**
 * Renames `temp` over `file` only if the version there is still the expected one, checked on
 * the very bytes that will be replaced. The replaced (or, on a refusal, the found) version goes
 * to `keep`. A file that already holds `bytes` is left in place and `temp` removed.
 */
async function replaceChecked(
  ops: SaveFs,
  temp: string,
  file: string,
  bytes: Uint8Array,
  options: SafeWriteOptions,
): Promise<HostError | null> {
  const held = await holdCurrent(file);
  const drop = async (): Promise<void> => {
    if (held?.aside) await fs.unlink(held.aside).catch(() => undefined);
  };
  const expected = options.expectedHash;
  // Another program may have renamed its own version into place after the link was made.
  const stillThere = held === null || (await fs.stat(file).catch(() => null))?.ino === held.ino;
  if (expected != null && held && (hashBytes(held.bytes) !== expected || !stillThere)) {
    // Nothing is replaced; what was found is kept too, as it may be mid-write by its program.
    const found = await fs.readFile(stillThere && held.aside ? held.aside : file).catch(() => null);
    await drop();
    if (found) await options.keepReplaced?.(found, null).catch(() => undefined);
    return changedOnDisk(file);
  }
  // Nothing to replace (a Ctrl+S on unchanged text). Renamed over, the file would live on in
  // the holder alone, and `keepReplaced` keeps no copy of bytes the save wrote again (Earlier
  // Versions would fill with copies), so a program with the file open that wrote into it after
  // the rename would write into a file no name reached. Left in place, its writes land in the
  // story, where the watcher sees them as a change on disk.
  if (held && stillThere && Buffer.from(bytes).equals(held.bytes)) {
    await drop();
    await ops.unlink(temp).catch(() => undefined);
    return null;
  }
  try {
    await renameWithRetry(ops, temp, file, options.retryRename ?? process.platform === "win32");
  } catch (err) {
    await drop();
    throw err;
  }
  if (!held) return null;
  // Read after the rename: a write another program made into the old file is in these bytes.
  const replaced = held.aside ? await fs.readFile(held.aside).catch(() => held.bytes) : held.bytes;
  // A file with other names (hard links) lives on under them: its backup must be a copy.
  const alone = held.aside !== null && (await fs.stat(held.aside).catch(() => null))?.nlink === 1;
  await options.keepReplaced?.(replaced, alone ? held.aside : null).catch(() => undefined);
  // Gone already when the backup took it.
  await drop();
  return null;
}

/** Atomically replaces `target` with `bytes`. Returns the new hash. */
export async function safeWriteFile(
  target: string,
  bytes: Uint8Array,
  options: SafeWriteOptions = {},
): Promise<HostResult<{ hash: string }>> {
  const ops = options.fsImpl ?? nodeFs;
  const { file, mode } = await realTarget(target);
  return oneAtATime(file, async () => {
    if (options.expectedHash != null) {
      // A cheap early refusal; the check that counts is made again right before the rename.
      let onDisk: string | null;
      try {
        onDisk = await currentHash(target);
      } catch (err) {
        return { ok: false, error: writeError(err, target) };
      }
      if (onDisk !== null && onDisk !== options.expectedHash)
        return { ok: false, error: changedOnDisk(target) };
    }
    const temp = tempPathFor(file);
    let handle: SaveHandle | null = null;
    try {
      handle = await ops.open(temp, "wx", 0o644);
      await writeAll(handle, bytes);
      if (mode !== null) await handle.chmod(mode);
      await handle.sync();
      const closing = handle;
      handle = null;
      // Network file systems report a full disk only on close, so close is checked too.
      await closing.close();
      const refused = await replaceChecked(ops, temp, file, bytes, options);
      if (refused) {
        await ops.unlink(temp).catch(() => undefined);
        return { ok: false, error: refused };
      }
    } catch (err) {
      if (handle) await handle.close().catch(() => undefined);
      await ops.unlink(temp).catch(() => undefined);
      return { ok: false, error: writeError(err, target) };
    }
    // The rename happened: the save stands even if the folder cannot be flushed.
    await fsyncDir(path.dirname(file)).catch(() => undefined);
    return { ok: true, value: { hash: hashBytes(bytes) } };
  });
}

/** Removes temp files a crash left next to `target`. Returns how many were removed. */
export async function cleanOrphanedTemps(target: string): Promise<number> {
  const file = await fs.realpath(target).catch(() => target);
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let removed = 0;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)) {
      await fs.unlink(path.join(dir, name)).then(
        () => removed++,
        () => undefined,
      );
    }
  }
  return removed;
}
