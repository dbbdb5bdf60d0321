/**
 * The document window's life: a new untitled story, closing, dropping a draft on the window.
 */
import type { RecoveredWork } from "../../core/host-api";
import type { App } from "../editor/feature";
import type { AppCommand } from "../editor/command-registry";
import { displayKeys } from "../ui/help-dialog";
import { hasNativeMenu } from "../ui/shell";

/**
 * An empty story that has never been saved: Save asks where to put it. `work` starts it with
 * unsaved work (an untitled story recovered after a crash: its text and settings, as one undo
 * step). Without it, an earlier untitled story's unsaved work is offered as any story's is, and
 * kept until the writer chooses.
 */
export async function newStory(app: App, work?: RecoveredWork): Promise<true> {
  const earlier = work ? null : await app.host.untitledWorkingCopy();
  const recovery = earlier?.ok && earlier.value ? earlier.value : undefined;
  app.load({
    path: "",
    name: "Untitled.txt",
    text: "",
    encoding: "utf-8",
    hash: "",
    warnings: [],
    sidecar: null,
    ...(recovery ? { recovery } : {}),
  });
  app.markUntitled();
  if (work) app.replaceText(work.text, work.settings);
  app.refreshStatus();
  app.view.focus();
  return true;
}

export const windowCommands: AppCommand<App>[] = [
  {
    id: "file.new",
    label: "New",
    keys: "Mod-n",
    // Argument "discard" skips the question (tests, scripts). Applied when the story was
    // replaced: not while the unsaved-changes question waits.
    run: async (app, arg) => {
      if (arg !== "discard") return app.leaveStory("new", () => newStory(app));
      await app.workingCopy.flush();
      return newStory(app);
    },
  },
  {
    id: "file.close",
    label: "Close",
    keys: "Mod-w",
    // Argument "save": the shell asked on close and the writer chose Save. Otherwise the
    // shell asks (close-guard.ts), after the working copy is written.
    run: async (app, arg) => {
      if (arg === "save" && !(await app.save())) return false;
      await app.workingCopy.flush();
      window.close();
      // A browser lets a page close only a window it opened, or a fresh app window: in a tab
      // the writer opened the address in, Close did nothing at all. (Electron's always closes.)
      if (!window.closed && !hasNativeMenu())
        app.banner(
          `The browser did not let Draftwise close this tab: close it with ${displayKeys("Mod-w")}.`,
          "info",
          [],
          "close-refused",
        );
      return true;
    },
  },
];

/** What the Electron preload adds for dropped files (absent in a plain browser). */
interface ShellBridge {
  openDroppedFile(file: File): Promise<boolean>;
}

/** Opens a draft dropped anywhere on the window (Electron only: a page cannot see paths). */
export function installFileDrop(app: App): void {
  const shell = (window as unknown as { draftwiseShell?: ShellBridge }).draftwiseShell;
  const hasFiles = (event: DragEvent): boolean => !!event.dataTransfer?.types.includes("Files");
  window.addEventListener(
    "dragover",
    (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = shell ? "copy" : "none";
    },
    true,
  );
  window.addEventListener(
    "drop",
    (event) => {
      if (!hasFiles(event)) return;
      // Dropped files never go into the text; text drags are ProseMirror's.
      event.preventDefault();
      event.stopPropagation();
      const file = event.dataTransfer!.files[0];
      if (!file || !shell) return;
      void shell.openDroppedFile(file).then((ok) => {
        if (!ok)
          app.banner(`"${file.name}" is not a text or Markdown draft.`, "warning", [], "drop");
      });
    },
    true,
  );
}
