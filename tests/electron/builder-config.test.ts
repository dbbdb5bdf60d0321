/**
 * electron-builder.yml checked by electron-builder's own schema validation (the same call
 * `electron-builder` makes before building), without downloading Electron; plus the icon it
 * names, rendered from build/icon.svg by scripts/icons.mjs.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");
const yaml = require("js-yaml") as { load(text: string): unknown };
const { validateConfiguration } = require("app-builder-lib/out/util/config/config.js") as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require("builder-util") as {
  DebugLogger: new (enabled: boolean) => unknown;
};

type Config = Record<string, Record<string, unknown> & { target?: unknown; icon?: string }> & {
  appId: string;
  productName: string;
  asar: boolean;
};
const config = yaml.load(readFileSync(path.join(root, "electron-builder.yml"), "utf8")) as Config;
const validate = (c: unknown) => validateConfiguration(c, new DebugLogger(false));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("electron-builder.yml", () => {
  it("passes electron-builder's configuration validation", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it("is rejected by that validation when it is wrong (the check has teeth)", async () => {
    await expect(validate({ ...config, directories: { output: {} } })).rejects.toThrow(
      /configuration/i,
    );
    await expect(validate({ ...config, nsis: { oneClick: "maybe" } })).rejects.toThrow(/oneClick/);
  });

  it("names the app and builds AppImage and deb, dmg, and nsis, packed in asar", () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe("Draftwise");
    expect(config.asar).toBe(true);
    expect(config.linux!.target).toEqual(["AppImage", "deb"]);
    expect(config.mac!.target).toEqual(["dmg"]);
    expect(config.win!.target).toEqual(["nsis"]);
  });

  it("points every platform at an icon that exists", () => {
    for (const platform of ["linux", "mac", "win"]) {
      const icon = config[platform]!.icon;
      expect(icon, platform).toBeTruthy();
      expect(existsSync(path.join(root, icon!)), `${platform}: ${icon}`).toBe(true);
    }
  });
});

describe("the icon", () => {
  it("is one square 1024 PNG, which electron-builder converts for every platform", () => {
    // electron-builder refuses a PNG under 512 for macOS and under 256 for Windows.
    expect(pngSize(readFileSync(path.join(root, "build/icon.png")))).toEqual([1024, 1024]);
    for (const platform of ["linux", "mac", "win"])
      expect(config[platform]!.icon).toBe("build/icon.png");
  });
});
