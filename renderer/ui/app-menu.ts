/**
 * The menu bar's commands in the page, for shells without a native menu (the browser shell):
 * one button at the status bar's left end, inside its landmark, opens File, Edit, View and Help, each item running a
 * command of the one registry, as Electron's menu does (electron/menu-template.ts; a test
 * checks that every command of that menu is here). Items the clipboard and the window manager
 * own natively (Cut, Copy, Paste, Quit) stay with the browser.
 */
import type { App } from "../editor/feature";
import { registryKeyHandler } from "../editor/command-keymap";
import { displayKeys } from "./help-dialog";
import { el } from "./dom";

export interface AppMenuItem {
  readonly command: string;
  readonly arg?: string;
  /** Shown instead of the command's own label (the theme choices). */
  readonly label?: string;
}

export interface AppMenuGroup {
  readonly label: string;
  readonly items: readonly AppMenuItem[];
}

const items = (...ids: string[]): AppMenuItem[] => ids.map((command) => ({ command }));

const FILE_MENU: AppMenuGroup = {
  label: "File",
  items: items(
    "file.new",
    "file.open",
    "file.save",
    "file.saveAs",
    "file.earlierVersions",
    "file.export",
    "file.close",
  ),
};

export const APP_MENU: readonly AppMenuGroup[] = [
  FILE_MENU,
  {
    label: "Edit",
    items: items(
      "edit.undo",
      "edit.redo",
      "edit.find",
      "edit.replace",
      "edit.findNext",
      "edit.findPrevious",
      "edit.separateParagraphs",
    ),
  },
  {
    label: "View",
    items: [
      ...items(
        "view.outline",
        "view.cast",
        "view.notes",
        "view.highlightCharacters",
        "view.focusMode",
        "view.zoomIn",
        "view.zoomOut",
        "view.zoomReset",
      ),
      { command: "view.theme", arg: "light", label: "Light Theme" },
      { command: "view.theme", arg: "dark", label: "Dark Theme" },
      { command: "view.theme", arg: "system", label: "Follow System Theme" },
    ],
  },
  { label: "Help", items: items("help.shortcuts", "help.about") },
];

/** Edit's commands that belong to where focus is: a text field's own, or the story's. */
const STORY_ONLY = new Set(["edit.undo", "edit.redo", "edit.separateParagraphs"]);

export { hasNativeMenu } from "./shell";

/**
 * Adds the menu button at the start of `parent` (the status bar's landmark, beside the bar's
 * items: not in them, which the bar redraws and clips); returns it. Commands not registered
 * (a feature left out) are not shown.
 */
export function installAppMenu(app: App, parent: HTMLElement): HTMLElement {
  const root = el("div", "app-menu");
  const button = el("button", "app-menu-button");
  // The glyph is drawn, not read: a screen reader said "trigram for heaven, Menu".
  const glyph = el("span", "app-menu-glyph", "☰ ");
  glyph.setAttribute("aria-hidden", "true");
  button.append(glyph, "Menu");
  button.type = "button";
  button.setAttribute("aria-haspopup", "menu");
  button.setAttribute("aria-expanded", "false");
  const list = el("div", "app-menu-list");
  list.setAttribute("role", "menu");
  list.setAttribute("aria-label", "Draftwise");
  list.hidden = true;
  root.append(button, list);
  parent.prepend(root);

  const entries = (): HTMLButtonElement[] => [
    ...list.querySelectorAll<HTMLButtonElement>("button"),
  ];
  const close = (refocus: boolean): void => {
    list.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (refocus) button.focus();
  };
  const open = (): void => {
    list.replaceChildren(...APP_MENU.map((group) => drawGroup(app, group, () => close(false))));
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    entries()
      .find((b) => !b.disabled)
      ?.focus();
  };
  button.title = "Menu (F10)";
  button.addEventListener("click", () => (list.hidden ? open() : close(true)));
  // F10 reaches the menu bar on Windows and Linux; here it opens the same menu from the keyboard.
  window.addEventListener("keydown", (event) => {
    if (event.key !== "F10" || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey)
      return;
    event.preventDefault();
    if (list.hidden) open();
    else close(true);
  });
  list.addEventListener("keydown", (event) => {
    const all = entries().filter((b) => !b.disabled);
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step) {
      event.preventDefault();
      all[(at + step + all.length) % all.length]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    }
  });
  // A click anywhere else, or focus leaving the menu, closes it.
  document.addEventListener("pointerdown", (event) => {
    if (!list.hidden && !root.contains(event.target as Node)) close(false);
  });
  root.addEventListener("focusout", (event) => {
    if (!list.hidden && !root.contains(event.relatedTarget as Node | null)) close(false);
  });
  bindMenuKeysEverywhere(app);
  return root;
}

/**
 * Commands whose keys work wherever focus is, as a native menu's accelerators do: File's, the
 * find commands, View's and Help's. Found by writers: after renaming a scene (focus on its
 * outline row) Ctrl+S made Chromium offer to save the web page, and Ctrl+F from a panel opened
 * Chromium's find bar, not the story's. Undo, Redo and splitting a paragraph stay with where
 * focus is: a text field has its own undo, and the story's keymap has them all.
 */
const EVERYWHERE: readonly string[] = APP_MENU.flatMap((group) => group.items)
  .filter((item) => !item.arg && !STORY_ONLY.has(item.command))
  .map((item) => item.command);

/** Binds those keys outside the story (its own keymap has every command's keys). */
function bindMenuKeysEverywhere(app: App): void {
  const handle = registryKeyHandler(app, EVERYWHERE);
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || app.view.dom.contains(event.target as Node)) return;
    if (handle(app.view, event)) event.preventDefault();
  });
}

function drawGroup(app: App, group: AppMenuGroup, done: () => void): HTMLElement {
  const section = el("div", "app-menu-group");
  section.setAttribute("role", "group");
  section.setAttribute("aria-label", group.label);
  section.append(el("div", "app-menu-heading", group.label));
  for (const item of group.items) {
    const command = app.commands.get(item.command);
    if (!command) continue;
    const entry = el("button", "app-menu-item");
    entry.type = "button";
    entry.setAttribute("role", "menuitem");
    entry.dataset.command = item.arg ? `${item.command}:${item.arg}` : item.command;
    // The registry's own check, the one `run` makes: greyed out is exactly "would not apply".
    entry.disabled = !app.commands.canRun(item.command);
    entry.append(el("span", "app-menu-label", item.label ?? command.label));
    if (command.keys && !item.arg)
      entry.append(el("kbd", "app-menu-keys", displayKeys(command.keys)));
    entry.addEventListener("click", () => {
      done();
      // The editor gets focus back unless the command moved it (the find bar, a dialog).
      const before = document.activeElement;
      void app.commands.run(item.command, item.arg).then(() => {
        if (document.activeElement === before || document.activeElement === document.body)
          app.view.focus();
      });
    });
    section.append(entry);
  }
  return section;
}
