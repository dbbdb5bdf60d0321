/**
 * The analysis feature: starts the worker, feeds it the writer's settings (the writer-settings
 * plugin's cast and story words, whenever they change, and the dictionaries), and decides what
 * the editor marks (each note kind and the character colours can be switched off). Panels read
 * results through `analysisKey` and listen with `onResult`.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { EditorState, Transaction } from "prosemirror-state";
import type { KeptSettings, OpenedStory } from "../../core/host-api";
import type { App, Feature } from "../editor/feature";
import type { AppCommand } from "../editor/command-registry";
import type { StatusPart } from "../editor/status-bar";
import { analysis, analysisKey, analyzeWhole, reanalyze, type AnalysisSpec } from "./plugin";
import { highlights, redrawHighlights } from "./highlights";
import { noteClass } from "./note-class";
import { colorSlots } from "./palette";
import { castPresence, type Presence } from "./presence";
import { sceneSpans, type SceneSpan } from "../editor/scene-spans";
import type { AnalysisSettings, Dictionaries, DocAnalysis } from "./protocol";
import { WorkerRunner, type AnalysisRunner, type AnalysisStop } from "./runner";
import {
  changeToggles,
  keptDifferences,
  keptSettings,
  loadToggles,
  readWriterSettings,
  restoreKeptSettings,
  settingsOf,
  storeToggles,
  writerSettings,
  type Toggles,
  type WriterSettings,
} from "./writer-settings";

export { NOTE_KINDS, type Toggles } from "./writer-settings";

/** The banner id of the notice that the analysis stopped (one at a time). */
const STOP_NOTICE = "analysis-stopped";

/**
 * The class on the editor and both panels while analysis is off: the marks and lists drawn
 * from its last result are shown greyed (highlights.css), as not up to date.
 */
const OFF_CLASS = "analysis-off";

export interface ResultPresence {
  readonly analysis: DocAnalysis;
  readonly spans: readonly SceneSpan[];
  readonly presence: ReadonlyMap<string, readonly Presence[]>;
}

export class AnalysisController implements Feature {
  readonly name = "analysis";
  private readonly runner: AnalysisRunner;
  /** What the worker was last told. */
  private settings: AnalysisSettings = { cast: [], storyWords: [] };
  /**
   * The writer-settings plugin's value in the latest state this controller saw (the opened
   * story's from `prepareDoc`, before its state exists), for drawing marks.
   */
  private writer: WriterSettings = readWriterSettings({}, loadToggles());
  private slots = new Map<string, number>();
  private presence: ResultPresence | null = null;
  private readonly listeners: ((analysis: DocAnalysis) => void)[] = [];
  private readonly toggleListeners: (() => void)[] = [];
  private app: App | null = null;
  /**
   * Dictionaries went to the runner; the next result the runner counts as its last (`idle`)
   * is spelled.
   */
  private spellingSent = false;
  /** The host was asked for the dictionaries and has not answered yet. */
  private asking = false;
  private spellingPending = true;
  /** The notice of a stopped analysis, while one shows: closed by the next result. */
  private closeStopNotice: (() => void) | null = null;
  /** The worker stopped twice on this story: analysis is off until another story opens. */
  private off = false;

  constructor(runner: AnalysisRunner = new WorkerRunner()) {
    this.runner = runner;
    runner.onStop((stop) => this.stopped(stop));
  }

  plugins(): ReturnType<NonNullable<Feature["plugins"]>> {
    const opening = this.writer;
    return [writerSettings(() => opening), analysis(this.runner), highlights(this.classifier)];
  }

  /** The two switches the View menu shows; they run once the app is mounted. */
  commands(): AppCommand<App>[] {
    return [
      {
        id: "view.highlightCharacters",
        label: "Highlight Characters",
        run: () => {
          this.setToggles({ ...this.getToggles(), mentions: !this.getToggles().mentions });
          return true;
        },
      },
      {
        id: "view.showHints",
        label: "Show Voice Hints",
        run: () => {
          this.setToggles({ ...this.getToggles(), hints: !this.getToggles().hints });
          return true;
        },
      },
    ];
  }

  mount(app: App): void {
    this.app = app;
    this.runner.configure(this.settings);
    this.askDictionaries();
  }

  /**
   * The worker stopped (runner.ts): the writer is told once, calmly; a new worker is sent the
   * settings and dictionaries (the runner) and the whole story again, so the notes, outline and
   * cast come back, spelling notes with the first answer. Given up, analysis is off for this
   * story, and the app counts as settled.
   */
  private stopped(stop: AnalysisStop): void {
    const app = this.app;
    if (!app) return;
    this.closeStopNotice?.();
    if (!stop.restarted) {
      this.setOff(app, true);
      this.spellingPending = false;
      // The banners are a polite live region: this is said to a screen reader once.
      this.closeStopNotice = app.banner(
        "Analysis is off for this story: it stopped twice on this text. Its notes and speaker " +
          "marks are greyed, as they are not up to date. Editing and saving work as before; " +
          `reopening the story tries again. (The error: “${stop.message}”.)`,
        "warning",
        [],
        STOP_NOTICE,
      );
      return;
    }
    this.closeStopNotice = app.banner("Analysis stopped; restarting it.", "info", [], STOP_NOTICE);
    this.askDictionariesUnlessSent();
    analyzeWhole(app.view, this.runner);
  }

  /** Analysis is off (or on again): the marks and panels say whether they are current. */
  private setOff(app: App, off: boolean): void {
    this.off = off;
    const { editor, left, right } = app.elements;
    for (const element of [editor, left, right]) element.classList.toggle(OFF_CLASS, off);
    app.refreshStatus();
  }

  /** While analysis is off, a part that says so, after the notice is dismissed too. */
  status(): readonly StatusPart[] {
    if (!this.off) return [];
    return [
      {
        role: "analysis",
        text: "Analysis off",
        title:
          "The notes and speaker marks are from before the analysis stopped, and not up to " +
          "date. Reopen the story to try again.",
      },
    ];
  }

  /**
   * The dictionaries asked of the host and handed to the runner as they arrive: at mount, and
   * again for a new worker when none ever reached one (`askDictionariesUnlessSent`). At mount
   * they usually arrive before the worker has started (it starts with the story), so the
   * story's first pass is spelled: one pass at opening, where waiting for the first result to
   * send them made a second (about 0.1 s of the worker's CPU and the page's drawing of a
   * second result, on the bundled story).
   */
  private askDictionaries(): void {
    this.spellingSent = false;
    this.spellingPending = true;
    this.asking = true;
    void this.loadDictionaries(this.dictionaries());
  }

  /**
   * A worker started again: the runner sends it the dictionaries it was given; asked again only
   * when the runner never had them and none are on the way (the host failed).
   */
  private askDictionariesUnlessSent(): void {
    if (!this.spellingSent && !this.asking) this.askDictionaries();
  }

  /**
   * A story opens: the worker learns its file name before it reads the text, so a Markdown
   * draft's `#` lines are chapters and an opening chapter is titled as the CLI titles it.
   */
  prepareDoc(app: App, story: OpenedStory, doc: PMNode): PMNode {
    // The story's own cast and words from its sidecar; the switches stay as the writer left them.
    this.writer = readWriterSettings(app.sidecar, this.writer.toggles);
    // Colours are kept within a story's session, not carried into another story.
    this.slots = new Map();
    // Analysis given up on the last story is tried again on this one.
    if (this.off) {
      this.setOff(app, false);
      this.runner.restart();
      this.askDictionariesUnlessSent();
    }
    this.closeStopNotice?.();
    this.closeStopNotice = null;
    this.settings = { ...this.workerPart(this.writer), file: story.name || story.path };
    this.runner.configure(this.settings);
    return doc;
  }

  /** The writer's decisions, kept in the working copy: a crash loses no Cast panel change. */
  keptSettings(app: App): KeptSettings {
    return keptSettings(settingsOf(app.state));
  }

  keptDifferences(kept: KeptSettings, sidecar: Readonly<Record<string, unknown>>): string[] {
    return keptDifferences(kept, sidecar);
  }

  restoreKept(app: App, tr: Transaction, kept: KeptSettings): Transaction {
    return restoreKeptSettings(app.state, tr, kept);
  }

  /** What the worker needs of the writer's settings. */
  private workerPart(settings: WriterSettings): AnalysisSettings {
    return {
      cast: settings.cast.characters,
      corrections: settings.cast.corrections,
      dismissed: settings.cast.dismissed,
      storyWords: settings.storyWords,
    };
  }

  /** The writer changed a setting: the worker learns the cast and words, the marks redraw. */
  private settingsChanged(app: App, before: WriterSettings, now: WriterSettings): void {
    this.writer = now;
    if (now.cast !== before.cast || now.storyWords !== before.storyWords) {
      this.settings = { ...this.settings, ...this.workerPart(now) };
      this.runner.configure(this.settings);
      reanalyze(app.view, this.runner);
    }
    if (now.toggles !== before.toggles) storeToggles(now.toggles);
    if (now.toggles !== before.toggles || now.ignored !== before.ignored) this.redraw();
  }

  update(app: App, previous: EditorState): void {
    const settings = settingsOf(app.state);
    if (settings !== this.writer) this.settingsChanged(app, settingsOf(previous), settings);
    const now = analysisKey.getState(app.state);
    const before = analysisKey.getState(previous);
    if (now?.analysis && now.analysis !== before?.analysis) {
      // A new worker answered: the analysis is back.
      this.closeStopNotice?.();
      this.closeStopNotice = null;
      // A result after the dictionaries went is spelled, or is followed by one that is: the
      // runner is not idle until the worker has taken them (`settled`).
      if (this.spellingSent) this.spellingPending = false;
      const chosen = new Map(
        this.writer.cast.characters.filter((c) => c.color).map((c) => [c.name, c.color!]),
      );
      const slots = colorSlots(
        now.analysis.characters.map((c) => c.name),
        chosen,
        this.slots,
      );
      const changed = JSON.stringify([...slots]) !== JSON.stringify([...this.slots]);
      this.slots = slots;
      // This result was drawn before its colours were known; draw it again with them.
      if (changed) this.redraw();
      for (const listener of this.listeners) listener(now.analysis);
    }
  }

  /**
   * Suggestions for a misspelt word, from the worker's speller: off this thread, which loads
   * no dictionary of its own, and knowing the story's words and cast as the notes do.
   */
  suggestions(word: string): Promise<readonly string[]> {
    return this.runner.suggest(word);
  }

  /** Both dictionaries from the host (a few megabytes of text), for the worker: not kept here. */
  private async dictionaries(): Promise<Dictionaries> {
    if (!this.app) throw new Error("The app is not mounted.");
    const [gb, us] = await Promise.all([
      this.app.host.readDictionary("en-GB"),
      this.app.host.readDictionary("en-US"),
    ]);
    if (!gb.ok) throw new Error(gb.error.message);
    if (!us.ok) throw new Error(us.error.message);
    return [gb.value, us.value];
  }

  /**
   * Hands the dictionaries to the runner when the host answers; a story already sent is
   * analysed again with them (`reanalyze` sends nothing before the first request).
   */
  private async loadDictionaries(asked: Promise<Dictionaries>): Promise<void> {
    try {
      const dictionaries = await asked;
      this.runner.setDictionaries(dictionaries);
      this.spellingSent = true;
      if (this.app) reanalyze(this.app.view, this.runner);
    } catch (err) {
      this.spellingPending = false;
      this.app?.banner((err as Error).message, "warning", [], "dictionaries");
    } finally {
      this.asking = false;
    }
  }

  /**
   * Settled when the latest full result describes the current document and the worker has
   * nothing more on the way: a setting changed (a cast member, a story word, the dictionaries)
   * asks again for the same document, whose old result would otherwise look current.
   */
  settled(app: App): boolean {
    // Off for this story: nothing is under way, nor will be.
    if (this.off) return true;
    const state = analysisKey.getState(app.state);
    return (
      this.runner.idle() &&
      !!state &&
      !state.stale &&
      state.analysis !== null &&
      !state.analysis.partial &&
      !this.spellingPending
    );
  }

  /** The current toggles. */
  getToggles(): Toggles {
    return this.writer.toggles;
  }

  setToggles(toggles: Toggles): void {
    const view = this.app?.view;
    if (view) changeToggles(toggles)(view.state, view.dispatch);
  }

  /** Tells the switches' listeners, and draws the marks again with the current settings. */
  private redraw(): void {
    for (const listener of this.toggleListeners) listener();
    const view = this.app?.view;
    // Not inside the update that may have called this: the redraw is a transaction of its own.
    if (view) queueMicrotask(() => redrawHighlights(view));
  }

  /** Whether notes with this key are left undrawn (Ignore, Ignore for this character). */
  isIgnored(key: string | undefined): boolean {
    return this.writer.isIgnored(key);
  }

  /** Colour slot (0..11) of a character, for chips and legends. */
  colorSlot(name: string): number | undefined {
    return this.slots.get(name);
  }

  /** Hears every change of the toggles (a switch, the menu, colours newly assigned). */
  onToggles(listener: () => void): void {
    this.toggleListeners.push(listener);
  }

  onResult(listener: (analysis: DocAnalysis) => void): void {
    this.listeners.push(listener);
  }

  /**
   * The latest result's scenes (the document's scene nodes when it arrived) and who appears in
   * each: the cast panel and the outline's chips read the same, counted once per result. Ask
   * from `onResult`, while the document is the one the result describes.
   */
  resultPresence(): ResultPresence | null {
    const analysis = this.current();
    if (!analysis || !this.app) return null;
    if (this.presence?.analysis !== analysis) {
      const spans = sceneSpans(this.app.state.doc);
      this.presence = { analysis, spans, presence: castPresence(spans, analysis) };
    }
    return this.presence;
  }

  /**
   * Who appears in each scene of `doc`, counted from the latest result, for a document whose
   * text that result still describes, its scenes regrouped (a merge, a split, the undo of one):
   * the outline's chips follow the regroup at once, not a pass later.
   */
  presenceIn(doc: PMNode): ResultPresence | null {
    const analysis = this.current();
    if (!analysis) return null;
    const spans = sceneSpans(doc);
    return { analysis, spans, presence: castPresence(spans, analysis) };
  }

  current(): DocAnalysis | null {
    return this.app ? (analysisKey.getState(this.app.state)?.analysis ?? null) : null;
  }

  private readonly classifier = (spec: AnalysisSpec): string | null => this.classify(spec);

  private classify(spec: AnalysisSpec): string | null {
    switch (spec.type) {
      case "note":
        return noteClass(spec.note, this.writer.toggles, this.isIgnored(spec.note.key));
      case "mention": {
        const slot = this.slots.get(spec.character);
        return this.writer.toggles.mentions && slot !== undefined ? `dw-cast-${slot}` : null;
      }
      case "speaker": {
        const slot = this.slots.get(spec.character);
        if (!this.writer.toggles.speakers || slot === undefined) return null;
        return spec.guess ? `dw-speaker-${slot} dw-speaker-guess` : `dw-speaker-${slot}`;
      }
      case "quote":
        return null;
    }
  }
}
