/**
 * The native menu as plain data. `menuTemplate` is a pure function of the platform, the recent
 * files and the shell's state, so it is tested without Electron; `electron/menu.ts` turns the
 * nodes into Electron's template by attaching click handlers.
 *
 * Items that are app behaviour carry a `command` action: main forwards it to the renderer's one
 * command registry, so the menu, the keymap and the browser tests run the same code. Items that
 * Electron implements natively (clipboard, zoom, quit, window) use roles instead.
 */
import path from "node:path";
import type { ThemeChoice } from "../core/theme";

/** What a menu item does when clicked, as data. */
export type MenuAction =
  | { readonly kind: "command"; readonly command: string; readonly arg?: string }
  | { readonly kind: "open-recent"; readonly path: string }
  | { readonly kind: "clear-recent" };

/** The roles this menu uses (a subset of Electron's). */
export type MenuRole =
  | "cut"
  | "copy"
  | "paste"
  | "selectAll"
  | "zoomIn"
  | "zoomOut"
  | "resetZoom"
  | "quit"
  | "about"
  | "services"
  | "hide"
  | "hideOthers"
  | "unhide"
  | "togglefullscreen"
  | "windowMenu"
  | "toggleDevTools"
  | "close";

/** A menu item shaped like Electron's `MenuItemConstructorOptions`, minus the click handler. */
export interface MenuNode {
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: "separator" | "checkbox" | "radio";
  readonly accelerator?: string;
  readonly checked?: boolean;
  readonly enabled?: boolean;
  readonly action?: MenuAction;
  readonly submenu?: readonly MenuNode[];
}

/** The shell's state that the menu reflects. */
export interface MenuState {
  readonly theme: ThemeChoice;
  /** Adds developer tools to the View menu (unpackaged builds). */
  readonly developer?: boolean;
}

const separator: MenuNode = { type: "separator" };

function command(label: string, id: string, accelerator?: string, arg?: string): MenuNode {
  return { label, accelerator, action: { kind: "command", command: id, ...(arg ? { arg } : {}) } };
}

function recentMenu(recent: readonly string[]): MenuNode {
  const items: MenuNode[] = recent.map((file) => ({
    label: `${path.basename(file)}  —  ${path.dirname(file)}`,
    action: { kind: "open-recent", path: file },
  }));
  if (items.length === 0) items.push({ label: "No recent stories", enabled: false });
  items.push(separator, {
    label: "Clear Recent",
    enabled: recent.length > 0,
    action: { kind: "clear-recent" },
  });
  return { label: "Open Recent", submenu: items };
}

function fileMenu(platform: NodeJS.Platform, recent: readonly string[]): MenuNode {
  const items: MenuNode[] = [
    command("New", "file.new", "CmdOrCtrl+N"),
    command("Open…", "file.open", "CmdOrCtrl+O"),
    recentMenu(recent),
    separator,
    command("Save", "file.save", "CmdOrCtrl+S"),
    command("Save As…", "file.saveAs", "CmdOrCtrl+Shift+S"),
    command("Earlier Versions…", "file.earlierVersions"),
    command("Export…", "file.export", "CmdOrCtrl+E"),
    separator,
    command("Close", "file.close", "CmdOrCtrl+W"),
  ];
  // On macOS, Quit lives in the app menu.
  if (platform !== "darwin")
    items.push(separator, { label: "Quit", role: "quit", accelerator: "CmdOrCtrl+Q" });
  return { label: "&File", submenu: items };
}

function editMenu(platform: NodeJS.Platform): MenuNode {
  // F3 is the Windows and Linux habit for "find next"; macOS uses Cmd+G.
  const findNext = platform === "darwin" ? "Cmd+G" : "F3";
  const findPrevious = platform === "darwin" ? "Cmd+Shift+G" : "Shift+F3";
  return {
    label: "&Edit",
    submenu: [
      command("Undo", "edit.undo", "CmdOrCtrl+Z"),
      command("Redo", "edit.redo", platform === "win32" ? "Ctrl+Y" : "CmdOrCtrl+Shift+Z"),
      separator,
      { label: "Cut", role: "cut" },
      { label: "Copy", role: "copy" },
      { label: "Paste", role: "paste" },
      { label: "Select All", role: "selectAll" },
      separator,
      command("Find…", "edit.find", "CmdOrCtrl+F"),
      command("Replace…", "edit.replace", platform === "darwin" ? "Cmd+Alt+F" : "Ctrl+H"),
      command("Find Next", "edit.findNext", findNext),
      command("Find Previous", "edit.findPrevious", findPrevious),
      separator,
      command("Separate Paragraphs", "edit.separateParagraphs"),
    ],
  };
}

function viewMenu(state: MenuState): MenuNode {
  const theme = (choice: ThemeChoice, label: string): MenuNode => ({
    label,
    type: "radio",
    checked: state.theme === choice,
    action: { kind: "command", command: "view.theme", arg: choice },
  });
  const items: MenuNode[] = [
    command("Outline", "view.outline", "CmdOrCtrl+1"),
    command("Cast", "view.cast", "CmdOrCtrl+2"),
    command("Notes", "view.notes", "CmdOrCtrl+3"),
    command("Highlight Characters", "view.highlightCharacters"),
    separator,
    command("Focus Mode", "view.focusMode", "CmdOrCtrl+Shift+Enter"),
    separator,
    // Native page zoom: scales the whole window, panels included.
    { label: "Zoom In", role: "zoomIn", accelerator: "CmdOrCtrl+=" },
    { label: "Zoom Out", role: "zoomOut", accelerator: "CmdOrCtrl+-" },
    { label: "Actual Size", role: "resetZoom", accelerator: "CmdOrCtrl+0" },
    separator,
    {
      label: "Theme",
      submenu: [theme("light", "Light"), theme("dark", "Dark"), theme("system", "Follow System")],
    },
    separator,
    { label: "Toggle Full Screen", role: "togglefullscreen" },
  ];
  if (state.developer) items.push({ label: "Developer Tools", role: "toggleDevTools" });
  return { label: "&View", submenu: items };
}

function helpMenu(platform: NodeJS.Platform): MenuNode {
  const items: MenuNode[] = [command("Keyboard Shortcuts", "help.shortcuts", "CmdOrCtrl+/")];
  if (platform !== "darwin") items.push(separator, command("About Draftwise", "help.about"));
  return { label: "&Help", submenu: items };
}

function appMenu(): MenuNode {
  return {
    label: "Draftwise",
    submenu: [
      { label: "About Draftwise", role: "about" },
      separator,
      { label: "Services", role: "services" },
      separator,
      { label: "Hide Draftwise", role: "hide" },
      { label: "Hide Others", role: "hideOthers" },
      { label: "Show All", role: "unhide" },
      separator,
      { label: "Quit Draftwise", role: "quit" },
    ],
  };
}

/**
 * The whole menu bar for a platform. On macOS an app menu comes first and a Window menu is
 * added, as the platform expects; elsewhere Quit is in File and About in Help.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  recent: readonly string[],
  state: MenuState,
): MenuNode[] {
  const menus = [fileMenu(platform, recent), editMenu(platform), viewMenu(state)];
  if (platform === "darwin")
    return [appMenu(), ...menus, { label: "Window", role: "windowMenu" }, helpMenu(platform)];
  return [...menus, helpMenu(platform)];
}

/** Every command id the menu can send, for checking them against the renderer's registry. */
export function menuCommands(nodes: readonly MenuNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.action?.kind === "command" ? [node.action.command] : []),
    ...menuCommands(node.submenu ?? []),
  ]);
}
