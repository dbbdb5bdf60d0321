/**
 * `npx tsx eval/cue-agreement.ts DIR [DIR...]`: do weak scene cues that agree mark a scene
 * change? Every paragraph after a section's first gets a vector of weak cues, each firing on
 * its own far more often inside a scene than at its start (scenes-34, -37, -38):
 *
 * - `time`: the detector's time or clock cue, or a time word in the opening sentence ("around
 *   midnight I go", "Sunday we close");
 * - `place`: the detector's `place` or `newPlace` cue;
 * - `people`: someone acts in the three paragraphs from it who did not in the three before,
 *   while someone of before still does; `allNew`: none of before acts after;
 * - `pov`: the detector's `pov`, `pronoun` or `pronounTurn` cue, or whom the resolved evidence
 *   follows most over three paragraphs a side turns;
 * - `cohesion`: the lexical cohesion dip at the gap, z over 1 (cohesion.ts);
 * - `tense`: the narration's tense turns (was/had against is/has) from the three before;
 * - `person`: the detector's turn between "I" and "he" or "she" narrating (`person`);
 * - `talkRun`: a paragraph of narration after three or more of the four before were talk.
 *
 * A pair or a triple of cues "agrees" at paragraph k within w paragraphs when each fires
 * somewhere in k-w..k+w; consecutive paragraphs where it agrees are one firing. "votes >= N"
 * rows count instead N or more distinct cues of the seven (the people's two as one vote, the
 * narration's person left out) firing in k-w..k+w, one of them at k. A firing is at
 * gold when a gold boundary lies within one paragraph of it (the eval's tolerance); in a folder
 * without scene gold (LitBank's excerpts, speakers-dev's stories) every firing is false.
 * "Found" means the detector already chooses a boundary there; the unfound gold against the
 * unchosen false firings is what a bonus could add. Its score is the detector's best in the
 * firing (what the sum already reads of it). Pooled counts only, so it may run on any folder;
 * `--misses` lists each missed gold boundary of a folder with its score, its best rival within
 * the scene minimum and the cues there (it names stories: refused on the check sets), and
 * `--simulate=CUES@W` (`time+allNew+cohesion@0`, `votes4@0`) adds a bonus (`--bonus=0.25`) at
 * the best-scored paragraph of each firing of one combination and chooses the boundaries again
 * (`--detail` lists what it adds and drops, by story: refused on the check sets).
 * `--detector-time` reads `time` from the detector's cues alone, without the time word.
 */
import { BOUNDARY_WEIGHTS, chooseBoundaries, type ParagraphFeatures } from "../core/scenes";
import type { BoundaryCandidate } from "../core/scenes/boundary-weights";
import { refuseCheckSets } from "./check-sets";
import { f1Of, matchBoundaries, sceneGold, sectionsAsAnalyzed } from "./scenes";
import { openingSentence, tense } from "./narration-text";
import { loadStories } from "./stories";
import { leadOver } from "./stretch-lead";

const CUES = [
  "time",
  "place",
  "people",
  "allNew",
  "pov",
  "cohesion",
  "tense",
  "person",
  "talkRun",
] as const;
type Cue = (typeof CUES)[number];

const TIME_WORD =
  /(?<![\p{L}])(?:morning|afternoon|evening|night|tonight|midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|nightfall|lunchtime|teatime|bedtime|o['’]clock|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|spring|summer|autumn|winter|weekend|later|next day|following)(?![\p{L}])/u;
/** `--detector-time`: the time cue is the detector's alone, no time word read besides. */
const DETECTOR_TIME = process.argv.includes("--detector-time");

/** The weak cues that fire at paragraph k of a section (k > 0). */
function cuesAt(
  features: readonly ParagraphFeatures[],
  texts: readonly string[],
  evidence: readonly Readonly<Record<string, number>>[],
  candidate: BoundaryCandidate,
  k: number,
): Set<Cue> {
  const c = candidate.cues ?? {};
  const out = new Set<Cue>();
  const f = features[k]!;
  const side = (from: number, to: number): number[] => {
    const ks: number[] = [];
    for (let j = Math.max(0, from); j < Math.min(features.length, to); j++) ks.push(j);
    return ks;
  };
  const before = side(k - 3, k);
  const after = side(k, k + 3);
  if (c.time || c.clock || (!DETECTOR_TIME && TIME_WORD.test(openingSentence(texts[k]!))))
    out.add("time");
  if (c.place || c.newPlace) out.add("place");
  const people = (ks: number[]) => new Set(ks.flatMap((j) => Object.keys(evidence[j] ?? {})));
  const pb = people(before);
  const pa = people(after);
  const shared = [...pa].filter((n) => pb.has(n)).length;
  if (pa.size > 0 && pb.size > 0 && shared === 0) out.add("allNew");
  else if (pa.size > 0 && shared > 0 && shared < pa.size) out.add("people");
  const lead = (ks: number[]): string | null => leadOver(evidence, ks);
  const lb = lead(before);
  const la = lead(after);
  if (c.pov || c.pronoun || c.pronounTurn || (lb && la && lb !== la)) out.add("pov");
  if ((c.cohesion ?? 0) > 0) out.add("cohesion");
  const tb = before.reduce((n, j) => n + tense(texts[j]!), 0);
  const ta = tense(texts[k]!);
  if (ta !== 0 && tb !== 0 && Math.sign(tb) !== ta) out.add("tense");
  if (c.person) out.add("person");
  const talk = side(k - 4, k).filter((j) => features[j]!.dialogue >= 0.3).length;
  if (talk >= 3 && !f.startsWithQuote && f.dialogue < 0.3) out.add("talkRun");
  return out;
}

interface Section {
  readonly firstParagraph: number;
  readonly features: readonly ParagraphFeatures[];
  readonly candidates: readonly BoundaryCandidate[];
  readonly fires: readonly Set<Cue>[];
  readonly chosen: readonly number[];
}
interface Story {
  readonly name: string;
  readonly folder: string;
  readonly gold: readonly number[] | null;
  readonly sections: readonly Section[];
}

/** The cues that vote in an agreement count: the people turning over is one vote, either way. */
const VOTERS: readonly Cue[] = ["time", "place", "people", "pov", "cohesion", "tense", "talkRun"];
const voteOf = (cue: Cue): Cue => (cue === "allNew" ? "people" : cue);

/**
 * A combination is cues that must all fire, or `votes>=N`: N or more distinct voters fire.
 * Its firings within `w` paragraphs: runs of section indices [from, to].
 */
function firings(s: Section, combo: readonly Cue[] | number, w: number): [number, number][] {
  const n = s.features.length;
  const near = (k: number): Set<Cue> => {
    const all = new Set<Cue>();
    for (let j = Math.max(1, k - w); j <= Math.min(n - 1, k + w); j++)
      for (const cue of s.fires[j]!) if (cue !== "person") all.add(voteOf(cue));
    return all;
  };
  const holds = (k: number): boolean =>
    typeof combo === "number"
      ? s.fires[k]!.size > 0 && VOTERS.filter((v) => near(k).has(v)).length >= combo
      : combo.every((cue) => {
          for (let j = Math.max(1, k - w); j <= Math.min(n - 1, k + w); j++)
            if (s.fires[j]!.has(cue)) return true;
          return false;
        });
  const runs: [number, number][] = [];
  for (let k = 1; k < n; k++) {
    if (!holds(k)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === k - 1) last[1] = k;
    else runs.push([k, k]);
  }
  return runs;
}

interface Row {
  gold: number;
  goldFound: number;
  goldStories: Set<string>;
  offGold: number;
  noGold: number;
  falseChosen: number;
  unfoundScores: number[];
  falseScores: number[];
  width: number;
  count: number;
}

function tallyCombo(stories: readonly Story[], combo: readonly Cue[] | number, w: number): Row {
  const row: Row = {
    gold: 0,
    goldFound: 0,
    goldStories: new Set(),
    offGold: 0,
    noGold: 0,
    falseChosen: 0,
    unfoundScores: [],
    falseScores: [],
    width: 0,
    count: 0,
  };
  for (const story of stories)
    for (const s of story.sections)
      for (const [from, to] of firings(s, combo, w)) {
        const a = s.firstParagraph + from;
        const b = s.firstParagraph + to;
        const near = (p: number) => p >= a - 1 && p <= b + 1;
        const chosen = s.chosen.some((c) => near(s.firstParagraph + c));
        let best = 0;
        for (let k = from; k <= to; k++) best = Math.max(best, s.candidates[k]!.score);
        row.width += to - from + 1;
        row.count++;
        if (story.gold && story.gold.some(near)) {
          row.gold++;
          row.goldStories.add(story.name);
          if (chosen) row.goldFound++;
          else row.unfoundScores.push(best);
        } else {
          if (story.gold) row.offGold++;
          else row.noGold++;
          if (chosen) row.falseChosen++;
          else row.falseScores.push(best);
        }
      }
  return row;
}

const median = (xs: readonly number[]): string => {
  if (xs.length === 0) return "-";
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!.toFixed(2);
};

function combos(size: number): Cue[][] {
  const out: Cue[][] = [];
  const rec = (start: number, acc: Cue[]) => {
    if (acc.length === size) {
      out.push(acc);
      return;
    }
    for (let i = start; i < CUES.length; i++) rec(i + 1, [...acc, CUES[i]!]);
  };
  rec(0, []);
  return out;
}

async function load(dirs: readonly string[]): Promise<Story[]> {
  const stories: Story[] = [];
  for (const dir of dirs)
    for (const story of await loadStories(dir)) {
      const gold = sceneGold(story.gold)?.boundaries ?? null;
      const { parsed, sections } = sectionsAsAnalyzed(story, true);
      stories.push({
        name: story.name,
        folder: dir,
        gold,
        sections: sections.map((s) => {
          const texts = s.features.map((_, k) => parsed.paragraphs[s.firstParagraph + k]!.text);
          return {
            firstParagraph: s.firstParagraph,
            features: s.features,
            candidates: s.candidates,
            fires: s.candidates.map((c, k) =>
              k === 0 ? new Set<Cue>() : cuesAt(s.features, texts, s.evidence, c, k),
            ),
            chosen: chooseBoundaries(s.features, s.candidates).map((c) => c.paragraph),
          };
        }),
      });
    }
  return stories;
}

function table(stories: readonly Story[], minGold: number): void {
  const rows: [string, readonly Cue[] | number, number][] = [];
  for (const votes of [2, 3, 4, 5])
    for (const w of [0, 1]) rows.push([`votes >= ${votes}`, votes, w]);
  for (const size of [1, 2, 3])
    for (const combo of combos(size))
      for (const w of size === 1 ? [0] : [0, 1, 2]) rows.push([combo.join(" + "), combo, w]);
  console.log(
    "| cues | w | firings (width) | gold (found, stories) | off gold | no gold | P | unfound gold / unchosen false | median score unfound / false |",
  );
  console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const [name, combo, w] of rows) {
    const r = tallyCombo(stories, combo, w);
    if (r.gold < minGold) continue;
    const p = r.gold / Math.max(1, r.gold + r.offGold + r.noGold);
    const unfoundFalse = r.offGold + r.noGold - r.falseChosen;
    console.log(
      `| ${name} | ${w} | ${r.count} (${(r.width / Math.max(1, r.count)).toFixed(1)}) | ${r.gold} (${r.goldFound}, ${r.goldStories.size}) | ${r.offGold} | ${r.noGold} | ${p.toFixed(2)} | ${r.gold - r.goldFound} / ${unfoundFalse} | ${median(r.unfoundScores)} / ${median(r.falseScores)} |`,
    );
  }
}

/** Per missed gold boundary: its score, the best rival within the scene minimum, the cues. */
function misses(stories: readonly Story[]): void {
  const { price, minWords } = BOUNDARY_WEIGHTS;
  for (const story of stories) {
    if (!story.gold) continue;
    for (const s of story.sections) {
      const chosen = s.chosen.map((c) => s.firstParagraph + c);
      for (const g of story.gold) {
        const k = g - s.firstParagraph;
        if (k <= 0 || k >= s.features.length) continue;
        if (chosen.some((c) => Math.abs(c - g) <= 1)) continue;
        const score = s.candidates[k]!.score;
        // The words between k and each other paragraph: a rival within minWords shares a scene.
        let rival = "";
        let rivalScore = -1;
        for (let j = 1; j < s.features.length; j++) {
          if (Math.abs(j - k) <= 1) continue;
          const [lo, hi] = j < k ? [j, k] : [k, j];
          let words = 0;
          for (let i = lo; i < hi; i++) words += s.features[i]!.words;
          if (words >= minWords) continue;
          const sc = s.candidates[j]!.score;
          if (sc > rivalScore) {
            rivalScore = sc;
            rival = `${s.firstParagraph + j}${chosen.includes(s.firstParagraph + j) ? " chosen" : ""}`;
          }
        }
        const nearestChosen = chosen.length
          ? Math.min(...chosen.map((c) => Math.abs(c - g)))
          : Infinity;
        const cause =
          score < price
            ? `under the price by ${(price - score).toFixed(2)}`
            : rivalScore >= score
              ? "a rival"
              : "a minimum";
        console.log(
          `MISS ${story.name} ${g} score ${score.toFixed(2)} (${cause}); rival ${rival || "none"} ${rivalScore >= 0 ? rivalScore.toFixed(2) : ""}; nearest chosen ${nearestChosen}; cues ${[...s.fires[k]!].join(",") || "none"}; within 1: ${[
            ...new Set([...(s.fires[k - 1] ?? []), ...(s.fires[k + 1] ?? [])]),
          ].join(",")}`,
        );
      }
    }
  }
}

/** Dev F1 and boundaries in folders without gold with `bonus` at each firing's best paragraph. */
function simulate(
  stories: readonly Story[],
  combo: readonly Cue[] | number,
  w: number,
  bonus: number,
  detail = false,
) {
  const byFolder = new Map<string, { h: number; p: number; g: number; below: number; n: number }>();
  for (const story of stories) {
    const out: number[] = [];
    story.sections.forEach((s, i) => {
      if (i > 0) out.push(s.firstParagraph);
      const extra = new Map<number, number>();
      for (const [from, to] of firings(s, combo, w)) {
        let best = from;
        for (let k = from; k <= to; k++)
          if (s.candidates[k]!.score > s.candidates[best]!.score) best = k;
        extra.set(best, bonus);
      }
      const candidates = s.candidates.map((c, k) =>
        extra.has(k) ? { ...c, score: c.score + extra.get(k)! } : c,
      );
      for (const c of chooseBoundaries(s.features, candidates))
        out.push(s.firstParagraph + c.paragraph);
    });
    if (detail && bonus !== 0) {
      const base = story.sections.flatMap((s, i) => [
        ...(i > 0 ? [s.firstParagraph] : []),
        ...s.chosen.map((c) => s.firstParagraph + c),
      ]);
      const atGold = (b: number) => (story.gold?.some((g) => Math.abs(g - b) <= 1) ? "g" : "");
      const added = out.filter((b) => !base.includes(b)).map((b) => `${b}${atGold(b)}`);
      const lost = base.filter((b) => !out.includes(b)).map((b) => `${b}${atGold(b)}`);
      if (added.length + lost.length > 0)
        console.log(`    ${story.name}: +${added.join(",")} -${lost.join(",")}`);
    }
    const r = byFolder.get(story.folder) ?? { h: 0, p: 0, g: 0, below: 0, n: 0 };
    r.p += out.length;
    r.n++;
    if (story.gold) {
      const h = matchBoundaries(out, story.gold);
      r.h += h;
      r.g += story.gold.length;
      if (f1Of(h, out.length, story.gold.length)[2] < 0.7) r.below++;
    }
    byFolder.set(story.folder, r);
  }
  for (const [folder, r] of byFolder) {
    if (r.g === 0) {
      console.log(`  ${folder}: ${r.p} boundaries`);
      continue;
    }
    const [p, rc, f] = f1Of(r.h, r.p, r.g);
    console.log(
      `  ${folder}: F1 ${f.toFixed(3)} (P ${p.toFixed(2)} R ${rc.toFixed(2)}; ${r.h}/${r.p}/${r.g}), below 0.7 ${r.below} of ${r.n}`,
    );
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dirs = argv.filter((a) => !a.startsWith("--"));
  if (argv.includes("--misses") || argv.includes("--detail"))
    refuseCheckSets("cue-agreement.ts", "it names stories and paragraphs", dirs);
  const stories = await load(dirs);
  if (argv.includes("--misses")) return misses(stories);
  const sim = argv.find((a) => a.startsWith("--simulate="))?.slice(11);
  if (sim) {
    const [names, w] = sim.split("@");
    const combo = names!.startsWith("votes")
      ? Number(names!.slice(5))
      : (names!.split("+") as Cue[]);
    const bonus = Number(argv.find((a) => a.startsWith("--bonus="))?.slice(8) ?? 0.25);
    console.log(`base`);
    simulate(stories, combo, Number(w ?? 0), 0);
    console.log(`${sim} +${bonus}`);
    simulate(stories, combo, Number(w ?? 0), bonus, argv.includes("--detail"));
    return;
  }
  const minGold = Number(argv.find((a) => a.startsWith("--min-gold="))?.slice(11) ?? 4);
  table(stories, minGold);
}

void main();
