/** The outline's head: its heading, the scene count, the buttons that act at the cursor. */
import { el } from "../ui/dom";

/**
 * The head, with `filters` (the filter bar's controls) at its end; `count` is where the panel
 * shows how many scenes there are (or match).
 */
export function outlineHead(
  runCommand: (id: string) => void,
  filters: HTMLElement,
): { head: HTMLElement; count: HTMLElement } {
  const head = el("header", "outline-head");
  const title = el("h2", "outline-heading", "Outline");
  const count = el("span", "outline-count");
  const actions = el("div", "outline-actions");
  const button = (label: string, command: string, title: string): HTMLButtonElement => {
    const b = el("button", "outline-action", label);
    b.type = "button";
    b.title = title;
    b.dataset.command = command;
    // Keep the editor's selection: the command acts on the scene at the cursor.
    b.addEventListener("mousedown", (e) => e.preventDefault());
    b.addEventListener("click", () => runCommand(command));
    return b;
  };
  actions.append(
    button("Split", "outline.split", "Split the scene at the cursor"),
    button("Chapter", "outline.chapterBreak", "Add a chapter break at the cursor"),
    button("Merge", "outline.merge", "Merge the scene at the cursor into the previous one"),
    button("Re-detect", "outline.redetect", "Detect scenes again (your own boundaries stay)"),
  );
  head.append(title, count, actions, filters);
  return { head, count };
}
