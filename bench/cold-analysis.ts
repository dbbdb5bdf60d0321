/**
 * `npx tsx bench/cold-analysis.ts [--runs N] [--base DIR] [--patterns] [FILE...]`: the first, cold analysis
 * of a story in a fresh Node process, as the CLI runs it (`analyzeStory` with both
 * dictionaries), against a second, warm one in the same process; the median of N fresh
 * processes. A cold analysis pays for compiling every regular expression it meets (V8 compiles
 * a pattern at its first `exec`, and again to machine code at its second).
 *
 * `--base DIR` times another tree's core/ and electron/ too (say `git archive HEAD core electron`
 * unpacked there), its processes alternating with these, so that a busy machine's load falls on
 * both alike.
 *
 * `--patterns` lists the patterns the first analysis of the first file runs, each timed alone
 * in a fresh process (built, then run twice on a one-byte and a two-byte line), costliest first.
 * Defaults: the bundled story and a 418-byte one.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { median, round } from "./stats";

const root = path.resolve(import.meta.dirname, "..");
const STORIES = ["documents/story.txt", "tests/fixtures/safety/lighthouse.txt"];

/** The child: reads the story as the CLI does, then analyses it twice, timing each. */
const CHILD = `
import { analyzeStory } from "./core/analyze";
import { readDictionaryFiles } from "./electron/host/dictionaries";
import { readStoryFile } from "./electron/host/story-files";
import { performance } from "node:perf_hooks";

const [mode, file] = process.argv.slice(2);
const read = await readStoryFile(file);
if (!read.ok) throw new Error(read.error.message);
const text = read.value.text;
const dictionaries = await Promise.all([readDictionaryFiles("en-GB"), readDictionaryFiles("en-US")]);
const seen = new Map();
if (mode === "patterns") {
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (s) {
    seen.set(this.flags + "/" + this.source, [this.source, this.flags]);
    return exec.call(this, s);
  };
}
function timed() {
  const cpu = process.cpuUsage();
  const start = performance.now();
  analyzeStory(text, { file, dictionaries });
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}
const cold = timed();
if (mode === "patterns") console.log(JSON.stringify([...seen.values()]));
else console.log(JSON.stringify({ cold, warm: mode === "cold" ? cold : timed() }));
`;

/** One pattern built and run in a fresh process: the ms of its compilation (and matching). */
const ONE_PATTERN = `
import { performance } from "node:perf_hooks";
const [source, flags] = JSON.parse(process.argv[2]);
const lines = ["The sun came up over the harbour, and she said nothing.", "“Back at the flat,” she said — later."];
const start = performance.now();
for (const line of lines) {
  const re = new RegExp(source, flags);
  re.exec(line);
  re.lastIndex = 0;
  re.exec(line);
}
console.log(performance.now() - start);
`;

async function bundle(dir: string, name: string, contents: string, from = root): Promise<string> {
  const outfile = path.join(dir, name);
  await build({
    stdin: { contents, resolveDir: from, loader: "ts" },
    nodePaths: [path.join(root, "node_modules")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "warning",
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
  });
  return outfile;
}

function runNode(script: string, args: readonly string[]): string {
  return execFileSync(process.execPath, [script, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
}

interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: "string", default: "7" },
      base: { type: "string" },
      patterns: { type: "boolean" },
    },
  });
  const runs = Number(values.runs);
  const files = positionals.length > 0 ? positionals : STORIES;
  // Beside the CLI's bundle, so that the dictionaries' packages resolve from it as from the CLI.
  const dir = path.join(root, "dist", "bench");
  mkdirSync(dir, { recursive: true });
  const child = await bundle(dir, "child.mjs", CHILD);

  if (values.patterns) {
    const patterns = JSON.parse(runNode(child, ["patterns", files[0]!])) as [string, string][];
    const one = path.join(dir, "one.mjs");
    writeFileSync(one, ONE_PATTERN);
    const costs = patterns.map(([source, flags]) => ({
      ms: Number(runNode(one, [JSON.stringify([source, flags])])),
      pattern: `/${source.length > 100 ? source.slice(0, 100) + "…" : source}/${flags}`,
    }));
    costs.sort((a, b) => b.ms - a.ms);
    const total = costs.reduce((sum, c) => sum + c.ms, 0);
    console.log(`${patterns.length} patterns, ${round(total, 1)} ms timed each alone`);
    for (const c of costs.slice(0, 40))
      console.log(`${round(c.ms, 1).toFixed(1).padStart(7)}  ${c.pattern}`);
    return;
  }

  const children: [string, string][] = [["", child]];
  if (values.base) {
    const base = path.resolve(values.base);
    children.unshift(["base ", await bundle(dir, "base-child.mjs", CHILD, base)]);
  }
  for (const file of files) {
    const results = children.map((): { cold: Timing; warm: Timing }[] => []);
    for (let i = 0; i < runs; i++)
      children.forEach(([, script], k) =>
        results[k]!.push(JSON.parse(runNode(script, ["time", file]))),
      );
    children.forEach(([label], k) => {
      const m = (pick: (r: { cold: Timing; warm: Timing }) => number): number =>
        round(median(results[k]!.map(pick)), 1);
      console.log(
        `${label}${file}: cold ${m((r) => r.cold.ms)} ms (cpu ${m((r) => r.cold.cpuMs)}), warm ${m((r) => r.warm.ms)} ms (cpu ${m((r) => r.warm.cpuMs)}); median of ${runs} processes`,
      );
    });
  }
}

await main();
