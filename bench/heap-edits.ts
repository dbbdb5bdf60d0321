/**
 * `node --expose-gc --import tsx bench/heap-edits.ts [--edits 120] [--every 10] [--snapshot]`:
 * whether one analyzer, fed edit after edit as the editor's worker feeds it, keeps memory it
 * no longer needs. Random edits of the novel (lines added, paragraphs deleted, words changed,
 * seeded so runs compare), a full pass after each; prints the heap after a GC every few
 * passes. `--snapshot` writes a heap snapshot at the first and last report, to compare;
 * `--worker` gives the analyzer the paragraphs as the worker does (strings of their own) rather
 * than the whole text, as the CLI and the bench do.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { writeHeapSnapshot } from "node:v8";
import { StoryAnalyzer } from "../core/analyzer";
import { storyFromParagraphs } from "../core/story";

const { values } = parseArgs({
  options: {
    edits: { type: "string", default: "120" },
    every: { type: "string", default: "10" },
    snapshot: { type: "boolean", default: false },
    /** Paragraphs as strings of their own, as the editor's worker gives them. */
    worker: { type: "boolean", default: false },
    file: { type: "string", default: new URL("prose/novel.txt", import.meta.url).pathname },
  },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

/** A small seeded generator (mulberry32): the same edits on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(7);
const pick = (n: number): number => Math.floor(next() * n);

/** One writer's edit: a line added, a paragraph deleted or a word changed. */
function edit(paragraphs: string[]): void {
  const i = pick(paragraphs.length);
  const kind = pick(3);
  if (kind === 0) {
    const words = paragraphs[pick(paragraphs.length)]!.split(" ").slice(0, 12).join(" ");
    paragraphs.splice(i, 0, `"${words}," she said.`);
  } else if (kind === 1 && paragraphs.length > 10) {
    paragraphs.splice(i, 1);
  } else {
    const words = paragraphs[i]!.split(" ");
    const w = pick(words.length);
    words[w] = words[w] + (next() < 0.5 ? "s" : "ed");
    paragraphs[i] = words.join(" ");
  }
}

const mb = (): string => {
  gc();
  return (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
};

const paragraphs = readFileSync(values.file, "utf8").split("\n\n");
const story = () =>
  values.worker ? storyFromParagraphs([...paragraphs]) : paragraphs.join("\n\n");
const analyzer = new StoryAnalyzer();
analyzer.analyze(story());
console.log(`edits 0: ${mb()} MB`);
const edits = Number(values.edits);
const every = Number(values.every);
const times: number[] = [];
for (let n = 1; n <= edits; n++) {
  edit(paragraphs);
  const started = performance.now();
  analyzer.analyze(story());
  const ms = performance.now() - started;
  times.push(ms);
  if (n % every === 0) {
    console.log(`edits ${n}: ${mb()} MB (last pass ${ms.toFixed(0)} ms)`);
    if (values.snapshot && (n === every || n === edits))
      console.log(`  snapshot ${writeHeapSnapshot(`/tmp/heap-edits-${n}.heapsnapshot`)}`);
  }
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1]!;
console.log(
  `pass after an edit: median ${median.toFixed(0)} ms over ${edits} (the forced GCs outside the timing)`,
);
