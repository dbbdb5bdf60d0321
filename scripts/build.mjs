#!/usr/bin/env node
// Bundles the four programs with esbuild: the renderer (browser), Electron's main and preload,
// and the CLI. Static files (HTML, CSS, dictionaries) are copied beside the renderer bundle.
import { build } from "esbuild";
import { cpSync, mkdirSync } from "node:fs";

import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

const common = { bundle: true, sourcemap: "linked", logLevel: "warning", absWorkingDir: root };

export async function buildCli() {
  await build({
    ...common,
    entryPoints: ["cli/main.ts"],
    outfile: "dist/cli.mjs",
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: false,
  });
}

export async function buildRenderer() {
  const out = path.join(dist, "renderer");
  await build({
    ...common,
    entryPoints: { app: "renderer/main.ts" },
    outdir: "dist/renderer",
    platform: "browser",
    format: "esm",
    target: "chrome120",
  });
  for (const file of ["index.html", "styles.css"]) cpSync(path.join(root, "renderer", file), path.join(out, file));
}

export async function buildElectron() {
  await build({
    ...common,
    entryPoints: ["electron/main.ts"],
    outfile: "dist/electron/main.mjs",
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
  });
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  await build({
    ...common,
    entryPoints: ["electron/preload.ts"],
    outfile: "dist/electron/preload.cjs",
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["electron"],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(dist, { recursive: true });
  await Promise.all([buildCli(), buildRenderer(), buildElectron()]);
}

