/**
 * The outline's head: its heading, the scene count, and the buttons that act on a scene: the
 * one whose row the writer chose in the list (`act` knows which), else the one at the cursor.
 */
import { el } from "../ui/dom";

/** The scene the head's buttons act on, as their tooltips name it (null: the caret's). */
export interface ChosenScene {
  readonly index: number;
  readonly title: string;
}

/**
 * The head, with `filters` (the filter bar's controls) at its end; `count` is where the panel
 * shows how many scenes there are (or match), `choose` retitles the buttons for a chosen scene.
 * `act` runs a button's command; Ctrl+Z and Ctrl+Y on a button undo and redo in the story
 * (`runCommand`), as on a row: after Merge from the keyboard, the focus is here.
 */
export function outlineHead(
  act: (id: string) => void,
  runCommand: (id: string) => void,
  filters: HTMLElement,
): { head: HTMLElement; count: HTMLElement; choose: (scene: ChosenScene | null) => void } {
  const head = el("header", "outline-head");
  const title = el("h2", "outline-heading", "Outline");
  const count = el("span", "outline-count");
  const actions = el("div", "outline-actions");
  const button = (label: string, command: string, title: string): HTMLButtonElement => {
    const b = el("button", "outline-action", label);
    b.type = "button";
    b.title = title;
    b.dataset.command = command;
    // The focus stays where it is: on the chosen row, or in the story at its caret.
    b.addEventListener("mousedown", (e) => e.preventDefault());
    b.addEventListener("click", () => act(command));
    return b;
  };
  const split = button("Split", "outline.split", "");
  const chapter = button("Chapter", "outline.chapterBreak", "");
  const merge = button("Merge", "outline.merge", "");
  actions.append(
    split,
    chapter,
    merge,
    button("Re-detect", "outline.redetect", "Detect scenes again (your own boundaries stay)"),
  );
  actions.addEventListener("keydown", (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== "z" && key !== "y") return;
    e.preventDefault();
    runCommand(key === "z" && !e.shiftKey ? "edit.undo" : "edit.redo");
  });
  const choose = (scene: ChosenScene | null): void => {
    const which = scene ? `scene ${scene.index + 1}, “${scene.title}”,` : "the scene";
    split.title = `Split ${which} at the cursor`;
    chapter.title = scene
      ? `Add a chapter break in ${which} at the cursor`
      : "Add a chapter break at the cursor";
    merge.title = scene
      ? `Merge ${which} into the one before`
      : "Merge the scene at the cursor into the previous one";
  };
  choose(null);
  head.append(title, count, actions, filters);
  return { head, count, choose };
}
