/**
 * Theme and zoom preferences of the page. The theme is light, dark, or "system" (follow
 * `prefers-color-scheme`, which Electron drives from nativeTheme); the choice sits on
 * `<html data-theme>` for the CSS. One side remembers it: in Electron the shell (its state file
 * and menu; it sends the page its choice once loaded, and nativeTheme already has the media
 * query follow it before then), in the browser shell the page, in localStorage. Zoom scales the
 * story's type through a CSS variable; in Electron the View menu's zoom roles scale the whole
 * window instead.
 */
import { isThemeChoice, type ThemeChoice } from "../../core/theme";
import { hasNativeMenu } from "./shell";

const THEME_KEY = "draftwise.theme";
const ZOOM_KEY = "draftwise.zoom";
export const ZOOM_MIN = 0.7;
export const ZOOM_MAX = 2;
export const ZOOM_STEP = 0.1;

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // Storage can be disabled; preferences then last for the session.
  }
}

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // See `stored`.
  }
}

export function currentTheme(): ThemeChoice {
  const value = document.documentElement.dataset.theme;
  return isThemeChoice(value) ? value : "system";
}

/** The theme actually showing: a "system" choice resolved through the media query. */
export function effectiveTheme(): "light" | "dark" {
  const choice = currentTheme();
  if (choice !== "system") return choice;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function setTheme(choice: ThemeChoice): void {
  document.documentElement.dataset.theme = choice;
  if (!hasNativeMenu()) store(THEME_KEY, choice);
}

/** Clamps and rounds a zoom factor to the steps the menu offers. */
export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return 1;
  return Math.round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoom)) * 10) / 10;
}

export function currentZoom(): number {
  const value = Number.parseFloat(document.documentElement.style.getPropertyValue("--zoom"));
  return Number.isFinite(value) ? value : 1;
}

export function setZoom(zoom: number): number {
  const value = clampZoom(zoom);
  document.documentElement.style.setProperty("--zoom", String(value));
  store(ZOOM_KEY, String(value));
  return value;
}

/** Applies the stored theme and zoom before the story is drawn. */
export function restorePreferences(): void {
  const theme = hasNativeMenu() ? null : stored(THEME_KEY);
  document.documentElement.dataset.theme = isThemeChoice(theme) ? theme : "system";
  const zoom = Number.parseFloat(stored(ZOOM_KEY) ?? "1");
  document.documentElement.style.setProperty("--zoom", String(clampZoom(zoom)));
}
