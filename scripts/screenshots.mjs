#!/usr/bin/env node
// `npm run screenshots`: builds the app, then runs the e2e files that take screenshots (those
// importing tests/support/screenshots.ts) with DRAFTWISE_SCREENSHOTS=1, so they write their PNGs to
// test-results/. `npm test` runs the same tests without them: a screenshot asserts nothing.
// Test files named on the command line run instead of all of them (`npm run screenshots --
// tests/e2e/notes.test.ts`); other arguments go to vitest (`npm run screenshots -- -t "dark"`).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const e2e = path.join(root, "tests", "e2e");
const named = process.argv.slice(2).filter((arg) => arg.endsWith(".test.ts"));
const options = process.argv.slice(2).filter((arg) => !arg.endsWith(".test.ts"));
const taking = readdirSync(e2e)
  .filter((name) => name.endsWith(".test.ts"))
  .filter((name) =>
    readFileSync(path.join(e2e, name), "utf8").includes('from "../support/screenshots"'),
  )
  .map((name) => path.join("tests", "e2e", name));
const files = named.length > 0 ? named : taking;

const run = (command, args, env = process.env) =>
  spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env,
    shell: process.platform === "win32",
  }).status ?? 1;

let status = run(process.execPath, [path.join(root, "scripts", "build.mjs")]);
if (status === 0) {
  const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
  const args = [vitest, "run", "--project", "e2e", ...files, ...options];
  status = run(process.execPath, args, { ...process.env, DRAFTWISE_SCREENSHOTS: "1" });
}
process.exitCode = status;
