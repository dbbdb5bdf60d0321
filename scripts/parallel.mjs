#!/usr/bin/env node
// Runs shell commands at the same time and fails if any fails: `node scripts/parallel.mjs
// "tsc -p core" "tsc -p renderer"`. The checks `npm test` runs first (tsc, ESLint, Prettier)
// each use one core; one after another they left the second core idle. Each command's output
// is printed whole when it ends, under one line that names it, says how it ended and how long
// it took, so two outputs never interleave.
import { spawn } from "node:child_process";

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('usage: node scripts/parallel.mjs "COMMAND" ["COMMAND"...]');
  process.exit(2);
}

function run(command) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
    const output = [];
    child.stdout.on("data", (chunk) => output.push(chunk));
    child.stderr.on("data", (chunk) => output.push(chunk));
    let finished = false;
    const finish = (code, error) => {
      if (finished) return; // "error" can be followed by "close"
      finished = true;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      process.stdout.write(`${ok ? "ok  " : "FAIL"} ${command} (${seconds} s)\n`);
      const text = Buffer.concat(output).toString() + (error ? `${error.message}\n` : "");
      if (text.trim()) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
      resolve(ok);
    };
    child.on("error", (error) => finish(null, error));
    child.on("close", (code) => finish(code, null));
  });
}

const results = await Promise.all(commands.map(run));
process.exitCode = results.every(Boolean) ? 0 : 1;
