/**
 * File > Earlier Versions…: the versions saves of this story replaced (kept by the host, the
 * last five), each with when it was kept, its words against the text now, its opening and the
 * first paragraph where it differs, and a Restore button. A native <dialog> (help-dialog.ts):
 * focus moves in, Escape closes it. Restoring puts the version in the editor as one undo step
 * and writes nothing (versions.ts).
 */
import type { EarlierVersion } from "../../core/host-api";
import { el } from "../ui/dom";
import { showDialog } from "../ui/help-dialog";
import { firstDifference, openingOf, whenKept, wordsAgainst } from "./version-summary";

/** A kept version with its text, as the dialog shows it. */
export interface ShownVersion {
  readonly version: EarlierVersion;
  /** Null when it could not be read (removed since it was listed): shown, not restorable. */
  readonly text: string | null;
}

export const VERSIONS_DIALOG = "earlier-versions";

function sizeOf(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
}

/** One version: its time as the heading, what it holds, and Restore. */
function versionItem(
  shown: ShownVersion,
  index: number,
  when: string,
  now: { text: string; words: number },
  restore: (shown: ShownVersion, when: string) => void,
): HTMLLIElement {
  const { version, text } = shown;
  const item = el("li", "version");
  const heading = el("h3", "version-when", when);
  heading.id = `${VERSIONS_DIALOG}-v${index}`;
  const facts = el(
    "p",
    "version-facts",
    `${wordsAgainst(version.words, now.words)} · ${sizeOf(version.bytes)}`,
  );
  item.append(heading, facts);
  const button = el("button", "version-restore", "Restore");
  button.type = "button";
  button.setAttribute("aria-describedby", heading.id);
  if (text === null) {
    item.append(el("p", "version-note", "This version can no longer be read."));
    button.disabled = true;
  } else {
    const change = firstDifference(text, now.text);
    const opening = el("p", "version-opening");
    opening.append(el("span", "version-label", "Opens: "), openingOf(text) || "(empty)");
    // A first paragraph that differs is shown once, where it parts from the text now.
    if (change?.number !== 1 || change.removed || change.line !== undefined) item.append(opening);
    const differs = el("p", "version-change");
    if (change === null) {
      differs.textContent = "Reads the same as the text now.";
      button.disabled = true;
    } else {
      const label = change.removed
        ? `Ends before paragraph ${change.number}, which now reads: `
        : change.endsBeforeLine
          ? `Ends before paragraph ${change.number}, line ${change.line}, which now reads: `
          : change.line !== undefined
            ? `Paragraph ${change.number}, line ${change.line} differs: `
            : change.number === 1
              ? "Opens, differing from now: "
              : `Paragraph ${change.number} differs: `;
      differs.append(el("span", "version-label", label), change.paragraph);
    }
    item.append(differs);
  }
  button.addEventListener("click", () => restore(shown, when));
  item.append(button);
  return item;
}

/**
 * Shows the dialog. `restore` runs for the version the writer picks; the dialog is closed
 * first. An empty list says that no earlier versions are kept yet, and why.
 */
export function showVersionsDialog(
  versions: readonly ShownVersion[],
  now: { text: string; words: number; at: Date },
  restore: (shown: ShownVersion, when: string) => void,
): HTMLDialogElement {
  // Two versions kept in one minute (two saves a moment apart) are told apart by the second.
  const minutes = versions.map((v) => whenKept(v.version.keptAt, now.at));
  const seconds = new Set(minutes).size < minutes.length;
  const times = versions.map((v) => whenKept(v.version.keptAt, now.at, seconds));
  const body: Node[] = [];
  if (versions.length === 0) {
    body.push(
      el(
        "p",
        "versions-none",
        "No earlier versions of this story are kept yet. Each save keeps the version it replaces (the last five).",
      ),
    );
  } else {
    body.push(
      el(
        "p",
        "versions-intro",
        "Each save keeps the version it replaced. Restore puts one in the editor, unsaved: undo brings back the text you have now.",
      ),
    );
    const list = el("ol", "versions-list");
    list.setAttribute("aria-label", "Earlier versions, newest first");
    versions.forEach((shown, i) => {
      list.append(
        versionItem(shown, i, times[i]!, now, (picked, when) => {
          dialog.close();
          restore(picked, when);
        }),
      );
    });
    body.push(list);
  }
  const dialog = showDialog("Earlier versions", body, VERSIONS_DIALOG);
  dialog.classList.add("versions-dialog");
  // Focus goes to the newest version's Restore, the likeliest choice; Close when there is none.
  dialog.querySelector<HTMLButtonElement>(".version-restore:not(:disabled)")?.focus();
  return dialog;
}
