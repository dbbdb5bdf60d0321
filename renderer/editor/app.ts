/**
 * The application controller: owns the editor view, the open file and its save state, and
 * talks to the host. Features (outline, cast, notes...) plug in through `Feature`: they add
 * ProseMirror plugins and mount panels, and hear about opens and saves; the controller knows
 * none of them by name.
 */
import { baseKeymap } from "prosemirror-commands";
import { closeHistory, history } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
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
import { renderStatus, TypingRefresh } from "./status-bar";
import { quoteStyle } from "./quote-style";
import { storyCard } from "./story-card";
import { emphasisMarks, showsEmphasis } from "./emphasis-marks";
import { sceneViews } from "./scene-view";
import { clipboardTextPlugin } from "./clipboard-text";
import { wrapSplits } from "./wrap-split";
import { wrapJoins } from "./wrap-joins";
import { scrollerOf } from "./scroller";
import { docToText, readingFor, textToDoc } from "./story-doc";
import { FileSession } from "./file-session";
import type { App, AppElements, Feature, OpenFile } from "./feature";
import { WorkingCopyKeeper } from "./working-copy";
import { changesDocument, keepsText, markTextKept } from "./same-text";
import { caretOnFocus } from "./caret-on-focus";
import { caretAtPlace, textPlaceOf } from "./caret-near";

/** How long a status message ("Saved", a refusal) stays before it fades; an edit clears it sooner. */
export const MESSAGE_MS = 5000;

export class AppController implements App {
  readonly commands: CommandRegistry<App>;
  readonly panels: PanelHost;
  view!: EditorView;
  /** The open file, its recovery and encoding questions, and the Compare panel. */
  readonly session: FileSession = new FileSession(this);
  /** The parsed sidecar of the open story, for features to read on open. */
  sidecar: Record<string, unknown> = {};
  private savedDoc: PMNode | null = null;
  /**
   * The document a save in flight is writing, moved along by scenes regrouped around the same
   * text while it waits: the save then leaves the regrouped document clean, not the one before.
   */
  private writing: PMNode | null = null;
  private saves = 0;
  /** The save under way, if any: the next one waits for it. */
  private saving: Promise<boolean> = Promise.resolve(true);
  /** Takes down the banner of the last failed save, if it is up (`saveFailed`). */
  private closeFailedSave: (() => void) | null = null;
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
  private statusMessage = "";
  private messageTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly status = new TypingRefresh(() => this.drawStatus());
  /** The file changed on disk and the writer has not yet reloaded or overwritten it. */
  private conflict = false;
  /** Whether the status bar shows the story as unsaved: that change shows at once. */
  private shownDirty = false;

  constructor(
    readonly host: HostApi,
    readonly elements: AppElements,
    private readonly features: readonly Feature[],
  ) {
    this.commands = new CommandRegistry<App>(this);
    this.panels = new PanelHost(elements.left, elements.right);
    this.workingCopy = new WorkingCopyKeeper(host, () => ({
      path: this.file?.path ?? "",
      dirty: this.dirty,
      text: () => this.text(),
      settings: () =>
        Object.assign({}, ...this.features.map((f) => f.keptSettings?.(this))) as KeptSettings,
    }));
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
      plugins: [
        ...this.features.flatMap((f) => f.plugins?.(this) ?? []),
        quoteStyle(),
        // One card over a stretch of the story (the quote card, a note's card; story-card.ts).
        storyCard(),
        // *Emphasis* in italics, in a Markdown draft or a plain-text one that marks italics so.
        emphasisMarks(showsEmphasis(this.file?.name, text ?? doc)),
        sceneViews(),
        // A copy's plain text keeps line breaks, and a hard-wrapped draft's wraps as spaces.
        clipboardTextPlugin(),
        history(),
        // A caret set while another control had the focus is the one the focus comes back to.
        caretOnFocus(),
        wrapSplits(),
        // A wrap after a closed dash ("well-|known") is drawn as nothing, as exported.
        wrapJoins(),
        // Backspace straight after Enter beside a wrap break puts it back (wrap-split.ts).
        // ProseMirror's own editing keys (Backspace, Delete, select all...), beneath the
        // registry's keys (command-keymap.ts), which are bound in one place.
        keymap(baseKeymap),
      ],
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
    this.host.onHostEvent((event) => {
      if (event.type === "command") this.runFromNativeMenu(event.command, event.arg);
      if (event.type === "open-file")
        void this.leaveStory("open", () => this.open({ path: event.path }));
      if (event.type === "file-changed") this.notifyChangedOnDisk();
      // A backup, working copy or outline file could not be written: never fail silently.
      if (event.type === "safety-net") this.banner(event.message, "warning", [], "safety-net");
    });
    window.addEventListener("beforeunload", (event) => {
      // The shell asks next (close-guard.ts); the working copy is written whatever the answer.
      void this.workingCopy.flush();
      if (this.dirty) event.preventDefault();
    });
    if (first) this.loaded(first);
    else this.refreshStatus();
  }

  /**
   * The native menu cannot grey out what does not apply (its items are built once, in main),
   * so a command chosen there that cannot run says why in the status bar instead of nothing.
   */
  private runFromNativeMenu(id: string, arg?: string): void {
    const command = this.commands.get(id);
    if (command?.unavailable && !this.commands.canRun(id)) this.flash(command.unavailable);
    else void this.commands.run(id, arg);
  }

  private dispatch(tr: Transaction): void {
    const previous = this.view.state;
    this.view.updateState(previous.apply(tr));
    for (const feature of this.features) feature.update?.(this, previous);
    // A settings step alone (a voice, Ignore, their undo) pokes the working copy through
    // `markSidecarChanged`, which the features call for it.
    const edited = changesDocument(tr);
    if (edited) this.workingCopy.changed();
    // "Saved" beside a story edited since, or an old refusal, would mislead: the edit clears it.
    // Scenes regrouped around the same text, and settings steps, are no edit: the message stays.
    if (edited && !keepsText(tr) && this.statusMessage !== "") this.clearMessage();
    if (tr.docChanged && this.dirty === this.shownDirty) this.status.soon();
    else if (tr.docChanged || tr.selectionSet) this.refreshStatus();
  }

  refreshStatus(): void {
    this.status.now();
  }

  private drawStatus(): void {
    const dirty = this.dirty;
    this.shownDirty = dirty;
    renderStatus(this.elements.status, {
      fileName: this.file?.name ?? "Untitled",
      dirty,
      state: this.view.state,
      message: this.statusMessage,
      extra: this.features.flatMap((f) => f.status?.(this) ?? []),
    });
    const title = `${dirty ? "• " : ""}${this.file?.name ?? "Untitled"} — Draftwise`;
    if (document.title !== title) document.title = title;
  }

  /** Shows `message` in the status bar until the next edit, or `MESSAGE_MS` at most. */
  flash(message: string): void {
    this.statusMessage = message;
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => this.clearMessage(), MESSAGE_MS);
    this.refreshStatus();
  }

  private clearMessage(): void {
    clearTimeout(this.messageTimer);
    this.statusMessage = "";
    this.status.soon();
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

  showError(error: HostError, actions: BannerAction[] = []): void {
    if (error.code !== "cancelled") this.banner(error.message, "error", actions, error.code);
  }

  /**
   * Opens a story through the host; on failure the current story stays as it was. Unsaved
   * work is backed up first, so reopening (Reload, another encoding) offers it back.
   * `reading` is a read already under way (at launch the file is read while the app mounts).
   */
  async open(
    request: OpenRequest = {},
    reading?: Promise<HostResult<OpenedStory>>,
  ): Promise<boolean> {
    await this.workingCopy.flush();
    performance.mark("dw:open");
    const result = await (reading ?? this.host.openStory(request));
    performance.mark("dw:read");
    if (!result.ok) {
      // Too large is asked too: a save may have grown the story past the limit, and the
      // writer must never be locked out of their own file.
      if (result.error.code === "needs-confirmation" || result.error.code === "too-large") {
        this.banner(
          result.error.message,
          "warning",
          [{ label: "Open anyway", run: () => this.open({ ...request, confirmLarge: true }) }],
          result.error.code === "too-large" ? "too-large" : "large",
        );
      } else
        this.showError(result.error, this.session.openErrorActions(request.path, result.error));
      return false;
    }
    this.load(result.value);
    return true;
  }

  /**
   * Every way of leaving the story (New, Open, a recent, dropped or handed-over file) comes
   * here: the working copy is written first (a crash while the question is open loses
   * nothing), then unsaved work is asked about before `next` replaces the story. Reopening the
   * same file (Reload, another encoding) uses `open` alone. Answers whether the story was
   * replaced now (`next`'s answer): false when the question was asked, whatever the writer
   * answers later.
   */
  async leaveStory(verb: string, next: () => boolean | Promise<boolean>): Promise<boolean> {
    await this.workingCopy.flush();
    if (!this.dirty) return next();
    this.storyBanners.keep(
      "unsaved-changes",
      this.banner(
        `"${this.file?.name ?? "Untitled"}" has unsaved changes.`,
        "warning",
        [
          {
            label: `Save, then ${verb}`,
            run: async () => {
              if (await this.save()) await next();
            },
          },
          {
            label: "Discard changes",
            run: async () => {
              // The writer let these changes go; a recovered copy still on offer is not theirs to lose.
              if (!this.workingCopy.holding)
                await this.host.discardWorkingCopy(this.file?.path ?? "");
              await next();
            },
          },
        ],
        "unsaved-changes",
      ),
    );
    return false;
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
    return doc;
  }

  /** After an opened story shows: its banners, then the features and status bar catch up. */
  private loaded(story: OpenedStory): void {
    performance.mark("dw:rendered");
    // A reopen replaces the last file's questions rather than stacking them.
    this.storyBanners.closeAll();
    // A message was about the story before ("Saved" beside another story would mislead).
    if (this.statusMessage !== "") this.clearMessage();
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
    if (this.writing === before) this.writing = this.view.state.doc;
    if (wasClean) {
      this.savedDoc = this.view.state.doc;
      this.refreshStatus();
    }
  }

  /**
   * Replaces the whole text in one undoable step (recovery, reload). With `settings` (a working
   * copy's), the writer's settings go back in the same step, and a text that is already the
   * story's is left as it is.
   */
  replaceText(text: string, settings?: KeptSettings): void {
    const { state } = this.view;
    let tr = state.tr;
    const replaced = !settings || text !== this.text();
    if (replaced) {
      let doc = textToDoc(text, undefined, readingFor(this.file?.name));
      for (const feature of this.features) doc = feature.relayout?.(this, doc) ?? doc;
      tr.replaceWith(0, state.doc.content.size, doc.content);
    }
    if (settings) {
      // One undo step of its own: never merged into the typing before it.
      tr = closeHistory(tr);
      for (const feature of this.features) tr = feature.restoreKept?.(this, tr, settings) ?? tr;
      // The settings alone are no edit of the text, as a settings change is not.
      if (!replaced) tr = markTextKept(tr);
    }
    if (tr.steps.length === 0) return;
    // The whole document replaced maps the caret to its end: keep it where it was instead, at
    // its place in the text as a reload of the same story does (a restored split or regrouping
    // before it moves every position after it).
    const place = textPlaceOf(state.doc, state.selection.head);
    this.view.dispatch(tr.setSelection(caretAtPlace(tr.doc, place, state.selection.head)));
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
    if (!this.file) return this.saveAs();
    await this.workingCopy.saving();
    const doc = this.view.state.doc;
    const changes = this.sidecarChanges;
    const opens = this.opens;
    this.writing = doc;
    const result = await this.host.saveStory({
      path: this.file.path,
      text: docToText(doc),
      encoding: this.file.encoding,
      expectedHash: options.overwrite ? null : this.file.hash,
      sidecar: this.sidecarText(),
      ...(options.allowReplacementCharacters ? { allowReplacementCharacters: true } : {}),
    });
    const written = this.writing ?? doc;
    this.writing = null;
    if (this.opens !== opens) return this.savedBehind(result);
    if (!result.ok) {
      if (result.error.code === "changed-on-disk") this.notifyChangedOnDisk(result.error.message);
      else
        this.saveFailed(
          result.error,
          this.session.saveErrorActions(result.error, (consent) =>
            this.save({ ...options, ...consent }),
          ),
        );
      return false;
    }
    this.storyBanners.close("changed-on-disk");
    this.closeSaveFailure();
    this.session.closeCompare();
    this.session.file = { ...this.file, hash: result.value.hash };
    this.savedDoc = written;
    this.markSaved(changes);
    this.workingCopy.saved();
    return true;
  }

  /**
   * Says why a save failed ("nothing was saved"), in a banner the next save that succeeds takes
   * down: left up, it told the writer a story they had since saved was still unsaved.
   */
  private saveFailed(error: HostError, actions: BannerAction[]): void {
    if (error.code === "cancelled") return;
    this.closeSaveFailure();
    this.closeFailedSave = this.banner(error.message, "error", actions, error.code);
  }

  private closeSaveFailure(): void {
    this.closeFailedSave?.();
    this.closeFailedSave = null;
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
    const doc = this.view.state.doc;
    const previous = this.file;
    const changes = this.sidecarChanges;
    const opens = this.opens;
    this.writing = doc;
    const result = await this.host.saveStoryAs({
      suggestedName: previous?.name ?? "Untitled.txt",
      text: docToText(doc),
      encoding: previous?.encoding ?? "utf-8",
      sidecar: this.sidecarText(),
      ...(options.allowReplacementCharacters ? { allowReplacementCharacters: true } : {}),
    });
    const written = this.writing ?? doc;
    this.writing = null;
    if (this.opens !== opens) return this.savedBehind(result);
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
    this.savedDoc = written;
    this.markSaved(changes);
    this.workingCopy.saved();
    // The unsaved work now lives in the new file; the old file's (or the untitled) copy is
    // stale, unless it is a recovered copy on offer: that is the old story's, not this work.
    if (previous?.path !== result.value.path && !this.workingCopy.holding)
      void this.host.discardWorkingCopy(previous?.path ?? "");
    return true;
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
