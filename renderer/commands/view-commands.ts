/**
 * View and Help commands: panels, focus mode, theme, zoom, the shortcuts list. Run from the
 * View menu, the keymap and the tests through the one registry.
 */
import type { App } from "../editor/feature";
import { findBarOf } from "../find";
import { leaveFocusMode, runFocus, toggleFocusMode } from "../focus";
import { showAbout, showShortcuts } from "../ui/help-dialog";
import { isThemeChoice, nextTheme } from "../../core/theme";
import { currentTheme, currentZoom, setTheme, setZoom, ZOOM_STEP } from "../ui/theme";
import { scrollerOf } from "../editor/scroller";
import type { AppCommand } from "../editor/command-registry";

/**
 * Shows a panel with focus in it; pressed again from inside, hides it and returns to the story.
 * Panels belong to other features; one that is not there does nothing.
 */
const togglePanel = (id: string, label: string, keys?: string): AppCommand<App> => ({
  id: `view.${id}`,
  label,
  keys,
  run: (app) => {
    if (!app.panels.focus(id)) app.view.focus();
    return true;
  },
});

/** Sets something that always takes (a theme, a zoom, a dialog): the command applied. */
const done =
  <A extends unknown[]>(run: (...args: A) => unknown) =>
  (...args: A): boolean => {
    run(...args);
    return true;
  };

/**
 * Zooms and scrolls so the caret's line stays where it was on screen: the story grows or
 * shrinks around the place being written, not around the top of the window.
 */
function zoomKeepingCaret(app: App, zoom: number): void {
  const scroller = scrollerOf(app.view);
  const { head } = app.view.state.selection;
  const top = (): number => app.view.coordsAtPos(head).top;
  const before = scroller ? top() : 0;
  setZoom(zoom);
  if (scroller) scroller.scrollTop += top() - before;
}

export const viewCommands: AppCommand<App>[] = [
  togglePanel("outline", "Outline", "Mod-1"),
  togglePanel("cast", "Cast", "Mod-2"),
  togglePanel("notes", "Notes", "Mod-3"),
  {
    id: "view.focusMode",
    label: "Focus mode",
    keys: "Mod-Shift-Enter",
    run: (app) => runFocus(app, toggleFocusMode),
  },
  {
    id: "view.leave",
    label: "Close the find bar, or leave focus mode",
    keys: "Escape",
    // Only when there is something to leave: otherwise Escape is the editor's (a note card's).
    run: (app) => {
      const bar = findBarOf(app);
      if (!bar?.isOpen) return runFocus(app, leaveFocusMode);
      bar.close();
      return true;
    },
  },
  {
    id: "view.theme",
    label: "Theme",
    // With no argument: cycle light, dark, system.
    run: done((_app: App, arg?: string) =>
      setTheme(isThemeChoice(arg) ? arg : nextTheme(currentTheme())),
    ),
  },
  {
    id: "view.zoomIn",
    label: "Zoom in",
    keys: "Mod-=",
    run: done((app: App) => zoomKeepingCaret(app, currentZoom() + ZOOM_STEP)),
  },
  {
    id: "view.zoomOut",
    label: "Zoom out",
    keys: "Mod--",
    run: done((app: App) => zoomKeepingCaret(app, currentZoom() - ZOOM_STEP)),
  },
  {
    id: "view.zoomReset",
    label: "Actual size",
    keys: "Mod-0",
    run: done((app: App) => zoomKeepingCaret(app, 1)),
  },
  {
    id: "help.shortcuts",
    label: "Keyboard shortcuts",
    keys: "Mod-/",
    run: done((app: App) => showShortcuts(app.commands.list())),
  },
  { id: "help.about", label: "About Draftwise", run: done(() => showAbout()) },
];
