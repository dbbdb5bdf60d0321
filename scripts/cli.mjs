#!/usr/bin/env node
// Runs the CLI from a checkout: bundles cli/ with esbuild when the sources are newer than the
// bundle (about 0.2 s), so `npm run cli` works right after `npm install` with no build step.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CLI_BUNDLE, cliBundleIsStale } from "./cli-bundle.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (cliBundleIsStale()) {
  const { buildCli } = await import(pathToFileURL(path.join(root, "scripts", "build.mjs")).href);
  await buildCli();
}
// The bundle reads process.argv itself and sets process.exitCode.
await import(pathToFileURL(CLI_BUNDLE).href);
