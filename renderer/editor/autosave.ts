/**
 * Autosave: the story is saved to its file a couple of seconds after typing stops (or after a
 * change to its cast or notes), as writers expect of Scrivener or Google Docs. A setting, on by
 * default, kept in localStorage with the other preferences (command `file.autosave`, arg "on" /
 * "off", none to toggle). Backups are kept as for any save. It never writes over a file another
 * program changed (the changed-on-disk banner wins), never while a recovered copy waits for the
 * writer's choice, and after a refused save, or an earlier version brought back, it waits for
 * the writer to save by hand.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin, type EditorState } from "prosemirror-state";
import type { OpenedStory } from "../../core/host-api";
import type { AppCommand } from "./command-registry";
import type { App, Feature } from "./feature";
import { Debounce } from "./debounce";
import { RestoreHold } from "./restore-hold";
import type { StatusPart } from "./status-bar";

/** Quiet time after the last keystroke before the file is saved. */
const PAUSE_MS = 2000;
const SETTING_KEY = "draftwise.autosave";

function readSetting(): boolean {
  try {
    return localStorage.getItem(SETTING_KEY) !== "off";
  } catch {
    return true;
  }
}

class Autosave implements Feature {
  readonly name = "autosave";
  private on = readSetting();
  /** A save autosave started was refused (encoding, consent): the writer saves by hand next. */
  private refused = false;
  /** Why the last autosave did not run, shown in the status bar until the next save or open. */
  private paused: string | null = null;
  private timer: Debounce | null = null;
  /** An earlier version brought back since the last save, and not undone: saved by hand. */
  private readonly hold = new RestoreHold();

  plugins(): Plugin[] {
    // Reads the restore mark and the undo steps; the text is the document's, as any edit's.
    return [
      new Plugin({
        appendTransaction: (trs, _old, state) => {
          this.hold.note(trs, state);
          return null;
        },
      }),
    ];
  }

  mount(app: App): void {
    this.timer = new Debounce(() => void this.run(app), PAUSE_MS);
  }

  commands(): AppCommand<App>[] {
    return [
      {
        id: "file.autosave",
        label: "Autosave",
        run: (a, arg) => {
          this.set(a, arg === undefined ? !this.on : arg === "on");
          return true;
        },
      },
    ];
  }

  update(app: App, previous: EditorState): void {
    if (this.on && app.state.doc !== previous.doc) this.timer?.poke();
  }

  /**
   * A change in the Cast panel, an Ignore or a story word leaves the text as it was but shows
   * the story unsaved: it is saved after the same pause as typing, sidecar and all (the story's
   * bytes are written unchanged, and no backup is kept of identical bytes).
   */
  sidecarChanged(): void {
    if (this.on) this.timer?.poke();
  }

  saved(): void {
    this.refused = false;
    this.hold.clear();
    this.paused = null;
  }

  prepareDoc(_app: App, _story: OpenedStory, doc: PMNode): PMNode {
    this.timer?.cancel();
    this.refused = false;
    this.hold.clear();
    this.paused = null;
    return doc;
  }

  /** Shown only when off or paused, so the writer knows their file is not kept up to date. */
  status(app: App): readonly StatusPart[] {
    if (this.on && this.paused)
      return [{ role: "autosave", text: "Autosave paused", title: this.paused }];
    if (this.on) return [];
    return [
      {
        role: "autosave",
        text: "Autosave off",
        title: "Click to save to the file automatically when typing pauses",
        onClick: () => this.set(app, true),
      },
    ];
  }

  private set(app: App, on: boolean): void {
    this.on = on;
    localStorage.setItem(SETTING_KEY, on ? "on" : "off");
    if (!on) this.timer?.cancel();
    app.refreshStatus();
  }

  private async run(app: App): Promise<void> {
    if (!this.on || !app.file || !app.dirty) return;
    this.paused = app.changedOnDisk
      ? "The file changed on disk: reload it or overwrite it first."
      : app.workingCopy.holding
        ? "Unsaved work from an earlier session waits: restore or discard it first."
        : this.refused
          ? "The last save needed your answer: save by hand (Ctrl+S)."
          : this.hold.held
            ? "An earlier version was brought back: save by hand (Ctrl+S) to keep it."
            : null;
    if (this.paused) return app.refreshStatus();
    if (!(await app.save())) this.refused = true;
  }
}

export const autosave = (): Feature => new Autosave();
