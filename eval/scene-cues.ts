/**
 * Text-free diagnostics for the scenes section: for each gold boundary and each predicted one,
 * which cues fired there and how strongly (cue names and numbers, paragraph positions only), so
 * a story can be diagnosed without reading it (held-out stories must not be read).
 */
import type { Character } from "../core/model";
import { CUE_NAMES, scoreSections, type BoundaryCandidate } from "../core/scenes";
import { DATE_PATTERNS, TIME_PASSAGE_PATTERNS } from "../core/scenes/cues";
import { parseStory } from "../core/story";
import { countWords } from "../core/words";
import { letterLines } from "../core/scenes/letters";

/** Letter-frame lines over a story, counted (no text): what the letter cue had to go on. */
export function letterCounts(texts: readonly string[]): string {
  const n = {
    lineSal: 0,
    inlineSal: 0,
    signOff: 0,
    dateLine: 0,
    heading: 0,
    ps: 0,
    dear: 0,
    lastLineSignOff: 0,
  };
  for (const t of texts) {
    const l = letterLines(t);
    if (l.salutation === "line") n.lineSal++;
    if (l.salutation === "inline") n.inlineSal++;
    if (l.signOff) n.signOff++;
    if (l.dateLine) n.dateLine++;
    if (l.headingLine) n.heading++;
    if (l.postscript) n.ps++;
    if (/^\s*(?:My\s+)?[Dd]ear/u.test(t)) n.dear++;
    const lines = t.trim().split(/\n/u);
    if (lines.length > 1 && letterLines(lines.at(-1)!).signOff) n.lastLineSignOff++;
  }
  return Object.entries(n)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
}

/**
 * How the story marks its dialogue, counted over paragraph openings (no text): double quotes,
 * single quotes, a dash (the Irish and continental way: "— Are you coming? she said."), or
 * none, a lowercase word.
 */
export function dialogueMarks(texts: readonly string[]): string {
  const n = { dquote: 0, squote: 0, dash: 0, lower: 0 };
  for (const t of texts) {
    const s = t.trimStart();
    if (/^["“”]/u.test(s)) n.dquote++;
    else if (/^['‘’]/u.test(s)) n.squote++;
    else if (/^(?:[—–]|--?\s)/u.test(s)) n.dash++;
    else if (/^\p{Ll}/u.test(s)) n.lower++;
  }
  return Object.entries(n)
    .map(([k, v]) => `${k}Open ${v}`)
    .join(", ");
}

const PASSAGE = new RegExp(`\\b(?:${TIME_PASSAGE_PATTERNS.join("|")})\\b`, "iu");
const DATED = new RegExp(`\\b(?:${DATE_PATTERNS.join("|")})\\b`, "iu");

/**
 * What kind of paragraph a boundary falls on, as words and numbers only: its length, its share
 * of dialogue, and which opening sentence a sunrise or waking phrase ("passage") sits in.
 */
export function paragraphShape(text: string): string {
  const quoted = (text.match(/["“”][^"“”]*["“”]/gu) ?? []).join("").length;
  const narration = text.replace(/["“”][^"“”]*["“”]/gu, " ");
  const sentences = narration.split(/(?<=[.!?])\s+/u).slice(0, 3);
  const passage = sentences.findIndex((s) => PASSAGE.test(s));
  const parts = [`w${countWords(text)}`, `q${(quoted / Math.max(1, text.length)).toFixed(1)}`];
  if (passage >= 0) parts.push(`passage@${passage + 1}`);
  if (DATED.test(sentences[0] ?? "")) parts.push("date");
  return parts.join(" ");
}

const OPENING_CLASSES: readonly [string, RegExp][] = [
  ["quote", /^["“‘']/u],
  ["pron", /^(?:he|she|they|i|we|it|you)\b/iu],
  ["art", /^(?:the|a|an|this|that|these|those)\b/iu],
  ["poss", /^(?:his|her|their|my|our|its|your)\b/iu],
  [
    "prep",
    /^(?:in|at|on|by|after|before|when|while|once|as|during|from|until|since|back|outside|inside|across|over|through|for|with|without|later|then|now)\b/iu,
  ],
  ["conj", /^(?:and|but|so|or|yet|because|if|though|although)\b/iu],
  [
    "num",
    /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|a quarter)\b/iu,
  ],
  ["cap", /^\p{Lu}/u],
];

/**
 * How a paragraph opens and what comes before it, as classes and counts only (held-out safe):
 * the class of its first word (a pronoun, an article, a preposition, a capitalised word...),
 * capitalised words inside its opening sentence, whether that sentence looks back (the past
 * perfect), the paragraph before's words and dialogue share, and how many of its capitalised
 * words the three paragraphs before named too.
 */
export function openingShape(texts: readonly string[], p: number): string {
  const text = texts[p] ?? "";
  const narration = text.replace(/["“”][^"“”]*["“”]/gu, " ").trim();
  const first = narration.split(/(?<=[.!?])\s+/u)[0] ?? "";
  const kind = OPENING_CLASSES.find(([, re]) => re.test(text.trim()))?.[0] ?? "low";
  const inner = (first.match(/(?<=\s)\p{Lu}\p{Ll}+/gu) ?? []).length;
  const looksBack =
    /\b(?:had|['’]d)\s+(?:\p{Ll}+ly\s+|never\s+|not\s+|already\s+)?\p{Ll}+(?:ed|en|wn|ne|ght|t)\b/u.test(
      first,
    );
  const caps = (t: string): Set<string> =>
    new Set(
      (t.match(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu) ?? []).filter(
        (w) => !/^(?:The|A|An|He|She|It|They|I|We|But|And|In|At|On|When|Then)$/u.test(w),
      ),
    );
  const here = caps(text);
  const before = new Set([...texts.slice(Math.max(0, p - 3), p)].flatMap((t) => [...caps(t)]));
  const shared = [...here].filter((w) => before.has(w)).length;
  const prev = texts[p - 1] ?? "";
  const prevQuoted = (prev.match(/["“”][^"“”]*["“”]/gu) ?? []).join("").length;
  const prevShare = (prevQuoted / Math.max(1, prev.length)).toFixed(1);
  return [
    `o:${kind}`,
    `caps${inner}`,
    ...(looksBack ? ["pp"] : []),
    `names ${shared}/${here.size}`,
    `prev w${countWords(prev)} q${prevShare}`,
  ].join(" ");
}

/** One boundary as the eval sees it: a hit, a missed gold boundary, or an extra prediction. */
export interface CueRow {
  readonly kind: "hit" | "missed" | "extra" | "unchosen";
  /** The paragraph number (gold for hits and misses, predicted for extras). */
  readonly paragraph: number;
  /** The best-scoring candidate within one paragraph of it, when there is one. */
  readonly score: number;
  readonly cues: Readonly<Record<string, number>>;
  /** `paragraphShape` of the paragraph (for misses, of the gold paragraph). */
  readonly shape: string;
  /** Words from the boundary before it to it, and from it to the next (gold for gold rows). */
  readonly around: string;
}

/** Unchosen candidates away from any gold boundary are listed from this score. */
const UNCHOSEN_SHOWN = 0.5;

const round = (n: number): number => Math.round(n * 100) / 100;

/** Every candidate of the story by its paragraph number (CONTRACT.md numbering). */
export function candidatesOf(
  text: string,
  characters: readonly Pick<Character, "name" | "aliases">[],
): Map<number, BoundaryCandidate> {
  const { sections } = scoreSections(parseStory(text), { characters });
  const out = new Map<number, BoundaryCandidate>();
  for (const s of sections)
    for (const c of s.candidates) out.set(s.firstParagraph + c.paragraph, c);
  return out;
}

/** The rows for one story: gold boundaries (hit or missed) and extra predictions. */
export function cueRows(
  candidates: ReadonlyMap<number, BoundaryCandidate>,
  predicted: readonly number[],
  gold: readonly number[],
  texts: readonly string[],
): CueRow[] {
  const near = (p: number, tolerance: number): { score: number; cues: Record<string, number> } => {
    let best: BoundaryCandidate | undefined;
    for (let d = -tolerance; d <= tolerance; d++) {
      const c = candidates.get(p + d);
      if (c && (best === undefined || c.score > best.score)) best = c;
    }
    const cues: Record<string, number> = {};
    for (const name of CUE_NAMES) if (best?.cues?.[name]) cues[name] = round(best.cues[name]!);
    return { score: round(best?.score ?? 0), cues };
  };
  const wordsAt = [0];
  texts.forEach((t, i) => wordsAt.push(wordsAt[i]! + countWords(t)));
  const around = (p: number, marks: readonly number[]): string => {
    const prev = Math.max(0, ...marks.filter((m) => m < p));
    const next = Math.min(texts.length, ...marks.filter((m) => m > p));
    return `${wordsAt[p]! - wordsAt[prev]!}|${wordsAt[next]! - wordsAt[p]!}`;
  };
  const rows: CueRow[] = gold.map((g) => ({
    around: around(g, gold),
    kind: predicted.some((p) => Math.abs(p - g) <= 1) ? "hit" : "missed",
    paragraph: g,
    shape: `${paragraphShape(texts[g] ?? "")} ${openingShape(texts, g)}`,
    ...near(g, 1),
  }));
  for (const p of predicted)
    if (!gold.some((g) => Math.abs(p - g) <= 1))
      rows.push({
        kind: "extra",
        around: around(p, predicted),
        paragraph: p,
        shape: `${paragraphShape(texts[p] ?? "")} ${openingShape(texts, p)}`,
        ...near(p, 0),
      });
  // Strong candidates nothing chose (the minimum scene or a stronger neighbour kept them out).
  for (const [p, c] of candidates)
    if (
      c.score >= UNCHOSEN_SHOWN &&
      !predicted.some((q) => Math.abs(p - q) <= 1) &&
      !gold.some((g) => Math.abs(p - g) <= 1)
    )
      rows.push({
        kind: "unchosen",
        paragraph: p,
        around: around(p, predicted),
        shape: `${paragraphShape(texts[p] ?? "")} ${openingShape(texts, p)}`,
        ...near(p, 0),
      });
  return rows.sort((a, b) => a.paragraph - b.paragraph);
}

/** One line per row: "missed 25 score 0.55: place 1, dialogueEnd 1". */
export function cueLine(row: CueRow): string {
  const cues = Object.entries(row.cues)
    .map(([name, v]) => `${name} ${v}`)
    .join(", ");
  return `${row.kind} ${row.paragraph}/${row.around} (${row.shape}) score ${row.score}${cues ? `: ${cues}` : ""}`;
}

/**
 * Per cue, over all stories: how many candidates it fired on and how many of those sit within
 * one paragraph of a gold boundary; and per set of cues that fired together, the same.
 */
export function cueTally(
  stories: readonly {
    candidates: ReadonlyMap<number, BoundaryCandidate>;
    gold: readonly number[];
  }[],
): string[] {
  const single = new Map<string, [number, number]>();
  const combos = new Map<string, [number, number]>();
  const bump = (m: Map<string, [number, number]>, k: string, atGold: boolean): void => {
    const v = m.get(k) ?? [0, 0];
    v[0]++;
    if (atGold) v[1]++;
    m.set(k, v);
  };
  for (const { candidates, gold } of stories)
    for (const [p, c] of candidates) {
      const fired = CUE_NAMES.filter((n) => (c.cues?.[n] ?? 0) > 0 && n !== "dialogueEnd").map(
        (n) => (n === "time" && c.cues!.time! < 1 ? "time.8" : n),
      );
      if (fired.length === 0) continue;
      const atGold = gold.some((g) => Math.abs(g - p) <= 1);
      for (const n of fired) bump(single, n, atGold);
      bump(combos, fired.join("+"), atGold);
    }
  const show = (m: Map<string, [number, number]>): string =>
    [...m]
      .sort((a, b) => b[1][0] - a[1][0])
      .map(([k, [n, g]]) => `${k} ${g}/${n}`)
      .join(", ");
  return [`cues at gold/fired: ${show(single)}`, `together: ${show(combos)}`];
}

/** Per paragraph number: its raw named POV evidence, the resolved evidence its scene's POV is chosen by, its he/she weight. */
export interface PovReading {
  readonly raw: Readonly<Record<string, number>>;
  readonly resolved: Readonly<Record<string, number>>;
  readonly he: number;
  readonly she: number;
  /** Per name, the paragraph's "Name ... he" (+) and "Name ... she" (-) cues. */
  readonly gender: Readonly<Record<string, number>>;
}

export function povReadings(
  text: string,
  characters: readonly Pick<Character, "name" | "aliases">[],
): Map<number, PovReading> {
  const { sections } = scoreSections(parseStory(text), { characters });
  const out = new Map<number, PovReading>();
  for (const s of sections)
    s.features.forEach((f, k) =>
      out.set(s.firstParagraph + k, {
        raw: f.pov,
        resolved: s.povEvidence[k]!,
        he: f.pronouns.he,
        she: f.pronouns.she,
        gender: f.gender,
      }),
    );
  return out;
}

/**
 * A wrong POV told in numbers: over the gold scene's paragraphs, the gold character's named
 * and resolved evidence, the given one's, and the he/she subject weight left to resolve.
 */
export function povEvidenceLine(
  readings: ReadonlyMap<number, PovReading>,
  first: number,
  last: number,
  gold: string,
  given: string | null,
): string {
  let goldRaw = 0;
  let goldResolved = 0;
  let givenRaw = 0;
  let givenResolved = 0;
  let he = 0;
  let she = 0;
  for (let p = first; p <= last; p++) {
    const r = readings.get(p);
    if (!r) continue;
    goldRaw += r.raw[gold] ?? 0;
    goldResolved += r.resolved[gold] ?? 0;
    if (given) {
      givenRaw += r.raw[given] ?? 0;
      givenResolved += r.resolved[given] ?? 0;
    }
    he += r.he;
    she += r.she;
  }
  const n = (x: number): string => x.toFixed(1);
  return (
    `gold named ${n(goldRaw)} resolved ${n(goldResolved)}, given named ${n(givenRaw)} ` +
    `resolved ${n(givenResolved)}, he ${n(he)} she ${n(she)}; ` +
    `pronouns gold ${pronounOf(readings, gold)} given ${given ? pronounOf(readings, given) : "-"}`
  );
}

/**
 * A character's pronoun as scene detection reads it over the whole story ("he", "she", "?" when
 * its cues say nothing): whether a wrong POV went to someone of the same pronoun, where "she"
 * alone cannot tell them apart.
 */
function pronounOf(readings: ReadonlyMap<number, PovReading>, name: string): string {
  let net = 0;
  for (const r of readings.values()) net += r.gender[name] ?? 0;
  return net > 0 ? "he" : net < 0 ? "she" : "?";
}
