/**
 * Working copies: a story's unsaved work, kept in the app's data folder for crash recovery.
 *
 *     <dataDir>/working-copies/<story-id>.json   one story's unsaved work
 *     <dataDir>/working-copies/untitled.json     the story that has no file yet
 *
 * A copy is found by the file's identity, not the path string it was opened by: `<story-id>`
 * comes from the real path (symlinks resolved), and each copy records the file's device and
 * inode, so a story opened through another link or renamed since still finds its own work.
 *
 * A copy holds the text and, since recovery-26, the writer's settings (`settings`: the sidecar
 * parts a Cast panel change, an Ignore, a story word or the Outline changes, each as Save would
 * write it, null for a part Save would leave out). A copy written before then has no `settings` and is read,
 * and offered, as the text alone. A copy is offered when its text differs from the file or a
 * part it keeps differs from the sidecar on disk. A copy that cannot be read is never deleted:
 * opening its story moves it aside (`<name>.unreadable-<ms>`) and says where.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { HostResult, KeptSettings, RecoveredWork } from "../../core/host-api";
import { sameData } from "../../core/same-data";
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
  /** Absent in a copy written before copies kept settings. */
  readonly settings?: KeptSettings;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The real path of a file, or of its folder when the file is gone (a story saved away): what a
 * story's copy is keyed by, and so its hold (story-holds.ts).
 */
export async function copyPathOf(file: string): Promise<string> {
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
  const realPath = await copyPathOf(file);
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
  const name = storyPath === "" ? UNTITLED : `${storyId(await copyPathOf(storyPath))}.json`;
  return path.join(dataDir, FOLDER, name);
}

/** A copy as stored; "missing" when there is no such file, "damaged" when it cannot be read. */
async function readCopy(file: string): Promise<StoredCopy | "missing" | "damaged"> {
  let body: string;
  try {
    body = await fs.readFile(file, "utf8");
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : "damaged";
  }
  try {
    const data: unknown = JSON.parse(body);
    if (!isRecord(data) || typeof data.text !== "string" || typeof data.savedAt !== "string")
      return "damaged";
    // Settings of another shape than a copy writes are left out: the text is still offered.
    const { settings, ...rest } = data as unknown as StoredCopy;
    return isRecord(settings) ? { ...rest, settings } : rest;
  } catch {
    return "damaged";
  }
}

const storyName = (storyPath: string): string =>
  storyPath === "" ? "Untitled" : path.basename(storyPath);

/**
 * Moves a copy that cannot be read out of the way, so no later write replaces it, and says
 * where it went (or that it could not be moved).
 */
async function setAside(file: string, story: string): Promise<string> {
  const aside = `${file}.unreadable-${Date.now()}`;
  try {
    await fs.rename(file, aside);
    return `Unsaved work kept for "${story}" could not be read; the file was kept as ${aside}.`;
  } catch {
    return `Unsaved work kept for "${story}" could not be read (${file}), and could not be moved aside: the next backup of your work will replace it.`;
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

/**
 * Keeps unsaved work for a story ("" for the untitled one), with the writer's settings when
 * given, and at `savedAt` (a recovered copy put back keeps its time) or now.
 */
export async function writeWorkingCopy(
  dataDir: string,
  storyPath: string,
  text: string,
  { settings, savedAt }: { settings?: KeptSettings; savedAt?: string } = {},
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
    savedAt: savedAt ?? new Date().toISOString(),
    // After the identity: findCopy reads a copy's head for it.
    ...(settings ? { settings } : {}),
  };
  const written = await safeWriteFile(file, Buffer.from(JSON.stringify(body), "utf8"));
  return written.ok ? { ok: true, value: null } : written;
}

/**
 * Forgets a story's working copies, wherever its identity put them (a renamed story may have
 * two). One that cannot be read is moved aside rather than removed: it may be the writer's.
 */
export async function removeWorkingCopy(dataDir: string, storyPath: string): Promise<void> {
  const direct = await copyFileFor(dataDir, storyPath);
  if ((await readCopy(direct)) === "damaged") await setAside(direct, storyName(storyPath));
  else await fs.rm(direct, { force: true });
  for (
    let found = await findCopy(dataDir, storyPath);
    found && found.copy !== "damaged";
    found = await findCopy(dataDir, storyPath)
  )
    await fs.rm(found.file, { force: true });
}

/**
 * Whether the story's copy is the one a writer was offered (same time and text); a copy that
 * is missing counts as it (nothing left to remove), a damaged one does not.
 */
export async function copyIsOffered(
  dataDir: string,
  storyPath: string,
  offered: { readonly savedAt: string; readonly text: string },
): Promise<boolean> {
  const found = await findCopy(dataDir, storyPath);
  if (!found) return true;
  return (
    found.copy !== "damaged" &&
    found.copy.savedAt === offered.savedAt &&
    found.copy.text === offered.text
  );
}

/**
 * The working copy of a story: under its real path's id, or else a copy recorded with the same
 * device and inode whose recorded path no longer names another file (renamed, or reached
 * through a hard link).
 */
async function findCopy(
  dataDir: string,
  storyPath: string,
): Promise<{ file: string; copy: StoredCopy | "damaged" } | null> {
  const direct = await copyFileFor(dataDir, storyPath);
  const copy = await readCopy(direct);
  if (copy !== "missing") return { file: direct, copy };
  if (storyPath === "") return null;
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
    if (typeof other === "string" || other.dev !== identity.dev || other.ino !== identity.ino)
      continue;
    const recorded = other.realPath ? await identityOf(other.realPath) : null;
    const elsewhere =
      recorded !== null &&
      recorded.ino !== null &&
      (recorded.dev !== identity.dev || recorded.ino !== identity.ino);
    if (!elsewhere) return { file, copy: other };
  }
  return null;
}

/** The sidecar's parts by name; a damaged sidecar has none (the story opens as without one). */
function sidecarParts(sidecar: string | null): Readonly<Record<string, unknown>> {
  if (sidecar === null) return {};
  try {
    const data: unknown = JSON.parse(sidecar);
    return isRecord(data) ? data : {};
  } catch {
    return {};
  }
}

/** Whether a part the copy keeps differs from the sidecar's (null: the sidecar has no such part). */
function settingsDiffer(settings: KeptSettings, sidecar: string | null): boolean {
  const parts = sidecarParts(sidecar);
  return Object.entries(settings).some(([name, part]) => !sameData(part ?? undefined, parts[name]));
}

/**
 * Whether a copy holds work beyond a story's `text` and `sidecar` (its JSON; null: none): other
 * text, or a setting the sidecar does not have. One that does not is no unsaved work.
 */
export function copyDiffers(
  copy: { readonly text: string; readonly settings?: KeptSettings },
  text: string,
  sidecar: string | null,
): boolean {
  return (
    copy.text !== text || (copy.settings !== undefined && settingsDiffer(copy.settings, sidecar))
  );
}

/** What `recoverWorkingCopy` found: work to offer, or a copy that could not be read. */
export interface Recovery {
  readonly work?: RecoveredWork;
  /** The copy could not be read: where it was set aside, for a banner. */
  readonly error?: string;
}

/**
 * Unsaved work for a story ("" for the untitled one, with no sidecar) whose text differs from
 * `text`, or whose settings differ from `sidecar` (the sidecar's JSON on disk), if any.
 */
export async function recoverWorkingCopy(
  dataDir: string,
  storyPath: string,
  text: string,
  sidecar: string | null,
): Promise<Recovery> {
  let found = await findCopy(dataDir, storyPath);
  let error: string | undefined;
  if (found?.copy === "damaged") {
    error = await setAside(found.file, storyName(storyPath));
    // A copy kept under the story's old name may still be found by its identity.
    found = await findCopy(dataDir, storyPath);
  }
  if (!found || found.copy === "damaged") return error ? { error } : {};
  const { copy } = found;
  if (!copyDiffers(copy, text, sidecar)) return error ? { error } : {};
  return {
    ...(error ? { error } : {}),
    work: {
      text: copy.text,
      savedAt: copy.savedAt,
      ...(copy.settings ? { settings: copy.settings } : {}),
    },
  };
}
