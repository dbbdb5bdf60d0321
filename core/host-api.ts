/**
 * The one interface between the renderer and whatever hosts it.
 *
 * Written once, here. In Electron the preload implements it over IPC (`satisfies HostApi`) and
 * main validates sender and paths; in browser tests the same Node host code is bound into the
 * page. Every argument and result is plain, structured-cloneable data, and failures come back
 * as values (`HostResult`), never as exceptions that lose their meaning crossing IPC.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type HostErrorCode =
  | "not-found"
  | "not-a-file"
  | "unreadable"
  | "binary"
  | "too-large"
  | "needs-confirmation"
  | "read-only"
  | "hard-linked"
  | "changed-on-disk"
  | "unencodable"
  | "disk-full"
  | "write-failed"
  | "bad-request"
  | "cancelled"
  /** The shell cannot do it here (the browser shell on a system without a file dialog). */
  | "unavailable"
  /** Another window (page) holds the story's working copy (`holdStory`); nothing was written. */
  | "held-elsewhere"
  /** A discard of the copy as offered (`OfferedCopy`): the copy is not that one now; kept. */
  | "changed-since-offered";

export interface HostError {
  readonly code: HostErrorCode;
  /** One sentence for the writer: what is wrong and what to do. */
  readonly message: string;
  /**
   * The file a failed open was about, when the writer picked it in the open dialog: the page
   * can then offer to open it anyway, or with another encoding.
   */
  readonly path?: string;
}

export type HostResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

/** A story as the host read it from disk. */
export interface OpenedStory {
  readonly path: string;
  /** The file name, for the title and status bar. */
  readonly name: string;
  /** Decoded text, byte-order mark kept as U+FEFF so offsets match the file as read. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Hash of the bytes read; saves compare it to refuse overwriting a file changed on disk. */
  readonly hash: string;
  /** Banners to show: the file was decoded as a fallback encoding, has mixed line endings... */
  readonly warnings: readonly string[];
  /** The sidecar's JSON text (scenes, cast, dismissals), or null when there is none. */
  readonly sidecar: string | null;
  /** Set when a sidecar exists but could not be read; the story still opens. */
  readonly sidecarError?: string;
  /** Unsaved work found from an earlier session that ended without saving. */
  readonly recovery?: RecoveredWork;
  /**
   * Set when the story's working copy could not be read: it was set aside (never deleted),
   * and this sentence says where; the story still opens.
   */
  readonly recoveryError?: string;
}

/**
 * The writer's settings kept in a working copy beside its text: parts of the sidecar by name
 * ("cast", "notes"), each as the sidecar would hold it, or null where the sidecar would have
 * no such part. The host compares each part with the sidecar on disk and reads no further.
 */
export type KeptSettings = Readonly<Record<string, unknown>>;

export interface RecoveredWork {
  readonly text: string;
  readonly savedAt: string;
  /** Absent in a copy that holds the text only (one written before copies kept settings). */
  readonly settings?: KeptSettings;
}

export interface OpenRequest {
  /** A path to open; when absent, the file named at launch or the bundled story. */
  readonly path?: string;
  /** Open a large file that the host asked to confirm. */
  readonly confirmLarge?: boolean;
  /** Decode with this encoding instead of detecting one. */
  readonly encoding?: TextEncodingName;
}

export interface SaveRequest {
  readonly path: string;
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** The hash from open or the last save; null to overwrite whatever is there. */
  readonly expectedHash: string | null;
  /** The sidecar's JSON text, written next to the story; null leaves it alone. */
  readonly sidecar: string | null;
  /**
   * The writer agreed to save replacement characters (�) that decoding made; without this the
   * host refuses with `needs-confirmation`, because saving them loses the original bytes.
   */
  readonly allowReplacementCharacters?: boolean;
  /** The writer agreed to replace a story marked read-only (it stays read-only). */
  readonly replaceReadOnly?: boolean;
  /**
   * The writer agreed to save a story that has other names (hard links): the save gives this
   * name the new text and the other names keep the old one.
   */
  readonly splitHardLinks?: boolean;
  /**
   * The page's place among its working-copy writes when it read `text` (`WriteOrder`): the
   * host removes the story's copy as it saves, and leaves one the page made after that (words
   * typed while a long save ran, sent as the page closed). None: the copy is removed.
   */
  readonly copyOrder?: WriteOrder;
}

export interface SaveAsRequest extends Omit<SaveRequest, "path" | "expectedHash"> {
  readonly suggestedName: string;
  /**
   * The open story's path, when it has one: the story saved under the new name goes on from
   * it, so its earlier versions come along (its text there as last saved, then its backups).
   */
  readonly from?: string;
}

export interface SavedStory {
  readonly path: string;
  readonly name: string;
  readonly hash: string;
  /**
   * The story was saved, but something that goes with it was not (the sidecar, the backup of
   * the version it replaced): one sentence each, for a banner.
   */
  readonly warnings?: readonly string[];
}

export type ExportFormat = "txt" | "md" | "html" | "docx";

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Text formats are strings; DOCX arrives as bytes built in the renderer. */
  readonly content: string | Uint8Array;
  readonly suggestedName: string;
  /** Write here without asking (tests, "export again"); otherwise the host asks. */
  readonly path?: string;
  /** How to encode text content; UTF-8 when absent (plain text uses the draft's own). */
  readonly encoding?: TextEncodingName;
  /**
   * More files of the same export (one per chapter or scene), written beside the chosen one
   * under these names: one save dialog for them all. Names are plain file names, no folders.
   */
  readonly besides?: readonly ExportBeside[];
}

export interface ExportBeside {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export interface ExportedFile {
  readonly path: string;
  readonly bytes: number;
  /** Where the `besides` files went, in order. */
  readonly besides?: readonly string[];
}

export interface WorkingCopy {
  /** The story's file; "" for the untitled story (one per app), offered at the next start. */
  readonly path: string;
  readonly text: string;
  /** The writer's settings as Save would write them to the sidecar; absent: the text only. */
  readonly settings?: KeptSettings;
  /**
   * When the work was kept (ISO 8601): a recovered copy put back after a save keeps its own
   * time, which the offer shows; absent, the time of this write.
   */
  readonly savedAt?: string;
}

/**
 * Where one write (or removal) of a working copy stands among its page's: `writer` names the
 * page's keeper, `n` counts its writes. A page being left sends its last copy without waiting
 * for the answer to the one before (the page may end before that answer comes), so two may be
 * under way at once; the host keeps the one made last, whatever order they reach it in.
 */
/** The copy a writer was offered (`RecoveredWork`'s): a Discard of it removes that copy only. */
export interface OfferedCopy {
  readonly savedAt: string;
  readonly text: string;
}

export interface WriteOrder {
  readonly writer: string;
  readonly n: number;
  /**
   * The counts of the page's earlier writes (and saves) still unanswered when this one was
   * made: only they can reach the host after it, so the host forgets the page once they have
   * come (empty: nothing to remember). Absent: the host remembers the page for its life.
   */
  readonly overtakes?: readonly number[];
}

/** An earlier version of a story that a save replaced and the host kept (its backups). */
export interface EarlierVersion {
  /** Names the version to `readEarlierVersion`; only a name the host listed is read. */
  readonly id: string;
  /** When the save that replaced it ran (ISO 8601). */
  readonly keptAt: string;
  /** Its size on disk, in bytes. */
  readonly bytes: number;
  readonly words: number;
}

export interface EarlierVersionRequest {
  /** The open story whose version to read. */
  readonly path: string;
  /** An `id` from `listEarlierVersions` for that story. */
  readonly id: string;
}

/** An earlier version's text, decoded as the story itself is on open. */
export interface EarlierVersionText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * A Hunspell dictionary as the host reads it: the affix file with the word file, or with the
 * word forms the build compiled from both (`compileForms` in core/notes; nothing to expand).
 */
export type DictionaryFiles =
  { readonly aff: string; readonly dic: string } | { readonly aff: string; readonly forms: string };

/** What the renderer may ask of its host. One method, one IPC message. */
export interface HostApi {
  openStory(request: OpenRequest): Promise<HostResult<OpenedStory>>;
  /** Shows an open dialog; `cancelled` when the writer closes it. */
  chooseAndOpenStory(): Promise<HostResult<OpenedStory>>;
  saveStory(request: SaveRequest): Promise<HostResult<SavedStory>>;
  /** Shows a save dialog, then saves there. */
  saveStoryAs(request: SaveAsRequest): Promise<HostResult<SavedStory>>;
  exportStory(request: ExportRequest): Promise<HostResult<ExportedFile>>;
  /** Keeps unsaved work safe in the app's data folder (autosave for crash recovery). */
  backupWorkingCopy(copy: WorkingCopy, order?: WriteOrder): Promise<HostResult<null>>;
  /**
   * Forgets the backed-up working copy (after a save, or when the writer discards it); "" is
   * the untitled one. With `offered`, only if the copy is still the one the writer was offered
   * (checked and removed in the host's write order, so no write lands between the two);
   * otherwise it is kept (`changed-since-offered`).
   */
  discardWorkingCopy(
    path: string,
    order?: WriteOrder,
    offered?: OfferedCopy,
  ): Promise<HostResult<null>>;
  /**
   * This page edits `path` ("" the untitled story) now: its working-copy writes (named by
   * `writer`, `WriteOrder`'s) are kept, another page's are refused (`held-elsewhere`), and the
   * other pages hear `story-held`. Two windows of one story would otherwise each write over
   * the other's copy, and a crash would offer whichever came last.
   */
  holdStory(path: string, writer: string): Promise<HostResult<null>>;
  /** Unsaved work of an untitled story from a session that ended without saving it, or null. */
  untitledWorkingCopy(): Promise<HostResult<RecoveredWork | null>>;
  /** The versions saves of this story replaced and the host kept, newest first. */
  listEarlierVersions(path: string): Promise<HostResult<readonly EarlierVersion[]>>;
  /** Reads one of them; an id the list did not give is `not-found`. */
  readEarlierVersion(request: EarlierVersionRequest): Promise<HostResult<EarlierVersionText>>;
  /** Reads a Hunspell dictionary shipped with the app, for the spelling notes. */
  readDictionary(language: "en-GB" | "en-US"): Promise<HostResult<DictionaryFiles>>;
  /** Shows a file the app wrote (an export) in the system's file manager. */
  showInFolder(path: string): Promise<HostResult<null>>;
  /** Subscribes to events the host pushes (menu commands, a file changed on disk). */
  onHostEvent(listener: (event: HostEvent) => void): void;
  /**
   * The name this page's working-copy writes carry (`WriteOrder.writer`), where the shell
   * names its pages: the browser shell's server lets go of a page's holds when the page goes
   * away (`holdStory`). Absent: the page picks one.
   */
  readonly page?: string;
}

/** The request/response methods, for hosts that bind them one by one (preload, test bindings). */
export const hostMethods = [
  "openStory",
  "chooseAndOpenStory",
  "saveStory",
  "saveStoryAs",
  "exportStory",
  "backupWorkingCopy",
  "discardWorkingCopy",
  "holdStory",
  "untitledWorkingCopy",
  "listEarlierVersions",
  "readEarlierVersion",
  "readDictionary",
  "showInFolder",
] as const satisfies readonly (keyof HostApi)[];

/** Compile-time check that `hostMethods` names every method of HostApi. */
type Missing = Exclude<keyof HostApi, (typeof hostMethods)[number] | "onHostEvent" | "page">;
const everyMethodListed: Missing extends never ? true : never = true;
void everyMethodListed;

export type HostMethod = (typeof hostMethods)[number];

/** Events the host pushes to the renderer (menu commands, file changed on disk). */
export type HostEvent =
  | { readonly type: "command"; readonly command: string; readonly arg?: string }
  | { readonly type: "file-changed"; readonly path: string }
  | { readonly type: "open-file"; readonly path: string }
  /** A safety net (working copy, backup, sidecar) could not be written: say so, in a banner. */
  | { readonly type: "safety-net"; readonly message: string }
  /** The page whose keeper is `writer` holds `path` now (`holdStory`): another page of it stops. */
  | { readonly type: "story-held"; readonly path: string; readonly writer: string };
