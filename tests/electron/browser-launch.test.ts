import { describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findChromium, parseLaunchArgs } from "../../electron/host/browser-launch";
import { appDataDir } from "../../electron/host/browser-shell";

describe("the browser shell's command line", () => {
  it("reads a file, --no-open and --port, and ignores --browser", () => {
    expect(parseLaunchArgs(["--browser", "a.txt", "--no-open", "--port", "4100"])).toEqual({
      files: ["a.txt"],
      open: false,
      port: 4100,
    });
    expect(parseLaunchArgs(["--port=0"])).toEqual({ files: [], open: true, port: 0 });
  });

  it("refuses a bad port or an unknown option in one line", () => {
    expect(parseLaunchArgs(["--port"])).toEqual({
      error: "--port needs a number from 0 to 65535 (got nothing)",
    });
    expect(parseLaunchArgs(["--port", "99999"])).toHaveProperty("error");
    expect(parseLaunchArgs(["--port", "x"])).toHaveProperty("error");
    expect(parseLaunchArgs(["--nope"])).toEqual({ error: "unknown option --nope" });
  });

  it("finds Chromium on PATH, and DRAFTWISE_BROWSER before it", () => {
    const bin = mkdtempSync(path.join(tmpdir(), "draftwise-path-"));
    expect(findChromium({ PATH: bin }, "linux")).toBeNull();
    const chrome = path.join(bin, "google-chrome");
    writeFileSync(chrome, "");
    chmodSync(chrome, 0o755);
    expect(findChromium({ PATH: bin }, "linux")).toBe(chrome);
    const chosen = path.join(bin, "mine");
    mkdirSync(chosen);
    expect(findChromium({ PATH: bin, DRAFTWISE_BROWSER: chosen }, "linux")).toBe(chosen);
  });

  it("keeps its data where Electron's userData is for Draftwise", () => {
    expect(appDataDir("linux", { XDG_CONFIG_HOME: "/x/config" })).toBe("/x/config/Draftwise");
    expect(appDataDir("win32", { APPDATA: "C:\\Users\\w\\AppData\\Roaming" })).toBe(
      path.join("C:\\Users\\w\\AppData\\Roaming", "Draftwise"),
    );
  });
});
