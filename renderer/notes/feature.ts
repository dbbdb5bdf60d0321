/**
 * Notes in the editor as an app feature: the hover card, the Notes panel, F8 / Shift+F8, the
 * per-kind switches, and the writer's decisions (ignored notes, the story dictionary), which
 * the writer-settings plugin holds and this feature writes to the sidecar's "notes" part.
 */
import type { NoteKind } from "../../core/model";
import { editorCommand } from "../editor/editor-command";
import type { App, Feature } from "../editor/feature";
import type { AnalysisController } from "../analysis/controller";
import { noteClass } from "../analysis/note-class";
import { changeSettings, notesSidecar, settingsOf } from "../analysis/writer-settings";
import type { LocalNote } from "../analysis/protocol";
import { selectNote, stepNote, type NoteFilter } from "./commands";
import type { AppCommand } from "../editor/command-registry";
import { sceneSpans } from "../editor/scene-spans";
import { isWarning, NotesPanel } from "./panel";
import { noteHover, openNoteCard } from "./note-hover";

/** The cast feature's command that opens the card of the line at the caret. */
const LINE_SPEAKER = "cast.lineSpeaker";

/** The notes feature. One instance per app. */
export function notesFeature(analysisController: AnalysisController): Feature {
  /** The notes drawn in the story, which F8 steps through and the card opens on. */
  const shown: NoteFilter = (note) =>
    noteClass(note, analysisController.getToggles(), analysisController.isIgnored(note.key)) !==
    null;
  /** F8 steps through warnings only: glosses and unsure notes are information, asked for apart. */
  const shownWarning: NoteFilter = (note) => isWarning(note) && shown(note);
  /** The app, once mounted: ignores and dictionary words are unsaved changes to its sidecar. */
  let owner: App | null = null;
  let panel: NotesPanel | null = null;
  /**
   * Suggestions per word, asked of the analysis worker once: its speller knows the story's
   * words and cast, so a new cast or story word forgets them (update()).
   */
  let suggested = new Map<string, Promise<readonly string[]>>();
  const suggestions = (note: LocalNote): Promise<readonly string[]> => {
    let found = suggested.get(note.text);
    if (!found) {
      const asked = suggested;
      found = analysisController.suggestions(note.text);
      found.catch(() => asked.delete(note.text));
      suggested.set(note.text, found);
    }
    return found;
  };

  /** Changes the writer's settings as one undo step; update() marks the sidecar as unsaved. */
  const change = (settings: Parameters<typeof changeSettings>[0]): void => {
    if (owner) changeSettings(settings)(owner.view.state, owner.view.dispatch);
  };

  const ignore = (key: string): void => {
    if (!owner) return;
    const { ignored } = settingsOf(owner.state);
    if (!ignored.includes(key)) change({ ignored: [...ignored, key] });
    else owner.markSidecarChanged();
    panel?.update();
  };

  const addToDictionary = (word: string): void => {
    if (!owner) return;
    const { storyWords } = settingsOf(owner.state);
    if (!storyWords.includes(word)) change({ storyWords: [...storyWords, word] });
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
    {
      id: "notes.showCard",
      label: "Show Note at Cursor",
      keys: "Alt-Enter",
      // On a line of dialogue that carries no note, the line's card with its speaker: Alt+Enter
      // is the key a writer tries there first, and it did nothing.
      run: (app) =>
        openNoteCard(shown)(app.view.state, app.view.dispatch, app.view) ||
        app.commands.runForKey(LINE_SPEAKER),
      enabled: (app) => openNoteCard(shown)(app.view.state) || app.commands.canRun(LINE_SPEAKER),
    },
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
        ignoredCount: () => settingsOf(app.state).ignored.length,
        restoreIgnored: () => {
          change({ ignored: [] });
          panel?.update();
        },
        reveal: (note) => reveal(app, note),
        addToDictionary,
        current: () => analysisController.current(),
        scenes: () => sceneSpans(app.state.doc),
      });
      // The panel reads the result current when it draws: a hidden panel holds no old result.
      analysisController.onResult(() =>
        app.panels.whenVisible("notes", () => panel?.update(analysisController.current())),
      );
      panel.update(analysisController.current());
    },
    prepareDoc(_app, _story, doc) {
      panel?.forgetStory();
      suggested = new Map();
      return doc;
    },
    update(app, previous) {
      const now = settingsOf(app.state);
      const before = settingsOf(previous);
      if (now.cast !== before.cast || now.storyWords !== before.storyWords) suggested = new Map();
      // An Ignore or a story word, or its undo or redo: the sidecar's notes part changed.
      if (now.ignored !== before.ignored || now.storyWords !== before.storyWords) {
        app.markSidecarChanged();
        return app.panels.whenVisible("notes", () => panel?.update());
      }
      // A split or a merge renumbers the scenes without a new analysis: one integer compared.
      if (app.state.doc.childCount !== previous.doc.childCount)
        app.panels.whenVisible("notes", () => panel?.update());
    },
    sidecar: (app) => notesSidecar(settingsOf(app.state)),
  };
}
