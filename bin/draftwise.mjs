#!/usr/bin/env node
// `draftwise <command>` once installed: the bundled CLI (built by `prepack`), or, in a checkout,
// the same on-demand build `npm run cli` uses. `draftwise open [FILE] [--browser] [--no-open]
// [--port N]` starts the app itself, as `npm start` does.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist", "cli.mjs");
const inCheckout = existsSync(path.join(root, "cli", "main.ts"));
if (process.argv[2] === "open") {
  const built = ["browser-shell.mjs", "renderer/index.html"].every((f) =>
    existsSync(path.join(root, "dist", f)),
  );
  if (!built && inCheckout) {
    const { buildAll } = await import(pathToFileURL(path.join(root, "scripts", "build.mjs")).href);
    await buildAll();
  }
  const { launch } = await import(pathToFileURL(path.join(root, "scripts", "launch.mjs")).href);
  process.exitCode = await launch(process.argv.slice(3));
} else {
  await import(pathToFileURL(inCheckout ? path.join(root, "scripts", "cli.mjs") : bundle).href);
}
