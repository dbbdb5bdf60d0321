/**
 * Notes in the editor as an app feature: the hover card, the Notes panel, F8 / Shift+F8, the
 * per-kind switches, and the writer's decisions (ignored notes, the story dictionary), which
 * live in the sidecar and are handed to the analysis controller on open.
 */
import type { NoteKind } from "../../core/model";
import type { Speller } from "../../core/notes";

/** Suggestions need a speller on this thread: loaded with the first spelling card only. */
const spelling = () => import("../../core/notes/spelling");
import { editorCommand } from "../editor/editor-command";
import type { App, Feature } from "../editor/feature";
import { analysisController } from "../analysis/controller";
import { noteClass } from "../analysis/note-class";
import type { LocalNote } from "../analysis/protocol";
import { selectNote, stepNote, type NoteFilter } from "./commands";
import type { AppCommand } from "../editor/command-registry";
import { sceneSpans } from "../editor/scene-spans";
import { isWarning, NotesPanel } from "./panel";
import { noteHover, openNoteCard } from "./note-hover";

/** The notes part of the sidecar. */
export interface NotesSidecar {
  /** Ignore keys (see `ignoreKeysOf`); a key covers the longer keys under it. */
  readonly ignored: readonly string[];
  /** Words the writer added to the story dictionary. */
  readonly storyWords: readonly string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Reads the sidecar part leniently: a damaged entry loses only itself. */
export function readNotesSidecar(value: unknown): NotesSidecar {
  const data =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  return { ignored: strings(data.ignored), storyWords: strings(data.storyWords) };
}

/** The notes drawn in the story, which F8 steps through and the card opens on. */
const shown: NoteFilter = (note) =>
  noteClass(note, analysisController.getToggles(), analysisController.isIgnored(note.key)) !== null;
/** F8 steps through warnings only: glosses and unsure notes are information, asked for apart. */
const shownWarning: NoteFilter = (note) => isWarning(note) && shown(note);

/** Runs `work` when the main thread is idle (loading dictionaries takes a few hundred ms). */
function whenIdle<T>(work: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = (): void => {
      try {
        resolve(work());
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  });
}

/** The notes feature. One instance per app. */
export function notesFeature(): Feature {
  let ignored = new Set<string>();
  /** The app, once mounted: ignores and dictionary words are unsaved changes to its sidecar. */
  let owner: App | null = null;
  let storyWords: string[] = [];
  let panel: NotesPanel | null = null;
  // The worker has its own speller; suggestions are rare enough to load one here on first use.
  let speller: Promise<Speller> | null = null;

  const loadSpeller = (): Promise<Speller> => {
    speller ??= analysisController.dictionaries().then(async (dictionaries) => {
      const { createSpeller } = await spelling();
      return whenIdle(() => createSpeller(dictionaries));
    });
    speller.catch(() => (speller = null));
    return speller;
  };

  const suggested = new Map<string, Promise<readonly string[]>>();
  // nspell's suggest can take a few hundred ms on a long typo: once per word, when idle.
  const suggestions = (note: LocalNote): Promise<readonly string[]> => {
    let found = suggested.get(note.text);
    if (!found) {
      found = loadSpeller().then(async (speller) => {
        const { suggestSpelling } = await spelling();
        return whenIdle(() => suggestSpelling(note.text, speller));
      });
      found.catch(() => suggested.delete(note.text));
      suggested.set(note.text, found);
    }
    return found;
  };

  const apply = (): void => {
    analysisController.setIgnored(ignored);
    panel?.update();
  };

  const ignore = (key: string): void => {
    ignored = new Set(ignored).add(key);
    apply();
    owner?.markSidecarChanged();
  };

  const addToDictionary = (word: string): void => {
    if (storyWords.includes(word)) return;
    storyWords = [...storyWords, word];
    analysisController.updateSettings({ storyWords });
    owner?.markSidecarChanged();
  };

  const setOn = (kind: NoteKind, on: boolean): void => {
    const toggles = analysisController.getToggles();
    analysisController.setToggles({ ...toggles, notes: { ...toggles.notes, [kind]: on } });
    panel?.update();
  };

  const reveal = (app: App, note: LocalNote): void => {
    if (selectNote(note)(app.view.state, app.view.dispatch, app.view)) app.view.focus();
    else app.flash("That note is no longer in the text; the list updates after the next check.");
  };

  /** F8 and its variants: a step through the notes a filter lets through. */
  const step = (
    id: string,
    label: string,
    keys: string,
    direction: 1 | -1,
    filter: NoteFilter,
  ): AppCommand<App> => editorCommand({ id, label, keys }, stepNote(direction, filter));

  const commands: AppCommand<App>[] = [
    step("notes.next", "Next Note", "F8", 1, shownWarning),
    step("notes.previous", "Previous Note", "Shift-F8", -1, shownWarning),
    step("notes.nextAny", "Next Note or Gloss", "Mod-F8", 1, shown),
    step("notes.previousAny", "Previous Note or Gloss", "Mod-Shift-F8", -1, shown),
    editorCommand(
      { id: "notes.showCard", label: "Show Note at Cursor", keys: "Alt-Enter" },
      openNoteCard(shown),
    ),
  ];

  return {
    name: "notes",
    plugins: () => [
      noteHover(shown, {
        ignore,
        addToDictionary,
        // The cast is the cast feature's: it adds the character, and the name stops being a typo.
        addToCast: (word) => void owner?.commands.run("cast.add", word),
        suggestions,
      }),
    ],
    commands: () => commands,
    mount(app) {
      owner = app;
      const body = app.panels.add("notes", "Notes", "right");
      panel = new NotesPanel(body, {
        isOn: (kind) => analysisController.getToggles().notes[kind],
        setOn,
        isIgnored: (note) => analysisController.isIgnored(note.key),
        ignoredCount: () => ignored.size,
        restoreIgnored: () => {
          ignored = new Set();
          apply();
          app.markSidecarChanged();
        },
        reveal: (note) => reveal(app, note),
        current: () => analysisController.current(),
        scenes: () => sceneSpans(app.state.doc),
      });
      if (!app.commands.get("view.notes"))
        app.commands.register({
          id: "view.notes",
          label: "Notes",
          run: (a) => {
            a.panels.toggle("notes");
            return true;
          },
        });
      // The panel reads the result current when it draws: a hidden panel holds no old result.
      analysisController.onResult(() =>
        app.panels.whenVisible("notes", () => panel?.update(analysisController.current())),
      );
      panel.update(analysisController.current());
    },
    // A split or a merge renumbers the scenes without a new analysis: one integer compared.
    update(app, previous) {
      if (app.state.doc.childCount !== previous.doc.childCount)
        app.panels.whenVisible("notes", () => panel?.update());
    },
    prepareDoc(app, _story, doc) {
      const saved = readNotesSidecar(app.sidecar.notes);
      ignored = new Set(saved.ignored);
      storyWords = [...saved.storyWords];
      analysisController.setIgnored(ignored);
      analysisController.updateSettings({ storyWords });
      return doc;
    },
    sidecar: (): NotesSidecar | undefined =>
      ignored.size === 0 && storyWords.length === 0
        ? undefined
        : { ignored: [...ignored].sort(), storyWords },
  };
}
