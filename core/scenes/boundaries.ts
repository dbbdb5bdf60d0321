/**
 * Finds scene boundaries inside one run of paragraphs from their features alone.
 *
 * Each paragraph gets a boundary score from four cues: a shift of point of view (the
 * distribution of POV evidence in the paragraphs just before versus this one and the next), a
 * jump in time, a move to a new place, and the end of a dialogue exchange. Boundaries are then
 * chosen left to right so that no scene is shorter than a minimum number of words and
 * sentences; when two candidates crowd each other, the stronger one wins. Every step is a
 * single pass, so the whole is linear in the number of paragraphs.
 */

import type { ParagraphFeatures } from "./features";

/** Tunable weights. Exported for tests and for callers who want a coarser outline. */
export const BOUNDARY_WEIGHTS = {
  pov: 1,
  time: 0.8,
  place: 0.65,
  dialogueEnd: 0.25,
  /** Extra POV weight when the new POV character also opens the paragraph as its subject. */
  opener: 0.25,
  threshold: 0.6,
  minWords: 80,
  minSentences: 4,
  /** How much of the running POV evidence survives each paragraph that has some. */
  decay: 0.5,
  /** Weight of the following paragraph in the "after" window. */
  lookahead: 0.5,
} as const;

/** A candidate boundary before the paragraph `paragraph` (an index into the features list). */
export interface BoundaryCandidate {
  readonly paragraph: number;
  readonly score: number;
  readonly reasons: readonly string[];
}

type Evidence = Record<string, number>;

const MIN_VIEWPOINT_SHARE = 0.1;
/** A "she" counts for less than a name: it may be someone else in the room. */
const PRONOUN_FACTOR = 0.5;
/** Evidence a paragraph must give its new POV character: one subject, or two possessives. */
const MIN_SHIFT_EVIDENCE = 1;

function addInto(target: Evidence, source: Readonly<Evidence>, factor: number): void {
  for (const key in source) target[key] = (target[key] ?? 0) + source[key]! * factor;
}

function shares(e: Readonly<Evidence>): {
  top: string | null;
  share: (k: string | null) => number;
} {
  let total = 0;
  let top: string | null = null;
  for (const key in e) {
    total += e[key]!;
    if (top === null || e[key]! > e[top]!) top = key;
  }
  return { top, share: (k) => (k === null || total === 0 ? 0 : (e[k] ?? 0) / total) };
}

function hasEvidence(e: Readonly<Evidence>): boolean {
  for (const _ in e) return true;
  return false;
}

/** Total-variation distance between two evidence distributions, 0..1. */
function distance(a: Readonly<Evidence>, b: Readonly<Evidence>): number {
  const sa = shares(a);
  const sb = shares(b);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let sum = 0;
  for (const k of keys) sum += Math.abs(sa.share(k) - sb.share(k));
  return sum / 2;
}

function restrict(e: Readonly<Evidence>, keep: ReadonlySet<string> | null): Evidence {
  const out: Evidence = {};
  for (const key in e) if (keep === null || keep.has(key)) out[key] = e[key]!;
  return out;
}

/**
 * The characters whose point of view the story takes: those who lead the POV evidence of at
 * least two paragraphs and a tenth of all paragraphs with evidence. A bartender who is the
 * subject of one paragraph is present, not a viewpoint. Linear.
 */
export function viewpointCharacters(features: readonly ParagraphFeatures[]): ReadonlySet<string> {
  const leads = new Map<string, number>();
  let withEvidence = 0;
  for (const f of features) {
    const top = shares(f.pov).top;
    if (top === null) continue;
    withEvidence++;
    leads.set(top, (leads.get(top) ?? 0) + 1);
  }
  // A one-paragraph story still has a viewpoint.
  const min = Math.max(Math.min(2, withEvidence), withEvidence * MIN_VIEWPOINT_SHARE);
  return new Set([...leads].filter(([, n]) => n >= min).map(([name]) => name));
}

/** Each name's pronoun, by majority of the "Name ... he/she" cues across the story. */
function pronounsOf(features: readonly ParagraphFeatures[]): Map<string, "he" | "she"> {
  const net = new Map<string, number>();
  for (const f of features) for (const k in f.gender) net.set(k, (net.get(k) ?? 0) + f.gender[k]!);
  const out = new Map<string, "he" | "she">();
  for (const [name, n] of net) if (n !== 0) out.set(name, n > 0 ? "he" : "she");
  return out;
}

/**
 * POV evidence per paragraph, limited to `viewpoints` (all characters when null), with "he"
 * and "she" subjects credited to a viewpoint character of that pronoun who is in view: named
 * in this paragraph, or named or credited in the one before. So a "she" in a scene where the
 * viewpoint heroine is absent (a shop assistant) credits no one. One pass, linear.
 */
export function resolveEvidence(
  features: readonly ParagraphFeatures[],
  viewpoints: ReadonlySet<string> | null = null,
): readonly Readonly<Evidence>[] {
  const pronounOf = pronounsOf(features);
  let inView = new Set<string>();
  return features.map((f) => {
    const e = restrict(f.pov, viewpoints);
    const view = new Set([...inView, ...f.mentioned]);
    for (const p of ["he", "she"] as const) {
      const weight = f.pronouns[p];
      if (weight === 0) continue;
      const pool = new Set(
        [...view].filter(
          (name) => pronounOf.get(name) === p && (viewpoints === null || viewpoints.has(name)),
        ),
      );
      const who = pool.size === 1 ? [...pool][0]! : shares(restrict(e, pool)).top;
      if (who) e[who] = (e[who] ?? 0) + weight * PRONOUN_FACTOR;
    }
    inView = new Set([...f.mentioned, ...Object.keys(e)]);
    return e;
  });
}

/**
 * Scores every paragraph of a run as a possible scene start (index 0 scores 0).
 * `features[i]` describes paragraph i of the run; `evidence[i]` its resolved POV evidence
 * (from `resolveEvidence`; the raw named evidence when omitted).
 */
export function scoreBoundaries(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[] = features.map((f) => f.pov),
): readonly BoundaryCandidate[] {
  const w = BOUNDARY_WEIGHTS;
  const out: BoundaryCandidate[] = [];
  const pov = evidence;
  let before: Evidence = {};
  features.forEach((f, i) => {
    if (i === 0) {
      out.push({ paragraph: 0, score: 0, reasons: [] });
      before = { ...pov[0] };
      return;
    }
    const reasons: string[] = [];
    let score = 0;

    const own = pov[i]!;
    const after: Evidence = { ...own };
    const next = pov[i + 1];
    if (next) addInto(after, next, w.lookahead);
    const b = shares(before);
    const a = shares(after);
    // The shift must start here, not in the next paragraph the window peeks at.
    // and this paragraph must name the new character as more than a passing mention.
    const startsHere = shares(own).top === a.top && (own[a.top!] ?? 0) >= MIN_SHIFT_EVIDENCE;
    if (hasEvidence(before) && hasEvidence(after) && a.top !== b.top && startsHere) {
      let shift = distance(before, after);
      if (f.opener !== null && f.opener === a.top) shift += w.opener;
      score += w.pov * Math.min(1, shift);
      reasons.push(`pov ${b.top} -> ${a.top}`);
    }
    if (f.timeCue > 0) {
      score += w.time * f.timeCue;
      reasons.push(f.timePhrase ? `time: ${f.timePhrase}` : "time passes");
    }
    if (f.placeCue > 0) {
      score += w.place * f.placeCue;
      reasons.push(f.place ? `place: ${f.place}` : "moves");
    }
    const prev = features[i - 1]!;
    if (prev.dialogue >= 0.15 && !f.startsWithQuote && f.dialogue < 0.1) {
      score += w.dialogueEnd;
      reasons.push("dialogue ends");
    }
    out.push({ paragraph: i, score, reasons });

    // Paragraphs without POV evidence (pronouns only) continue whoever came before.
    if (hasEvidence(own)) {
      const decayed: Evidence = {};
      addInto(decayed, before, w.decay);
      addInto(decayed, own, 1);
      before = decayed;
    }
  });
  return out;
}

/**
 * Picks boundaries from scored candidates so that every scene has at least `minWords` words
 * and `minSentences` sentences. Returns paragraph indexes (into the run) where scenes start,
 * excluding 0. One left-to-right pass with one step of look-back.
 */
export function chooseBoundaries(
  features: readonly ParagraphFeatures[],
  candidates: readonly BoundaryCandidate[],
): readonly BoundaryCandidate[] {
  const w = BOUNDARY_WEIGHTS;
  // Prefix sums make "words between two boundaries" O(1).
  const words = [0];
  const sentences = [0];
  features.forEach((f, i) => {
    words.push(words[i]! + f.words);
    sentences.push(sentences[i]! + f.sentences);
  });
  const bigEnough = (from: number, to: number): boolean =>
    words[to]! - words[from]! >= w.minWords && sentences[to]! - sentences[from]! >= w.minSentences;

  const chosen: BoundaryCandidate[] = [];
  for (const c of candidates) {
    if (c.paragraph === 0 || c.score < w.threshold) continue;
    const last = chosen[chosen.length - 1];
    const start = last ? last.paragraph : 0;
    if (bigEnough(start, c.paragraph)) {
      chosen.push(c);
      continue;
    }
    // Too close to the previous boundary: keep the stronger, if the scene before still fits.
    const prevStart = chosen.length >= 2 ? chosen[chosen.length - 2]!.paragraph : 0;
    if (last && c.score > last.score && bigEnough(prevStart, c.paragraph)) {
      chosen[chosen.length - 1] = c;
    }
  }
  const tail = chosen[chosen.length - 1];
  if (tail && !bigEnough(tail.paragraph, features.length)) chosen.pop();
  return chosen;
}
