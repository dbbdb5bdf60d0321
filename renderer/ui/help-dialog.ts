/**
 * Modal help: the keyboard shortcuts (read from the command registry, so the list cannot drift
 * from what the keys do) and About. A native <dialog>: focus moves into it, Escape closes it and
 * focus returns to where it was.
 */
import type { AppCommand } from "../editor/command-registry";
import { isMac } from "../editor/platform";

/**
 * "Mod-Shift-s" as the platform writes it: "Ctrl+Shift+S" or "⌘⇧S". The key itself may be a
 * minus ("Mod--" is "Ctrl+-"), so only the dashes before the last character separate.
 */
export function displayKeys(keys: string, mac = isMac()): string {
  const last = keys.endsWith("--") ? "-" : keys.slice(keys.lastIndexOf("-") + 1);
  const modifiers = keys
    .slice(0, keys.length - last.length)
    .split("-")
    .filter(Boolean);
  const parts = [...modifiers, last].map((part, i, all) => {
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
  // A footer of its own, so Close stays in view over a long list (the shortcuts) as it scrolls.
  const foot = Object.assign(document.createElement("div"), { className: "help-dialog-foot" });
  foot.append(close);
  dialog.append(heading, ...body, foot);
  document.body.append(dialog);
  dialog.showModal();
  // Focusing Close must not scroll a long list to its end: the dialog opens at its title.
  close.focus({ preventScroll: true });
  return dialog;
}

export type ShortcutGroup = "File" | "Edit" | "View" | "Navigate";

const GROUPS: readonly ShortcutGroup[] = ["File", "Edit", "View", "Navigate"];

/** Where a command's shortcut is listed, by what it does: moving around is Navigate. */
export function shortcutGroup(id: string): ShortcutGroup {
  const [area = "", name = ""] = id.split(".");
  if (/^(next|previous|find(Next|Previous)|jump|go)/.test(name) || area === "navigate")
    return "Navigate";
  if (area === "file") return "File";
  if (area === "edit" || area === "outline" || area === "cast" || area === "notes") return "Edit";
  return "View";
}

/** Keys that are not a command's (the panels' own), listed with the registry's. */
const EDITOR_KEYS: readonly { group: ShortcutGroup; label: string; keys: string; mac: string }[] = [
  { group: "View", label: "Back to the story from a panel", keys: "Escape", mac: "Escape" },
];

/** The shortcuts list: one table per group (File, Edit, View, Navigate), each row "label, keys". */
export function showShortcuts(
  commands: readonly AppCommand<unknown>[],
  mac = isMac(),
): HTMLDialogElement {
  const rows = [
    ...commands
      .filter((c) => c.keys)
      .map((c) => ({ group: shortcutGroup(c.id), label: c.label, keys: c.keys! })),
    ...EDITOR_KEYS.map((k) => ({ group: k.group, label: k.label, keys: mac ? k.mac : k.keys })),
  ];
  const sections = GROUPS.flatMap((group) => {
    const inGroup = rows.filter((r) => r.group === group);
    if (inGroup.length === 0) return [];
    const table = document.createElement("table");
    table.className = "shortcut-table";
    table.createCaption().textContent = group;
    for (const command of inGroup) {
      const row = table.insertRow();
      row.insertCell().textContent = command.label.replace(/…$/, "");
      const kbd = document.createElement("kbd");
      kbd.textContent = displayKeys(command.keys, mac);
      row.insertCell().append(kbd);
    }
    return [table];
  });
  return showDialog("Keyboard shortcuts", sections, "shortcuts");
}

export function showAbout(): HTMLDialogElement {
  const text = Object.assign(document.createElement("p"), {
    textContent:
      "Draftwise: an editor for fiction drafts, with scenes, cast and voice-consistency notes. Your story stays a plain text or Markdown file.",
  });
  return showDialog("About Draftwise", [text], "about");
}
