/**
 * The writer's decisions about a story, held in one place: the cast (characters, speaker
 * corrections, dismissed names), ignored notes, story-dictionary words, and the display
 * switches. One ProseMirror plugin owns them; features change them with `changeSettings` and
 * read them with `settingsOf`, and the analysis controller hands the worker its part whenever
 * they change. They are read from and written to the story's sidecar here (its "cast" and
 * "notes" parts); the switches are the app's, kept in localStorage across stories.
 */
import { Plugin, PluginKey, type Command, type EditorState } from "prosemirror-state";
import { Step, StepMap, StepResult } from "prosemirror-transform";
import type { Node as PMNode } from "prosemirror-model";
import { closeHistory } from "prosemirror-history";
import type { Character, NoteKind, Voice } from "../../core/model";
import type { SpeakerCorrection } from "../../core/cast/corrections";
import { markTextKept } from "../editor/same-text";

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

/** The line a correction is for: its paragraph's hash and its words. */
export type CorrectedLine = Omit<SpeakerCorrection, "speaker">;

/** `cast` with `line`'s correction set to `correction`, or removed when it is null. */
function withCorrection(
  cast: WriterCast,
  line: CorrectedLine,
  correction: SpeakerCorrection | null,
): WriterCast {
  const others = cast.corrections.filter(
    (c) => c.paragraph !== line.paragraph || c.quote !== line.quote,
  );
  return { ...cast, corrections: correction ? [...others, correction] : others };
}

/**
 * `cast` with `adds` joined at its end (unless a character of that name is there) and `drops`
 * taken out, but only while it is exactly as it was added: a character the writer has changed
 * since (an alias, a voice, a rename) is theirs now and stays.
 */
function withAdoption(
  cast: WriterCast,
  adds: Character | null,
  drops: Character | null,
): WriterCast {
  let characters = cast.characters;
  if (drops) {
    const same = JSON.stringify(drops);
    characters = characters.filter((c) => c.name !== drops.name || JSON.stringify(c) !== same);
  }
  // Not over a character who has the name since (redo after a rename leaves it as an alias).
  if (adds && !characters.some((c) => c.name === adds.name || c.aliases.includes(adds.name)))
    characters = [...characters, adds];
  return characters === cast.characters ? cast : { ...cast, characters };
}

/**
 * A speaker correction as a step of the story's history, so that Ctrl+Z takes it back like any
 * edit, in its place among the text's edits, and Ctrl+Shift+Z makes it again. The step leaves
 * the document as it is (the very same node); the writer-settings plugin reads it from the
 * transaction and sets its line's correction to `after`. It holds the line's correction only,
 * not the whole cast, so undoing it keeps whatever else changed in the cast since (a rename, a
 * voice), which are not undo steps. A correction naming a character only found by the analysis
 * first adopts that character into the cast (`adds`); its undo takes the character out again
 * (`drops`) when the writer has not changed it since.
 */
export class CorrectionStep extends Step {
  constructor(
    readonly line: CorrectedLine,
    /** The line's correction before the step, null for none. */
    readonly before: SpeakerCorrection | null,
    readonly after: SpeakerCorrection | null,
    /** The character the step adds to the cast, as added. */
    readonly adds: Character | null = null,
    /** The character the step takes out of the cast, if unchanged since it was added. */
    readonly drops: Character | null = null,
  ) {
    super();
  }

  apply(doc: PMNode): StepResult {
    return StepResult.ok(doc);
  }

  override getMap(): StepMap {
    return StepMap.empty;
  }

  invert(): CorrectionStep {
    return new CorrectionStep(this.line, this.after, this.before, this.drops, this.adds);
  }

  map(): CorrectionStep {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return {
      stepType: "speakerCorrection",
      line: this.line,
      before: this.before,
      after: this.after,
      adds: this.adds,
      drops: this.drops,
    };
  }

  static override fromJSON(_schema: unknown, json: Record<string, unknown>): CorrectionStep {
    return new CorrectionStep(
      json.line as CorrectedLine,
      json.before as SpeakerCorrection | null,
      json.after as SpeakerCorrection | null,
      (json.adds ?? null) as Character | null,
      (json.drops ?? null) as Character | null,
    );
  }
}

Step.jsonID("speakerCorrection", CorrectionStep);

/**
 * Records the writer's speaker for a line as one undo step of its own (see `CorrectionStep`); a
 * correction of the same line is replaced, and undo puts it back. `adopted`, a character only
 * found until now, joins the cast in the same step (and leaves it on undo).
 */
export function recordCorrection(
  correction: SpeakerCorrection,
  adopted: Character | null = null,
): Command {
  return (state, dispatch) => {
    const settings = writerSettingsKey.getState(state);
    if (!settings) return false;
    const line = { paragraph: correction.paragraph, quote: correction.quote };
    const before =
      settings.cast.corrections.find(
        (c) => c.paragraph === line.paragraph && c.quote === line.quote,
      ) ?? null;
    // Never merged into the typing just before it: its own step, its own Ctrl+Z.
    if (dispatch)
      dispatch(
        markTextKept(
          closeHistory(state.tr).step(new CorrectionStep(line, before, correction, adopted)),
        ),
      );
    return true;
  };
}

/** The plugin that holds the settings; `initial` gives the opened story's. */
export function writerSettings(initial: () => WriterSettings): Plugin<WriterSettings> {
  return new Plugin<WriterSettings>({
    key: writerSettingsKey,
    state: {
      init: initial,
      apply(tr, value) {
        const change = tr.getMeta(writerSettingsKey) as Partial<WriterSettingsFields> | undefined;
        let next = change ? new WriterSettings({ ...value, ...change }) : value;
        // A correction, or its undo or redo from the history.
        for (const step of tr.steps)
          if (step instanceof CorrectionStep)
            next = new WriterSettings({
              ...next,
              cast: withCorrection(
                withAdoption(next.cast, step.adds, step.drops),
                step.line,
                step.after,
              ),
            });
        return next;
      },
    },
  });
}

export function settingsOf(state: EditorState): WriterSettings {
  return writerSettingsKey.getState(state) ?? DEFAULT_SETTINGS;
}

/** Changes some of the settings (not an edit of the text: no undo step). */
export function changeSettings(change: Partial<WriterSettingsFields>): Command {
  return (state, dispatch) => {
    if (!writerSettingsKey.getState(state)) return false;
    dispatch?.(state.tr.setMeta(writerSettingsKey, change).setMeta("addToHistory", false));
    return true;
  };
}
