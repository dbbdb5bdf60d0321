#!/usr/bin/env node
// `npm start [-- path/to/draft.txt]`: launches the built app, or says in one line why it cannot.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { electronBinary } from "./electron-binary.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const found = electronBinary();
if (!found.path) {
  console.error(`draftwise: ${found.reason}`);
  process.exit(1);
}
const files = process.argv.slice(2).map((f) => path.resolve(f));
const child = spawn(found.path, [root, ...files], { stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
