/**
 * `npx tsx bench/profile-analysis.ts [--words 120000] [--corpus prose|story] [--top 30]`: where
 * the analysis's time goes in Node, on the bench's text. Profiles a full analysis on a fresh
 * analyzer, then the full pass after a one-word edit (caches warm), as bench/analysis.ts times
 * them; writes test-results/analysis-full.cpuprofile and analysis-after-edit.cpuprofile (open
 * them in Chrome DevTools) and prints the functions with the most self time in each.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { StoryAnalyzer } from "../core/analyzer";
import { parseStory } from "../core/story";
import { oneWordEdit } from "./analysis";
import { benchStory, parseCorpus } from "./corpus";
import { selfTimes, type CpuProfile } from "./cpu-profile";

/** Runs `run` under the profiler; writes the profile and prints its top self times. */
async function profiled(
  session: Session,
  name: string,
  top: number,
  run: () => void,
): Promise<void> {
  await session.post("Profiler.start");
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: CpuProfile };
  const out = path.resolve(import.meta.dirname, "../test-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `analysis-${name}.cpuprofile`), JSON.stringify(profile));
  process.stdout.write(`\n${name}: ${ms.toFixed(0)} ms\n`);
  for (const { name: fn, ms: self } of selfTimes(profile).slice(0, top))
    process.stdout.write(`${self.toFixed(1).padStart(8)} ms  ${fn}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      words: { type: "string", default: "120000" },
      corpus: { type: "string", default: "prose" },
      top: { type: "string", default: "30" },
    },
  });
  const text = benchStory(parseCorpus(values.corpus), Number(values.words));
  const story = parseStory(text);
  const edited = parseStory(oneWordEdit(text));
  const analyzer = new StoryAnalyzer({});
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await profiled(session, "full", Number(values.top), () => analyzer.analyze(story));
  await profiled(session, "after-edit", Number(values.top), () => analyzer.analyze(edited));
  session.disconnect();
}

main().catch((error: unknown) => {
  process.stderr.write(`profile-analysis: ${String(error)}\n`);
  process.exit(1);
});
