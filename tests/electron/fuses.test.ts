/**
 * The packaging hook, run on a stand-in binary: Electron's fuse wire is a sentinel followed by
 * a version byte, a length byte and one byte per fuse, so a small file with that layout is
 * enough to check which fuses the hook really flips.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getCurrentFuseWire, FuseV1Options } from "@electron/fuses";
// @ts-expect-error: a plain .mjs build script without type declarations.
import afterPack, { electronBinaryIn, FUSES } from "../../scripts/after-pack.mjs";

const SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
const ENABLE = 49;
const DISABLE = 48;

/** Electron's defaults: the risky fuses on, the protective ones off. */
function fakeElectron(file: string): void {
  const wire = [ENABLE, ENABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from("\x7fELF...code..."),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length, ...wire]),
      Buffer.from("...more code"),
    ]),
  );
}

describe("after-pack fuses", () => {
  it("is the hook electron-builder runs", () => {
    expect(
      readFileSync(path.resolve(import.meta.dirname, "../../electron-builder.yml"), "utf8"),
    ).toMatch(/^afterPack: scripts\/after-pack\.mjs$/m);
  });

  it("turns run-as-node, NODE_OPTIONS and --inspect off, asar integrity and asar-only on", async () => {
    const appOutDir = mkdtempSync(path.join(tmpdir(), "draftwise-pack-"));
    const context = {
      appOutDir,
      electronPlatformName: "linux",
      arch: 1,
      packager: { executableName: "draftwise", appInfo: { productFilename: "Draftwise" } },
    };
    const binary = electronBinaryIn(context);
    expect(binary).toBe(path.join(appOutDir, "draftwise"));
    fakeElectron(binary);
    await afterPack(context);
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
  });

  it("names every fuse the wire has, so a new Electron fuse is a decision, not a default", () => {
    const named = Object.keys(FUSES)
      .filter((k) => k !== "version")
      .map(Number)
      .sort((a, b) => a - b);
    const all = Object.values(FuseV1Options)
      .filter((v): v is number => typeof v === "number")
      .sort((a, b) => a - b);
    expect(named).toEqual(all);
  });

  it("finds the binary on each platform", () => {
    const packager = { executableName: "draftwise", appInfo: { productFilename: "Draftwise" } };
    expect(electronBinaryIn({ appOutDir: "/o", electronPlatformName: "darwin", packager })).toBe(
      path.join("/o", "Draftwise.app"),
    );
    expect(electronBinaryIn({ appOutDir: "/o", electronPlatformName: "win32", packager })).toBe(
      path.join("/o", "Draftwise.exe"),
    );
  });
});
