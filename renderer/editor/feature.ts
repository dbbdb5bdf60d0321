/**
 * What the app controller (app.ts) offers its parts: the `App` they are handed, the open file's
 * identity, the elements of the page, and the `Feature` interface every feature (outline, cast,
 * notes...) implements. Features and commands know the app only through these types, so none of
 * them imports the controller.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { EditorState, Plugin, Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type {
  HostApi,
  HostError,
  HostResult,
  KeptSettings,
  OpenedStory,
  OpenRequest,
  TextEncodingName,
} from "../../core/host-api";
import type { BannerAction, BannerKind } from "./banners";
import type { AppCommand, CommandRegistry } from "./command-registry";
import type { PanelHost } from "./panel-host";
import type { StatusPart } from "./status-bar";
import type { WorkingCopyKeeper } from "./working-copy";

export interface ReplaceOptions {
  /**
   * The text is an earlier version the writer brought back: an undo step of its own, and
   * autosave waits until the writer saves by hand (bringing one back never writes the file).
   */
  readonly restored?: boolean;
}

/** The app as its features, commands and panels see it (app.ts implements it). */
export interface App {
  readonly host: HostApi;
  readonly elements: AppElements;
  readonly commands: CommandRegistry<App>;
  readonly panels: PanelHost;
  readonly view: EditorView;
  readonly state: EditorState;
  /** The open story's identity on disk; null for an untitled story. */
  readonly file: OpenFile | null;
  /** The parsed sidecar of the open story, for features to read on open. */
  readonly sidecar: Record<string, unknown>;
  /** Unsaved work kept for crash recovery (see working-copy.ts). */
  readonly workingCopy: WorkingCopyKeeper;
  /** True from a changed-on-disk notice until the writer reloads or saves over it. */
  readonly changedOnDisk: boolean;
  readonly dirty: boolean;
  /** A feature's part of the sidecar changed: the story shows as unsaved. */
  markSidecarChanged(): void;
  /** True when no feature has work under way for the current document. */
  analysisIdle(): boolean;
  /** The story's text as it would be saved now. */
  text(): string;
  refreshStatus(): void;
  /** Shows `message` in the status bar until the next edit, or a few seconds at most. */
  flash(message: string): void;
  banner(
    message: string,
    kind?: BannerKind,
    actions?: BannerAction[],
    id?: string,
    dismissable?: boolean,
  ): () => void;
  /**
   * A banner about the open story (an export's "Exported … to …"): closed when another story
   * opens, where it would name a file the writer is no longer working on.
   */
  storyBanner(message: string, kind: BannerKind, actions: BannerAction[], id: string): () => void;
  showError(error: HostError, actions?: BannerAction[]): void;
  open(request?: OpenRequest, reading?: Promise<HostResult<OpenedStory>>): Promise<boolean>;
  /**
   * Every way of leaving the story comes here: unsaved work is asked about before `next`.
   * Whether the story was replaced now (`next`'s answer); false while the question waits.
   */
  leaveStory(verb: string, next: () => boolean | Promise<boolean>): Promise<boolean>;
  /** Replaces the editor's content with an opened story (a new undo history). */
  load(story: OpenedStory): void;
  /** The story has no file from now on (a new story): Save asks for a name. */
  markUntitled(): void;
  /** Applies a change that does not alter the file's text: a saved story stays saved. */
  dispatchUnchangedText(tr: Transaction): void;
  /**
   * Replaces the whole text in one undoable step (recovery, reload); with `settings` (a working
   * copy's), puts the writer's settings back in the same step, and leaves a text that is the
   * same as it is. `restored`: an earlier version the writer brought back (autosave waits for
   * a save by hand).
   */
  replaceText(text: string, settings?: KeptSettings, options?: ReplaceOptions): void;
  /**
   * What of a working copy's settings differs from `sidecar` (the open story's when absent),
   * named for the writer ("the cast").
   */
  keptDifferences(
    kept: KeptSettings,
    sidecar?: Readonly<Record<string, unknown>>,
  ): readonly string[];
  save(options?: { overwrite?: boolean; allowReplacementCharacters?: boolean }): Promise<boolean>;
  saveAs(options?: { allowReplacementCharacters?: boolean }): Promise<boolean>;
  /** The file changed behind the editor's back: never overwrite silently. */
  notifyChangedOnDisk(message?: string): void;
  /** Another window opened the story and holds its working copy: this one turns read-only. */
  heldElsewhere(): void;
  /** The window saved its story as `path` (Save As): it holds that file's copy and edits again. */
  heldHere(path: string): void;
}

/** The open story's identity on disk. */
export interface OpenFile {
  readonly path: string;
  readonly name: string;
  readonly encoding: TextEncodingName;
  readonly hash: string;
}

/** A pluggable part of the app: plugins for the editor, panels around it. */
export interface Feature {
  readonly name: string;
  plugins?(app: App): Plugin[];
  /**
   * This feature's commands, with their keys: registered once, before the first view, and
   * bound by the one keymap built from the registry (command-keymap.ts).
   */
  commands?(app: App): AppCommand<App>[];
  /** Called once, after the first view exists. */
  mount?(app: App): void;
  /** Builds the document for a freshly opened story (e.g. applies a scene layout). */
  prepareDoc?(app: App, story: OpenedStory, doc: PMNode): PMNode;
  /**
   * Lays out a whole new text of the open story (`doc`, split at its markers), as `replaceText`
   * puts it in: the outline lays its current scenes over it, so restoring unsaved work keeps them.
   */
  relayout?(app: App, doc: PMNode): PMNode;
  /** Contributes this feature's part of the sidecar JSON (keyed by feature name). */
  sidecar?(app: App): unknown;
  /**
   * The writer's settings this feature keeps in the working copy beside the text (crash
   * recovery): sidecar parts by name, as `sidecar` writes them, null for a part left out.
   */
  keptSettings?(app: App): KeptSettings;
  /** What of `kept` (a working copy's settings) differs from `sidecar`, named for the writer. */
  keptDifferences?(
    kept: KeptSettings,
    sidecar: Readonly<Record<string, unknown>>,
  ): readonly string[];
  /** Adds to `tr` the steps that put `kept` back: a restore, one undo step with its text. */
  restoreKept?(app: App, tr: Transaction, kept: KeptSettings): Transaction;
  /** False while the feature still has work under way for the current document (analysis). */
  settled?(app: App): boolean;
  /** Parts this feature adds to the status bar, redrawn with it. */
  status?(app: App): readonly StatusPart[];
  /** Called after the story was saved to its file. */
  saved?(app: App): void;
  /** Called when a feature's part of the sidecar changed (`App.markSidecarChanged`). */
  sidecarChanged?(app: App): void;
  /** Called after every state update, with the previous state. */
  update?(app: App, previous: EditorState): void;
}

export interface AppElements {
  readonly editor: HTMLElement;
  readonly status: HTMLElement;
  readonly banners: HTMLElement;
  readonly left: HTMLElement;
  readonly right: HTMLElement;
}
