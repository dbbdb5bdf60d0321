/**
 * The writer's decisions about a story, held in one place: the cast (characters, speaker
 * corrections, dismissed names), ignored notes, story-dictionary words, and the display
 * switches. One ProseMirror plugin owns them; features change them with `changeSettings` (an
 * undo step) or `changeToggles` and read them with `settingsOf`, and the analysis controller hands the worker its part whenever
 * they change. They are read from and written to the story's sidecar here (its "cast" and
 * "notes" parts); the switches are the app's, kept in localStorage across stories.
 */
import {
  Plugin,
  PluginKey,
  type Command,
  type EditorState,
  type Transaction,
} from "prosemirror-state";
import { Step, StepMap, StepResult } from "prosemirror-transform";
import type { Node as PMNode } from "prosemirror-model";
import { closeHistory } from "prosemirror-history";
import type { KeptSettings } from "../../core/host-api";
import type { Character, NoteKind, Voice } from "../../core/model";
import type { SpeakerCorrection } from "../../core/cast/corrections";
import { markTextKept } from "../editor/same-text";
import { sameData } from "../../core/same-data";

export interface WriterCast {
  readonly characters: readonly Character[];
  readonly corrections: readonly SpeakerCorrection[];
  /** Found names the writer deleted: discovery must not bring them back. */
  readonly dismissed: readonly string[];
}

export const EMPTY_CAST: WriterCast = { characters: [], corrections: [], dismissed: [] };

/** What the editor marks: each note kind, character names and speakers can be switched off. */
export interface Toggles {
  readonly mentions: boolean;
  readonly speakers: boolean;
  readonly notes: Readonly<Record<NoteKind, boolean>>;
  /** Draw hints, the voice notes the analysis is unsure of (see note-class.ts). */
  readonly hints: boolean;
}

export const NOTE_KINDS: readonly NoteKind[] = [
  "voice",
  "variant",
  "spelling-mix",
  "spelling",
  "encoding",
  "gloss",
];

const TOGGLES_KEY = "draftwise.highlights";

/** Quiet by default: each line's opening quote in its speaker's colour, names tinted on demand. */
function defaultToggles(): Toggles {
  return {
    mentions: false,
    speakers: true,
    notes: Object.fromEntries(NOTE_KINDS.map((k) => [k, true])) as Record<NoteKind, boolean>,
    hints: false,
  };
}

/** The switches as last set, from localStorage; the defaults without them. */
export function loadToggles(): Toggles {
  const defaults = defaultToggles();
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

export function storeToggles(toggles: Toggles): void {
  try {
    localStorage.setItem(TOGGLES_KEY, JSON.stringify(toggles));
  } catch {
    // Storage can be disabled; the switches then last for the session.
  }
}

export interface WriterSettingsFields {
  readonly cast: WriterCast;
  /** Ignore keys (see `ignoreKeysOf`); a key covers the longer keys under it. */
  readonly ignored: readonly string[];
  /** Words the writer added to the story dictionary. */
  readonly storyWords: readonly string[];
  readonly toggles: Toggles;
}

export class WriterSettings implements WriterSettingsFields {
  readonly cast: WriterCast;
  readonly ignored: readonly string[];
  readonly storyWords: readonly string[];
  readonly toggles: Toggles;
  private ignoredSet: ReadonlySet<string> | null = null;

  constructor(fields: WriterSettingsFields) {
    this.cast = fields.cast;
    this.ignored = fields.ignored;
    this.storyWords = fields.storyWords;
    this.toggles = fields.toggles;
  }

  /** A stored key also covers the longer keys under it: "voice:gonna" covers "voice:gonna:Spike". */
  isIgnored(key: string | undefined): boolean {
    if (key === undefined || this.ignored.length === 0) return false;
    const ignored = (this.ignoredSet ??= new Set(this.ignored));
    for (let end = key.length; end > 0; end = key.lastIndexOf(":", end - 1)) {
      if (ignored.has(key.slice(0, end))) return true;
    }
    return false;
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const VOICES: readonly Voice[] = ["british", "american", "unknown"];

/** Reads the cast part of the sidecar leniently: a damaged entry loses only itself. */
export function readCastSidecar(value: unknown): WriterCast {
  const data =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const characters: Character[] = [];
  for (const raw of Array.isArray(data.characters) ? (data.characters as unknown[]) : []) {
    if (typeof raw !== "object" || raw === null) continue;
    const c = raw as Record<string, unknown>;
    if (typeof c.name !== "string" || !c.name.trim() || characters.some((k) => k.name === c.name))
      continue;
    characters.push({
      name: c.name,
      aliases: strings(c.aliases),
      voice: VOICES.includes(c.voice as Voice) ? (c.voice as Voice) : "unknown",
      ...(typeof c.color === "string" ? { color: c.color } : {}),
      ...(typeof c.notes === "string" ? { notes: c.notes } : {}),
    });
  }
  const corrections: SpeakerCorrection[] = [];
  for (const raw of Array.isArray(data.corrections) ? (data.corrections as unknown[]) : []) {
    if (typeof raw !== "object" || raw === null) continue;
    const c = raw as Record<string, unknown>;
    if (
      typeof c.paragraph === "string" &&
      typeof c.quote === "string" &&
      (typeof c.speaker === "string" || c.speaker === null)
    ) {
      corrections.push({ paragraph: c.paragraph, quote: c.quote, speaker: c.speaker });
    }
  }
  return { characters, corrections, dismissed: strings(data.dismissed) };
}

/** The sidecar part, or undefined when the writer has not touched the cast. */
export function castSidecar(cast: WriterCast): WriterCast | undefined {
  return cast.characters.length + cast.corrections.length + cast.dismissed.length === 0
    ? undefined
    : cast;
}

/** The notes part of the sidecar. */
export interface NotesSidecar {
  readonly ignored: readonly string[];
  readonly storyWords: readonly string[];
}

/** Reads the notes part of the sidecar leniently: a damaged entry loses only itself. */
export function readNotesSidecar(value: unknown): NotesSidecar {
  const data =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  return { ignored: strings(data.ignored), storyWords: strings(data.storyWords) };
}

/** The notes part, or undefined when the writer has ignored nothing and added no word. */
export function notesSidecar(settings: WriterSettingsFields): NotesSidecar | undefined {
  return settings.ignored.length === 0 && settings.storyWords.length === 0
    ? undefined
    : { ignored: [...settings.ignored].sort(), storyWords: settings.storyWords };
}

/** The settings a story opens with: its sidecar's cast and notes parts, and the app's switches. */
export function readWriterSettings(
  sidecar: Readonly<Record<string, unknown>>,
  toggles: Toggles,
): WriterSettings {
  const notes = readNotesSidecar(sidecar.notes);
  return new WriterSettings({
    cast: readCastSidecar(sidecar.cast),
    ignored: notes.ignored,
    storyWords: notes.storyWords,
    toggles,
  });
}

export const writerSettingsKey = new PluginKey<WriterSettings>("writerSettings");

const DEFAULT_SETTINGS = new WriterSettings({
  cast: EMPTY_CAST,
  ignored: [],
  storyWords: [],
  toggles: defaultToggles(),
});

/**
 * The settings that are the writer's decisions about this story, saved in its sidecar: each
 * change of them is an undo step. The switches are the app's and are not.
 */
export type StoryDecisions = Partial<Pick<WriterSettingsFields, "cast" | "ignored" | "storyWords">>;

/**
 * A change of the writer's decisions as a step of the story's history, so that Ctrl+Z takes it
 * back like any edit, in its place among the text's edits, and Ctrl+Shift+Z makes it again: a
 * speaker correction, a Cast panel change (a rename with the titles it rewrites, in the same
 * transaction), an Ignore, a word added to the story dictionary. The step leaves the document
 * as it is (the very same node); the writer-settings plugin reads it from the transaction and
 * sets the parts it names to `after`. It holds each part it changes whole, before and after:
 * every change of those parts is such a step, so when history undoes one, the parts are as
 * it left them, and putting `before` back is exact (a deleted character returns with its
 * aliases, voice, colour and the corrections that named it, in its place).
 */
export class SettingsStep extends Step {
  constructor(
    readonly before: StoryDecisions,
    readonly after: StoryDecisions,
  ) {
    super();
  }

  apply(doc: PMNode): StepResult {
    return StepResult.ok(doc);
  }

  override getMap(): StepMap {
    return StepMap.empty;
  }

  invert(): SettingsStep {
    return new SettingsStep(this.after, this.before);
  }

  map(): SettingsStep {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { stepType: "writerSettings", before: this.before, after: this.after };
  }

  static override fromJSON(_schema: unknown, json: Record<string, unknown>): SettingsStep {
    return new SettingsStep(json.before as StoryDecisions, json.after as StoryDecisions);
  }
}

Step.jsonID("writerSettings", SettingsStep);

/**
 * A transaction making `change` as one undo step of its own (see `SettingsStep`), never merged
 * into the typing just before it; null where no settings plugin runs. A caller may add steps
 * that belong to the same change (a rename's titles) before dispatching it. A change that
 * leaves every part as it was (a voice chosen again) gets no step: Ctrl+Z would seem to do
 * nothing.
 */
export function settingsChange(state: EditorState, change: StoryDecisions): Transaction | null {
  const settings = writerSettingsKey.getState(state);
  if (!settings) return null;
  const step = settingsStep(settings, change);
  return step ? markTextKept(closeHistory(state.tr).step(step)) : state.tr;
}

/** The step that makes `change` over `settings`; null when it leaves every part as it was. */
function settingsStep(settings: WriterSettings, change: StoryDecisions): SettingsStep | null {
  const parts = Object.keys(change) as (keyof StoryDecisions)[];
  if (parts.every((part) => sameData(settings[part], change[part]))) return null;
  const before: Record<string, unknown> = {};
  for (const part of parts) before[part] = settings[part];
  return new SettingsStep(before, change);
}

/**
 * Adds `change` to `tr`, a transaction that changes the text too (a Replace All that renames a
 * character): one undo step takes back both. False when the change leaves every part as it was
 * or no settings plugin runs.
 */
export function addSettingsChange(
  state: EditorState,
  tr: Transaction,
  change: StoryDecisions,
): boolean {
  const settings = writerSettingsKey.getState(state);
  const step = settings && settingsStep(settings, change);
  if (!step) return false;
  tr.step(step);
  return true;
}

/**
 * The writer's decisions as a working copy keeps them: the sidecar's "cast" and "notes" parts
 * as Save writes them, null for a part Save leaves out (host-api.ts: `KeptSettings`).
 */
export function keptSettings(settings: WriterSettingsFields): KeptSettings {
  return { cast: castSidecar(settings.cast) ?? null, notes: notesSidecar(settings) ?? null };
}

/** The decisions a working copy kept, read as a sidecar is (leniently; a missing part is none). */
function keptDecisions(kept: KeptSettings): Required<StoryDecisions> {
  const { cast, ignored, storyWords } = readWriterSettings(kept, defaultToggles());
  return { cast, ignored, storyWords };
}

/**
 * What of the decisions a working copy kept differs from `sidecar` (the open story's, as
 * read from disk), named for the writer: "the cast", "ignored notes", "the story dictionary".
 */
export function keptDifferences(
  kept: KeptSettings,
  sidecar: Readonly<Record<string, unknown>>,
): string[] {
  const mine = keptDecisions(kept);
  const disk = readWriterSettings(sidecar, defaultToggles());
  const names: [keyof StoryDecisions, string][] = [
    ["cast", "the cast"],
    ["ignored", "ignored notes"],
    ["storyWords", "the story dictionary"],
  ];
  return names.filter(([part]) => !sameData(mine[part], disk[part])).map(([, name]) => name);
}

/**
 * Adds to `tr` the step that puts back the decisions a working copy kept (none when they are
 * the ones `state` holds): restoring recovered work, in the same undo step as its text.
 */
export function restoreKeptSettings(
  state: EditorState,
  tr: Transaction,
  kept: KeptSettings,
): Transaction {
  const settings = writerSettingsKey.getState(state);
  const step = settings ? settingsStep(settings, keptDecisions(kept)) : null;
  return step ? tr.step(step) : tr;
}

/** The plugin that holds the settings; `initial` gives the opened story's. */
export function writerSettings(initial: () => WriterSettings): Plugin<WriterSettings> {
  return new Plugin<WriterSettings>({
    key: writerSettingsKey,
    state: {
      init: initial,
      apply(tr, value) {
        const toggles = tr.getMeta(writerSettingsKey) as Toggles | undefined;
        let next = toggles ? new WriterSettings({ ...value, toggles }) : value;
        // A change of the writer's decisions, or its undo or redo from the history.
        for (const step of tr.steps)
          if (step instanceof SettingsStep) next = new WriterSettings({ ...next, ...step.after });
        return next;
      },
    },
  });
}

export function settingsOf(state: EditorState): WriterSettings {
  return writerSettingsKey.getState(state) ?? DEFAULT_SETTINGS;
}

/** Changes some of the writer's decisions, as one undo step (see `SettingsStep`). */
export function changeSettings(change: StoryDecisions): Command {
  return (state, dispatch) => {
    const tr = settingsChange(state, change);
    if (!tr) return false;
    dispatch?.(tr);
    return true;
  };
}

/** Sets the display switches: the app's, not the story's, so no undo step. */
export function changeToggles(toggles: Toggles): Command {
  return (state, dispatch) => {
    if (!writerSettingsKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(writerSettingsKey, toggles).setMeta("addToHistory", false));
    return true;
  };
}
