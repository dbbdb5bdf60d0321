/**
 * `npx tsx bench/trace.ts [--words 300000] [--keys 60] [--variant draftwise] [--corpus prose|story] [--eval JS]`:
 * where a keystroke's time goes inside Chromium. Opens one variant the way the bench does,
 * records a Chromium trace (devtools.timeline) while typing, and prints the renderer main
 * thread's self time per trace event per key (style, layout, paint, script...). `--eval` runs
 * code in the page before typing, to try what switching one thing off would save; `--after`
 * prints the value of an expression evaluated after typing.
 */
import { parseArgs } from "node:util";
import { percentile } from "./stats";
import { benchStory, CORPORA, parseCorpus } from "./corpus";
import { withOpenedStory, type Variant } from "./typing";

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
}

/**
 * Self time (µs) per event name on the renderer's main thread, one map per keystroke: the
 * timeline is cut at each keydown dispatch, so each window holds one key and what follows it.
 */
export function selfTimesPerKey(events: readonly TraceEvent[]): Map<string, number>[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const complete = events
    .filter((e) => e.ph === "X" && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const keydowns = complete
    .filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown")
    .map((e) => e.ts);
  const windows = keydowns.map(() => new Map<string, number>());
  const stack: { end: number; name: string; window: Map<string, number> }[] = [];
  let next = 0;
  for (const e of complete) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    // A top-level task that dispatches a keydown opens that key's window.
    if (!stack.length) while (next < keydowns.length && keydowns[next]! < e.ts + e.dur!) next++;
    const self = stack.at(-1)?.window ?? windows[next - 1];
    if (!self) continue;
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, name: e.name, window: self });
  }
  return windows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      words: { type: "string", default: "300000" },
      keys: { type: "string", default: "60" },
      variant: { type: "string", default: "draftwise" },
      corpus: { type: "string", default: CORPORA[0] },
      eval: { type: "string" },
      after: { type: "string" },
    },
  });
  const keys = Number(values.keys);
  const text = benchStory(parseCorpus(values.corpus), Number(values.words));
  await withOpenedStory(values.variant as Variant, text, async (opened) => {
    const { page } = opened;
    if (values.eval) await page.evaluate(values.eval);
    await page.evaluate(`window.__bench.attach(${opened.viewExpression})`);
    const browser = page.context().browser()!;
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink"],
    });
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(i % 6 === 5 ? "Space" : "e");
      await page.evaluate(`window.__bench.waitForSamples(${i + 1}, 10000)`);
      await page.waitForTimeout(60);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as {
      traceEvents: TraceEvent[];
    };
    if (values.after)
      process.stdout.write(`after: ${JSON.stringify(await page.evaluate(values.after))}\n`);
    if (process.env.TRACE_DUMP)
      (await import("node:fs")).writeFileSync(process.env.TRACE_DUMP, JSON.stringify(trace));
    const samples = (await page.evaluate("window.__bench.samples")) as { keyMs: number }[];
    const keyMs = samples.map((s) => s.keyMs);
    process.stdout.write(
      `${values.variant}: key p50 ${percentile(keyMs, 50).toFixed(1)} ms, p95 ${percentile(keyMs, 95).toFixed(1)} ms\n`,
    );
    const windows = selfTimesPerKey(trace.traceEvents);
    const names = new Set(windows.flatMap((w) => [...w.keys()]));
    const rows = [...names].map((name) => {
      const per = windows.map((w) => (w.get(name) ?? 0) / 1000);
      return {
        name,
        mean: per.reduce((a, b) => a + b, 0) / per.length,
        p50: percentile(per, 50),
        p95: percentile(per, 95),
      };
    });
    process.stdout.write(`${windows.length} keydown windows; ms per key: mean, p50, p95\n`);
    for (const r of rows
      .sort((a, b) => b.mean - a.mean)
      .slice(0, Number(process.env.TRACE_ROWS ?? 18)))
      process.stdout.write(
        `${r.mean.toFixed(2).padStart(7)} ${r.p50.toFixed(2).padStart(7)} ${r.p95.toFixed(2).padStart(7)}  ${r.name}\n`,
      );
  });
}

void main();
