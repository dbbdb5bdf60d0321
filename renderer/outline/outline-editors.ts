/**
 * In-place editors for an outline row: the title, synopsis and status show as plain buttons and
 * turn into a form control only while the writer edits them. A novel's outline has hundreds of
 * rows, and a textarea and a select in each made Chromium composite and lay out all of them on
 * every keystroke in the story.
 */
import type { Command } from "prosemirror-state";
import {
  renameScene,
  SCENE_STATUSES,
  setStatus,
  setSynopsis,
  type SceneStatus,
} from "./scene-commands";
import { el } from "../ui/dom";

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * Swaps `shown` for `field` until the edit ends: Enter (or a choice in a select) commits,
 * Escape cancels, leaving the field commits. `commit` returns whether the change applied; when
 * it did not, `shown` comes back (when it did, the panel re-renders the row itself).
 */
function editInPlace(
  shown: HTMLElement,
  field: Field,
  commit: (value: string) => boolean,
  done: () => void,
): void {
  let finished = false;
  const finish = (save: boolean): void => {
    if (finished) return;
    finished = true;
    const applied = save && commit(field.value);
    if (!applied && field.isConnected) field.replaceWith(shown);
    done();
  };
  (field as HTMLElement).addEventListener("keydown", (e) => {
    e.stopPropagation();
    if (e.key === "Escape" || (e.key === "Enter" && !e.shiftKey)) {
      e.preventDefault();
      finish(e.key === "Enter");
    }
  });
  if (field instanceof HTMLSelectElement) field.addEventListener("change", () => finish(true));
  field.addEventListener("blur", () => finish(!(field instanceof HTMLSelectElement)));
  shown.replaceWith(field);
  field.focus();
  if (field instanceof HTMLSelectElement) {
    // Opens the list at once where the browser allows it (it needs the click's activation).
    try {
      field.showPicker();
    } catch {
      // Not allowed here: the focused select opens with the keyboard or another click.
    }
  } else field.select();
}

/** A row's field as a plain button (out of the tab order: the row is the tab stop). */
function fieldButton(className: string, role: string, text: string): HTMLButtonElement {
  const button = el("button", className, text);
  button.type = "button";
  button.dataset.role = role;
  button.tabIndex = -1;
  return button;
}

/** The scene's title as a button; click or F2 renames. */
export function titleButton(title: string): HTMLButtonElement {
  const button = fieldButton("outline-title", "title", title || "Untitled scene");
  button.title = `${title} (click to rename)`;
  return button;
}

export function renameInPlace(
  shown: HTMLElement,
  index: number,
  current: string,
  commit: (value: string) => boolean,
  done: () => void,
): void {
  const input = el("input", "outline-rename");
  input.value = current;
  input.setAttribute("aria-label", `Rename scene ${index + 1}`);
  input.dataset.role = "rename";
  editInPlace(shown, input, commit, done);
}

/** Edits a chapter's title: the part of its heading line after the number (`current`). */
export function renameChapterInPlace(
  shown: HTMLElement,
  heading: string,
  current: string,
  commit: (value: string) => boolean,
  done: () => void,
): void {
  const input = el("input", "outline-rename outline-chapter-rename");
  input.value = current;
  input.placeholder = "Chapter title";
  input.setAttribute("aria-label", `Rename chapter ${heading}`);
  input.dataset.role = "rename";
  editInPlace(shown, input, commit, done);
}

/** The synopsis as a button: its text, or a prompt shown on the current or hovered row. */
export function synopsisButton(index: number, synopsis: string): HTMLButtonElement {
  const button = fieldButton("outline-synopsis", "synopsis", synopsis || "Synopsis…");
  button.classList.toggle("empty", !synopsis);
  button.setAttribute(
    "aria-label",
    synopsis
      ? `Synopsis of scene ${index + 1}: ${synopsis}`
      : `Add a synopsis to scene ${index + 1}`,
  );
  return button;
}

export function editSynopsisInPlace(
  shown: HTMLElement,
  index: number,
  current: string,
  commit: (value: string) => boolean,
  done: () => void,
): void {
  const box = el("textarea", "outline-synopsis-input");
  box.dataset.role = "synopsis";
  box.rows = 2;
  box.placeholder = "Synopsis…";
  box.value = current;
  box.setAttribute("aria-label", `Synopsis of scene ${index + 1}`);
  editInPlace(shown, box, commit, done);
}

/** The status as a small badge button; click opens the choice. */
export function statusButton(status: SceneStatus): HTMLButtonElement {
  const button = fieldButton("outline-status", "status", status);
  button.setAttribute("aria-label", `Status: ${status} (click to change)`);
  return button;
}

export function chooseStatusInPlace(
  shown: HTMLElement,
  current: SceneStatus,
  commit: (value: SceneStatus) => boolean,
  done: () => void,
): void {
  const select = el("select", "outline-status-input");
  select.dataset.role = "status";
  select.setAttribute("aria-label", "Status");
  for (const s of SCENE_STATUSES) {
    const option = el("option", "", s);
    option.value = s;
    option.selected = s === current;
    select.append(option);
  }
  editInPlace(shown, select, (value) => commit(value as SceneStatus), done);
}

/**
 * Opens the editor for scene `index`'s title, synopsis or status (`role`) in place of `shown`;
 * `run` applies the command a change makes, and `done` ends the edit.
 */
export function editSceneInPlace(
  shown: HTMLElement,
  index: number,
  role: string,
  scene: { readonly storedTitle: string; readonly synopsis: string; readonly status: SceneStatus },
  run: (command: Command) => boolean,
  done: () => void,
): void {
  if (role === "title")
    // The field holds the title as stored, marks and all (the row shows it without them).
    renameInPlace(shown, index, scene.storedTitle, (v) => run(renameScene(index, v)), done);
  else if (role === "synopsis")
    editSynopsisInPlace(shown, index, scene.synopsis, (v) => run(setSynopsis(index, v)), done);
  else if (role === "status")
    chooseStatusInPlace(shown, scene.status, (v) => run(setStatus(index, v)), done);
}
