/**
 * The application controller: owns the editor view, the open file and its save state, and
 * talks to the host. Features (outline, cast, notes...) plug in through `Feature`: they add
 * ProseMirror plugins and mount panels, and hear about opens and saves; the controller knows
 * none of them by name.
 */
import type { Node as PMNode } from "prosemirror-model";
import { EditorState, type Selection, type Transaction } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import type {
  HostApi,
  HostError,
  HostResult,
  KeptSettings,
  OpenedStory,
  OpenRequest,
} from "../../core/host-api";
import { CommandRegistry } from "./command-registry";
import { PanelHost } from "./panel-host";
import { BannerGroup, showBanner, type BannerAction, type BannerKind } from "./banners";
import { StatusLine } from "./status-line";
import { isMarkdownFile } from "../../core/chapters";
import { showsEmphasis } from "./emphasis-marks";
import { scrollerOf } from "./scroller";
import { docToText, readingFor, textToDoc } from "./story-doc";
import { FileSession } from "./file-session";
import type { App, AppElements, Feature, OpenFile, ReplaceOptions } from "./feature";
import { WorkingCopyKeeper } from "./working-copy";
import { changesDocument, keepsText, markTextKept } from "./same-text";
import { StorySaver } from "./story-saver";
import { leaveOpenStory, openStory } from "./story-opening";
import { storyPlugins } from "./story-plugins";
import { listenToHost } from "./host-events";
import { replaceStoryText } from "./replace-text";
import { caretAtPlace, textPlaceOf } from "./caret-near";

export class AppController implements App {
  readonly commands: CommandRegistry<App>;
  readonly panels: PanelHost;
  view!: EditorView;
  /** The open file, its recovery and encoding questions, and the Compare panel. */
  readonly session: FileSession = new FileSession(this);
  /** The parsed sidecar of the open story, for features to read on open. */
  sidecar: Record<string, unknown> = {};
  private savedDoc: PMNode | null = null;
  private saves = 0;
  /** Save and Save As, one after another (story-saver.ts). */
  private readonly saver = new StorySaver(this, this.session, {
    opens: () => this.opens,
    sidecarChanges: () => this.sidecarChanges,
    sidecarText: () => this.sidecarText(),
    closeChangedOnDisk: () => this.storyBanners.close("changed-on-disk"),
    saved: (written, changes) => {
      this.savedDoc = written;
      this.markSaved(changes);
    },
  });
  /**
   * Counts the stories opened: a save that returns after another story was opened (the writer
   * chose not to save and moved on while autosave was writing) is the last story's, and must not
   * mark the new one saved or give it the last file's fingerprint.
   */
  private opens = 0;
  private sidecarChanged = false;
  /**
   * Counts sidecar changes, so a save clears `sidecarChanged` only when none came while it was
   * under way: a Cast panel change made during a save is not in it.
   */
  private sidecarChanges = 0;
  /** Unsaved work kept for crash recovery (see working-copy.ts). */
  readonly workingCopy: WorkingCopyKeeper;
  /** The banners this controller raised about the open story (warnings, questions). */
  private readonly storyBanners = new BannerGroup();
  /** The status bar: its redraws and its message (status-line.ts). */
  private readonly status: StatusLine;
  /** The file changed on disk and the writer has not yet reloaded or overwritten it. */
  private conflict = false;
  /** Another window opened the story since and holds its working copy: this one is read-only. */
  private elsewhere = false;

  constructor(
    readonly host: HostApi,
    readonly elements: AppElements,
    private readonly features: readonly Feature[],
  ) {
    this.commands = new CommandRegistry<App>(this);
    this.panels = new PanelHost(elements.left, elements.right);
    this.status = new StatusLine(elements.status, {
      dirty: () => this.dirty,
      fileName: () => this.file?.name ?? "Untitled",
      state: () => this.view.state,
      extra: () => this.features.flatMap((f) => f.status?.(this) ?? []),
    });
    this.workingCopy = new WorkingCopyKeeper(host, () => ({
      path: this.file?.path ?? "",
      dirty: this.dirty,
      text: () => this.text(),
      settings: () =>
        Object.assign({}, ...this.features.map((f) => f.keptSettings?.(this))) as KeptSettings,
    }));
    // Only the open story's: the old file's discard after a Save As is refused too, when
    // another window holds it, and this window edits the new file.
    this.workingCopy.onHeldElsewhere = (path) => {
      if (path === (this.file?.path ?? "")) this.heldElsewhere();
    };
  }

  get file(): OpenFile | null {
    return this.session.file;
  }

  get state(): EditorState {
    return this.view.state;
  }

  /** True from a changed-on-disk notice until the writer reloads or saves over it. */
  get changedOnDisk(): boolean {
    return this.conflict;
  }

  get dirty(): boolean {
    return (
      this.sidecarChanged || (this.savedDoc !== null && !this.view.state.doc.eq(this.savedDoc))
    );
  }

  /**
   * A feature's part of the sidecar changed (an ignored note, an alias, a voice): the story
   * shows as unsaved, so closing asks and Save writes it.
   */
  markSidecarChanged(): void {
    this.sidecarChanged = true;
    this.sidecarChanges++;
    // The working copy keeps the writer's settings too: a crash loses no Cast panel change.
    this.workingCopy.changed();
    for (const feature of this.features) feature.sidecarChanged?.(this);
    this.refreshStatus();
  }

  /** True when no feature has work under way for the current document (tests and the bench wait on it). */
  analysisIdle(): boolean {
    return this.features.every((f) => f.settled?.(this) ?? true);
  }

  /** The story's text as it would be saved now. */
  text(): string {
    return docToText(this.view.state.doc);
  }

  /**
   * A fresh state for `doc`; `text` is the story's text it was read from, when at hand, and
   * `selection` the caret (the start without it).
   */
  private createState(doc: PMNode, text?: string, selection?: Selection): EditorState {
    return EditorState.create({
      doc,
      ...(selection ? { selection } : {}),
      plugins: storyPlugins(
        this.features.flatMap((f) => f.plugins?.(this) ?? []),
        showsEmphasis(this.file?.name, text ?? doc),
        isMarkdownFile(this.file?.name ?? ""),
      ),
    });
  }

  /**
   * Creates the view and mounts the features: on `first`, the story read at launch, or on an
   * empty document (call `open` next). Starting on the story draws it once; an empty document
   * replaced by the story cost a layout of the whole page in between (30 ms at launch).
   */
  mount(first?: OpenedStory): void {
    // Before the first state: the keymap binds every command's keys from the start.
    for (const feature of this.features)
      this.commands.register(...(feature.commands?.(this) ?? []));
    this.commands.seal();
    this.view = new EditorView(this.elements.editor, {
      state: first
        ? this.createState(this.prepare(first), first.text)
        : this.createState(textToDoc("")),
      dispatchTransaction: (tr) => this.dispatch(tr),
      editable: () => !this.elsewhere,
      attributes: {
        class: "story",
        spellcheck: "false",
        "aria-label": "Story text",
        role: "textbox",
        "aria-multiline": "true",
        // Said outright, so checkers see the scroller holds something the keyboard reaches.
        tabindex: "0",
      },
    });
    for (const feature of this.features) feature.mount?.(this);
    this.panels.onEscape = () => this.view.focus();
    listenToHost(this);
    window.addEventListener("beforeunload", (event) => {
      // The shell asks next (close-guard.ts); the working copy is written whatever the answer.
      this.workingCopy.leave();
      if (this.dirty) event.preventDefault();
    });
    if (first) this.loaded(first);
    else this.refreshStatus();
  }

  private dispatch(tr: Transaction): void {
    // Read-only while another window holds the story: no edit (a command's, a paste) lands.
    if (this.elsewhere && changesDocument(tr) && !keepsText(tr)) return;
    const previous = this.view.state;
    this.view.updateState(previous.apply(tr));
    for (const feature of this.features) feature.update?.(this, previous);
    // A settings step alone (a voice, Ignore, their undo) pokes the working copy through
    // `markSidecarChanged`, which the features call for it.
    const edited = changesDocument(tr);
    if (edited) this.workingCopy.changed();
    // "Saved" beside a story edited since, or an old refusal, would mislead: the edit clears it.
    // Scenes regrouped around the same text, and settings steps, are no edit: the message stays.
    if (edited && !keepsText(tr) && this.status.message !== "") this.status.clear();
    if (tr.docChanged && this.status.showsDirty(this.dirty)) this.status.soon();
    else if (tr.docChanged || tr.selectionSet) this.refreshStatus();
  }

  refreshStatus(): void {
    this.status.now();
  }

  /** Shows `message` in the status bar until the next edit, or a few seconds at most. */
  flash(message: string): void {
    this.status.flash(message);
  }

  banner(
    message: string,
    kind: BannerKind = "info",
    actions: BannerAction[] = [],
    id?: string,
    dismissable = true,
  ): () => void {
    return showBanner(this.elements.banners, message, kind, actions, id, dismissable);
  }

  storyBanner(message: string, kind: BannerKind, actions: BannerAction[], id: string): () => void {
    return this.storyBanners.keep(id, this.banner(message, kind, actions, id));
  }

  showError(error: HostError, actions: BannerAction[] = []): void {
    if (error.code !== "cancelled") this.banner(error.message, "error", actions, error.code);
  }

  /** Opens a story through the host (story-opening.ts); on failure the story stays as it was. */
  open(request: OpenRequest = {}, reading?: Promise<HostResult<OpenedStory>>): Promise<boolean> {
    return openStory(this, this.session, request, reading);
  }

  /** Leaves the story for `next`, asking first about unsaved work (story-opening.ts). */
  leaveStory(verb: string, next: () => boolean | Promise<boolean>): Promise<boolean> {
    return leaveOpenStory(this, this.storyBanners, verb, next);
  }

  /**
   * Replaces the editor's content with an opened story (a new undo history). Another story
   * shows from its beginning, its caret there, as at launch: not scrolled as far down as the
   * story it replaced was. The same story read again (Reload, another encoding) keeps the
   * writer's place: the scroll, and the caret as near where it was as the text allows.
   */
  load(story: OpenedStory): void {
    const same = story.path !== "" && story.path === this.file?.path;
    const scroller = scrollerOf(this.view);
    const top = same ? (scroller?.scrollTop ?? 0) : 0;
    const { doc: before, selection } = this.view.state;
    // In the text, not by position: the scenes may be grouped otherwise until detection.
    const place = textPlaceOf(before, selection.head);
    const doc = this.prepare(story);
    const caret = same ? caretAtPlace(doc, place, selection.head) : undefined;
    this.view.updateState(this.createState(doc, story.text, caret));
    if (scroller) scroller.scrollTop = top;
    this.loaded(story);
  }

  markUntitled(): void {
    this.session.file = null;
  }

  /** Takes an opened story as the open file and builds its document (features adjust it). */
  private prepare(story: OpenedStory): PMNode {
    this.opens++;
    this.session.file = {
      path: story.path,
      name: story.name,
      encoding: story.encoding,
      hash: story.hash,
    };
    this.sidecar = this.session.readSidecar(story);
    let doc = textToDoc(story.text, undefined, readingFor(story.name));
    performance.mark("dw:parsed");
    for (const feature of this.features) doc = feature.prepareDoc?.(this, story, doc) ?? doc;
    performance.mark("dw:prepared");
    this.savedDoc = doc;
    this.sidecarChanged = false;
    this.conflict = false;
    this.workingCopy.opened(story.recovery ?? null, story.path);
    this.editableAgain();
    return doc;
  }

  /** After an opened story shows: its banners, then the features and status bar catch up. */
  private loaded(story: OpenedStory): void {
    performance.mark("dw:rendered");
    // A reopen replaces the last file's questions rather than stacking them.
    this.storyBanners.closeAll();
    // A message was about the story before ("Saved" beside another story would mislead).
    if (this.status.message !== "") this.status.clear();
    this.session.closeQuestions();
    story.warnings.forEach((warning, i) =>
      this.storyBanners.keep(
        `warning-${i}`,
        this.banner(warning, "warning", this.session.encodingActions(story), `warning-${i}`),
      ),
    );
    if (story.recoveryError)
      this.storyBanners.keep(
        "recovery-error",
        this.banner(story.recoveryError, "warning", [], "recovery-error"),
      );
    if (story.recovery) this.session.offerRecovery(story, story.recovery);
    for (const feature of this.features) feature.update?.(this, this.view.state);
    // The caret in the story, where the next key goes, as a start puts it (an open in place
    // left the focus on the menu's opener, a panel, or nowhere once a pressed banner button
    // went); not out of a dialog or a search bar, whose writer is still in it.
    if (!document.querySelector("dialog[open], [role=search]:not([hidden])")) this.view.focus();
    // The counts (a first pass over every word of a novel) follow in the next task: the text
    // shows and takes keys first.
    setTimeout(() => this.refreshStatus(), 0);
    performance.mark("dw:loaded");
  }

  /**
   * Applies a change that does not alter the file's text (detected scenes regrouping the same
   * paragraphs): a story that was saved stays saved.
   */
  dispatchUnchangedText(tr: Transaction): void {
    const wasClean = !this.dirty;
    const before = this.view.state.doc;
    this.view.dispatch(markTextKept(tr));
    this.saver.regrouped(before, this.view.state.doc);
    if (wasClean) {
      this.savedDoc = this.view.state.doc;
      this.refreshStatus();
    }
  }

  /**
   * Replaces the whole text in one undoable step (recovery, reload), with a working copy's
   * `settings` when given (replace-text.ts).
   */
  replaceText(text: string, settings?: KeptSettings, options?: ReplaceOptions): void {
    replaceStoryText(this, this.features, text, settings, options);
  }

  keptDifferences(
    kept: KeptSettings,
    sidecar: Readonly<Record<string, unknown>> = this.sidecar,
  ): readonly string[] {
    return this.features.flatMap((f) => f.keptDifferences?.(kept, sidecar) ?? []);
  }

  /** The sidecar JSON to write with the story, or null when no feature has anything to keep. */
  sidecarText(): string | null {
    const parts: Record<string, unknown> = {};
    for (const feature of this.features) {
      const part = feature.sidecar?.(this);
      if (part !== undefined) parts[feature.name] = part;
    }
    if (Object.keys(parts).length === 0) return null;
    return JSON.stringify({ draftwise: 1, ...parts }, null, 2) + "\n";
  }

  /** Saves to the open file, after any save under way (story-saver.ts). */
  save(
    options: { overwrite?: boolean; allowReplacementCharacters?: boolean } = {},
  ): Promise<boolean> {
    return this.saver.save(options);
  }

  /** Saves to a new file the writer names. */
  saveAs(options: { allowReplacementCharacters?: boolean } = {}): Promise<boolean> {
    return this.saver.saveAs(options);
  }

  /**
   * Shows "Saved" and counts the save on <body data-saves>, which tests wait on. `changes` is
   * `sidecarChanges` as the save read the sidecar: a change since is still unsaved.
   */
  private markSaved(changes: number): void {
    if (this.sidecarChanges === changes) this.sidecarChanged = false;
    this.conflict = false;
    for (const feature of this.features) feature.saved?.(this);
    this.flash("Saved");
    document.body.dataset.saves = String(++this.saves);
  }

  /**
   * Another window opened this story (a second tab of the browser shell's address) and holds
   * its working copy now: two windows writing one copy lose whichever wrote first. This one
   * turns read-only and says so; Open Here takes the story back (asking about unsaved work,
   * whose copy the other window's open offered it). A story opened here edits again.
   */
  heldElsewhere(): void {
    if (this.elsewhere) return;
    this.elsewhere = true;
    this.view.setProps({ editable: () => !this.elsewhere });
    this.session.withdrawRecovery();
    const file = this.file;
    this.storyBanners.keep(
      "held-elsewhere",
      this.banner(
        `"${file?.name ?? "Untitled"}" is open in another Draftwise window, which keeps its unsaved work now. This window is read-only so the two cannot write over each other; carry on there, or open it here.`,
        "warning",
        file
          ? [
              {
                label: "Open Here",
                run: () => this.leaveStory("open it here", () => this.open({ path: file.path })),
              },
            ]
          : [],
        "held-elsewhere",
        false,
      ),
    );
  }

  /**
   * This window saved its story under a name no other window has open (Save As, the way out of
   * a read-only window with unsaved words): it holds that file's working copy and edits again.
   */
  heldHere(path: string): void {
    void this.workingCopy.hold(path);
    this.editableAgain();
  }

  private editableAgain(): void {
    if (!this.elsewhere) return;
    this.elsewhere = false;
    this.view.setProps({ editable: () => !this.elsewhere });
    this.storyBanners.close("held-elsewhere");
  }

  /** The file changed behind the editor's back: never overwrite silently. */
  notifyChangedOnDisk(message?: string): void {
    const file = this.file;
    if (!file) return;
    this.conflict = true;
    this.storyBanners.keep(
      "changed-on-disk",
      this.banner(
        message ?? `"${file.name}" changed on disk.`,
        "warning",
        [
          { label: "Reload", run: () => this.open({ path: file.path }) },
          { label: "Overwrite", run: () => this.save({ overwrite: true }) },
          { label: "Compare", run: () => this.session.compareWithDisk() },
        ],
        "changed-on-disk",
      ),
    );
  }
}
