#!/usr/bin/env node
// `draftwise <command>` once installed: the bundled CLI (built by `prepack`), or, in a checkout,
// the same on-demand build `npm run cli` uses.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist", "cli.mjs");
const inCheckout = existsSync(path.join(root, "cli", "main.ts"));
await import(pathToFileURL(inCheckout ? path.join(root, "scripts", "cli.mjs") : bundle).href);
