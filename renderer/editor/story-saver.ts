/**
 * Saving the open story: to its file (Save) or a new one (Save As), one save after another,
 * with the writer's sidecar. A save that fails says why in a banner the next good save takes
 * down; a save that returns after another story was opened changes nothing of that story.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { HostError, HostResult } from "../../core/host-api";
import type { BannerAction } from "./banners";
import type { App } from "./feature";
import type { FileSession } from "./file-session";
import { docToText } from "./story-doc";

/** What a save reads and marks of the open story, beyond the app's own surface. */
export interface SavedStory {
  /** How many stories were opened so far. */
  opens(): number;
  /** How many sidecar changes were made so far. */
  sidecarChanges(): number;
  /** The sidecar JSON to write with the story, or null when there is nothing to keep. */
  sidecarText(): string | null;
  /** The save wrote over the file: a changed-on-disk notice comes down. */
  closeChangedOnDisk(): void;
  /**
   * `written` is what the file holds now; `changes` is `sidecarChanges()` as the save read the
   * sidecar: a change since is still unsaved.
   */
  saved(written: PMNode, changes: number): void;
}

export class StorySaver {
  /**
   * The document a save in flight is writing, moved along by scenes regrouped around the same
   * text while it waits: the save then leaves the regrouped document clean, not the one before.
   */
  private writing: PMNode | null = null;
  /** The save under way, if any: the next one waits for it. */
  private saving: Promise<boolean> = Promise.resolve(true);
  /** Takes down the banner of the last failed save, if it is up (`saveFailed`). */
  private closeFailedSave: (() => void) | null = null;

  constructor(
    private readonly app: App,
    private readonly session: FileSession,
    private readonly story: SavedStory,
  ) {}

  /** Scenes were regrouped around the same text (`before` became `after`): see `writing`. */
  regrouped(before: PMNode, after: PMNode): void {
    if (this.writing === before) this.writing = after;
  }

  /**
   * Saves to the open file. `overwrite` replaces a file that changed on disk;
   * `allowReplacementCharacters` is the writer's consent to keep � characters. Saves run one
   * after another: two at once (Ctrl+S as autosave starts) would both present the hash from
   * before either, and the second would be refused as a change on disk.
   */
  save(
    options: { overwrite?: boolean; allowReplacementCharacters?: boolean } = {},
  ): Promise<boolean> {
    const run = this.saving.then(() => this.saveNow(options));
    this.saving = run.catch(() => false);
    return run;
  }

  private async saveNow(options: {
    overwrite?: boolean;
    allowReplacementCharacters?: boolean;
  }): Promise<boolean> {
    const app = this.app;
    if (!app.file) return this.saveAs();
    await app.workingCopy.saving();
    const file = app.file;
    const { result, written, changes, leftBehind } = await this.write((text, sidecar) =>
      app.workingCopy.ordered((copyOrder) =>
        app.host.saveStory({
          path: file.path,
          text,
          encoding: file.encoding,
          expectedHash: options.overwrite ? null : file.hash,
          sidecar,
          ...(options.allowReplacementCharacters ? { allowReplacementCharacters: true } : {}),
          copyOrder,
        }),
      ),
    );
    if (leftBehind) return this.savedBehind(result);
    if (!result.ok) {
      if (result.error.code === "changed-on-disk") app.notifyChangedOnDisk(result.error.message);
      else
        this.saveFailed(
          result.error,
          this.session.saveErrorActions(result.error, (consent) =>
            this.save({ ...options, ...consent }),
          ),
        );
      return false;
    }
    this.story.closeChangedOnDisk();
    this.closeSaveFailure();
    this.session.closeCompare();
    this.session.file = { ...app.file!, hash: result.value.hash };
    this.story.saved(written, changes);
    app.workingCopy.saved();
    return true;
  }

  /**
   * Says why a save failed ("nothing was saved"), in a banner the next save that succeeds takes
   * down: left up, it told the writer a story they had since saved was still unsaved.
   */
  private saveFailed(error: HostError, actions: BannerAction[]): void {
    if (error.code === "cancelled") return;
    this.closeSaveFailure();
    this.closeFailedSave = this.app.banner(error.message, "error", actions, error.code);
  }

  private closeSaveFailure(): void {
    this.closeFailedSave?.();
    this.closeFailedSave = null;
  }

  /**
   * One write of the story as it stands, by Save or Save As: `send` takes its text and sidecar.
   * Answers what the file holds now (`writing`, moved along by scenes regrouped meanwhile), the
   * sidecar's change count the write read, and whether another story was opened before it
   * returned (its result is then the story left behind's).
   */
  private async write<T>(
    send: (text: string, sidecar: string | null) => Promise<HostResult<T>>,
  ): Promise<{ result: HostResult<T>; written: PMNode; changes: number; leftBehind: boolean }> {
    const doc = this.app.view.state.doc;
    const changes = this.story.sidecarChanges();
    const opens = this.story.opens();
    this.writing = doc;
    const result = await send(docToText(doc), this.story.sidecarText());
    const written = this.writing ?? doc;
    this.writing = null;
    return { result, written, changes, leftBehind: this.story.opens() !== opens };
  }

  /**
   * A save that returned after another story was opened: the file it wrote (or failed to) is
   * the last story's, which the writer left; the open story's state is not the save's to change.
   */
  private savedBehind(result: HostResult<unknown>): boolean {
    if (!result.ok)
      console.warn(`draftwise: a save of the story left behind failed: ${result.error.message}`);
    return result.ok;
  }

  async saveAs(options: { allowReplacementCharacters?: boolean } = {}): Promise<boolean> {
    const app = this.app;
    const previous = app.file;
    const { result, written, changes, leftBehind } = await this.write((text, sidecar) =>
      // Ordered as a save is: the chosen file's copy is removed only if this window may (one
      // that another window holds is that window's unsaved work, saved nowhere).
      app.workingCopy.ordered((copyOrder) =>
        app.host.saveStoryAs({
          suggestedName: previous?.name ?? "Untitled.txt",
          // The story goes on under the new name: its earlier versions come along.
          ...(previous ? { from: previous.path } : {}),
          text,
          encoding: previous?.encoding ?? "utf-8",
          sidecar,
          ...(options.allowReplacementCharacters ? { allowReplacementCharacters: true } : {}),
          copyOrder,
        }),
      ),
    );
    if (leftBehind) return this.savedBehind(result);
    if (!result.ok) {
      this.saveFailed(
        result.error,
        this.session.saveErrorActions(result.error, (consent) =>
          this.saveAs({ ...options, ...consent }),
        ),
      );
      return false;
    }
    this.closeSaveFailure();
    this.session.file = {
      path: result.value.path,
      name: result.value.name,
      hash: result.value.hash,
      encoding: previous?.encoding ?? "utf-8",
    };
    this.story.saved(written, changes);
    app.workingCopy.saved();
    // This window edits the new file: its copy is this window's to keep, read-only no more.
    if (previous?.path !== result.value.path) app.heldHere(result.value.path);
    // The unsaved work now lives in the new file; the old file's (or the untitled) copy is
    // stale, unless it is a recovered copy on offer: that is the old story's, not this work.
    // In order, behind the writes to it under way (one landing after would outlive it).
    if (previous?.path !== result.value.path && !app.workingCopy.holding)
      void app.workingCopy.discard(previous?.path ?? "");
    return true;
  }
}
