// Whether dist/cli.mjs is older than the sources it bundles (or missing, or without the
// dictionary forms the build compiles with it). scripts/cli.mjs rebuilds on demand when it is;
// the integration tests' setup builds only then, so `npm test`, which has just built, does not
// build it a second time.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = path.join(root, "dist", "cli.mjs");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

export function cliBundleIsStale() {
  if (!existsSync(CLI_BUNDLE) || !existsSync(path.join(root, "dist", "dictionaries"))) return true;
  const built = statSync(CLI_BUNDLE).mtimeMs;
  return ["core", "cli", "electron/host"].some((d) => newestSource(path.join(root, d)) > built);
}
