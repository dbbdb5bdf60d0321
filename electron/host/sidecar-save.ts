/**
 * The sidecar and the story are two files, and no rename moves two files at once. So a save
 * writes the new sidecar first under a pending name that carries the new story's hash, then
 * renames the story into place, then the sidecar. A kill between the two renames leaves the new
 * story and a pending sidecar naming its hash: the next open finishes the move. A pending
 * sidecar whose hash is not the story's belongs to a save that never happened and is removed.
 * Either way the story opens with the sidecar written with it.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { fsyncDir, tempPathFor, writeAll, type SaveFs, type SaveHandle } from "./safe-save";
import { sidecarPathFor } from "./story-files";

const PENDING_SUFFIX = ".draftwise-pending";

/** Where the sidecar for the story with this hash waits for the story's rename. */
export function pendingSidecarPath(storyPath: string, storyHash: string): string {
  const sidecar = sidecarPathFor(storyPath);
  return path.join(
    path.dirname(sidecar),
    `.${path.basename(sidecar)}.${storyHash.slice(0, 16)}${PENDING_SUFFIX}`,
  );
}

/** Writes the sidecar whole under its pending name (temp, flush, rename). Throws fs errors. */
export async function writePendingSidecar(
  ops: SaveFs,
  storyPath: string,
  storyHash: string,
  bytes: Uint8Array,
): Promise<string> {
  const pending = pendingSidecarPath(storyPath, storyHash);
  const temp = tempPathFor(sidecarPathFor(storyPath));
  let handle: SaveHandle | null = null;
  try {
    handle = await ops.open(temp, "wx", 0o644);
    await writeAll(handle, bytes);
    await handle.sync();
    const closing = handle;
    handle = null;
    await closing.close();
    await ops.rename(temp, pending);
    return pending;
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await ops.unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Moves a pending sidecar into place once its story is. Throws fs errors. */
export async function commitPendingSidecar(
  ops: SaveFs,
  storyPath: string,
  pending: string,
): Promise<void> {
  const sidecar = sidecarPathFor(storyPath);
  // A symlinked sidecar is written through its link, as the story is.
  const target = await fs.realpath(sidecar).catch(() => sidecar);
  await ops.rename(pending, target);
  await fsyncDir(path.dirname(target)).catch(() => undefined);
}

/**
 * At open: finishes the move of a pending sidecar written for the story as it now is, and
 * removes any other (from saves a kill stopped before the story was renamed).
 */
export async function settlePendingSidecars(storyPath: string, storyHash: string): Promise<void> {
  const sidecar = sidecarPathFor(storyPath);
  const dir = path.dirname(sidecar);
  const prefix = `.${path.basename(sidecar)}.`;
  const current = path.basename(pendingSidecarPath(storyPath, storyHash));
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !name.endsWith(PENDING_SUFFIX)) continue;
    const file = path.join(dir, name);
    if (name === current) {
      const target = await fs.realpath(sidecar).catch(() => sidecar);
      await fs.rename(file, target).catch(() => undefined);
    } else await fs.unlink(file).catch(() => undefined);
  }
}
