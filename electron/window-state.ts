/**
 * What the shell remembers between launches: the window's bounds, the theme chosen in the View
 * menu and the recent stories. One small JSON file in the app's data folder, read leniently
 * (anything damaged or missing falls back to defaults) and written whole by rename.
 *
 * Everything here but `trackWindowState` is pure or plain Node, so it is unit-tested without
 * Electron; the window is only ever seen through the few methods it needs.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { isThemeChoice, type ThemeChoice } from "../core/theme";

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowPlacement extends Bounds {
  readonly maximized: boolean;
}

export interface ShellState {
  readonly window: WindowPlacement | null;
  readonly theme: ThemeChoice;
  /** Most recent first, absolute paths. */
  readonly recent: readonly string[];
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 640, height: 400 } as const;
export const MAX_RECENT = 10;
export const SHELL_STATE_FILE = "shell-state.json";

export const emptyShellState: ShellState = { window: null, theme: "system", recent: [] };

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Parses the saved state; unknown or damaged parts fall back to their defaults. */
export function parseShellState(text: string | null): ShellState {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = text === null ? {} : JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
      data = parsed as Record<string, unknown>;
  } catch {
    // A damaged file only costs the remembered placement.
  }
  const w = data.window as Record<string, unknown> | null | undefined;
  const window =
    w && isNumber(w.x) && isNumber(w.y) && isNumber(w.width) && isNumber(w.height)
      ? { x: w.x, y: w.y, width: w.width, height: w.height, maximized: w.maximized === true }
      : null;
  const theme = isThemeChoice(data.theme) ? data.theme : "system";
  const recent = Array.isArray(data.recent)
    ? data.recent
        .filter((p): p is string => typeof p === "string" && path.isAbsolute(p))
        .slice(0, MAX_RECENT)
    : [];
  return { window, theme, recent };
}

export async function loadShellState(dataDir: string): Promise<ShellState> {
  try {
    return parseShellState(await fs.readFile(path.join(dataDir, SHELL_STATE_FILE), "utf8"));
  } catch {
    return emptyShellState;
  }
}

export async function saveShellState(dataDir: string, state: ShellState): Promise<void> {
  const file = path.join(dataDir, SHELL_STATE_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  await fs.mkdir(dataDir, { recursive: true });
  await fs.writeFile(temp, JSON.stringify(state, null, 2) + "\n");
  await fs.rename(temp, file);
}

/** Puts a story at the top of the recent list, without duplicates, keeping at most `max`. */
export function addRecent(recent: readonly string[], file: string, max = MAX_RECENT): string[] {
  return [file, ...recent.filter((p) => p !== file)].slice(0, max);
}

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where to open the window given the displays' work areas now. A window saved on a monitor
 * that is gone, or partly off screen, is moved onto the display it overlaps most (the primary,
 * first, when none) and shrunk to fit; with nothing saved the default size is centred.
 */
export function placeWindow(
  saved: WindowPlacement | null,
  workAreas: readonly Bounds[],
): WindowPlacement {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) {
    const width = Math.min(DEFAULT_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_SIZE.height, primary.height);
    return {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
      maximized: false,
    };
  }
  const area = workAreas.reduce(
    (best, a) => (overlap(saved, a) > overlap(saved, best) ? a : best),
    primary,
  );
  const width = Math.min(Math.max(saved.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(saved.height, MIN_SIZE.height), area.height);
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

/** The few window methods tracking needs (an Electron BrowserWindow has them). */
export interface TrackedWindow {
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
  on(event: "resize" | "move" | "close", listener: () => void): unknown;
}

/** Calls `save` with the window's placement after it settles and when it closes. */
export function trackWindowState(
  window: TrackedWindow,
  save: (placement: WindowPlacement) => void,
  delayMs = 500,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = (): void =>
    save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(capture, delayMs);
  };
  window.on("resize", later);
  window.on("move", later);
  window.on("close", () => {
    clearTimeout(timer);
    capture();
  });
}

/** The shell state in memory, saved after each change and announced to listeners (the menu). */
export interface ShellStore {
  get(): ShellState;
  update(patch: Partial<ShellState>): void;
  onChange(listener: (state: ShellState) => void): void;
}

export function createShellStore(dataDir: string, initial: ShellState): ShellStore {
  let state = initial;
  let writing: Promise<void> = Promise.resolve();
  const listeners: ((state: ShellState) => void)[] = [];
  return {
    get: () => state,
    update(patch) {
      state = { ...state, ...patch };
      const snapshot = state;
      // Writes are chained so an older state never lands after a newer one.
      writing = writing
        .then(() => saveShellState(dataDir, snapshot))
        .catch((err: unknown) => console.warn("draftwise: could not save the window state", err));
      for (const listener of listeners) listener(state);
    },
    onChange: (listener) => void listeners.push(listener),
  };
}
