/**
 * electron-builder.yml checked by electron-builder's own schema validation (the same call
 * `electron-builder` makes before building), without downloading Electron; plus the icon set
 * it names, generated from build/icon.svg by scripts/icons.mjs.
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

describe("the icon set", () => {
  it("has square PNGs of the size each file name says, up to 1024", () => {
    for (const size of [16, 32, 48, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(path.join(root, `build/icons/${size}x${size}.png`)))).toEqual([
        size,
        size,
      ]);
    }
  });

  it("has a Windows .ico whose directory points at PNGs of the listed sizes, 256 included", () => {
    const ico = readFileSync(path.join(root, "build/icon.ico"));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      const [w] = pngSize(ico.subarray(offset, offset + length));
      expect(ico.readUInt8(entry) || 256).toBe(w);
      sizes.push(w);
    }
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
  });

  it("has a macOS .icns whose length and entries add up, with a 1024 image", () => {
    const icns = readFileSync(path.join(root, "build/icon.icns"));
    expect(icns.subarray(0, 4).toString("ascii")).toBe("icns");
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types = new Map<string, number>();
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      types.set(
        icns.subarray(at, at + 4).toString("ascii"),
        pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)))[0],
      );
    }
    expect(types.get("ic10")).toBe(1024);
    expect(types.get("ic07")).toBe(128);
  });
});
