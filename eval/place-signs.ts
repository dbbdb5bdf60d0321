/**
 * `npx tsx eval/place-signs.ts DIR [DIR...]`: every paragraph where a place cue fires (`place`
 * or `newPlace`), counted by the second signs beside it, as pooled counts only (no text, no
 * row per story), so it may run on any folder. A firing is "gold" when a gold boundary is within
 * one paragraph (the eval's tolerance), "inside" otherwise; in a folder without scene gold
 * (LitBank's excerpts, speakers-dev's stories) every firing is inside. Each row gives, for a
 * sign, the firings with it at gold (of them under the price) and inside (of them over it: the
 * extras it could cut), and its precision; `--under` reads only firings scored under the price.
 * The cue this table led to (`placeTurnover`, place-turnover.ts) is taken off first, so the
 * counts are those it was chosen from.
 *
 * `--simulate [--rule=NAME|NAME]` then adds a bonus where a combination of signs holds and
 * chooses the boundaries again: dev's pooled F1 and stories below 0.7, and the boundaries in
 * folders without scene gold. `--detail` lists the boundaries each rule adds or removes, by
 * story and paragraph, and `--at=STORY:N,...` a paragraph's signs: both refuse the check sets.
 * `--bonus=0.25[,0.35]` sets the bonuses tried (0.15, 0.25, 0.35 unless told).
 *
 * Each firing also carries the lexical cohesion dip at its gap (cohesion.ts, read as the CV fit
 * reads it: z over 1, 1.5, 2, or none), the sign scenes-37 asked of the vocabulary turning over
 * where a new place is named. `--dump` prints every firing as a JSON line (story, paragraph,
 * at gold, in a folder without gold, score, signs) to be counted in combinations elsewhere;
 * it refuses the check sets.
 */
import { BOUNDARY_WEIGHTS, chooseBoundaries, type ParagraphFeatures } from "../core/scenes";
import { type BoundaryCandidate, weighCues } from "../core/scenes/boundary-weights";
import { stretch } from "../core/scenes/stretch";
import { refuseCheckSets } from "./check-sets";
import { f1Of, matchBoundaries, sceneGold, sectionsAsAnalyzed } from "./scenes";
import { lastSentence, narration, openingSentence, tense } from "./narration-text";
import { loadStories } from "./stories";
import { leadOver } from "./stretch-lead";

const TIME_OF_DAY =
  /\b(?:morning|afternoon|evening|night|tonight|dawn|dusk|noon|midday|midnight|sunrise|sunset|daybreak|nightfall|o['’]clock|breakfast|lunch|dinner|supper|teatime)\b/iu;
const MOTION =
  /\b(?:went|came|walked|drove|arrived|reached|pulled|climbed|crossed|ran|rode|hurried|headed|made (?:his|her|their|my) way|got (?:in|out|to|back|off|home)|set off|turned into|stepped|let (?:him|her|them|me)self in|go(?:es)?|comes?|walks?|drives?|arrives?|gets (?:in|out|to|back|home))\b/iu;
const DEPARTURE =
  /\b(?:went (?:out|home|back|off|away|up|down|to bed)|left|drove (?:off|away|home|back)|walked (?:off|away|out|home)|was gone|were gone|hung up|set off|headed (?:home|off|out|back)|fell asleep|went to sleep|closed the door|shut the door|goes (?:out|home)|leaves|drives (?:off|away|home))\b/iu;
const PRONOUN_FIRST = /^(?:he|she|they|i|we|his|her|their|my|our)\b/iu;
const PREPOSITION_BEFORE =
  /\b(?:in|at|into|to|on|inside|outside|through|across|from|toward|towards|onto|near|by|behind|along|up|down|past|over|round|around|under|beside)\s+(?:(?:the|a|an|his|her|their|my|our|its|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

interface Prepared {
  readonly name: string;
  readonly gold: readonly number[];
  readonly noBreak: boolean;
  readonly sections: readonly {
    readonly firstParagraph: number;
    readonly features: readonly ParagraphFeatures[];
    readonly candidates: readonly BoundaryCandidate[];
    readonly signs: ReadonlyMap<number, readonly string[]>;
  }[];
}
const prepared: Prepared[] = [];

type Side = { gold: number; goldUnder: number; inside: number; insideOver: number };
const rows = new Map<string, Side>();
function tally(sign: string, gold: boolean, score: number): void {
  const r = rows.get(sign) ?? { gold: 0, goldUnder: 0, inside: 0, insideOver: 0 };
  const over = score >= BOUNDARY_WEIGHTS.price;
  if (gold) {
    r.gold++;
    if (!over) r.goldUnder++;
  } else {
    r.inside++;
    if (over) r.insideOver++;
  }
  rows.set(sign, r);
}

function signsAt(
  features: readonly ParagraphFeatures[],
  texts: readonly string[],
  evidence: readonly Readonly<Record<string, number>>[],
  k: number,
  sinceStrong: number,
): string[] {
  const f = features[k]!;
  const prev = features[k - 1]!;
  const out: string[] = [];
  const side = (from: number, to: number): number[] => {
    const ks: number[] = [];
    for (let j = from; j < to; j++) if (j >= 0 && j < features.length) ks.push(j);
    return ks;
  };
  const before = side(k - 3, k);
  const after = side(k, k + 3);
  const people = (ks: number[]) => new Set(ks.flatMap((j) => Object.keys(evidence[j] ?? {})));
  const pb = people(before);
  const pa = people(after);
  const shared = [...pa].filter((n) => pb.has(n)).length;
  if (pa.size > 0 && shared === 0) out.push("people: none of the 3 before act in the 3 after");
  else if (pa.size > 0 && shared < pa.size) out.push("people: someone new acts after");
  else out.push("people: the same act after");
  const lead = (ks: number[]): string | null => leadOver(evidence, ks);
  {
    const sb = [...stretch(features, k, -1, BOUNDARY_WEIGHTS)];
    const sa = [...stretch(features, k, 1, BOUNDARY_WEIGHTS)];
    const qb = people(sb);
    const qa = people(sa);
    const sh = [...qa].filter((n) => qb.has(n)).length;
    if (qa.size > 0 && sh > 0 && sh < qa.size) out.push("stretch: someone new acts after");
    const xb = lead(sb);
    const xa = lead(sa);
    if (xb && xa && xb !== xa) out.push("stretch: lead turns");
  }
  const lb = lead(before);
  const la = lead(after);
  if (lb && la && lb !== la) out.push("lead turns (resolved evidence, 3 a side)");
  const tb = before.reduce((n, j) => n + tense(texts[j]!), 0);
  const ta = tense(texts[k]!);
  if (ta !== 0 && tb !== 0 && Math.sign(tb) !== ta) out.push("tense changes");
  const firstBefore = before.some((j) => features[j]!.firstPerson > 0);
  if (f.firstPerson > 0 !== firstBefore) out.push("narration's person changes");
  const lean = (g: ParagraphFeatures) => Math.sign(g.pronouns.she - g.pronouns.he);
  if (lean(f) !== 0 && lean(prev) !== 0 && lean(f) !== lean(prev)) out.push("he/she lean flips");
  if (TIME_OF_DAY.test(narration(texts[k]!))) out.push("a time-of-day word in the paragraph");
  const open = openingSentence(texts[k]!);
  const firstWord = open.split(/\s+/u)[0] ?? "";
  const opensOnName =
    f.opener !== null &&
    open.startsWith(firstWord) &&
    /^\p{Lu}/u.test(firstWord) &&
    f.mentioned.some((n) => n.split(" ")[0] === firstWord.replace(/['’]s$/u, ""));
  const motion = MOTION.test(open);
  if (opensOnName && motion) out.push("opens on a name, a verb of motion");
  else if (opensOnName) out.push("opens on a name, no motion");
  else if (PRONOUN_FIRST.test(open) && motion) out.push("opens on a pronoun, a verb of motion");
  else if (PRONOUN_FIRST.test(open)) out.push("opens on a pronoun, no motion");
  else if (motion) out.push("other opening, a verb of motion");
  const place = f.openingPlace;
  if (place) {
    const at = open.toLowerCase().indexOf(place);
    if (at >= 0 && PREPOSITION_BEFORE.test(open.slice(0, at)))
      out.push("place after a preposition");
    else if (at >= 0 && open.slice(0, at).split(/\s+/u).filter(Boolean).length <= 3)
      out.push("place as the subject (first 3 words)");
    else out.push("place elsewhere");
  } else out.push("no opening place noun (a named place or arrival)");
  if (prev.dialogue >= 0.3) out.push("the paragraph before is talk");
  else if (DEPARTURE.test(lastSentence(texts[k - 1]!)))
    out.push("the paragraph before ends on a departure");
  else out.push("the paragraph before ends on narration, no departure");
  if (DEPARTURE.test(narration(texts[k - 1]!)))
    out.push("a departure anywhere in the paragraph before");
  out.push(
    sinceStrong < 300
      ? "since a cue over the price: < 300 words"
      : sinceStrong < 600
        ? "since a cue over the price: 300-600 words"
        : "since a cue over the price: >= 600 words",
  );
  if (f.words < 30) out.push("a paragraph under 30 words");
  return out;
}

/** The lexical cohesion dip at the gap (cohesion.ts), by depth: its z-score over 1, 1.5, 2. */
function cohesionSigns(cue: number): string[] {
  const out: string[] = [];
  if (cue > 0) out.push("cohesion: dip z > 1");
  if (cue >= 0.25) out.push("cohesion: dip z >= 1.5");
  if (cue >= 0.5) out.push("cohesion: dip z >= 2");
  if (cue === 0) out.push("cohesion: no dip");
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const under = argv.includes("--under");
  const dirs = argv.filter((a) => !a.startsWith("--"));
  if (argv.some((a) => ["--detail", "--misses", "--dump"].includes(a) || a.startsWith("--at=")))
    refuseCheckSets("place-signs.ts", "it names stories and paragraphs", dirs);
  for (const dir of dirs)
    for (const story of await loadStories(dir)) {
      const gold = sceneGold(story.gold)?.boundaries ?? [];
      const { parsed, sections } = sectionsAsAnalyzed(story, true);
      const prep = {
        name: story.name,
        gold,
        noBreak: sceneGold(story.gold) === null,
        sections: [] as Prepared["sections"][number][],
      };
      prepared.push(prep);
      for (const s of sections) {
        const signs = new Map<number, readonly string[]>();
        // The counts the cue was chosen from: its score taken off again.
        const candidates = s.candidates.map((c) => {
          const cues = { ...c.cues, placeTurnover: 0 };
          return { ...c, cues, score: weighCues(cues, BOUNDARY_WEIGHTS) };
        });
        prep.sections.push({
          firstParagraph: s.firstParagraph,
          features: s.features,
          candidates,
          signs,
        });
        const texts = s.features.map((_, k) => parsed.paragraphs[s.firstParagraph + k]!.text);
        let since = 0;
        candidates.forEach((c, k) => {
          since += k > 0 ? s.features[k - 1]!.words : 0;
          const cues = c.cues ?? {};
          if (
            k > 0 &&
            (cues.place || cues.newPlace) &&
            !(under && c.score >= BOUNDARY_WEIGHTS.price)
          ) {
            const g = s.firstParagraph + k;
            const atGold = gold.some((b) => Math.abs(b - g) <= 1);
            tally(`all ${cues.place ? "place" : "newPlace only"}`, atGold, c.score);
            tally("all place cues", atGold, c.score);
            const all = signsAt(s.features, texts, s.evidence, k, since);
            all.push(...cohesionSigns(cues.cohesion ?? 0));
            signs.set(k, [...all, cues.place ? "place" : "newPlace only"]);
            const at =
              process.argv
                .find((a) => a.startsWith("--at="))
                ?.slice(5)
                .split(",") ?? [];
            if (at.includes(`${story.name}:${g}`))
              console.log(
                `AT ${story.name} ${g} ${c.score.toFixed(2)} ${JSON.stringify(cues)}: ${all.join("; ")}`,
              );
            if (process.argv.includes("--dump"))
              console.log(
                `DUMP ${JSON.stringify({ story: story.name, g, atGold, noBreak: prep.noBreak, score: c.score, cues, signs: [...all, cues.place ? "place" : "newPlace only"] })}`,
              );
            if (process.argv.includes("--misses") && gold.includes(g))
              console.log(`MISS? ${story.name} ${g} ${c.score.toFixed(2)}: ${all.join("; ")}`);
            for (const sign of all) {
              tally(sign, atGold, c.score);
              tally(`${sign} & ${cues.place ? "place" : "newPlace only"}`, atGold, c.score);
            }
          }
          if (c.score >= BOUNDARY_WEIGHTS.price) since = 0;
        });
      }
    }
  console.log("| sign | at gold (under the price) | inside (over it) | precision |");
  console.log("|---|--:|--:|--:|");
  for (const [sign, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(
      `| ${sign} | ${r.gold} (${r.goldUnder}) | ${r.inside} (${r.insideOver}) | ${(r.gold / (r.gold + r.inside)).toFixed(2)} |`,
    );
}

/** Dev F1 (pooled, stories below 0.7) and no-break boundaries with `bonus` added where `rule` holds. */
function simulate(rule: (signs: readonly string[]) => boolean, bonus: number): string {
  let hits = 0,
    predicted = 0,
    goldN = 0,
    below = 0,
    stories = 0,
    noBreak = 0;
  for (const p of prepared) {
    const out: number[] = [];
    p.sections.forEach((s, k) => {
      if (k > 0) out.push(s.firstParagraph);
      const candidates = s.candidates.map((c, i) => {
        const signs = s.signs.get(i);
        return signs && rule(signs) ? { ...c, score: c.score + bonus } : c;
      });
      for (const c of chooseBoundaries(s.features, candidates))
        out.push(s.firstParagraph + c.paragraph);
    });
    if (process.argv.includes("--detail") && bonus !== 0) {
      const base: number[] = [];
      p.sections.forEach((s, k) => {
        if (k > 0) base.push(s.firstParagraph);
        for (const c of chooseBoundaries(s.features, s.candidates))
          base.push(s.firstParagraph + c.paragraph);
      });
      const added = out.filter((b) => !base.includes(b));
      const lost = base.filter((b) => !out.includes(b));
      if (added.length + lost.length > 0)
        console.log(
          `  ${p.name}: +${added.map((b) => `${b}${p.gold.some((g) => Math.abs(g - b) <= 1) ? "g" : ""}`).join(",")} -${lost.join(",")}`,
        );
    }
    if (p.noBreak) {
      noBreak += out.length;
      continue;
    }
    const h = matchBoundaries(out, p.gold);
    hits += h;
    predicted += out.length;
    goldN += p.gold.length;
    stories++;
    if (f1Of(h, out.length, p.gold.length)[2] < 0.7) below++;
  }
  if (stories === 0) return `no-break boundaries ${noBreak}`;
  const [pr, r, f] = f1Of(hits, predicted, goldN);
  return `no-break ${noBreak}; F1 ${f.toFixed(3)} (P ${pr.toFixed(2)} R ${r.toFixed(2)}; ${hits}/${predicted}/${goldN}), below 0.7 ${below} of ${stories}`;
}

const has = (x: string) => (signs: readonly string[]) => signs.includes(x);
const both =
  (...rules: ((s: readonly string[]) => boolean)[]) =>
  (s: readonly string[]) =>
    rules.every((r) => r(s));
const NEW = has("newPlace only");
const TALK = has("the paragraph before is talk");
const SOMEONE_NEW = has("people: someone new acts after");
const LEAD = has("lead turns (resolved evidence, 3 a side)");
const SET_DOWN = (x: readonly string[]) => !x.includes("a paragraph under 30 words");
const A_WHILE = (x: readonly string[]) => !x.includes("since a cue over the price: < 300 words");
/** Each rule a bonus is added where it holds (a negative one for the last four). */
const RULES: Record<string, (s: readonly string[]) => boolean> = {
  none: () => false,
  "newPlace & someone new": both(NEW, SOMEONE_NEW),
  "newPlace & lead turns": both(NEW, LEAD),
  "newPlace & someone new & lead turns": both(NEW, SOMEONE_NEW, LEAD),
  "newPlace & >= 600 words": both(NEW, has("since a cue over the price: >= 600 words")),
  "newPlace & pronoun+motion": both(NEW, has("opens on a pronoun, a verb of motion")),
  "newPlace & pronoun+motion & someone new": both(
    NEW,
    has("opens on a pronoun, a verb of motion"),
    SOMEONE_NEW,
  ),
  "newPlace & place subject": both(NEW, has("place as the subject (first 3 words)")),
  "newPlace & departure before": both(NEW, has("a departure anywhere in the paragraph before")),
  "newPlace & talk": both(NEW, TALK),
  "newPlace & talk & lead turns": both(NEW, TALK, LEAD),
  "newPlace & talk & someone new": both(NEW, TALK, SOMEONE_NEW),
  "newPlace & talk & someone new & lead turns": both(NEW, TALK, SOMEONE_NEW, LEAD),
  "the same & 30 words": both(NEW, TALK, SOMEONE_NEW, LEAD, SET_DOWN),
  "the same & 30 words & 300 since (kept)": both(NEW, TALK, SOMEONE_NEW, LEAD, SET_DOWN, A_WHILE),
  "newPlace & dip z >= 2": both(NEW, has("cohesion: dip z >= 2")),
  "any place & dip z >= 2": has("cohesion: dip z >= 2"),
  "newPlace & dip z >= 1.5": both(NEW, has("cohesion: dip z >= 1.5")),
  "any place & dip z >= 1.5": has("cohesion: dip z >= 1.5"),
  "cut: any place & same people": has("people: the same act after"),
  "cut: any place & same people & < 300": both(
    has("people: the same act after"),
    has("since a cue over the price: < 300 words"),
  ),
  "cut: place & before is talk": both(has("place"), TALK),
  "cut: any & none before act after": has("people: none of the 3 before act in the 3 after"),
};

async function run(): Promise<void> {
  await main();
  if (!process.argv.includes("--simulate")) return;
  const only = process.argv.find((a) => a.startsWith("--rule="))?.slice(7);
  const asked = process.argv.find((a) => a.startsWith("--bonus="))?.slice(8);
  const bonuses = asked ? asked.split(",").map(Number) : [0.15, 0.25, 0.35];
  for (const [name, rule] of Object.entries(RULES).filter(
    ([n]) => !only || n === "none" || only.split("|").includes(n),
  ))
    for (const bonus of name === "none" ? [0] : name.startsWith("cut:") ? [-0.2, -0.35] : bonuses)
      console.log(`${name} ${bonus}: ${simulate(rule, bonus)}`);
}

void run();
