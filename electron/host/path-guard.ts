/**
 * The renderer names paths in its requests; a compromised page must not be able to read or
 * write anywhere else. Only paths the host itself handed out are accepted: the launch file, the
 * bundled story, and what the writer picked in a dialog, dropped, or opened from Recent.
 * Requests are also checked for shape here, since IPC delivers whatever the page sent.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type {
  ExportFormat,
  HostApi,
  HostResult,
  TextEncodingName,
  WriteOrder,
} from "../../core/host-api";

const refused: HostResult<never> = {
  ok: false,
  error: { code: "bad-request", message: "Draftwise may only open and save files you chose." },
};

const malformed: HostResult<never> = {
  ok: false,
  error: { code: "bad-request", message: "Draftwise received a malformed request and ignored it." },
};

const ENCODINGS: readonly TextEncodingName[] = ["utf-8", "utf-16le", "utf-16be", "windows-1252"];
const FORMATS: readonly ExportFormat[] = ["txt", "md", "html", "docx"];

export interface GuardedHost extends HostApi {
  /** Allows a path the writer chose outside the renderer (launch argument, drop, recent). */
  grant(file: string): void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const optionalString = (value: unknown): boolean =>
  value === undefined || typeof value === "string";
const isEncoding = (value: unknown): boolean => ENCODINGS.includes(value as TextEncodingName);
const optionalBoolean = (value: unknown): boolean =>
  value === undefined || typeof value === "boolean";

/**
 * The file a path really names, as the file system resolves it: symlinks first, then "..".
 * (`path.resolve` does "..", lexically, first: `<dir>/<link>/../story.txt` would then look like
 * `<dir>/story.txt` while the file system reads a file beside the link's target.) A path that
 * does not exist yet is resolved through its nearest existing folder.
 */
export async function realPathOf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    const parent = path.dirname(file);
    if (parent === file) return path.resolve(file);
    const base = path.basename(file);
    const real = await realPathOf(parent);
    if (base === "..") return path.dirname(real);
    return base === "." ? real : path.join(real, base);
  }
}

/** More writes than a page has under way at once: a longer list is no page's. */
const MAX_OVERTAKEN = 64;

/**
 * A working copy's place among its page's writes (host-api.ts: `WriteOrder`), or none (null
 * too: JSON, the browser shell's carrier, writes an argument left undefined as null).
 */
function wellFormedOrder(order: unknown): order is WriteOrder | null | undefined {
  return (
    order == null ||
    (isRecord(order) &&
      typeof order.writer === "string" &&
      order.writer.length <= 64 &&
      Number.isSafeInteger(order.n) &&
      (order.overtakes == null ||
        (Array.isArray(order.overtakes) &&
          order.overtakes.length <= MAX_OVERTAKEN &&
          order.overtakes.every((n) => Number.isSafeInteger(n)))))
  );
}

/** Whether an export request has the fields and types the host relies on. */
function wellFormedExport(request: unknown): boolean {
  return (
    isRecord(request) &&
    FORMATS.includes(request.format as ExportFormat) &&
    (typeof request.content === "string" || request.content instanceof Uint8Array) &&
    typeof request.suggestedName === "string" &&
    optionalString(request.path) &&
    (request.encoding === undefined || isEncoding(request.encoding)) &&
    (request.besides === undefined ||
      (Array.isArray(request.besides) && request.besides.every(wellFormedBeside)))
  );
}

/** A file written beside an export: a plain name (no folder, nothing hidden) and content. */
function wellFormedBeside(file: unknown): boolean {
  return (
    isRecord(file) &&
    typeof file.name === "string" &&
    /^[^\\/\0]+$/u.test(file.name) &&
    !file.name.startsWith(".") &&
    (typeof file.content === "string" || file.content instanceof Uint8Array)
  );
}

/** Whether a save request has the fields and types the host relies on. */
function wellFormedSave(request: unknown, needsPath: boolean): boolean {
  return (
    isRecord(request) &&
    (!needsPath || typeof request.path === "string") &&
    typeof request.text === "string" &&
    isEncoding(request.encoding) &&
    (request.sidecar === null || typeof request.sidecar === "string") &&
    (needsPath
      ? request.expectedHash === null || typeof request.expectedHash === "string"
      : typeof request.suggestedName === "string") &&
    optionalBoolean(request.allowReplacementCharacters) &&
    optionalBoolean(request.replaceReadOnly) &&
    optionalBoolean(request.splitHardLinks) &&
    wellFormedOrder(request.copyOrder)
  );
}

/** Wraps a host so requests naming a path are checked against the granted set. */
export function guardPaths(host: HostApi, initial: readonly string[] = []): GuardedHost {
  const granted = new Set(initial.map((p) => path.resolve(p)));
  /** Decided on real paths, both sides resolved now: a link swapped since the grant counts. */
  const allowed = async (file: unknown): Promise<boolean> => {
    if (file === undefined) return true;
    if (typeof file !== "string" || file === "" || file.includes("\0")) return false;
    const real = await realPathOf(file);
    for (const g of granted) if ((await realPathOf(g)) === real) return true;
    return false;
  };
  const remember = <T extends HostResult<unknown>>(result: T): T => {
    if (
      result.ok &&
      typeof result.value === "object" &&
      result.value !== null &&
      "path" in result.value
    ) {
      granted.add(path.resolve(String((result.value as { path: string }).path)));
      const besides = (result.value as { besides?: unknown }).besides;
      if (Array.isArray(besides)) for (const b of besides) granted.add(path.resolve(String(b)));
    }
    return result;
  };
  return {
    grant: (file) => void granted.add(path.resolve(file)),
    openStory: async (request) => {
      if (
        !isRecord(request) ||
        !optionalString(request.path) ||
        (request.encoding !== undefined && !isEncoding(request.encoding))
      )
        return malformed;
      return (await allowed(request.path)) ? remember(await host.openStory(request)) : refused;
    },
    chooseAndOpenStory: async () => {
      const result = await host.chooseAndOpenStory();
      // A file the writer picked but that needs their say (large, UTF-16) may be opened next.
      if (!result.ok && typeof result.error.path === "string")
        granted.add(path.resolve(result.error.path));
      return remember(result);
    },
    saveStory: async (request) => {
      if (!wellFormedSave(request, true)) return malformed;
      return (await allowed(request.path)) ? host.saveStory(request) : refused;
    },
    saveStoryAs: async (request) => {
      if (!wellFormedSave(request, false) || !optionalString(request.from)) return malformed;
      // The versions of a story the writer opened, and of no other file, come along.
      return (await allowed(request.from)) ? remember(await host.saveStoryAs(request)) : refused;
    },
    // An export path from the renderer is honoured only for files it already exported to.
    exportStory: async (request) => {
      if (!wellFormedExport(request)) return malformed;
      return (await allowed(request.path)) ? remember(await host.exportStory(request)) : refused;
    },
    // "" names the untitled story's working copy, which lives in the data folder.
    backupWorkingCopy: async (copy, order) => {
      if (!isRecord(copy) || typeof copy.text !== "string") return malformed;
      if (copy.settings !== undefined && !isRecord(copy.settings)) return malformed;
      if (copy.savedAt !== undefined && Number.isNaN(Date.parse(copy.savedAt))) return malformed;
      if (!wellFormedOrder(order)) return malformed;
      return copy.path === "" || (typeof copy.path === "string" && (await allowed(copy.path)))
        ? host.backupWorkingCopy(copy, order ?? undefined)
        : refused;
    },
    discardWorkingCopy: async (file, order, offered) => {
      if (!wellFormedOrder(order)) return malformed;
      if (
        offered != null &&
        !(
          isRecord(offered) &&
          typeof offered.savedAt === "string" &&
          typeof offered.text === "string"
        )
      )
        return malformed;
      return file === "" || (typeof file === "string" && (await allowed(file)))
        ? host.discardWorkingCopy(file, order ?? undefined, offered ?? undefined)
        : refused;
    },
    holdStory: async (file, writer) => {
      if (typeof writer !== "string" || writer === "" || writer.length > 64) return malformed;
      return file === "" || (typeof file === "string" && (await allowed(file)))
        ? host.holdStory(file, writer)
        : refused;
    },
    untitledWorkingCopy: () => host.untitledWorkingCopy(),
    // Only a story the writer opened; the version is named by the id the list gave, never a path.
    listEarlierVersions: async (file) =>
      typeof file === "string" && (await allowed(file)) ? host.listEarlierVersions(file) : refused,
    readEarlierVersion: async (request) => {
      if (!isRecord(request) || typeof request.path !== "string" || typeof request.id !== "string")
        return malformed;
      return (await allowed(request.path)) ? host.readEarlierVersion(request) : refused;
    },
    showInFolder: async (file) =>
      typeof file === "string" && (await allowed(file)) ? host.showInFolder(file) : refused,
    readDictionary: async (language) =>
      language === "en-GB" || language === "en-US" ? host.readDictionary(language) : malformed,
    onHostEvent: (listener) => host.onHostEvent(listener),
  };
}
