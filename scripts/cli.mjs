#!/usr/bin/env node
// Runs the CLI from a checkout: bundles cli/ with esbuild when the sources are newer than the
// bundle (about 0.2 s), so `npm run cli` works right after `npm install` with no build step.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist", "cli.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const sources = ["core", "cli", "electron/host"].map((d) => path.join(root, d));
const stale =
  !existsSync(bundle) || sources.some((d) => newestSource(d) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildCli } = await import(pathToFileURL(path.join(root, "scripts", "build.mjs")).href);
  await buildCli();
}
// The bundle reads process.argv itself and sets process.exitCode.
await import(pathToFileURL(bundle).href);
