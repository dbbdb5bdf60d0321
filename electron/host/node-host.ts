/**
 * The host API implemented with Node alone. Electron's main process wraps it with native
 * dialogs and IPC; browser tests bind the very same object into the page; the CLI reads files
 * through the same functions. Nothing here imports Electron.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type {
  HostApi,
  HostEvent,
  HostResult,
  OpenedStory,
  RecoveredWork,
  SavedStory,
} from "../../core/host-api";
import { keepBackup, workingCopyPathFor } from "./backups";
import { countReplacements, encodeText, firstUnencodable } from "./decode";
import { readDictionaryFiles } from "./dictionaries";
import {
  changedOnDisk,
  cleanOrphanedTemps,
  hashBytes,
  safeWriteFile,
  writeError,
} from "./safe-save";
import { readSidecar, readStoryFile, sidecarPathFor } from "./story-files";
import { watchStory, type StoryWatcher } from "./watch";

/** The native dialogs a shell provides; tests script them. `null` means cancelled. */
export interface Dialogs {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string, extensions: readonly string[]): Promise<string | null>;
}

export interface NodeHostOptions {
  readonly dialogs: Dialogs;
  /** The story to open when none is named: the launch argument or the bundled story. */
  readonly defaultStoryPath: () => Promise<string>;
  /** The app's data folder: backups and working copies live under it (see backups.ts). */
  readonly dataDir: string;
  /** Watch the open story and emit `file-changed` when another program changes it (default true). */
  readonly watch?: boolean;
  /** Called after a successful open or save, e.g. to watch the file or add it to recent documents. */
  readonly onStoryOpened?: (path: string) => void;
  /** Shows a file in the system's file manager (Electron's shell); absent in tests and the CLI. */
  readonly revealFile?: (path: string) => void;
}

export interface NodeHost extends HostApi {
  /**
   * Starts opening the default story before the renderer asks for it (the window is still
   * loading its scripts then). The next `openStory({})` answers with it, unless the file changed
   * on disk in between. Resolves once the read is done (or failed: the open reads again).
   */
  readAheadDefaultStory(): Promise<void>;
  /** Pushes an event to the renderer's listeners. */
  emit(event: HostEvent): void;
  /** Stops watching files. */
  dispose(): void;
}

const cancelled = { ok: false, error: { code: "cancelled", message: "Cancelled." } } as const;

const workingCopyPath = workingCopyPathFor;

function fail(code: "needs-confirmation" | "unencodable", message: string): HostResult<never> {
  return { ok: false, error: { code, message } };
}

/** When a file was last written, to tell whether a story read ahead still matches the disk. */
async function stampOf(file: string): Promise<string | null> {
  try {
    const stat = await fs.stat(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return null;
  }
}

interface ReadAhead {
  readonly file: string;
  readonly stamp: string | null;
  readonly result: HostResult<OpenedStory>;
}

/** Creates the Node implementation of the host API. */
export function createNodeHost(options: NodeHostOptions): NodeHost {
  const listeners: ((event: HostEvent) => void)[] = [];
  let watcher: StoryWatcher | null = null;
  let watchedPath: string | null = null;
  /** Per story: how many U+FFFD characters the file itself holds (saving those needs no consent). */
  const genuineReplacements = new Map<string, number>();
  let readAhead: Promise<ReadAhead | null> | null = null;

  const emit = (event: HostEvent): void => {
    for (const listener of listeners) listener(event);
  };

  function watchOpenStory(file: string, hash: string): void {
    watcher?.close();
    watchedPath = path.resolve(file);
    watcher =
      options.watch === false
        ? null
        : watchStory(file, hash, () => emit({ type: "file-changed", path: file }));
  }

  async function recoveryFor(storyPath: string, text: string): Promise<RecoveredWork | undefined> {
    try {
      const saved = JSON.parse(
        await fs.readFile(workingCopyPath(options.dataDir, storyPath), "utf8"),
      ) as {
        text: string;
        savedAt: string;
      };
      return saved.text !== text ? { text: saved.text, savedAt: saved.savedAt } : undefined;
    } catch {
      return undefined;
    }
  }

  async function open(
    file: string,
    confirmLarge?: boolean,
    encoding?: OpenedStory["encoding"],
  ): Promise<HostResult<OpenedStory>> {
    const read = await readStoryFile(file, { confirmLarge, encoding });
    if (!read.ok) return read;
    // A crash mid-save leaves temps next to the story or its sidecar; the save itself stood or did not.
    await Promise.all([cleanOrphanedTemps(file), cleanOrphanedTemps(sidecarPathFor(file))]);
    const sidecar = await readSidecar(file);
    const recovery = await recoveryFor(file, read.value.text);
    genuineReplacements.set(path.resolve(file), read.value.genuineReplacements);
    watchOpenStory(file, read.value.hash);
    options.onStoryOpened?.(file);
    const { genuineReplacements: _genuine, ...story } = read.value;
    return {
      ok: true,
      value: {
        ...story,
        sidecar: sidecar.text,
        ...(sidecar.error ? { sidecarError: sidecar.error } : {}),
        ...(recovery ? { recovery } : {}),
      },
    };
  }

  /** Refusals that need the writer's say before any byte is written. */
  function checkText(
    file: string,
    request: Parameters<HostApi["saveStory"]>[0],
  ): HostResult<never> | null {
    const made =
      countReplacements(request.text) - (genuineReplacements.get(path.resolve(file)) ?? 0);
    if (made > 0 && !request.allowReplacementCharacters) {
      // Each � stands for bytes decoding could not read; saving them loses those bytes for good.
      return fail(
        "needs-confirmation",
        `The text has ${made} replacement character${made === 1 ? "" : "s"} (�) where letters could not be read. Reopen with the right encoding to recover them, or save anyway to keep the �.`,
      );
    }
    const missing = firstUnencodable(request.text, request.encoding);
    if (missing) {
      return fail(
        "unencodable",
        `"${missing}" cannot be stored in ${request.encoding.toUpperCase()}, the file's encoding; nothing was saved. Save it as UTF-8 instead.`,
      );
    }
    return null;
  }

  async function save(
    file: string,
    request: Parameters<HostApi["saveStory"]>[0],
  ): Promise<HostResult<SavedStory>> {
    const refused = checkText(file, request);
    if (refused) return refused;
    const bytes = encodeText(request.text, request.encoding);
    let previous: Buffer | null = null;
    try {
      previous = await fs.readFile(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT")
        return { ok: false, error: writeError(err, file) };
    }
    if (previous && request.expectedHash != null && hashBytes(previous) !== request.expectedHash) {
      return { ok: false, error: changedOnDisk(file) };
    }
    if (previous && !previous.equals(bytes)) {
      // A failed backup must not stop the save: the save itself is atomic and the writer asked for it.
      const backup = await keepBackup(options.dataDir, file, previous);
      if (!backup.ok) console.warn(`draftwise: no backup of ${file}: ${backup.error.message}`);
    }
    const newHash = hashBytes(bytes);
    // Our own write must not look like someone else's change.
    const watching = watchedPath === path.resolve(file) ? watcher : null;
    watching?.expect(newHash);
    const written = await safeWriteFile(file, bytes, { expectedHash: request.expectedHash });
    if (!written.ok) {
      watching?.expect(previous ? hashBytes(previous) : null);
      return written;
    }
    if (request.sidecar !== null) {
      const side = await safeWriteFile(sidecarPathFor(file), Buffer.from(request.sidecar, "utf8"));
      if (!side.ok) return side;
    }
    await fs.rm(workingCopyPath(options.dataDir, file), { force: true });
    genuineReplacements.set(path.resolve(file), countReplacements(request.text));
    if (watchedPath !== path.resolve(file)) watchOpenStory(file, newHash);
    options.onStoryOpened?.(file);
    return { ok: true, value: { path: file, name: path.basename(file), hash: written.value.hash } };
  }

  /** The story read ahead, if the request is the plain first one and the file is unchanged. */
  async function takeReadAhead(
    request: Parameters<HostApi["openStory"]>[0],
  ): Promise<HostResult<OpenedStory> | null> {
    const pending = readAhead;
    readAhead = null;
    if (!pending || request.path || request.confirmLarge || request.encoding) return null;
    const ahead = await pending;
    if (!ahead?.result.ok || ahead.stamp === null) return null;
    return ahead.stamp === (await stampOf(ahead.file)) ? ahead.result : null;
  }

  return {
    readAheadDefaultStory() {
      const reading = (async () => {
        const file = await options.defaultStoryPath();
        const stamp = await stampOf(file);
        return { file, stamp, result: await open(file) };
      })().catch(() => null);
      readAhead = reading;
      return reading.then(() => undefined);
    },
    async openStory(request) {
      const ahead = await takeReadAhead(request);
      if (ahead) return ahead;
      return open(
        request.path ?? (await options.defaultStoryPath()),
        request.confirmLarge,
        request.encoding,
      );
    },
    async chooseAndOpenStory() {
      const file = await options.dialogs.chooseOpenPath();
      return file ? open(file) : cancelled;
    },
    saveStory(request) {
      return save(request.path, request);
    },
    async saveStoryAs(request) {
      const file = await options.dialogs.chooseSavePath(request.suggestedName, ["txt", "md"]);
      return file ? save(file, { ...request, path: file, expectedHash: null }) : cancelled;
    },
    async exportStory(request) {
      const file =
        request.path ??
        (await options.dialogs.chooseSavePath(request.suggestedName, [request.format]));
      if (!file) return cancelled;
      // Plain text keeps the draft's own encoding, so an unedited story exports byte for byte.
      const bytes =
        typeof request.content === "string"
          ? encodeText(request.content, request.encoding ?? "utf-8")
          : request.content;
      const written = await safeWriteFile(file, bytes);
      return written.ok ? { ok: true, value: { path: file, bytes: bytes.length } } : written;
    },
    async backupWorkingCopy(copy) {
      const file = workingCopyPath(options.dataDir, copy.path);
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
      } catch {
        // Reported by the write below.
      }
      const body = JSON.stringify({
        path: copy.path,
        text: copy.text,
        savedAt: new Date().toISOString(),
      });
      const written = await safeWriteFile(file, Buffer.from(body, "utf8"));
      return written.ok ? { ok: true, value: null } : written;
    },
    async discardWorkingCopy(storyPath) {
      await fs.rm(workingCopyPath(options.dataDir, storyPath), { force: true });
      return { ok: true, value: null };
    },
    async showInFolder(file) {
      options.revealFile?.(file);
      return { ok: true, value: null };
    },
    async readDictionary(language) {
      try {
        return { ok: true, value: await readDictionaryFiles(language) };
      } catch {
        return {
          ok: false,
          error: {
            code: "unreadable",
            message: `The ${language} dictionary is missing; spelling notes are off. Reinstall Draftwise.`,
          },
        };
      }
    },
    onHostEvent(listener) {
      listeners.push(listener);
    },
    emit,
    dispose() {
      watcher?.close();
      watcher = null;
      watchedPath = null;
    },
  };
}
