/**
 * Installs the native menu built by `menuTemplate` and keeps it current (recent stories, theme).
 * Command items go to the renderer's registry as `host:event` messages; the theme also sets
 * `nativeTheme.themeSource` so dialogs, scroll bars and the title bar follow the choice.
 */
import { Menu, nativeTheme, type BrowserWindow, type MenuItemConstructorOptions } from "electron";
import type { HostEvent } from "../core/host-api";
import type { ThemeChoice } from "../core/theme";
import { menuTemplate, type MenuAction, type MenuNode } from "./menu-template";
import type { ShellStore } from "./window-state";

export interface MenuContext {
  readonly window: () => BrowserWindow | null;
  readonly store: ShellStore;
  /** Opens a story the writer picked outside the renderer (Open Recent). */
  readonly openFile: (file: string) => void;
  readonly clearRecent: () => void;
  readonly developer: boolean;
}

/** Sends an event to the renderer's `onHostEvent` listeners. */
export function sendHostEvent(window: BrowserWindow | null, event: HostEvent): void {
  if (window && !window.isDestroyed()) window.webContents.send("host:event", event);
}

export function toElectronTemplate(
  nodes: readonly MenuNode[],
  run: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return nodes.map(({ action, submenu, ...item }) => ({
    ...item,
    ...(submenu ? { submenu: toElectronTemplate(submenu, run) } : {}),
    ...(action ? { click: () => run(action) } : {}),
  }));
}

export function applyTheme(theme: ThemeChoice): void {
  nativeTheme.themeSource = theme;
}

export function setupMenu(context: MenuContext): void {
  const run = (action: MenuAction): void => {
    if (action.kind === "open-recent") return context.openFile(action.path);
    if (action.kind === "clear-recent") return context.clearRecent();
    if (action.command === "view.theme" && action.arg)
      context.store.update({ theme: action.arg as ThemeChoice });
    sendHostEvent(context.window(), {
      type: "command",
      command: action.command,
      ...(action.arg ? { arg: action.arg } : {}),
    });
  };
  const build = (): void => {
    const { recent, theme } = context.store.get();
    applyTheme(theme);
    const nodes = menuTemplate(process.platform, recent, { theme, developer: context.developer });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(nodes, run)));
  };
  context.store.onChange(build);
  build();
}
