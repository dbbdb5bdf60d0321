/**
 * `npx tsx eval/place-exposition.ts DIR [DIR...] [--nobreak DIR...] [--scale CUE,CUE]`: the place
 * cues that fire
 * inside exposition, counted. LitBank's openings describe a house, a street or a room for pages
 * before any scene is played ("The library occupied the west side of the chateau"), and a place
 * cue there makes an extra; a modern story's scene often opens on its place too ("The ward
 * smelled of oranges"). What may tell them apart is whether the section has yet told a line of
 * talk: exposition comes before the first scene, and a scene once begun has people speaking.
 *
 * For every candidate whose cues hold `place` or `newPlace`, by set: whether a paragraph before
 * it in its section holds talk (`talk before`) or none does (`no talk yet`), and whether the
 * place cues are its only cues of time, place or viewpoint (`place alone`); per class the
 * firings, those at gold (a gold boundary within one paragraph), those chosen under the
 * default weights and those chosen at gold. Then, simulated, each set's boundary F1 with the
 * place cues scaled by 0.5 and by 0 where no talk came before in the section. A `--nobreak`
 * folder (speakers-dev) has no scene gold: every boundary there is counted as false. `--scale
 * time,clock` simulates those cues scaled instead (the time told in an opening's exposition,
 * scenes-40's gate, measured again with the sets since). Names and
 * counts only, so a held-out folder can be read.
 */
import {
  BOUNDARY_WEIGHTS,
  chooseBoundaries,
  type BoundaryCandidate,
  type CueName,
} from "../core/scenes";
import { reweighed } from "../core/scenes/place-turnover";
import { f1, prepare, sumOf, type Counts, type Prepared } from "./scene-fit";
import { matchBoundaries } from "./scenes";
import { loadStories } from "./stories";

/** The cues that tell a change on their own, beside a place: a place firing with none is alone. */
const OTHER_SIGNS: readonly CueName[] = [
  "pov",
  "pronoun",
  "pronounTurn",
  "person",
  "time",
  "clock",
  "letter",
  "heading",
];

interface Tally {
  firings: number;
  atGold: number;
  chosen: number;
  chosenAtGold: number;
}

const empty = (): Tally => ({ firings: 0, atGold: 0, chosen: 0, chosenAtGold: 0 });

/** Whether any paragraph of the section before `i` (the `window` before it, if given) holds talk. */
function talkBefore(section: Prepared["sections"][number], i: number, window = i): boolean {
  return section.features.slice(Math.max(0, i - window), i).some((f) => f.dialogue > 0);
}

/** The story's boundaries with the `scaled` cues times `scale` where no talk came before. */
function predictScaled(story: Prepared, scale: number, scaled: readonly CueName[]): number[] {
  const out: number[] = [];
  story.sections.forEach((s, k) => {
    if (k > 0) out.push(s.firstParagraph);
    const changed: BoundaryCandidate[] = s.candidates.map((c) => {
      if (!c.cues || talkBefore(s, c.paragraph)) return c;
      const cues = { ...c.cues };
      for (const name of scaled) if (cues[name]) cues[name] *= scale;
      return { ...c, cues };
    });
    const candidates = reweighed(s.features, s.evidence, changed, BOUNDARY_WEIGHTS);
    for (const c of chooseBoundaries(s.features, candidates, BOUNDARY_WEIGHTS))
      out.push(s.firstParagraph + c.paragraph);
  });
  return out;
}

async function main(argv: readonly string[]): Promise<void> {
  const stories: Prepared[] = [];
  let scaled: CueName[] = ["place", "newPlace"];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--scale") {
      scaled = (argv[++i] ?? "").split(",") as CueName[];
      continue;
    }
    const noBreak = argv[i] === "--nobreak";
    const dir = noBreak ? argv[++i]! : argv[i]!;
    for (const s of await loadStories(dir)) {
      const p = prepare(s, dir, noBreak);
      if (p) stories.push(p);
    }
  }
  const sets = [...new Set(stories.map((s) => s.source))];
  const classes = [
    "talk in the 3 before",
    "talk earlier only",
    "no talk yet",
    "no talk yet, place alone",
    "no talk in the 3 before, place alone",
  ];
  const lines = [
    "| set | class | firings | at gold | chosen | chosen at gold |",
    "|---|---|--:|--:|--:|--:|",
  ];
  const sim = [
    `| set | F1 as now | ${scaled.join("+")} x0.5, no talk yet | x0, no talk yet |`,
    "|---|--:|--:|--:|",
  ];
  for (const set of sets) {
    const tallies = new Map(classes.map((c) => [c, empty()]));
    const counts: Counts[][] = [[], [], []];
    for (const story of stories.filter((s) => s.source === set)) {
      const chosen = new Set(predictScaled(story, 1, scaled));
      const near = (p: number, among: Iterable<number>): boolean =>
        [...among].some((g) => Math.abs(g - p) <= 1);
      for (const s of story.sections)
        for (const c of s.candidates) {
          if (!c.cues || !(c.cues.place || c.cues.newPlace)) continue;
          const at = s.firstParagraph + c.paragraph;
          const talk = talkBefore(s, c.paragraph);
          const alone = !OTHER_SIGNS.some((k) => c.cues![k]);
          const near3 = talkBefore(s, c.paragraph, 3);
          const mine = [
            near3 ? "talk in the 3 before" : talk ? "talk earlier only" : "no talk yet",
          ];
          if (!talk && alone) mine.push("no talk yet, place alone");
          if (!near3 && alone) mine.push("no talk in the 3 before, place alone");
          for (const name of mine) {
            const t = tallies.get(name)!;
            t.firings++;
            if (near(at, story.gold)) t.atGold++;
            if (chosen.has(at)) t.chosen++;
            if (chosen.has(at) && near(at, story.gold)) t.chosenAtGold++;
          }
        }
      [1, 0.5, 0].forEach((scale, k) => {
        const predicted = predictScaled(story, scale, scaled);
        counts[k]!.push({
          hits: matchBoundaries(predicted, story.gold),
          predicted: predicted.length,
          gold: story.gold.length,
        });
      });
    }
    for (const name of classes) {
      const t = tallies.get(name)!;
      lines.push(
        `| ${set} | ${name} | ${t.firings} | ${t.atGold} | ${t.chosen} | ${t.chosenAtGold} |`,
      );
    }
    const cell = (all: readonly Counts[]): string => {
      const c = sumOf(all);
      const below = all.filter((x) => f1(x) < 0.7).length;
      return `${f1(c).toFixed(3)} (${c.hits}/${c.predicted}/${c.gold}), ${below}`;
    };
    sim.push(`| ${set} | ${counts.map(cell).join(" | ")} |`);
  }
  process.stdout.write(
    [...lines, "", "F1 (hits/predicted/gold), stories below 0.7:", "", ...sim].join("\n") + "\n",
  );
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`place-exposition: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
