// Finds the Electron binary without Electron's own noisy first-run download. Returns
// { path } or { reason } (one line saying why it is missing and what to do).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export function electronBinary({ download = true } = {}) {
  let dir;
  try {
    dir = path.dirname(require.resolve("electron/package.json"));
  } catch {
    return { reason: "Electron is not installed; run `npm install` first." };
  }
  const pathFile = path.join(dir, "path.txt");
  const resolve = () => {
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      return path.join(
        process.env.ELECTRON_OVERRIDE_DIST_PATH,
        existsSync(pathFile) ? readFileSync(pathFile, "utf8") : "electron",
      );
    }
    return existsSync(pathFile) ? path.join(dir, "dist", readFileSync(pathFile, "utf8")) : null;
  };
  let binary = resolve();
  if ((!binary || !existsSync(binary)) && download) {
    // Electron 42+ fetches its binary on first run; try once, quietly, with a time limit.
    spawnSync(process.execPath, [path.join(dir, "install.js")], {
      stdio: "ignore",
      timeout: 120_000,
    });
    binary = resolve();
  }
  if (binary && existsSync(binary)) return { path: binary };
  return {
    reason:
      "The Electron binary is not available and could not be downloaded (no network access?). Run `npm start` on a machine that can reach Electron's download server, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron; the CLI and browser tests work without it.",
  };
}
