/**
 * Runs @doyensec/electronegativity over the Electron sources, the built main and preload, and
 * the page's HTML, and fails on any finding not in the reviewed allowlist. The tool exits 0
 * whatever it finds, so its SARIF output is parsed instead of trusting the exit code.
 */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
// @ts-expect-error: a plain .mjs build script without type declarations.
import { buildElectron } from "../../scripts/build.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const allowlist = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "electronegativity-allowlist.json"), "utf8"),
) as {
  excludedChecks: Record<string, string>;
  findings: { rule: string; file: string; reason: string }[];
};
const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@doyensec/electronegativity/package.json")),
  "dist",
  "index.js",
);
const electronVersion = (
  JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    devDependencies: Record<string, string>;
  }
).devDependencies.electron!;

interface Finding {
  readonly rule: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Copies what ships into one folder, with the names the allowlist uses (the tool reads .js, not .mjs/.cjs). */
async function scanTree(): Promise<string> {
  await buildElectron();
  const tree = mkdtempSync(path.join(tmpdir(), "draftwise-electronegativity-"));
  cpSync(path.join(root, "electron"), path.join(tree, "electron"), { recursive: true });
  mkdirSync(path.join(tree, "dist", "electron"), { recursive: true });
  cpSync(path.join(root, "dist/electron/main.mjs"), path.join(tree, "dist/electron/main.js"));
  cpSync(path.join(root, "dist/electron/preload.cjs"), path.join(tree, "dist/electron/preload.js"));
  mkdirSync(path.join(tree, "renderer"));
  cpSync(path.join(root, "renderer/index.html"), path.join(tree, "renderer/index.html"));
  return tree;
}

async function runElectronegativity(tree: string): Promise<Finding[]> {
  const out = path.join(tree, "..", `${path.basename(tree)}.sarif`);
  const args = [
    cli,
    "-i",
    tree,
    "-o",
    out,
    "-r",
    "-v",
    "false",
    "-e",
    electronVersion,
    "-x",
    Object.keys(allowlist.excludedChecks).join(","),
  ];
  await promisify(execFile)(process.execPath, args, { cwd: tree, timeout: 60_000 });
  const sarif = JSON.parse(readFileSync(out, "utf8")) as {
    runs: {
      results: {
        ruleId: string;
        message: { text: string };
        locations?: {
          physicalLocation?: {
            artifactLocation?: { uri?: string };
            region?: { startLine?: number };
          };
        }[];
      }[];
    }[];
  };
  return sarif.runs.flatMap((run) =>
    run.results.map((r) => ({
      rule: r.ruleId,
      file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "",
      line: r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
      message: r.message.text,
    })),
  );
}

const allowed = (f: Finding): boolean =>
  allowlist.findings.some((a) => a.rule === f.rule && f.file.replace(/\\/g, "/").endsWith(a.file));

describe("electronegativity", () => {
  it("reports nothing beyond the reviewed allowlist", { timeout: 90_000 }, async () => {
    const findings = await runElectronegativity(await scanTree());
    // The scan must have read our files: the reviewed window options are always reported.
    expect(findings.some((f) => f.file.endsWith("electron/window.ts"))).toBe(true);
    expect(findings.some((f) => f.file.endsWith("dist/electron/main.js"))).toBe(true);
    const unreviewed = findings
      .filter((f) => !allowed(f))
      .map((f) => `${f.rule} ${f.file}:${f.line} ${f.message}`);
    expect(unreviewed).toEqual([]);
    for (const entry of allowlist.findings)
      expect(entry.reason.length, `${entry.rule} needs a reason`).toBeGreaterThan(20);
  });
});
