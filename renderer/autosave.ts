/**
 * Autosave: the story is saved to its file a couple of seconds after typing stops, as writers
 * expect of Scrivener or Google Docs. A setting, on by default, kept in localStorage with the
 * other preferences (command `file.autosave`, arg "on" / "off", none to toggle). Backups are
 * kept as for any save. It never writes over a file another program changed (the
 * changed-on-disk banner wins), never while a recovered copy waits for the writer's choice,
 * and after a refused save it waits for the writer to save by hand.
 */
import type { EditorState } from "prosemirror-state";
import type { App, Feature } from "./app";
import { Debounce } from "./debounce";
import type { StatusPart } from "./panels/status-bar";

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
  private timer: Debounce | null = null;

  mount(app: App): void {
    this.timer = new Debounce(() => void this.run(app), PAUSE_MS);
    app.commands.register({
      id: "file.autosave",
      label: "Autosave",
      run: (a, arg) => this.set(a, arg === undefined ? !this.on : arg === "on"),
    });
  }

  update(app: App, previous: EditorState): void {
    if (this.on && app.state.doc !== previous.doc) this.timer?.poke();
  }

  saved(): void {
    this.refused = false;
  }

  /** Shown only when off, so the writer knows their file is not kept up to date. */
  status(app: App): readonly StatusPart[] {
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
    const blocked =
      !this.on ||
      this.refused ||
      !app.file ||
      !app.dirty ||
      app.changedOnDisk ||
      app.workingCopy.holding;
    if (blocked) return;
    if (!(await app.save())) this.refused = true;
  }
}

export const autosave = (): Feature => new Autosave();
