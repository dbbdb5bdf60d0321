/**
 * The analysis feature: starts the worker, feeds it the writer's settings (cast, story words,
 * dictionaries), and decides what the editor marks (each note kind and the character colours
 * can be switched off). Panels read results through `analysisKey` and listen with `onResult`.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";
import type { OpenedStory } from "../../core/host-api";
import type { Character, NoteKind } from "../../core/model";
import type { App, Feature } from "../editor/feature";
import { analysis, analysisKey, reanalyze, type AnalysisSpec } from "./plugin";
import { highlights, redrawHighlights } from "./highlights";
import { noteClass } from "./note-class";
import { colorSlots } from "./palette";
import type { AnalysisSettings, Dictionaries, DocAnalysis } from "./protocol";
import { WorkerRunner, type AnalysisRunner } from "./runner";

export const NOTE_KINDS: readonly NoteKind[] = [
  "voice",
  "variant",
  "spelling-mix",
  "spelling",
  "encoding",
  "gloss",
];

export interface Toggles {
  readonly mentions: boolean;
  readonly speakers: boolean;
  readonly notes: Readonly<Record<NoteKind, boolean>>;
  /** Draw hints, the voice notes the analysis is unsure of (see note-class.ts). */
  readonly hints: boolean;
}

const TOGGLES_KEY = "draftwise.highlights";

function loadToggles(): Toggles {
  // Quiet by default: each line's opening quote in its speaker's colour, names tinted on demand.
  const defaults: Toggles = {
    mentions: false,
    speakers: true,
    notes: Object.fromEntries(NOTE_KINDS.map((k) => [k, true])) as Record<NoteKind, boolean>,
    hints: false,
  };
  try {
    const saved = JSON.parse(
      localStorage.getItem(TOGGLES_KEY) ?? "null",
    ) as Partial<Toggles> | null;
    return saved
      ? { ...defaults, ...saved, notes: { ...defaults.notes, ...saved.notes } }
      : defaults;
  } catch {
    return defaults;
  }
}

export class AnalysisController implements Feature {
  readonly name = "analysis";
  private readonly runner: AnalysisRunner;
  private settings: AnalysisSettings = { cast: [], storyWords: [] };
  private toggles: Toggles = loadToggles();
  private slots = new Map<string, number>();
  private ignored = new Set<string>();
  private readonly listeners: ((analysis: DocAnalysis) => void)[] = [];
  private readonly toggleListeners: (() => void)[] = [];
  private app: App | null = null;
  private dictionariesRequested = false;
  /** Dictionaries went to the worker; the next result is the first with spelling notes. */
  private spellingSent = false;
  private spellingPending = true;

  constructor() {
    this.runner = new WorkerRunner();
  }

  plugins(): ReturnType<NonNullable<Feature["plugins"]>> {
    return [analysis(this.runner), highlights(this.classifier)];
  }

  mount(app: App): void {
    this.app = app;
    this.runner.configure(this.settings);
    app.commands.register({
      id: "view.highlightCharacters",
      label: "Highlight Characters",
      run: () => {
        this.setToggles({ ...this.toggles, mentions: !this.toggles.mentions });
        return true;
      },
    });
    app.commands.register({
      id: "view.showHints",
      label: "Show Voice Hints",
      run: () => {
        this.setToggles({ ...this.toggles, hints: !this.toggles.hints });
        return true;
      },
    });
  }

  /**
   * A story opens: the worker learns its file name before it reads the text, so a Markdown
   * draft's `#` lines are chapters and an opening chapter is titled as the CLI titles it.
   */
  prepareDoc(_app: App, story: OpenedStory, doc: PMNode): PMNode {
    this.settings = { ...this.settings, file: story.name || story.path };
    this.runner.configure(this.settings);
    return doc;
  }

  update(app: App, previous: EditorState): void {
    const now = analysisKey.getState(app.state);
    const before = analysisKey.getState(previous);
    if (now?.analysis && now.analysis !== before?.analysis) {
      // Spelling waits for the first result: the story opens and is analysed without it.
      if (!this.dictionariesRequested) {
        this.dictionariesRequested = true;
        void this.loadDictionaries(app);
      } else if (this.spellingSent) this.spellingPending = false;
      const chosen = new Map(
        this.settings.cast.filter((c) => c.color).map((c) => [c.name, c.color!]),
      );
      const slots = colorSlots(
        now.analysis.characters.map((c) => c.name),
        chosen,
      );
      const changed = JSON.stringify([...slots]) !== JSON.stringify([...this.slots]);
      this.slots = slots;
      // This result was drawn before its colours were known; draw it again with them.
      if (changed) this.setToggles(this.toggles);
      for (const listener of this.listeners) listener(now.analysis);
    }
  }

  /**
   * Both dictionaries from the host (a few megabytes of text). They are not kept here: the
   * worker keeps its speller, and the notes card asks again for its rare suggestions.
   */
  async dictionaries(): Promise<Dictionaries> {
    if (!this.app) throw new Error("The app is not mounted.");
    const [gb, us] = await Promise.all([
      this.app.host.readDictionary("en-GB"),
      this.app.host.readDictionary("en-US"),
    ]);
    if (!gb.ok) throw new Error(gb.error.message);
    if (!us.ok) throw new Error(us.error.message);
    return [gb.value, us.value];
  }

  /** Sends the dictionaries to the worker once the story is open and analysed. */
  private async loadDictionaries(app: App): Promise<void> {
    try {
      this.runner.setDictionaries(await this.dictionaries());
      this.spellingSent = true;
      reanalyze(app.view, this.runner);
    } catch (err) {
      this.spellingPending = false;
      app.banner((err as Error).message, "warning", [], "dictionaries");
    }
  }

  /** Settled when the latest full result describes the current document. */
  settled(app: App): boolean {
    const state = analysisKey.getState(app.state);
    return (
      !!state &&
      !state.stale &&
      state.analysis !== null &&
      !state.analysis.partial &&
      !this.spellingPending
    );
  }

  /** The current toggles. */
  getToggles(): Toggles {
    return this.toggles;
  }

  setToggles(toggles: Toggles): void {
    this.toggles = toggles;
    localStorage.setItem(TOGGLES_KEY, JSON.stringify(toggles));
    for (const listener of this.toggleListeners) listener();
    const view = this.app?.view;
    // Not inside the update that may have called this: the redraw is a transaction of its own.
    if (view) queueMicrotask(() => redrawHighlights(view));
  }

  /** Notes with these keys are not drawn (Ignore, Ignore for this character). */
  setIgnored(keys: Iterable<string>): void {
    this.ignored = new Set(keys);
    this.setToggles(this.toggles);
  }

  /** A stored key also covers the longer keys under it: "voice:gonna" covers "voice:gonna:Spike". */
  isIgnored(key: string | undefined): boolean {
    if (key === undefined || this.ignored.size === 0) return false;
    for (let end = key.length; end > 0; end = key.lastIndexOf(":", end - 1)) {
      if (this.ignored.has(key.slice(0, end))) return true;
    }
    return false;
  }

  /** Changes what the worker knows (the cast, story words) and re-analyses. */
  updateSettings(change: Partial<AnalysisSettings>): void {
    this.settings = { ...this.settings, ...change };
    this.runner.configure(this.settings);
    if (this.app) reanalyze(this.app.view, this.runner);
  }

  getSettings(): AnalysisSettings {
    return this.settings;
  }

  setCast(cast: readonly Character[]): void {
    this.updateSettings({ cast });
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

  current(): DocAnalysis | null {
    return this.app ? (analysisKey.getState(this.app.state)?.analysis ?? null) : null;
  }

  private readonly classifier = (spec: AnalysisSpec): string | null => this.classify(spec);

  private classify(spec: AnalysisSpec): string | null {
    switch (spec.type) {
      case "note":
        return noteClass(spec.note, this.toggles, this.isIgnored(spec.note.key));
      case "mention": {
        const slot = this.slots.get(spec.character);
        return this.toggles.mentions && slot !== undefined ? `dw-cast-${slot}` : null;
      }
      case "speaker": {
        const slot = this.slots.get(spec.character);
        if (!this.toggles.speakers || slot === undefined) return null;
        return spec.guess ? `dw-speaker-${slot} dw-speaker-guess` : `dw-speaker-${slot}`;
      }
      case "quote":
        return null;
    }
  }
}

/** The one analysis controller of the app. */
export const analysisController = new AnalysisController();
