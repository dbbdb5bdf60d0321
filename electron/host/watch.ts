/**
 * Watching the open story for changes made by other programs. The folder is watched rather
 * than the file because a safe save (ours or another editor's) renames a new file over the old
 * one, which ends a watch on the old file. Events are debounced, and a change is reported only
 * when the file's hash differs from what the host last read or wrote, so our own saves are
 * silent.
 */
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { currentHash } from "./safe-save";

export interface StoryWatcher {
  /** The hash the file should have now (after our own open or save); null when it should be absent. */
  expect(hash: string | null): void;
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before the file is hashed. */
  readonly debounceMs?: number;
}

/** Watches `file`; calls `onChange` with the new hash (null: deleted) when someone else changes it. */
export function watchStory(
  file: string,
  initialHash: string | null,
  onChange: (hash: string | null) => void,
  options: WatchOptions = {},
): StoryWatcher {
  const name = path.basename(file);
  let expected = initialHash;
  let reported: string | null | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const check = async (): Promise<void> => {
    const hash = await currentHash(file).catch(() => expected);
    if (closed || hash === expected || hash === reported) return;
    reported = hash;
    onChange(hash);
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(path.dirname(file), { persistent: false }, (_event, changed) => {
      if (changed !== null && changed.toString() !== name) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(), options.debounceMs ?? 150);
      timer.unref?.();
    });
    // A folder that vanishes or cannot be watched ends the watch, not the app.
    watcher.on("error", () => watcher?.close());
  } catch {
    watcher = null;
  }

  return {
    expect(hash) {
      expected = hash;
      reported = undefined;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
