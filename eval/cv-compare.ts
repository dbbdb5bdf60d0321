/**
 * `npx tsx eval/cv-compare.ts BASE.json OTHER.json`: two cross-validation runs of
 * eval/train-speakers.ts (`--dump=FILE`) compared story by story, counts only. For each folder
 * and mode (cast, no cast), the held-out model's official score in each run, the difference in
 * points and lines, by half (the folder's stories in name order, even and odd places, as the
 * training script splits them) and both, the stories up and down, and a 95% bootstrap interval
 * of the difference over stories (2,000 resamples from a fixed seed, so two runs print the same).
 * Then the same pooled over every folder. No story text is read, so it may run on any set.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

interface Official {
  readonly right: number;
  readonly matched: number;
}
interface Row {
  readonly story: string;
  readonly mode: string;
  readonly trained: Official;
}
/** One story in one mode: held-out lines right in each run, and lines scored. */
interface Pair {
  readonly folder: string;
  readonly half: number;
  readonly base: number;
  readonly other: number;
  readonly matched: number;
}

const RESAMPLES = 2000;

/** A small deterministic generator (mulberry32), so the interval is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pairs(baseFile: string, otherFile: string, mode: string): Pair[] {
  const read = (f: string): Row[] =>
    (JSON.parse(readFileSync(f, "utf8")) as Row[]).filter((r) => r.mode === mode);
  const other = new Map(read(otherFile).map((r) => [r.story, r.trained]));
  const base = read(baseFile);
  const byFolder = new Map<string, string[]>();
  for (const r of base) {
    const dir = path.dirname(r.story);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), r.story]);
  }
  for (const list of byFolder.values()) list.sort();
  return base.flatMap((r) => {
    const o = other.get(r.story);
    if (!o) return [];
    const folder = path.dirname(r.story);
    const half = byFolder.get(folder)!.indexOf(r.story) % 2;
    return [{ folder, half, base: r.trained.right, other: o.right, matched: r.trained.matched }];
  });
}

function interval(ps: readonly Pair[]): [number, number] {
  const next = random(20261208);
  const diffs: number[] = [];
  for (let k = 0; k < RESAMPLES; k++) {
    let d = 0;
    let n = 0;
    for (let j = 0; j < ps.length; j++) {
      const p = ps[Math.floor(next() * ps.length)]!;
      d += p.other - p.base;
      n += p.matched;
    }
    diffs.push(n ? (100 * d) / n : 0);
  }
  diffs.sort((a, b) => a - b);
  return [diffs[Math.floor(0.025 * RESAMPLES)]!, diffs[Math.floor(0.975 * RESAMPLES)]!];
}

function line(label: string, ps: readonly Pair[]): string {
  const sum = (f: (p: Pair) => number, of: readonly Pair[]): number =>
    of.reduce((n, p) => n + f(p), 0);
  const pct = (of: readonly Pair[], f: (p: Pair) => number): string => {
    const n = sum((p) => p.matched, of);
    return n ? ((100 * sum(f, of)) / n).toFixed(1) : "-";
  };
  const halves = [0, 1].map((h) => {
    const of = ps.filter((p) => p.half === h);
    return `${pct(of, (p) => p.base)}->${pct(of, (p) => p.other)}`;
  });
  const d = sum((p) => p.other - p.base, ps);
  const up = ps.filter((p) => p.other > p.base).length;
  const down = ps.filter((p) => p.other < p.base).length;
  const [lo, hi] = interval(ps);
  return (
    `  ${label.padEnd(38)}${pct(ps, (p) => p.base).padStart(6)}${pct(ps, (p) => p.other).padStart(7)}  ${halves[0]!.padEnd(12)}${halves[1]!.padEnd(12)}${(d >= 0 ? "+" : "") + d}`.padEnd(
      96,
    ) +
    `${up}/${down}`.padEnd(8) +
    `${lo.toFixed(2)} to ${hi.toFixed(2)}`
  );
}

function main(argv: readonly string[]): void {
  const [baseFile, otherFile] = argv;
  if (!baseFile || !otherFile) {
    process.stderr.write("usage: npx tsx eval/cv-compare.ts BASE.json OTHER.json\n");
    process.exitCode = 2;
    return;
  }
  const out = [
    "held-out official score, BASE -> OTHER (trained columns of two train-speakers dumps)",
    "  folder, mode                           base  other  even half   odd half    lines   up/down 95% (points)",
  ];
  for (const mode of ["cast", "no cast"]) {
    const all = pairs(baseFile, otherFile, mode);
    const folders = [...new Set(all.map((p) => p.folder))];
    for (const f of folders)
      out.push(
        line(
          `${f}, ${mode}`,
          all.filter((p) => p.folder === f),
        ),
      );
    out.push(line(`pooled, ${mode}`, all));
  }
  process.stdout.write(out.join("\n") + "\n");
}

main(process.argv.slice(2));
