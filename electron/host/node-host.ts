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
  SaveAsRequest,
  SavedStory,
  WriteOrder,
  WorkingCopy,
} from "../../core/host-api";
import { noBackup, notCarried, noWorkingCopy, sidecarNotSaved } from "./save-messages";
import { carryBackups, cleanDataFolderTemps, keepBackup } from "./backups";
import { listEarlierVersions, readEarlierVersion } from "./earlier-versions";
import { setPaths } from "./free-names";
import { countReplacements, encodeText, firstUnencodable } from "./decode";
import { shippedDictionaries } from "./dictionaries";
import {
  cleanOrphanedTemps,
  currentHash,
  hashBytes,
  heldAsides,
  safeWriteFile,
  type SaveFs,
} from "./safe-save";
import { commitPendingSidecar, settlePendingSidecars, writePendingSidecar } from "./sidecar-save";
import { readSidecar, readStoryFile, sidecarPathFor, type OpenLimits } from "./story-files";
import { watchStory, type StoryWatcher } from "./watch";
import { CopyWrites } from "./write-order";
import { notAsOffered, notHeld, StoryHolds } from "./story-holds";
import {
  copyDiffers,
  copyIsOffered,
  recoverWorkingCopy,
  removeWorkingCopy,
  writeWorkingCopy,
} from "./working-copies";

/**
 * The native dialogs a shell provides; tests script them. `null` means cancelled; a rejection
 * means the shell has no dialog, and its message goes to the writer (`unavailable`).
 */
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
  /** Open limits other than the usual 10 MB (ask) and 100 MB (refuse); tests use small ones. */
  readonly limits?: OpenLimits;
  /** Shows a file in the system's file manager (Electron's shell); absent in tests and the CLI. */
  readonly revealFile?: (path: string) => void;
  /** File-system operations for saves; tests replace them to fail like a full disk. */
  readonly saveFs?: SaveFs;
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
  /**
   * The page whose writes `writer` names went away, its last calls answered (the browser
   * shell's server sees its event stream close): the stories it held are nobody's, so another
   * window may discard their copies. Its writes that come later still land unless another
   * window holds the story by then.
   */
  letGo(writer: string): void;
  /**
   * Electron's one window closed (macOS keeps the app): no page holds anything, so the next
   * window may discard the copies the closed one held. Its calls after the close are refused
   * by the IPC guard (no window), and those under way run first, in each copy's turn.
   */
  letGoAll(): void;
  /** Stops watching files. */
  dispose(): void;
}

const cancelled = { ok: false, error: { code: "cancelled", message: "Cancelled." } } as const;

/** Asks a dialog; a shell without one answers with why, as a result. */
async function ask(
  dialog: () => Promise<string | null>,
): Promise<{ file: string | null } | HostResult<never>> {
  try {
    return { file: await dialog() };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: "unavailable", message } };
  }
}

const fsPromises: SaveFs = fs;

function fail(
  code: "needs-confirmation" | "unencodable" | "bad-request" | "unreadable",
  message: string,
): HostResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * The file name alone: the page suggests a name, never the folder the dialog opens in
 * ("/root/.bashrc" and "..\\boot.ini" become ".bashrc" and "boot.ini").
 */
export function baseNameOf(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop()?.replace(/^\.+$/, "") ?? "";
  return base || "Untitled.txt";
}

/** Whether two paths name one file (the same device and inode, or the same real path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  const real = (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
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
  /** The story the page has open: exports never replace it. */
  let openStoryPath: string | null = null;
  /** Per story: how many U+FFFD characters the file itself holds (saving those needs no consent). */
  const genuineReplacements = new Map<string, number>();
  let readAhead: Promise<ReadAhead | null> | null = null;
  const dictionaries = shippedDictionaries();

  const emit = (event: HostEvent): void => {
    for (const listener of listeners) listener(event);
  };

  function watchOpenStory(file: string, hash: string): void {
    openStoryPath = file;
    watcher?.close();
    watchedPath = path.resolve(file);
    watcher =
      options.watch === false
        ? null
        : watchStory(file, hash, () => emit({ type: "file-changed", path: file }));
  }

  let dataFolderCleaned: Promise<number> | null = null;
  /**
   * Temps that killed saves left in the data folder (backups, working copies), removed once
   * per start, before the first open or write: run beside a write, it took that write's temp.
   */
  const cleanedDataFolder = (): Promise<number> =>
    (dataFolderCleaned ??= cleanDataFolderTemps(options.dataDir));

  async function open(
    file: string,
    confirmLarge?: boolean,
    encoding?: OpenedStory["encoding"],
  ): Promise<HostResult<OpenedStory>> {
    // Read again, the story on disk is the latest word on it, not the last save.
    lastSaved.delete(path.resolve(file));
    await cleanedDataFolder();
    const read = await readStoryFile(file, {
      confirmLarge,
      encoding,
      canExceedLimit: true,
      ...(options.limits ? { limits: options.limits } : {}),
    });
    if (!read.ok) return read;
    // A crash mid-save leaves temps next to the story or its sidecar; the save itself stood or did not.
    await Promise.all([cleanOrphanedTemps(file), cleanOrphanedTemps(sidecarPathFor(file))]);
    // A kill between the story's rename and the sidecar's: finish the move (sidecar-save.ts).
    await settlePendingSidecars(file, read.value.hash);
    const sidecar = await readSidecar(file);
    await copyWrites.settled(copyKey(file));
    const recovery = await recoverWorkingCopy(options.dataDir, file, read.value.text, sidecar.text);
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
        ...(recovery.work ? { recovery: recovery.work } : {}),
        ...(recovery.error ? { recoveryError: recovery.error } : {}),
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

  /** Asks before replacing a story marked read-only, or one with other names (hard links). */
  async function checkFile(
    file: string,
    request: Parameters<HostApi["saveStory"]>[0],
  ): Promise<HostResult<never> | null> {
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) return null;
    const name = path.basename(file);
    if ((stat.mode & 0o222) === 0 && !request.replaceReadOnly) {
      return {
        ok: false,
        error: {
          code: "read-only",
          message: `"${name}" is marked read-only, so nothing was saved. Use Save As to keep your changes in another file, or make it writable and save again.`,
        },
      };
    }
    const others = stat.nlink - 1 - (await heldAsides(file, stat.ino));
    if (others > 0 && !request.splitHardLinks) {
      return {
        ok: false,
        error: {
          code: "hard-linked",
          message: `"${name}" has ${others} other name${others === 1 ? "" : "s"} (hard link${others === 1 ? "" : "s"}) on this disk, so nothing was saved: saving would give "${name}" the new text while the other name${others === 1 ? " keeps" : "s keep"} the old. Use Save As to keep your changes in another file.`,
        },
      };
    }
    return null;
  }

  /**
   * What the last save of each story wrote, by its resolved path, while it is the latest word
   * on the story: a working copy of exactly that, sent while the save ran and arriving after
   * it removed the copy, is no unsaved work (the page's removal after it may never come: a
   * window closed or reloaded the moment the save returned).
   */
  const lastSaved = new Map<string, { text: string; sidecar: string | null }>();
  /** Working-copy writes, one copy at a time, in the order each page made them. */
  const copyWrites = new CopyWrites();
  const copyKey = (storyPath: string): string => (storyPath === "" ? "" : path.resolve(storyPath));
  /** Which window holds each story's copy: another's copy writes are refused. */
  const holds = new StoryHolds();

  /**
   * Runs a save; one refused, cancelled or failed before it removed the copy passes its turn
   * all the same: a write that overtook it need not wait for it.
   */
  async function passing<T>(
    request: { copyOrder?: WriteOrder },
    run: () => Promise<T>,
  ): Promise<T> {
    try {
      return await run();
    } finally {
      if (request.copyOrder) copyWrites.passed(request.copyOrder);
    }
  }

  async function saveAs(request: SaveAsRequest): Promise<HostResult<SavedStory>> {
    const asked = await ask(() =>
      options.dialogs.chooseSavePath(baseNameOf(request.suggestedName), ["txt", "md"]),
    );
    if (!("file" in asked)) return asked;
    const file = asked.file;
    if (!file) return cancelled;
    const saved = await save(file, { ...request, path: file, expectedHash: null });
    if (!saved.ok || request.from === undefined) return saved;
    const carried = await carryBackups(options.dataDir, request.from, file);
    if (carried.ok) return saved;
    const warning = notCarried(request.from, file, options.dataDir, carried.error);
    const warnings = [...(saved.value.warnings ?? []), warning];
    return { ok: true, value: { ...saved.value, warnings } };
  }

  async function backupWorkingCopy(copy: WorkingCopy): Promise<HostResult<null>> {
    await cleanedDataFolder();
    const saved = copy.path === "" ? undefined : lastSaved.get(path.resolve(copy.path));
    if (saved && !copyDiffers(copy, saved.text, saved.sidecar)) {
      await removeWorkingCopy(options.dataDir, copy.path);
      return { ok: true, value: null };
    }
    const written = await writeWorkingCopy(options.dataDir, copy.path, copy.text, {
      ...(copy.settings ? { settings: copy.settings } : {}),
      ...(copy.savedAt ? { savedAt: copy.savedAt } : {}),
    });
    if (written.ok) return written;
    // The page backs up in the background: without this event nobody would know.
    emit({
      type: "safety-net",
      message: noWorkingCopy(copy.path || "Untitled", options.dataDir, written.error),
    });
    return written;
  }

  async function save(
    file: string,
    request: Parameters<HostApi["saveStory"]>[0],
  ): Promise<HostResult<SavedStory>> {
    const refused = checkText(file, request) ?? (await checkFile(file, request));
    if (refused) return refused;
    // The backup of the replaced version is written through a temp in the data folder.
    await cleanedDataFolder();
    const bytes = encodeText(request.text, request.encoding);
    const newHash = hashBytes(bytes);
    const warnings: string[] = [];
    const ops = options.saveFs ?? fsPromises;
    // The sidecar goes first under a name carrying the new story's hash (see sidecar-save.ts).
    let pending: string | null = null;
    if (request.sidecar !== null) {
      try {
        pending = await writePendingSidecar(
          ops,
          file,
          newHash,
          Buffer.from(request.sidecar, "utf8"),
        );
      } catch (err) {
        warnings.push(sidecarNotSaved(file, err));
      }
    }
    // A failed backup must not stop the save: the save itself is atomic and the writer asked for it.
    const keepReplaced = async (previous: Buffer, holder: string | null): Promise<void> => {
      // The same bytes saved again: no version to keep. With a holder they can only be another
      // program's write landing mid-save (a save of unchanged text renames nothing, safe-save.ts),
      // and the holder is kept, as later writes may still land in it.
      if (previous.equals(bytes) && holder === null) return;
      const backup = await keepBackup(options.dataDir, file, previous, new Date(), holder);
      if (!backup.ok) warnings.push(noBackup(file, options.dataDir, backup.error));
    };
    // Our own write must not look like someone else's change.
    const watching = watchedPath === path.resolve(file) ? watcher : null;
    const previousHash = await currentHash(file).catch(() => null);
    watching?.expect(newHash);
    const written = await safeWriteFile(file, bytes, {
      expectedHash: request.expectedHash,
      keepReplaced,
      fsImpl: ops,
    });
    if (!written.ok) {
      watching?.expect(previousHash);
      if (pending) await fs.unlink(pending).catch(() => undefined);
      return written;
    }
    if (pending) {
      try {
        await commitPendingSidecar(ops, file, pending);
      } catch (err) {
        await fs.unlink(pending).catch(() => undefined);
        warnings.push(sidecarNotSaved(file, err));
      }
    }
    // After the copy's writes under way; one the page made after reading this text is kept.
    // Not the copy of another window that holds the story: its unsaved work is not this save's.
    await copyWrites.run(copyKey(file), request.copyOrder ?? undefined, async () => {
      if (await holds.elsewhere(file, request.copyOrder ?? undefined)) return notHeld(file);
      await removeWorkingCopy(options.dataDir, file);
      return { ok: true, value: null };
    });
    // Only a save written whole (its sidecar too) is what a copy can be checked against.
    if (warnings.length === 0)
      lastSaved.set(path.resolve(file), { text: request.text, sidecar: request.sidecar });
    else lastSaved.delete(path.resolve(file));
    genuineReplacements.set(path.resolve(file), countReplacements(request.text));
    if (watchedPath !== path.resolve(file)) watchOpenStory(file, newHash);
    options.onStoryOpened?.(file);
    for (const warning of warnings) emit({ type: "safety-net", message: warning });
    return {
      ok: true,
      value: {
        path: file,
        name: path.basename(file),
        hash: written.value.hash,
        ...(warnings.length > 0 ? { warnings } : {}),
      },
    };
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
      const asked = await ask(() => options.dialogs.chooseOpenPath());
      if (!("file" in asked)) return asked;
      const file = asked.file;
      if (!file) return cancelled;
      const opened = await open(file);
      return opened.ok ? opened : { ok: false, error: { ...opened.error, path: file } };
    },
    saveStory(request) {
      return passing(request, () => save(request.path, request));
    },
    saveStoryAs(request) {
      return passing(request, () => saveAs(request));
    },
    async exportStory(request) {
      const content: unknown = request.content;
      // Checked here too (the guard checks first): anything else would write zero bytes.
      if (typeof content !== "string" && !(content instanceof Uint8Array))
        return fail(
          "bad-request",
          "Draftwise received an export with no content; nothing was written.",
        );
      const asked = request.path
        ? { file: request.path }
        : await ask(() =>
            options.dialogs.chooseSavePath(baseNameOf(request.suggestedName), [request.format]),
          );
      if (!("file" in asked)) return asked;
      const file = asked.file;
      if (!file) return cancelled;
      if (openStoryPath && (await sameFile(file, openStoryPath))) {
        return fail(
          "bad-request",
          `"${path.basename(file)}" is the story itself; an export never replaces it. Choose another name.`,
        );
      }
      // Plain text keeps the draft's own encoding, so an unedited story exports byte for byte.
      const bytes =
        typeof content === "string" ? encodeText(content, request.encoding ?? "utf-8") : content;
      // The rest of a chapter-by-chapter (or per-scene) export goes beside the chosen file,
      // the whole set under one free number when any of it is there already (free-names.ts).
      const more = request.besides ?? [];
      const paths = setPaths(
        file,
        baseNameOf(request.suggestedName),
        more.map((b) => path.basename(b.name)),
      );
      // A guard, checked for the whole set before any of it is written: setPaths numbers a name
      // that exists, the story's too, so only a link could lead here. (The chosen file is above.)
      for (const target of [paths.first, ...paths.besides])
        if (target !== file && openStoryPath && (await sameFile(target, openStoryPath)))
          return fail(
            "bad-request",
            `"${path.basename(target)}" is the story itself; an export never replaces it.`,
          );
      const written = await safeWriteFile(paths.first, bytes);
      if (!written.ok) return written;
      const besides: string[] = [];
      let total = bytes.length;
      for (const [i, beside] of more.entries()) {
        const target = paths.besides[i]!;
        const encoded =
          typeof beside.content === "string"
            ? encodeText(beside.content, request.encoding ?? "utf-8")
            : beside.content;
        const done = await safeWriteFile(target, encoded);
        if (!done.ok) return done;
        besides.push(target);
        total += encoded.length;
      }
      return {
        ok: true,
        value: { path: paths.first, bytes: total, ...(besides.length ? { besides } : {}) },
      };
    },
    backupWorkingCopy(copy, order) {
      return copyWrites.run(copyKey(copy.path), order, async () =>
        (await holds.elsewhere(copy.path, order)) ? notHeld(copy.path) : backupWorkingCopy(copy),
      );
    },
    discardWorkingCopy(storyPath, order, offered) {
      const removed = { ok: true, value: null } as const;
      const remove = async () => (await removeWorkingCopy(options.dataDir, storyPath), removed);
      // One step in the write order: a write between a check and the removal would go unseen.
      return copyWrites.run(copyKey(storyPath), order, async () => {
        if (await holds.elsewhere(storyPath, order)) return notHeld(storyPath, true);
        if (offered && !(await copyIsOffered(options.dataDir, storyPath, offered)))
          return notAsOffered(storyPath);
        return remove();
      });
    },
    async holdStory(storyPath, writer) {
      // Only another window's hold is news: a story opened again in its own window is not.
      if (await holds.hold(storyPath, writer))
        emit({ type: "story-held", path: storyPath, writer });
      return { ok: true, value: null };
    },
    letGo(writer) {
      holds.letGo(writer);
    },
    letGoAll() {
      holds.letGoAll();
    },
    async untitledWorkingCopy() {
      await copyWrites.settled("");
      const found = await recoverWorkingCopy(options.dataDir, "", "", null);
      if (found.error) return fail("unreadable", found.error);
      return { ok: true, value: found.work ?? null };
    },
    listEarlierVersions(file) {
      return listEarlierVersions(options.dataDir, file);
    },
    readEarlierVersion(request) {
      return readEarlierVersion(options.dataDir, request.path, request.id);
    },
    async showInFolder(file) {
      options.revealFile?.(file);
      return { ok: true, value: null };
    },
    async readDictionary(language) {
      try {
        return { ok: true, value: await dictionaries(language) };
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
