/**
 * Modal help: the keyboard shortcuts (read from the command registry, so the list cannot drift
 * from what the keys do) and About. A native <dialog>: focus moves into it, Escape closes it and
 * focus returns to where it was.
 */
import type { AppCommand } from "../commands/registry";
import { isMac } from "../platform";

/** "Mod-Shift-s" as the platform writes it: "Ctrl+Shift+S" or "⌘⇧S". */
export function displayKeys(keys: string, mac = isMac()): string {
  const parts = keys.split("-").map((part, i, all) => {
    if (i === all.length - 1) return part.length === 1 ? part.toUpperCase() : part;
    const names: Record<string, [string, string]> = {
      Mod: ["⌘", "Ctrl"],
      Shift: ["⇧", "Shift"],
      Alt: ["⌥", "Alt"],
      Ctrl: ["⌃", "Ctrl"],
      Cmd: ["⌘", "Cmd"],
    };
    return names[part]?.[mac ? 0 : 1] ?? part;
  });
  return parts.join(mac ? "" : "+");
}

export function showDialog(title: string, body: Node[], id: string): HTMLDialogElement {
  document.querySelector(`dialog[data-dialog="${id}"]`)?.remove();
  const dialog = document.createElement("dialog");
  dialog.className = "help-dialog";
  dialog.dataset.dialog = id;
  dialog.setAttribute("aria-labelledby", `${id}-title`);
  const heading = Object.assign(document.createElement("h2"), {
    id: `${id}-title`,
    textContent: title,
  });
  const close = Object.assign(document.createElement("button"), {
    type: "button",
    textContent: "Close",
  });
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", () => dialog.remove());
  dialog.append(heading, ...body, close);
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  return dialog;
}

export function showShortcuts(commands: readonly AppCommand<unknown>[]): HTMLDialogElement {
  const table = document.createElement("table");
  table.className = "shortcut-table";
  const rows = commands.filter((c) => c.keys).sort((a, b) => a.id.localeCompare(b.id));
  for (const command of rows) {
    const row = table.insertRow();
    row.insertCell().textContent = command.label.replace(/…$/, "");
    const kbd = document.createElement("kbd");
    kbd.textContent = displayKeys(command.keys!);
    row.insertCell().append(kbd);
  }
  return showDialog("Keyboard shortcuts", [table], "shortcuts");
}

export function showAbout(): HTMLDialogElement {
  const text = Object.assign(document.createElement("p"), {
    textContent:
      "Draftwise: an editor for fiction drafts, with scenes, cast and voice-consistency notes. Your story stays a plain text or Markdown file.",
  });
  return showDialog("About Draftwise", [text], "about");
}
