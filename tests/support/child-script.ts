/**
 * Child processes for the crash tests, bundled once into plain JavaScript with esbuild. Started
 * with `node --import tsx`, each child compiled its imports again (about half a second on the
 * shared 2-core machine, and the kill test starts fifty); bundled, a child starts in tens of ms.
 */
import { buildSync } from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Bundled CommonJS libraries call require() for Node's own modules; ESM output has none. */
const requireShim =
  'import { createRequire as __childCreateRequire } from "node:module"; const require = __childCreateRequire(import.meta.url);';

/** Bundles `entry` (a TypeScript file) with everything it imports; returns the .mjs to run. */
export function bundledScript(entry: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-child-"));
  const outfile = path.join(dir, path.basename(entry).replace(/\.ts$/, ".mjs"));
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: requireShim },
  });
  return outfile;
}
