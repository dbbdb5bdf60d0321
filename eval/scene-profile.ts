/**
 * The pooled profile of a folder's scene boundaries, as counts only (no story names, no text,
 * no per-story rows), so it may be run on the held-out and check folders and compared with
 * dev's. For every gold boundary: found or missed, and for a miss what the best candidate
 * within one paragraph had (no cue at all, a weak cue under the price, which cues); whether it
 * sits at a break line; whether the story is told in the first person; how the missed paragraph
 * opens; whether the narration's lead (the resolved viewpoint evidence, the he/she lean, the
 * people named) changes across it over a stretch of paragraphs. For every extra: how far it is
 * from the nearest gold boundary and its cues.
 *
 *   npx tsx eval/scene-profile.ts DIR [DIR...]
 */
import { StoryAnalyzer } from "../core/analyzer";
import { BOUNDARY_WEIGHTS, CUE_NAMES, scoreSections, type BoundaryCandidate } from "../core/scenes";
import type { ParagraphFeatures } from "../core/scenes";
import { parseStory } from "../core/story";
import { matchBoundaries, sceneGold } from "./scenes";
import { loadStories, type EvalStory } from "./stories";

/** Paragraphs on each side a change of lead is read over. */
const SIDE = 6;

type Tally = Map<string, number>;
const bump = (t: Tally, k: string, by = 1): void => void t.set(k, (t.get(k) ?? 0) + by);
const show = (t: Tally): string =>
  [...t]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");

const OPENINGS: readonly [string, RegExp][] = [
  ["quote", /^["“‘'—–]/u],
  ["pronoun", /^(?:he|she|they|i|we|it|you)\b/iu],
  ["article", /^(?:the|a|an|this|that|these|those)\b/iu],
  ["possessive", /^(?:his|her|their|my|our|its|your)\b/iu],
  [
    "preposition",
    /^(?:in|at|on|by|after|before|when|while|once|as|during|from|until|since|back|outside|inside|across|over|through|for|with|without|later|then|now)\b/iu,
  ],
  ["capitalised", /^\p{Lu}/u],
];

interface Side {
  readonly lead: string | null;
  readonly lean: number;
  readonly named: Set<string>;
}

/** Who leads a stretch: the most resolved evidence, the she-share, the names mentioned. */
function sideOf(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Record<string, number>>[],
  from: number,
  to: number,
): Side {
  const sum = new Map<string, number>();
  let he = 0;
  let she = 0;
  const named = new Set<string>();
  for (let i = Math.max(0, from); i < Math.min(features.length, to); i++) {
    for (const [k, v] of Object.entries(evidence[i] ?? {})) sum.set(k, (sum.get(k) ?? 0) + v);
    he += features[i]!.pronouns.he;
    she += features[i]!.pronouns.she;
    for (const m of features[i]!.mentioned) named.add(m);
  }
  const best = [...sum].sort((a, b) => b[1] - a[1])[0];
  return {
    lead: best && best[1] >= 1 ? best[0] : null,
    lean: he + she > 0 ? she / (he + she) : 0.5,
    named,
  };
}

/** One gold boundary, as the profile counts it. */
export interface GoldRow {
  readonly atBreak: boolean;
  readonly found: boolean;
  /** The best candidate's score within one paragraph, and the cues it fired. */
  readonly score: number;
  readonly cues: readonly string[];
  /** The class of the paragraph's first word ("article", "quote", ...). */
  readonly opening: string;
  /** The paragraph before is a third or more speech. */
  readonly afterTalk: boolean;
  /** How the narration's lead reads across it (`leadChange`). */
  readonly lead: string;
}

/** One story's counts and rows: no name, no text. */
export interface StoryProfile {
  readonly person: "first person" | "third person";
  readonly gold: number;
  readonly predicted: number;
  readonly hits: number;
  readonly golds: readonly GoldRow[];
  /** Per extra prediction: its distance to the nearest gold boundary and its cues. */
  readonly extras: readonly { readonly distance: number; readonly cues: readonly string[] }[];
}

const prf = (g: number, pr: number, h: number): string => {
  const P = pr ? h / pr : 0;
  const R = g ? h / g : 0;
  return `P ${P.toFixed(2)} R ${R.toFixed(2)} F1 ${(pr + g ? (2 * h) / (pr + g) : 1).toFixed(2)}`;
};

/** What a missed gold boundary had: nothing, a weak cue, one under the price, or more. */
export function missKind(score: number, price: number): string {
  if (score === 0) return "no cue";
  if (score < price / 2) return "weak (< half the price)";
  return score < price ? "under the price" : "over the price, not chosen";
}

/** The pooled profile of some stories, as lines of counts. */
export function profileLines(stories: readonly StoryProfile[], price: number): string[] {
  const sum = (k: "gold" | "predicted" | "hits", of = stories) => of.reduce((n, s) => n + s[k], 0);
  const goldKind: Tally = new Map();
  const t = {
    score: new Map(),
    cues: new Map(),
    opening: new Map(),
    prev: new Map(),
    lead: new Map(),
    hitLead: new Map(),
    extraDistance: new Map(),
    extraCues: new Map(),
  } satisfies Record<string, Tally>;
  for (const s of stories) {
    for (const g of s.golds) {
      bump(goldKind, `${g.atBreak ? "break line" : "unmarked"} ${g.found ? "found" : "missed"}`);
      if (g.found) {
        if (!g.atBreak) bump(t.hitLead, g.lead);
        continue;
      }
      bump(t.score, missKind(g.score, price));
      bump(t.cues, g.cues.join("+") || "none");
      bump(t.opening, g.opening);
      bump(t.prev, g.afterTalk ? "after talk" : "after narration");
      bump(t.lead, g.lead);
    }
    for (const e of s.extras) {
      const d = e.distance;
      bump(t.extraDistance, d <= 3 ? "2-3 from gold" : d <= 8 ? "4-8 from gold" : "9+ from gold");
      bump(t.extraCues, e.cues.join("+") || "none");
    }
  }
  const persons = (["first person", "third person"] as const)
    .map((p) => [p, stories.filter((s) => s.person === p)] as const)
    .filter(([, of]) => of.length > 0);
  return [
    `stories ${stories.length}, gold ${sum("gold")}, predicted ${sum("predicted")}, hits ${sum("hits")}: ${prf(sum("gold"), sum("predicted"), sum("hits"))}`,
    ...persons.map(
      ([p, of]) =>
        `${p} (${of.length} stories, gold ${sum("gold", of)}): ${prf(sum("gold", of), sum("predicted", of), sum("hits", of))}`,
    ),
    `gold boundaries: ${show(goldKind)}`,
    `misses by best score within one paragraph: ${show(t.score)}`,
    `misses by cues there: ${show(t.cues)}`,
    `misses by opening word: ${show(t.opening)}`,
    `misses by the paragraph before: ${show(t.prev)}`,
    `misses, lead over ${SIDE} paragraphs a side: ${show(t.lead)}`,
    `unmarked hits, the same: ${show(t.hitLead)}`,
    `extras by distance: ${show(t.extraDistance)}`,
    `extras by cues: ${show(t.extraCues)}`,
  ];
}

/** Reads one story into its profile. */
function profileOf(story: EvalStory): StoryProfile | null {
  const gold = sceneGold(story.gold);
  if (!gold) return null;
  const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
    story.text,
    story.file,
  );
  const predicted = analysis.scenes.slice(1).map((s) => s.firstParagraph);
  const characters = analysis.characters
    .filter((c) => !c.unnamed)
    .map((c) => ({ name: c.name, aliases: c.aliases }));
  const parsed = parseStory(story.text);
  const texts = parsed.paragraphs.map((p) => p.text);
  const { sections } = scoreSections(parsed, { characters });
  const candidates = new Map<number, BoundaryCandidate>();
  const where = new Map<number, { s: number; k: number }>();
  sections.forEach((s, si) => {
    for (const c of s.candidates) candidates.set(s.firstParagraph + c.paragraph, c);
    s.features.forEach((_, k) => where.set(s.firstParagraph + k, { s: si, k }));
  });
  const sectionStarts = new Set(sections.map((s) => s.firstParagraph));
  let firstPerson = 0;
  let third = 0;
  for (const s of sections)
    for (const f of s.features) {
      firstPerson += f.firstPerson;
      third += f.pronouns.he + f.pronouns.she;
    }
  const cuesOf = (c: BoundaryCandidate | undefined): string[] =>
    CUE_NAMES.filter((n) => (c?.cues?.[n] ?? 0) > 0);
  const leadChange = (g: number): string => {
    const w = where.get(g);
    if (!w || w.k === 0) return "section start";
    const sec = sections[w.s]!;
    const before = sideOf(sec.features, sec.povEvidence, w.k - SIDE, w.k);
    const after = sideOf(sec.features, sec.povEvidence, w.k, w.k + SIDE);
    const parts: string[] = [];
    if (before.lead && after.lead && before.lead !== after.lead) parts.push("lead turns");
    else if (!before.lead || !after.lead) parts.push("lead unread");
    else parts.push("same lead");
    if (Math.abs(before.lean - after.lean) >= 0.5) parts.push("lean swings");
    const shared = [...after.named].filter((n) => before.named.has(n)).length;
    parts.push(
      after.named.size === 0
        ? "no one named after"
        : shared === 0
          ? "all new names"
          : "names shared",
    );
    return parts.join(" + ");
  };
  const golds = gold.boundaries.map((g): GoldRow => {
    let best: BoundaryCandidate | undefined;
    for (let d = -1; d <= 1; d++) {
      const c = candidates.get(g + d);
      if (c && (best === undefined || c.score > best.score)) best = c;
    }
    const prev = texts[g - 1] ?? "";
    const quoted = (prev.match(/["“”][^"“”]*["“”]/gu) ?? []).join("").length;
    const open = (texts[g] ?? "").trim();
    return {
      atBreak: sectionStarts.has(g) || parsed.paragraphs[g - 1]?.isBreak === true,
      found: predicted.some((q) => Math.abs(q - g) <= 1),
      score: best?.score ?? 0,
      cues: cuesOf(best),
      opening: OPENINGS.find(([, re]) => re.test(open))?.[0] ?? "lower case",
      afterTalk: quoted / Math.max(1, prev.length) >= 0.3,
      lead: leadChange(g),
    };
  });
  const extras = predicted
    .filter((q) => !gold.boundaries.some((g) => Math.abs(q - g) <= 1))
    .map((q) => ({
      distance: Math.min(...gold.boundaries.map((g) => Math.abs(q - g))),
      cues: cuesOf(candidates.get(q)),
    }));
  return {
    person: firstPerson > third ? "first person" : "third person",
    gold: gold.boundaries.length,
    predicted: predicted.length,
    hits: matchBoundaries(predicted, gold.boundaries),
    golds,
    extras,
  };
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error("usage: scene-profile.ts DIR [DIR...]");
  const stories = (await Promise.all(dirs.map(loadStories))).flat();
  const profiles = stories.map(profileOf).filter((p): p is StoryProfile => p !== null);
  process.stdout.write(profileLines(profiles, BOUNDARY_WEIGHTS.price).join("\n") + "\n");
}

// Run only as a script, so a test can import the pure parts.
if (process.argv[1]?.endsWith("scene-profile.ts")) void main();
