/**
 * Electron is a current, supported release: what can be checked without the network.
 * electronegativity's own check (AvailableSecurityFixesGlobalCheck) downloads Electron's release
 * list, so it is excluded from the hermetic scan; this reads what is installed instead:
 * - package.json pins one exact Electron version, and that is the version installed;
 * - it is a stable release (no alpha, beta or nightly);
 * - its major is one of the three newest stable majors in node-abi's registry (installed with
 *   electron-builder; Electron ships security fixes for its newest three majors only).
 * Whether a newer patch of that major exists, with security fixes, needs the release list:
 * offline nobody can tell. Upgrading is a reviewed change; run electronegativity with the
 * network (or read the release notes) when doing it.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const semver = require("semver") as {
  valid(v: string): string | null;
  prerelease(v: string): readonly unknown[] | null;
  major(v: string): number;
};

const root = path.resolve(import.meta.dirname, "../..");
const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(root, file), "utf8")) as T;

const pinned = readJson<{ devDependencies: Record<string, string> }>("package.json").devDependencies
  .electron!;
const installed = readJson<{ version: string }>("node_modules/electron/package.json").version;

interface AbiTarget {
  runtime: string;
  target: string;
  future: boolean;
}

/** The three newest Electron majors node-abi lists as released (not `future`). */
function supportedMajors(registry: readonly AbiTarget[]): number[] {
  const released = registry
    .filter((t) => t.runtime === "electron" && !t.future)
    .map((t) => semver.major(t.target));
  return [...new Set(released)].sort((a, b) => b - a).slice(0, 3);
}

describe("the Electron release", () => {
  it("is pinned to one exact version, the one installed", () => {
    expect(semver.valid(pinned), `package.json pins "${pinned}"`).toBe(pinned);
    expect(installed).toBe(pinned);
  });

  it("is a stable release", () => {
    expect(semver.prerelease(pinned)).toBeNull();
  });

  it("is one of the three newest stable majors, the ones Electron still patches", () => {
    const registry = readJson<AbiTarget[]>("node_modules/node-abi/abi_registry.json");
    const majors = supportedMajors(registry);
    expect(majors).toHaveLength(3);
    expect(majors, `Electron ${pinned} against the supported majors`).toContain(
      semver.major(pinned),
    );
  });

  it("reads the supported majors the way it should (newest three, future ones aside)", () => {
    const t = (target: string, future = false): AbiTarget => ({
      runtime: "electron",
      target,
      future,
    });
    const registry = [t("40.0.0-alpha.1"), t("41.0.0"), t("42.0.0-alpha.2"), t("43.0.0", true)];
    expect(
      supportedMajors([...registry, { runtime: "node", target: "44.0.0", future: false }]),
    ).toEqual([42, 41, 40]);
  });
});
