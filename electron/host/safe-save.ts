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

async function fsyncDir(dir: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; there the rename is already durable enough.
  if (process.platform === "win32") return;
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(handle: SaveHandle, bytes: Uint8Array): Promise<void> {
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
}

/** The refusal for a file that changed since it was read. */
export function changedOnDisk(target: string): HostError {
  return {
    code: "changed-on-disk",
    message: `"${path.basename(target)}" changed on disk since it was opened. Reload it, overwrite it, or compare first.`,
  };
}

/** Atomically replaces `target` with `bytes`. Returns the new hash. */
export async function safeWriteFile(
  target: string,
  bytes: Uint8Array,
  options: SafeWriteOptions = {},
): Promise<HostResult<{ hash: string }>> {
  const ops = options.fsImpl ?? nodeFs;
  if (options.expectedHash != null) {
    let onDisk: string | null;
    try {
      onDisk = await currentHash(target);
    } catch (err) {
      return { ok: false, error: writeError(err, target) };
    }
    if (onDisk !== null && onDisk !== options.expectedHash)
      return { ok: false, error: changedOnDisk(target) };
  }
  const { file, mode } = await realTarget(target);
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
    await renameWithRetry(ops, temp, file, options.retryRename ?? process.platform === "win32");
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await ops.unlink(temp).catch(() => undefined);
    return { ok: false, error: writeError(err, target) };
  }
  // The rename happened: the save stands even if the folder cannot be flushed.
  await fsyncDir(path.dirname(file)).catch(() => undefined);
  return { ok: true, value: { hash: hashBytes(bytes) } };
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
