/**
 * Finds scene boundaries inside one run of paragraphs from their features alone.
 *
 * A scene changes with a jump in time, a move to a new place, or a change of the character the
 * narration follows. Each paragraph is scored as a possible scene start from those cues, read
 * over a stretch of text on each side (about a page), not paragraph by paragraph: a POV shift
 * counts when the stretch before and the stretch after each follow one character and not the
 * same one, and counts for less while the old POV character is still in the room; a new place
 * counts when the stretch before did not name it. The end of a dialogue exchange only breaks
 * ties. Boundaries are then chosen all at once (dynamic programming): each costs a fixed price,
 * so only cues that outweigh it become boundaries, and no scene is shorter than a minimum.
 * Everything is linear in the number of paragraphs.
 */

import { minutesOn } from "./clock";
import type { ParagraphFeatures } from "./features";

/** Tunable weights. Exported for tests and for callers who want a coarser outline. */
export const BOUNDARY_WEIGHTS = {
  pov: 1,
  /** What is left of a POV shift while the old POV character is still present. */
  stillPresent: 0.45,
  /** Paragraphs after a shift (its own included) in which the old POV character may act. */
  presenceParagraphs: 3,
  /** A swing between "she" and "he" subjects where the cast names no one to follow. */
  pronoun: 0.5,
  /** Subject pronoun weight each side needs, and how far the share of "she" must swing. */
  pronounStretch: 3,
  pronounSwing: 0.8,
  /** The narration turns from "I" to "she" or the other way. */
  person: 0.65,
  time: 1,
  /**
   * A clock time or a part of the day opens the paragraph ("At ten past one"): still a boundary
   * alone, but weaker than a jump or a new letter, since a scene's own hours pass too.
   */
  clock: 0.8,
  place: 0.55,
  /** A place noun in the opening sentence that the stretch before never named. */
  newPlace: 0.35,
  /** No character named in the stretch before is named in the stretch after. */
  newCast: 0.1,
  dialogueEnd: 0.1,
  /** A new letter or diary entry opens (its heading, salutation or date line), or one has ended. */
  letter: 1,
  /**
   * The paragraph opens on a word in capitals, as a book sets a chapter's first word: half a cue,
   * since a name in capitals or an acronym may open one too ("NASA engineers had").
   */
  capitals: 0.5,
  /** What a boundary costs: the cues must outweigh it. */
  price: 0.7,
  /** Words on each side of a candidate that its cues are read over. */
  stretchWords: 200,
  stretchParagraphs: 6,
  minWords: 80,
  /**
   * The run's last scene may be shorter: a story often closes on a coda of a paragraph or two
   * (a later day, a last word), while a short scene mid-run is most often a beat of the one
   * around it.
   */
  minWordsClosing: 60,
  minSentences: 4,
  /** A scene of fewer paragraphs than this needs at least `minWordsShort` words. */
  minParagraphs: 2,
  minWordsShort: 150,
  /**
   * The opening scene holds at least this share of its section's words: a story (or a section
   * after a marker) spends its first page setting a scene, so an early cue is that scene's own.
   */
  openingShare: 0.08,
  /** A dip in lexical cohesion across the gap (TextTiling), per unit of `cohesionCue`. */
  cohesion: 0,
} as const;

/** The weights' shape, for callers that pass their own (`DetectOptions.weights`). */
export type BoundaryWeights = { readonly [K in keyof typeof BOUNDARY_WEIGHTS]: number };

/** The cues whose weights are fitted; a candidate's score is their weighed sum. */
export const CUE_NAMES = [
  "pov",
  "pronoun",
  "person",
  "time",
  "clock",
  "place",
  "newPlace",
  "newCast",
  "dialogueEnd",
  "letter",
  "capitals",
  "cohesion",
] as const;
export type CueName = (typeof CUE_NAMES)[number];

/** A candidate boundary before the paragraph `paragraph` (an index into the features list). */
export interface BoundaryCandidate {
  readonly paragraph: number;
  readonly score: number;
  readonly reasons: readonly string[];
  /** Each cue's strength before weighing, 0..1 (absent when it did not fire). */
  readonly cues?: Readonly<Partial<Record<CueName, number>>>;
}

/** A candidate's score under other weights: the weighed sum of its cues. */
export function weighCues(
  cues: Readonly<Partial<Record<CueName, number>>>,
  weights: BoundaryWeights,
): number {
  let score = 0;
  for (const name of CUE_NAMES) score += (cues[name] ?? 0) * weights[name];
  return score;
}

type Evidence = Record<string, number>;

const MIN_VIEWPOINT_SHARE = 0.1;
/** A "she" counts for less than a name: it may be someone else in the room. */
const PRONOUN_FACTOR = 0.5;
/** Evidence a paragraph must give its new POV character: one subject, or two possessives. */
const MIN_SHIFT_EVIDENCE = 1;
/**
 * Words of narration (outside quotes, by share of characters) a paragraph that opens a shift
 * holds: more than a line ("Len was on the stage with a roll of tape, taking down the signs."
 * is a glance at someone across the room). Over dev the POV cue fired on three paragraphs of 12
 * to 14 such words, none at a gold boundary; the shortest one at gold holds 17.
 */
const MIN_SHIFT_NARRATION_WORDS = 15;
/** Evidence each side's stretch must hold for a POV shift: more than one passing subject. */
const MIN_STRETCH_EVIDENCE = 2.5;
/**
 * How many paragraphs back a "she" may reach for the last heroine named, through lines of
 * dialogue that name no one; one paragraph only once the narration has followed someone else.
 * Lines of dialogue and their tags alone ('"They'll wait," she said.') are not counted: a long
 * exchange in the car goes on in the company the narration last named.
 */
const RECENT_PARAGRAPHS = 4;

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
export function viewpointCharacters(
  features: readonly { readonly pov: Readonly<Evidence> }[],
): ReadonlySet<string> {
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
 * Whether the paragraph before followed someone other than `recent` (asked only when it
 * decides); `ends(name)` says whether following that someone ends `recent`'s pronoun chain.
 */
function takenOver(
  previous: Readonly<Evidence>,
  recent: { readonly name: string },
  ends: (name: string) => boolean,
): boolean {
  return Object.keys(previous).some(
    (name) => name !== recent.name && previous[name]! >= MIN_SHIFT_EVIDENCE && ends(name),
  );
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
  reading: "boundaries" | "scene POV" = "boundaries",
): readonly Readonly<Evidence>[] {
  const pronounOf = pronounsOf(features);
  // Whether a paragraph that followed `name` ends the chain of pronoun `p`. Read for the scene's
  // POV, a companion of the other pronoun does not: "Orrin walks down to the water" leaves the
  // next "she" the heroine's, as no "he" can be her. Boundaries keep the stricter reading,
  // where a "she" after his paragraph may be someone new (the clerk in the shop he walked into).
  const ends = (name: string, p: "he" | "she"): boolean =>
    reading === "boundaries" || (pronounOf.get(name) ?? p) === p;
  // The scene's POV also weighs thoughts and perceptions told of a pronoun anywhere ("a sound
  // that she would remember", "She could smell the smoke"): whose head we are in; and a speech
  // tag, who speaks, as a mention.
  const inner = reading === "scene POV";
  let inView = new Set<string>();
  // The last viewpoint character of each pronoun seen, and where: a "she" two paragraphs after
  // the heroine was last named (a line of someone else's dialogue between) is still her, unless
  // the paragraph before followed someone else (a new scene's "she" is someone new).
  const last = new Map<"he" | "she", { name: string; at: number }>();
  let previous: Readonly<Evidence> = {};
  // Whether a paragraph since each pronoun's last viewpoint character followed someone else:
  // then a later "she" may be someone new (the clerk in the shop he walked into).
  const followedOther = new Map<"he" | "she", boolean>();
  // Per pronoun, the character of it whom the last paragraph with evidence for one followed.
  const followedLast = new Map<"he" | "she", string>();
  // Paragraphs with narration so far: the distance a "she" reaches back over.
  let narrated = 0;
  // Every pass reads the whole story this way (two or three times), so its sets are built by
  // adding, not by spreading arrays, each in the same order as the spread.
  return features.map((f) => {
    if (!f.spokenOnly) narrated++;
    const e = restrict(f.pov, viewpoints);
    // Read for the scene's POV, a name in a speech tag weighs as a mention: a writer names the
    // speaker a line would not tell ("said Len"), often the one the narration watches talk.
    if (inner) for (const name in f.tagWeight) if (name in e) e[name]! -= f.tagWeight[name]!;
    const view = new Set(inView);
    for (const name of f.mentioned) view.add(name);
    for (const p of ["he", "she"] as const) {
      const weight = f.pronouns[p] + (inner ? f.innerPronouns[p] : 0);
      if (weight === 0) continue;
      const pool = new Set<string>();
      for (const name of view)
        if (pronounOf.get(name) === p && (viewpoints === null || viewpoints.has(name)))
          pool.add(name);
      const recent = last.get(p);
      const reach = followedOther.get(p) ? 1 : RECENT_PARAGRAPHS;
      if (
        pool.size === 0 &&
        recent &&
        narrated - recent.at <= reach &&
        !takenOver(previous, recent, (name) => ends(name, p))
      )
        pool.add(recent.name);
      const who = pool.size === 1 ? [...pool][0]! : shares(restrict(e, pool)).top;
      // With two of one pronoun in view, a "he" before anyone is named goes on with the one
      // the narration followed last; the rest goes to the one this paragraph follows.
      const followed = followedLast.get(p);
      const lead = pool.size > 1 && followed && pool.has(followed) ? f.leadPronouns[p] : 0;
      if (lead > 0) e[followed!] = (e[followed!] ?? 0) + lead * PRONOUN_FACTOR;
      if (who && weight > lead) e[who] = (e[who] ?? 0) + (weight - lead) * PRONOUN_FACTOR;
    }
    const followed = Object.keys(e);
    for (const p of ["he", "she"] as const) {
      // The top of `e` among those of pronoun `p` (the first of equals), as `shares` reads it.
      let top: string | null = null;
      for (const name of followed)
        if (pronounOf.get(name) === p && (top === null || e[name]! > e[top]!)) top = name;
      if (top) followedLast.set(p, top);
    }
    inView = new Set(f.mentioned);
    for (const name of followed) inView.add(name);
    for (const p of ["he", "she"] as const) {
      const recent = last.get(p)?.name;
      if (followed.some((name) => name !== recent && ends(name, p))) followedOther.set(p, true);
    }
    for (const name of inView) {
      const p = pronounOf.get(name);
      if (p && (viewpoints === null || viewpoints.has(name))) {
        last.set(p, { name, at: narrated });
        followedOther.set(p, false);
      }
    }
    previous = e;
    return e;
  });
}

/**
 * The paragraphs on one side of a candidate (its own and the following ones, or the ones before
 * it) that together hold about `stretchWords` words: at least one, never more than that unless
 * one paragraph alone is longer, so a stretch rarely runs on into the next scene.
 */
function stretch(
  features: readonly ParagraphFeatures[],
  at: number,
  direction: 1 | -1,
  w: BoundaryWeights,
): readonly number[] {
  const out: number[] = [];
  let words = 0;
  for (let i = direction === 1 ? at : at - 1; i >= 0 && i < features.length; i += direction) {
    const next = features[i]!.words;
    if (out.length > 0 && (words + next > w.stretchWords || out.length >= w.stretchParagraphs))
      break;
    out.push(i);
    words += next;
  }
  return out;
}

function sumEvidence(
  evidence: readonly Readonly<Evidence>[],
  indexes: readonly number[],
): Evidence {
  const total: Evidence = {};
  for (const i of indexes) addInto(total, evidence[i]!, 1);
  return total;
}

/** How much the narration moves from one character to another at paragraph `i`, 0..1. */
function povShift(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
  i: number,
  before: readonly number[],
  after: readonly number[],
  w: BoundaryWeights,
): { shift: number; from: string | null; to: string | null } {
  const b = sumEvidence(evidence, before);
  const a = sumEvidence(evidence, after);
  const sb = shares(b);
  const sa = shares(a);
  const own = shares(evidence[i]!);
  const none = { shift: 0, from: sb.top, to: sa.top };
  if (!sb.top || !sa.top || sa.top === sb.top) return none;
  // A line of dialogue does not turn the narration to its speaker: a new viewpoint is set in
  // narration ("Teo hunched behind the wheel"), not by a speech tag ('"You go," Agnes said').
  // Nor does a nod and a word ('Tom looked up. "Yes?"'): a viewpoint needs a sentence of narration.
  const f = features[i]!;
  if (f.spokenOnly || f.words * (1 - f.dialogue) < MIN_SHIFT_NARRATION_WORDS) return none;
  // The shift starts here: this paragraph already follows the new character.
  if (own.top !== sa.top || (evidence[i]![sa.top] ?? 0) < MIN_SHIFT_EVIDENCE) return none;
  // Each side follows one character, and the new one was not the old side's.
  if (sa.share(sa.top) < 0.5 || sb.share(sb.top) < 0.5 || sb.share(sa.top) > 0.3) return none;
  if ((a[sa.top] ?? 0) < MIN_STRETCH_EVIDENCE || (b[sb.top] ?? 0) < MIN_STRETCH_EVIDENCE)
    return none;
  let shift = distance(b, a);
  // Still present: the old POV character still acts in the narration right after the shift
  // (not a page later, which may be the next scene).
  const near = sumEvidence(evidence, after.slice(0, w.presenceParagraphs));
  const present = (near[sb.top] ?? 0) >= MIN_SHIFT_EVIDENCE;
  if (present) shift *= w.stillPresent;
  return { shift, from: sb.top, to: sa.top };
}

/**
 * Whether the narration turns between the first person and the third at paragraph `i`: the
 * page before tells "I" did this and the page after tells "she" or a name did, or the other
 * way round, with paragraph `i` already on the new side. A diary or a letter set into a story
 * told in the third person is a scene of its own.
 */
function personShift(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
  i: number,
  before: readonly number[],
  after: readonly number[],
): boolean {
  const person = (indexes: readonly number[]): { first: number; third: number } => {
    let first = 0;
    let third = 0;
    for (const k of indexes) {
      first += features[k]!.firstPerson;
      third += features[k]!.pronouns.he + features[k]!.pronouns.she;
      for (const name in evidence[k]) third += evidence[k]![name]!;
    }
    return { first, third };
  };
  const told = (p: { first: number; third: number }): "first" | "third" | null => {
    if (p.first >= MIN_PERSON && p.first * 2 >= p.third) return "first";
    if (p.first === 0 && p.third >= MIN_PERSON * 2) return "third";
    return null;
  };
  const b = told(person(before));
  const a = told(person(after));
  const own = person([i]);
  if (b === null || a === null || a === b) return false;
  return a === "first" ? own.first > 0 : own.first === 0;
}
/** "I" subjects a stretch needs to count as told in the first person. */
const MIN_PERSON = 2;

/**
 * The cues a turn of person needs beside it in a run told in the first person. In the
 * first-person dev stories 1 of 7 turns with none of these fell at a gold boundary (and that
 * one a paragraph early), 2 of 3 with one.
 */
const SCENE_SIGNS: readonly CueName[] = ["pov", "time", "clock", "place", "newPlace", "letter"];

/** "I" subjects a run needs to count as told in the first person (as detect.ts asks of a story). */
const MIN_FIRST_PERSON_RUN = 9;

/**
 * Whether a run is told in the first person as a whole: its "I" subjects (2 each, as a named
 * subject's) weigh at least all its named evidence, as `firstPersonStory` in detect.ts reads a
 * story. Read from the run itself, so a run's boundaries depend on its features and evidence only.
 */
function toldInFirstPerson(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[],
): boolean {
  let first = 0;
  let third = 0;
  for (const f of features) first += f.firstPerson;
  for (const e of evidence) for (const k in e) third += e[k]!;
  return first >= MIN_FIRST_PERSON_RUN && first * 2 >= third;
}

/**
 * How far the narration's "he" and "she" subjects swing from one to the other at paragraph
 * `i`, 0..1: a page of "she" followed by a page of "he", with paragraph `i` already on the new
 * side. A change of viewpoint between a woman and a man shows here even when the cast does not
 * name one of them.
 */
function pronounShift(
  features: readonly ParagraphFeatures[],
  i: number,
  before: readonly number[],
  after: readonly number[],
  w: BoundaryWeights,
): number {
  const lean = (indexes: readonly number[]): { she: number; total: number } => {
    let he = 0;
    let she = 0;
    for (const k of indexes) {
      he += features[k]!.pronouns.he;
      she += features[k]!.pronouns.she;
    }
    return { she: he + she === 0 ? 0.5 : she / (he + she), total: he + she };
  };
  const b = lean(before);
  const a = lean(after);
  const own = lean([i]);
  const min = w.pronounStretch;
  if (b.total < min || a.total < min || own.total === 0) return 0;
  // The paragraph itself leans the way the page after it does.
  if (own.she - 0.5 === 0 || Math.sign(own.she - 0.5) !== Math.sign(a.she - b.she)) return 0;
  const swing = Math.abs(a.she - b.she);
  return swing >= w.pronounSwing ? swing : 0;
}

/** Whether one side of a candidate holds too little named POV evidence to follow anyone. */
function unnamedSide(
  evidence: readonly Readonly<Evidence>[],
  before: readonly number[],
  after: readonly number[],
): boolean {
  const total = (e: Readonly<Evidence>): number => Object.values(e).reduce((n, v) => n + v, 0);
  return (
    total(sumEvidence(evidence, before)) < MIN_STRETCH_EVIDENCE ||
    total(sumEvidence(evidence, after)) < MIN_STRETCH_EVIDENCE
  );
}

/**
 * Below this many words a paragraph's weak time sign counts for `SHORT_WEAK_TIME` of itself:
 * every such sign at a dev gold boundary sits in a paragraph of 40 words or more, and the
 * held-out table's two such extras in paragraphs of 25 and 26.
 */
const SHORT_PARAGRAPH_WORDS = 30;
const SHORT_WEAK_TIME = 0.5;

/**
 * What is left of a clock time opening a paragraph within the hour of the last time the
 * narration told ("At nine" after "By eight-thirty"): the morning going on, not a new one.
 */
const SAME_HOUR_CLOCK = 0.5;

/**
 * What is left of a clock time opening a paragraph when a character of the cast or a subject
 * pronoun acts right after it. On dev, of the clock openings followed by someone none was at a
 * gold boundary (bog_road's neighbour at the door, lighthouse's keeper with the tea, pantry's
 * "At nine she unlocks"); the gold ones open on the place or the hour ("At four the next
 * afternoon the sports hall was", "At twenty to six the window").
 */
const CLOCK_ON_SOMEONE = 0.5;

/**
 * The clock times told in the nearest paragraph before `i` that tells any, up to
 * `stretchParagraphs` back: all of them, since a paragraph may look ahead ("By eight-thirty the
 * beans are done; the line will be out the door by eleven").
 */
function lastClockTimes(
  features: readonly ParagraphFeatures[],
  i: number,
  w: BoundaryWeights,
): readonly number[] {
  for (let k = i - 1; k >= 0 && k >= i - w.stretchParagraphs; k--) {
    const times = features[k]!.clockTimes;
    if (times.length > 0) return times;
  }
  return [];
}

/** Heading lines (an address, a date) a letter may carry above its salutation. */
const LETTER_HEADING_LINES = 3;

/**
 * Which paragraphs start a new letter or diary entry, one pass: the first heading line above a
 * salutation or a date line (an address line ends with a comma, as "HOWARDS END,"; a date line
 * is a date; a signature under the letter before, "Helen", is neither),
 * and the paragraph after a sign-off and its signature, unless a postscript. An inline
 * salutation ("Dear Tom, I hope...") counts only under a heading line or a sign-off, since a
 * letter may address its reader again mid-way ("My dear Judy,--likewise...").
 */
function letterStarts(features: readonly ParagraphFeatures[]): ReadonlySet<number> {
  const starts = new Set<number>();
  const at = (k: number) => features[k]?.letter;
  const signedOff = (k: number): boolean =>
    at(k - 1)?.signOff === true ||
    at(k - 1)?.closes === true ||
    (at(k - 1)?.headingLine === true && at(k - 2)?.signOff === true);
  features.forEach((f, i) => {
    const l = f.letter;
    const prev = at(i - 1);
    const opens =
      l.salutation === "line" ||
      (l.salutation === "inline" && (prev === undefined || prev.headingLine || prev.signOff)) ||
      (l.dateLine && !at(i + 1)?.dateLine);
    if (opens) {
      let k = i;
      while (
        i - (k - 1) <= LETTER_HEADING_LINES &&
        at(k - 1)?.headingLine &&
        (at(k - 1)!.dateLine || at(k - 1)!.addressLine) &&
        !at(k - 1)!.signOff &&
        !signedOff(k - 1)
      )
        k--;
      starts.add(k);
    }
    if (
      signedOff(i) &&
      !l.postscript &&
      !l.signOff &&
      !(l.headingLine && (at(i - 1)?.signOff || at(i - 1)?.closes))
    )
      starts.add(i);
  });
  return starts;
}

/**
 * What is left of every other cue in a run told in letters or entries: one that opens on a letter
 * and starts another. There a letter is the scene, and the writer's news inside it (a room, a
 * month, a walk up a hill) is told, not a scene of its own.
 */
const INSIDE_LETTER = 0.5;

/**
 * Which paragraphs lie inside a letter of a run told in letters or entries (one that opens on a
 * letter and starts another): from a letter's start to its sign-off. The narration between a
 * letter that signs off and the next is a story's own, with its own scenes.
 */
function insideLetters(
  features: readonly ParagraphFeatures[],
  letters: ReadonlySet<number>,
): readonly boolean[] {
  const opening = [...letters].some((k) => k <= LETTER_HEADING_LINES);
  if (!opening || letters.size < 2) return features.map(() => false);
  let open = false;
  return features.map((f, i) => {
    // A letter opens on its heading or salutation; what follows a signature may be narration.
    const l = f.letter;
    if (letters.has(i) && (l.headingLine || l.salutation !== null)) open = true;
    const inside = open;
    if (l.signOff || l.closes) open = false;
    return inside;
  });
}

/**
 * Rooms and grounds of a home, as the opening's place noun names them ("the bedroom", "the
 * yard").
 */
const ROOMS = new Set([
  "kitchen",
  "bedroom",
  "bathroom",
  "landing",
  "loft",
  "attic",
  "cellar",
  "lounge",
  "parlour",
  "parlor",
  "study",
  "scullery",
  "yard",
  "garden",
  "porch",
  "driveway",
  "room",
]);
/** A home the page before may be in. */
const HOMES = new Set(["house", "flat", "home", "apartment", "cottage", "farmhouse", "bungalow"]);

/**
 * What is left of a place cue when the paragraph opens in a room and the page before was
 * already in a home or one of its rooms: going through to the bedroom is the same visit.
 */
const WITHIN_HOME = 0.5;

/** Whether paragraph `i` opens in a room of a home that the page before was in. */
function movesWithinHome(
  features: readonly ParagraphFeatures[],
  i: number,
  before: readonly number[],
): boolean {
  const opening = features[i]!.openingPlace;
  if (!opening || !ROOMS.has(opening)) return false;
  return before.some((k) => features[k]!.places.some((p) => HOMES.has(p) || ROOMS.has(p)));
}

/**
 * Whether the talk on either side of a POV shift is two conversations, not one: the new
 * viewpoint had no part in the page before (never named there, and no "he" or "she" of theirs
 * a subject of its narration) and the old one is not named in the paragraphs right after.
 */
function anotherConversation(
  features: readonly ParagraphFeatures[],
  before: readonly number[],
  after: readonly number[],
  pov: { readonly from: string | null; readonly to: string | null },
  pronounOf: ReadonlyMap<string, "he" | "she">,
  w: BoundaryWeights,
): boolean {
  const { from, to } = pov;
  if (from === null || to === null) return false;
  const p = pronounOf.get(to);
  if (p === undefined) return false;
  const newBefore = before.some(
    (k) => features[k]!.mentioned.includes(to) || features[k]!.pronouns[p] > 0,
  );
  const oldAfter = after
    .slice(0, w.presenceParagraphs)
    .some((k) => features[k]!.mentioned.includes(from));
  return !newBefore && !oldAfter;
}

/** Share of a paragraph in speech that makes it a line of the conversation. */
const CONVERSATION_SHARE = 0.3;
/**
 * What is left of a POV shift at a paragraph of narration between two lines of dialogue. In the
 * dev stories all four such shifts the detector chose were extras (ferry, ice_storm, Of Human
 * Bondage); none of the 20 POV cues at a gold boundary had speech on both sides.
 */
const POV_IN_CONVERSATION = 0;

/**
 * Scores every paragraph of a run as a possible scene start (index 0 scores 0).
 * `features[i]` describes paragraph i of the run; `evidence[i]` its resolved POV evidence
 * (from `resolveEvidence`; the raw named evidence when omitted); `dips[i]` the lexical
 * cohesion dip before it (`cohesionDips`), when read.
 */
export function scoreBoundaries(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Evidence>[] = features.map((f) => f.pov),
  w: BoundaryWeights = BOUNDARY_WEIGHTS,
  dips: readonly number[] | null = null,
): readonly BoundaryCandidate[] {
  const letters = letterStarts(features);
  const inLetter = insideLetters(features, letters);
  const narrated = toldInFirstPerson(features, evidence);
  const pronounOf = pronounsOf(features);
  // "I" subjects before each paragraph: a first "I" after a run of none is a new voice.
  const saidI = [0];
  features.forEach((f, i) => saidI.push(saidI[i]! + f.firstPerson));
  return features.map((f, i) => {
    if (i === 0) return { paragraph: 0, score: 0, reasons: [] };
    const reasons: string[] = [];
    const cues: Partial<Record<CueName, number>> = {};
    const before = stretch(features, i, -1, w);
    const after = stretch(features, i, 1, w);

    const pov = povShift(features, evidence, i, before, after, w);
    // A paragraph of narration with speech on both sides is a conversation going on: the
    // narration looks into another head while they talk, and the scene does not change. Not
    // when the talk after is another conversation (see `anotherConversation`).
    const talk = (k: number) => (features[k]?.dialogue ?? 0) >= CONVERSATION_SHARE;
    const povLeft =
      talk(i - 1) && talk(i + 1) && !anotherConversation(features, before, after, pov, pronounOf, w)
        ? POV_IN_CONVERSATION
        : 1;
    if (pov.shift > 0 && povLeft > 0) {
      cues.pov = Math.min(1, pov.shift) * povLeft;
      reasons.push(`pov ${pov.from} -> ${pov.to}`);
    } else if (unnamedSide(evidence, before, after)) {
      // The cast does not name whom one side follows: its "she" and "he" still tell.
      const swing = pronounShift(features, i, before, after, w);
      if (swing > 0) {
        cues.pronoun = swing;
        reasons.push(`${f.pronouns.she > f.pronouns.he ? "he -> she" : "she -> he"}`);
      }
    }
    // As with a POV shift, a line of dialogue does not turn the narration: "Do you?" she asks,
    // in a story told in the first person, is the narrator listening.
    if (!f.startsWithQuote && personShift(features, evidence, i, before, after)) {
      cues.person = 1;
      reasons.push(f.firstPerson > 0 ? "turns to the first person" : "turns to the third person");
    }
    if (f.timeCue > 0) {
      // A weak sign (a waking, a date, a lapse inside the sentence) in a paragraph of a line or
      // two is a beat of the scene, not its opening: a scene opens by setting itself down.
      const beat = f.timeCue < 1 && f.words < SHORT_PARAGRAPH_WORDS;
      cues.time = beat ? f.timeCue * SHORT_WEAK_TIME : f.timeCue;
      reasons.push(f.timePhrase ? `time: ${f.timePhrase}` : "time passes");
    }
    if (f.clockCue > 0) {
      // Within the hour of a time the narration last told, the scene's own hours pass.
      const opening = f.openingClock;
      const sameHour =
        opening !== null && lastClockTimes(features, i, w).some((t) => minutesOn(t, opening) < 60);
      // Someone already in the story acting on the hour ("At six Aske came up with more tea")
      // is the scene's business going on; a new scene sets itself down first.
      const onSomeone = f.clockOnSomeone ? CLOCK_ON_SOMEONE : 1;
      // A clock time in a line or two ("At nine the phone went.") is a beat of the scene, as a
      // weak time sign there is: a scene opens by setting itself down.
      const line = f.words < SHORT_PARAGRAPH_WORDS ? SHORT_WEAK_TIME : 1;
      cues.clock = f.clockCue * (sameHour ? SAME_HOUR_CLOCK : 1) * onSomeone * line;
      reasons.push(`time: ${f.timePhrase}${sameHour ? " (within the hour)" : ""}`);
    }
    if (f.placeCue > 0) {
      cues.place = f.placeCue;
      reasons.push(f.place ? `place: ${f.place}` : "moves");
    }
    const opening = f.openingPlace;
    if (opening && !before.some((k) => features[k]!.places.includes(opening))) {
      cues.newPlace = 1;
      reasons.push(`new place: ${opening}`);
    }
    const owner = f.arrivedAt?.replace(/['’]s$/u, "");
    if (
      owner &&
      cues.newPlace === undefined &&
      !before.some((k) => features[k]!.capitalised.includes(owner))
    ) {
      cues.newPlace = 1;
      reasons.push(`new place: ${f.arrivedAt}`);
    }
    const named = f.openingPlaceName;
    if (
      named &&
      cues.newPlace === undefined &&
      !before.some((k) => features[k]!.capitalised.includes(named))
    ) {
      cues.newPlace = 1;
      reasons.push(`new place: ${named}`);
    }
    // Opening on a named place the page before never named ("The Victoria was warm") opens on
    // a place as "The ward smelled of oranges" does, and a new one (named once in the reasons).
    const subject = f.openingNamedSubject;
    if (subject && !before.some((k) => features[k]!.capitalised.includes(subject))) {
      cues.place = Math.max(cues.place ?? 0, 1);
      if (cues.newPlace === undefined) reasons.push(`new place: ${subject}`);
      cues.newPlace = 1;
    }
    if ((cues.place || cues.newPlace) && movesWithinHome(features, i, before)) {
      if (cues.place) cues.place *= WITHIN_HOME;
      if (cues.newPlace) cues.newPlace *= WITHIN_HOME;
      reasons.push("(a room of the home the page before was in)");
    }
    const castBefore = new Set(before.flatMap((k) => features[k]!.mentioned));
    const castAfter = after.flatMap((k) => features[k]!.mentioned);
    if (castBefore.size > 0 && castAfter.length > 0 && !castAfter.some((n) => castBefore.has(n))) {
      cues.newCast = 1;
      reasons.push("new cast");
    }
    const prev = features[i - 1]!;
    if (prev.dialogue >= 0.15 && !f.startsWithQuote && f.dialogue < 0.1) {
      cues.dialogueEnd = 1;
      reasons.push("dialogue ends");
    }
    if (letters.has(i)) {
      cues.letter = 1;
      reasons.push(f.letter.dateLine ? "a new entry" : "a new letter");
    }
    if (f.capitalOpening) {
      cues.capitals = 1;
      reasons.push("opens in capitals");
    }
    // In a run told in the first person a page without "I" is most often the narrator
    // listening through an exchange, and the narrator speaking again goes on with the scene:
    // the turn counts only beside a sign of time, place or viewpoint, or where "I" is first
    // heard (a letter set into a story told in the third person).
    const newVoice = f.firstPerson > 0 && saidI[i] === 0;
    if (narrated && cues.person && !newVoice && !SCENE_SIGNS.some((name) => cues[name])) {
      delete cues.person;
      reasons.splice(
        reasons.findIndex((r) => r.startsWith("turns to the")),
        1,
      );
    }
    const dip = dips ? cohesionCue(dips[i]!) : 0;
    if (dip > 0) {
      cues.cohesion = dip;
      if (w.cohesion > 0) reasons.push("the vocabulary changes");
    }
    if (inLetter[i])
      for (const name of CUE_NAMES)
        if (name !== "letter" && cues[name]) cues[name] *= INSIDE_LETTER;
    return { paragraph: i, score: weighCues(cues, w), reasons, cues };
  });
}

/** A cohesion dip's strength, 0..1: nothing below one standard deviation, full at three. */
function cohesionCue(z: number): number {
  return Math.max(0, Math.min(1, (z - 1) / 2));
}

/**
 * Picks the boundaries that together explain the cues best: each chosen boundary gains its
 * score minus `price`, and every scene must have at least `minWords` words and `minSentences`
 * sentences (and `minWordsShort` when it has fewer than `minParagraphs` paragraphs). Exact over
 * all such choices, by dynamic programming; linear, since a scene that is long enough stays long
 * enough when it starts earlier. Returns the chosen candidates, in order, excluding 0.
 */
export function chooseBoundaries(
  features: readonly ParagraphFeatures[],
  candidates: readonly BoundaryCandidate[],
  w: BoundaryWeights = BOUNDARY_WEIGHTS,
): readonly BoundaryCandidate[] {
  const n = features.length;
  // Prefix sums make "words between two boundaries" O(1).
  const words = [0];
  const sentences = [0];
  features.forEach((f, i) => {
    words.push(words[i]! + f.words);
    sentences.push(sentences[i]! + f.sentences);
  });
  const openingWords = w.openingShare * words[n]!;
  const bigEnough = (from: number, to: number): boolean => {
    const count = words[to]! - words[from]!;
    return (
      count >= (to === n ? w.minWordsClosing : w.minWords) &&
      (from > 0 || count >= openingWords) &&
      sentences[to]! - sentences[from]! >= w.minSentences &&
      (to - from >= w.minParagraphs || count >= w.minWordsShort)
    );
  };
  // best[i]: the best total for scenes covering [0, i) when a scene starts at i (best[0] = 0).
  // The scene before i may start at any j <= reach(i); the best such j is a running maximum.
  const best = new Array<number>(n + 1).fill(-Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  let reach = -1;
  let bestJ = -1;
  const gain = (i: number): number => (i === n ? 0 : (candidates[i]?.score ?? 0) - w.price);
  for (let i = 1; i <= n; i++) {
    while (reach + 1 < i && bigEnough(reach + 1, i)) {
      reach++;
      if (best[reach]! > -Infinity && (bestJ < 0 || best[reach]! >= best[bestJ]!)) bestJ = reach;
    }
    if (bestJ < 0) continue;
    if (i < n && (candidates[i]?.score ?? 0) < w.price) continue;
    best[i] = best[bestJ]! + gain(i);
    from[i] = bestJ;
  }
  // A run too short for even one scene of the minimum size is one scene.
  if (from[n]! < 0) return [];
  const chosen: BoundaryCandidate[] = [];
  for (let i = from[n]!; i > 0; i = from[i]!) chosen.push(candidates[i]!);
  return chosen.reverse();
}
