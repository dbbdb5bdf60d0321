import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  addRecent,
  DEFAULT_SIZE,
  loadShellState,
  MAX_RECENT,
  parseShellState,
  placeWindow,
  saveShellState,
  SHELL_STATE_FILE,
} from "../../electron/window-state";

const screen = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1000 };

describe("window placement", () => {
  it("centres the default size on the primary display when nothing was saved", () => {
    expect(placeWindow(null, [screen])).toEqual({
      x: 320,
      y: 90,
      ...DEFAULT_SIZE,
      maximized: false,
    });
  });

  it("shrinks the default size to a small screen", () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow(null, [small])).toMatchObject({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it("restores a saved placement that fits as it was", () => {
    const saved = { x: 100, y: 50, width: 900, height: 700, maximized: true };
    expect(placeWindow(saved, [screen])).toEqual(saved);
  });

  it("keeps a window on the second monitor when that monitor is still there", () => {
    const saved = { x: 2000, y: 100, width: 800, height: 600, maximized: false };
    expect(placeWindow(saved, [screen, right])).toEqual(saved);
  });

  it("brings a window back from a monitor that was unplugged", () => {
    const saved = { x: 2000, y: 100, width: 800, height: 600, maximized: false };
    const placed = placeWindow(saved, [screen]);
    expect(placed.x + placed.width).toBeLessThanOrEqual(1920);
    expect(placed).toMatchObject({ width: 800, height: 600, y: 100 });
  });

  it("pulls a partly off-screen window fully on and enforces the minimum size", () => {
    const placed = placeWindow({ x: -300, y: 900, width: 200, height: 100, maximized: false }, [
      screen,
    ]);
    expect(placed).toEqual({ x: 0, y: 640, width: 640, height: 400, maximized: false });
  });
});

describe("the shell state file", () => {
  it("falls back to defaults for a missing, damaged or odd file", () => {
    for (const text of [
      null,
      "",
      "{not json",
      "[]",
      '{"window":{"x":"1"},"theme":"pink","recent":[3,"relative.txt"]}',
    ]) {
      expect(parseShellState(text)).toEqual({ window: null, theme: "system", recent: [] });
    }
  });

  it("round-trips through the data folder", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-shell-"));
    expect(await loadShellState(dir)).toEqual({ window: null, theme: "system", recent: [] });
    const state = {
      window: { x: 1, y: 2, width: 800, height: 600, maximized: false },
      theme: "dark" as const,
      recent: ["/a/b.txt"],
    };
    await saveShellState(dir, state);
    expect(await loadShellState(dir)).toEqual(state);
    expect(JSON.parse(readFileSync(path.join(dir, SHELL_STATE_FILE), "utf8")).theme).toBe("dark");
    writeFileSync(path.join(dir, SHELL_STATE_FILE), "garbage");
    expect((await loadShellState(dir)).theme).toBe("system");
  });
});

describe("recent stories", () => {
  it("moves a reopened story to the top without duplicating it", () => {
    expect(addRecent(["/a", "/b", "/c"], "/b")).toEqual(["/b", "/a", "/c"]);
  });

  it("keeps at most the limit", () => {
    const many = Array.from({ length: MAX_RECENT }, (_, i) => `/s${i}.txt`);
    const next = addRecent(many, "/new.txt");
    expect(next).toHaveLength(MAX_RECENT);
    expect(next[0]).toBe("/new.txt");
    expect(next).not.toContain(`/s${MAX_RECENT - 1}.txt`);
  });
});
