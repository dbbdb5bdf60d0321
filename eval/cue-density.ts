/**
 * `npx tsx eval/cue-density.ts DIR [DIR...]`: how densely candidates score over the price in a
 * story, against how densely its gold boundaries fall. Asks whether a story where cues fire
 * everywhere (a novel's description, a kitchen's clock) should pay a dearer price: if the
 * density of candidates over the price rose where gold is sparse, it would. Per folder: the
 * mean candidates over the price and gold boundaries per 1,000 words, their correlation over the
 * stories, and, binned by that density, the stories' gold, chosen and matched boundaries under
 * the default weights. Counts only, so a held-out folder can be read.
 */
import { BOUNDARY_WEIGHTS } from "../core/scenes";
import { reweighed } from "../core/scenes/place-turnover";
import { countsOf, prepare } from "./scene-fit";
import { loadStories } from "./stories";

const BINS = [0, 1, 2, 3, 5, Infinity];

interface Row {
  readonly density: number;
  readonly goldDensity: number;
  readonly gold: number;
  readonly chosen: number;
  readonly hits: number;
}

const mean = (a: readonly number[]): number => a.reduce((x, y) => x + y, 0) / a.length;

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const [mx, my] = [mean(xs), mean(ys)];
  const cov = mean(xs.map((x, i) => (x - mx) * (ys[i]! - my)));
  const sd = (a: readonly number[], m: number): number =>
    Math.sqrt(mean(a.map((x) => (x - m) ** 2)));
  return cov / (sd(xs, mx) * sd(ys, my));
}

async function main(dirs: readonly string[]): Promise<void> {
  for (const dir of dirs) {
    const rows: Row[] = [];
    for (const story of await loadStories(dir)) {
      const p = prepare(story, dir);
      if (!p) continue;
      let over = 0;
      for (const s of p.sections) {
        const candidates = reweighed(s.features, s.evidence, s.candidates, BOUNDARY_WEIGHTS);
        over += candidates.filter((c) => c.score >= BOUNDARY_WEIGHTS.price).length;
      }
      const counts = countsOf(p, BOUNDARY_WEIGHTS);
      rows.push({
        density: (over * 1000) / p.words,
        goldDensity: (p.gold.length * 1000) / p.words,
        gold: p.gold.length,
        chosen: counts.predicted,
        hits: counts.hits,
      });
    }
    if (rows.length === 0) continue;
    const xs = rows.map((r) => r.density);
    const ys = rows.map((r) => r.goldDensity);
    const lines = [
      `${dir}: over the price ${mean(xs).toFixed(2)}/1k, gold ${mean(ys).toFixed(2)}/1k, ` +
        `r ${correlation(xs, ys).toFixed(2)}`,
    ];
    for (let b = 0; b + 1 < BINS.length; b++) {
      const mine = rows.filter((r) => r.density >= BINS[b]! && r.density < BINS[b + 1]!);
      const sum = (k: "gold" | "chosen" | "hits"): number => mine.reduce((n, r) => n + r[k], 0);
      lines.push(
        `  ${BINS[b]} to ${BINS[b + 1]}/1k: ${mine.length} stories, gold ${sum("gold")}, ` +
          `chosen ${sum("chosen")}, hits ${sum("hits")}`,
      );
    }
    process.stdout.write(lines.join("\n") + "\n");
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`cue-density: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
