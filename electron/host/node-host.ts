/**
 * The host API implemented with Node alone. Electron's main process wraps it with native
 * dialogs and IPC; browser tests bind the very same object into the page; the CLI reads files
 * through the same functions. Nothing here imports Electron.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type {
  HostApi,
  HostEvent,
  HostResult,
  OpenedStory,
  RecoveredWork,
  SavedStory,
} from "../../core/host-api";
import { encodeText } from "./decode";
import { cleanOrphanedTemps, safeWriteFile } from "./safe-save";
import { readSidecar, readStoryFile, sidecarPathFor } from "./story-files";

/** The native dialogs a shell provides; tests script them. `null` means cancelled. */
export interface Dialogs {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string, extensions: readonly string[]): Promise<string | null>;
}

export interface NodeHostOptions {
  readonly dialogs: Dialogs;
  /** The story to open when none is named: the launch argument or the bundled story. */
  readonly defaultStoryPath: () => Promise<string>;
  /** The app's data folder (working-copy backups live under it). */
  readonly dataDir: string;
  /** Called after a successful open or save, e.g. to watch the file or add it to recent documents. */
  readonly onStoryOpened?: (path: string) => void;
}

export interface NodeHost extends HostApi {
  /** Pushes an event to the renderer's listeners. */
  emit(event: HostEvent): void;
}

const cancelled = { ok: false, error: { code: "cancelled", message: "Cancelled." } } as const;

function workingCopyPath(dataDir: string, storyPath: string): string {
  const id = createHash("sha256").update(path.resolve(storyPath)).digest("hex").slice(0, 16);
  return path.join(dataDir, "working-copies", `${id}.json`);
}

const require = createRequire(import.meta.url);

/** Creates the Node implementation of the host API. */
export function createNodeHost(options: NodeHostOptions): NodeHost {
  const listeners: ((event: HostEvent) => void)[] = [];

  async function recoveryFor(storyPath: string, text: string): Promise<RecoveredWork | undefined> {
    try {
      const saved = JSON.parse(await fs.readFile(workingCopyPath(options.dataDir, storyPath), "utf8")) as {
        text: string;
        savedAt: string;
      };
      return saved.text !== text ? { text: saved.text, savedAt: saved.savedAt } : undefined;
    } catch {
      return undefined;
    }
  }

  async function open(file: string, confirmLarge?: boolean, encoding?: OpenedStory["encoding"]): Promise<HostResult<OpenedStory>> {
    const read = await readStoryFile(file, { confirmLarge, encoding });
    if (!read.ok) return read;
    await cleanOrphanedTemps(file);
    const sidecar = await readSidecar(file);
    const recovery = await recoveryFor(file, read.value.text);
    options.onStoryOpened?.(file);
    return {
      ok: true,
      value: {
        ...read.value,
        sidecar: sidecar.text,
        ...(sidecar.error ? { sidecarError: sidecar.error } : {}),
        ...(recovery ? { recovery } : {}),
      },
    };
  }

  async function save(file: string, request: Parameters<HostApi["saveStory"]>[0]): Promise<HostResult<SavedStory>> {
    if (request.text.includes("\uFFFD") && request.encoding !== "utf-8") {
      // Replacement characters mean something was lost in decoding; never bake them in silently.
      return { ok: false, error: { code: "bad-request", message: "The text contains replacement characters (�) from a wrong encoding. Reopen the file with the right encoding before saving." } };
    }
    const written = await safeWriteFile(file, encodeText(request.text, request.encoding), { expectedHash: request.expectedHash });
    if (!written.ok) return written;
    if (request.sidecar !== null) {
      const side = await safeWriteFile(sidecarPathFor(file), Buffer.from(request.sidecar, "utf8"));
      if (!side.ok) return side;
    }
    await fs.rm(workingCopyPath(options.dataDir, file), { force: true });
    options.onStoryOpened?.(file);
    return { ok: true, value: { path: file, name: path.basename(file), hash: written.value.hash } };
  }

  return {
    async openStory(request) {
      return open(request.path ?? (await options.defaultStoryPath()), request.confirmLarge, request.encoding);
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
      const file = request.path ?? (await options.dialogs.chooseSavePath(request.suggestedName, [request.format]));
      if (!file) return cancelled;
      const bytes = typeof request.content === "string" ? Buffer.from(request.content, "utf8") : request.content;
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
      const body = JSON.stringify({ path: copy.path, text: copy.text, savedAt: new Date().toISOString() });
      const written = await safeWriteFile(file, Buffer.from(body, "utf8"));
      return written.ok ? { ok: true, value: null } : written;
    },
    async discardWorkingCopy(storyPath) {
      await fs.rm(workingCopyPath(options.dataDir, storyPath), { force: true });
      return { ok: true, value: null };
    },
    async readDictionary(language) {
      const pkg = language === "en-GB" ? "dictionary-en-gb" : "dictionary-en";
      try {
        const dir = path.dirname(require.resolve(`${pkg}/package.json`));
        const [aff, dic] = await Promise.all([
          fs.readFile(path.join(dir, "index.aff"), "utf8"),
          fs.readFile(path.join(dir, "index.dic"), "utf8"),
        ]);
        return { ok: true, value: { aff, dic } };
      } catch {
        return { ok: false, error: { code: "unreadable", message: `The ${language} dictionary is missing; spelling notes are off. Reinstall Draftwise.` } };
      }
    },
    onHostEvent(listener) {
      listeners.push(listener);
    },
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
}
