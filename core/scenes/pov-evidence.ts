/**
 * POV evidence across a story: which characters are viewpoints, each name's pronoun, and each
 * paragraph's evidence with its "he" and "she" credited to the viewpoint character in view
 * (`resolveEvidence`), plus the small arithmetic on evidence that the cues share. Separate from
 * the boundary scoring, which reads the resolved evidence but not how it was resolved.
 */

import { EITHER_SEX_GIVEN_NAMES } from "../cast/cues";
import { genderOfName } from "../cast/genders";
import type { ParagraphFeatures } from "./features";

export type Evidence = Record<string, number>;

const MIN_VIEWPOINT_SHARE = 0.1;
/** A "she" counts for less than a name: it may be someone else in the room. */
const PRONOUN_FACTOR = 0.5;
/** Evidence a paragraph must give its new POV character: one subject, or two possessives. */
export const MIN_SHIFT_EVIDENCE = 1;
/**
 * How many paragraphs back a "she" may reach for the last heroine named, through lines of
 * dialogue that name no one; one paragraph only once the narration has followed someone else.
 * Lines of dialogue and their tags alone ('"They'll wait," she said.') are not counted: a long
 * exchange in the car goes on in the company the narration last named.
 */
const RECENT_PARAGRAPHS = 4;

export function addInto(target: Evidence, source: Readonly<Evidence>, factor: number): void {
  for (const key in source) target[key] = (target[key] ?? 0) + source[key]! * factor;
}

export function shares(e: Readonly<Evidence>): {
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
export function distance(a: Readonly<Evidence>, b: Readonly<Evidence>): number {
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

/** The sex a name's given name says, unless it is one either sex is given ("Jean", "Evelyn"). */
function givenNameSex(name: string): "m" | "f" | undefined {
  const given = genderOfName(name);
  if (!given || given.sure) return given?.gender;
  const first =
    name
      .toLowerCase()
      .split(/\s+/)
      .find((w) => !/\.$/.test(w)) ?? "";
  return EITHER_SEX_GIVEN_NAMES.has(first) ? undefined : given.gender;
}

/**
 * Each name's pronoun, by majority of the "Name ... he/she" cues across the story. With
 * `byGivenName` (the scene POV's reading), a name those cues leave unsettled takes the pronoun
 * its given name says ("Agnes", "Michael") unless its possessives' pronouns say the other
 * ("George's hair ..., and she"): a viewpoint character the narration calls only "she" in her
 * own scenes may be named only in others' scenes, with no "she" of hers after the name.
 * Boundaries keep the cues alone: read there too, it made three false boundaries on dev.
 */
export function pronounsOf(
  features: readonly ParagraphFeatures[],
  byGivenName = false,
): Map<string, "he" | "she"> {
  const net = new Map<string, number>();
  const byPossessive = new Map<string, number>();
  for (const f of features) {
    for (const k in f.gender) net.set(k, (net.get(k) ?? 0) + f.gender[k]!);
    if (!byGivenName) continue;
    for (const k of f.mentioned) if (!net.has(k)) net.set(k, 0);
    for (const k in f.possessiveGender)
      byPossessive.set(k, (byPossessive.get(k) ?? 0) + f.possessiveGender[k]!);
  }
  const out = new Map<string, "he" | "she">();
  for (const [name, n] of net) {
    // A given name's guess gives way to what the story says, even by a possessive ("George's
    // hair ..., and she"); the possessives alone give no name a pronoun ("Snake Anson's face
    // ..., his eyes" gave LitBank's Man of the Forest to the outlaw the hero watches).
    const given = n === 0 && byGivenName ? givenNameSex(name) : undefined;
    const told = byPossessive.get(name) ?? 0;
    const sex =
      n !== 0 ? (n > 0 ? "m" : "f") : given && told !== 0 ? (told > 0 ? "m" : "f") : given;
    if (sex) out.set(name, sex === "m" ? "he" : "she");
  }
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
  const pronounOf = pronounsOf(features, reading === "scene POV");
  // Whether a paragraph that followed `name` ends the chain of pronoun `p`. Read for the scene's
  // POV, a companion of the other pronoun does not: "Orrin walks down to the water" leaves the
  // next "she" the heroine's, as no "he" can be her. Boundaries keep the stricter reading,
  // where a "she" after his paragraph may be someone new (the clerk in the shop he walked into).
  const ends = (name: string, p: "he" | "she"): boolean =>
    reading === "boundaries" || (pronounOf.get(name) ?? p) === p;
  // The scene's POV also weighs thoughts and perceptions told of a pronoun anywhere ("a sound
  // that she would remember", "She could smell the smoke") or of a name behind an auxiliary
  // ("than Isla had expected"): whose head we are in; and a speech tag, who speaks, as a mention.
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
    if (inner) for (const name in f.innerNamed) if (name in e) e[name]! += f.innerNamed[name]!;
    for (const p of ["he", "she"] as const) {
      // For the scene's POV, a "she" after "His mother listened" is hers: no cast member's, nor
      // after "Rory sat down" (a "he"), but Ada's after "Ada sat down".
      let described = f.describedPronouns[p];
      for (const name in f.describedAfter)
        if (pronounOf.get(name) !== p) described += f.describedAfter[name]![p];
      const weight = f.pronouns[p] + (inner ? f.innerPronouns[p] - described : 0);
      if (weight === 0) continue;
      // Those in view (the last paragraph's, then this one's mentions) of pronoun p, in order.
      const pool = new Set<string>();
      const fits = (name: string): boolean =>
        pronounOf.get(name) === p && (viewpoints === null || viewpoints.has(name));
      for (const name of inView) if (fits(name)) pool.add(name);
      for (const name of f.mentioned) if (fits(name)) pool.add(name);
      const recent = last.get(p);
      const reach = followedOther.get(p) ? 1 : RECENT_PARAGRAPHS;
      if (
        pool.size === 0 &&
        recent &&
        narrated - recent.at <= reach &&
        !takenOver(previous, recent, (name) => ends(name, p))
      )
        pool.add(recent.name);
      // Read for the scene's POV, a pronoun no viewpoint character can take is the one of its
      // sex in view, who is not a viewpoint: the father named once in the scene that is his
      // and "he" after ("He knew what fine meant"), a nurse come to the rink ("She was still in
      // her scrubs").
      if (inner && pool.size === 0) {
        const others = new Set<string>();
        for (const name of inView) if (pronounOf.get(name) === p) others.add(name);
        for (const name of f.mentioned) if (pronounOf.get(name) === p) others.add(name);
        if (others.size === 1) pool.add([...others][0]!);
      }
      // A pronoun told before names in its sentence is none of them ("He had told Kez"):
      // with those left out of the pool, one left in it is whom it stands for; none, no one.
      let bound = 0;
      let boundLead = 0;
      if (inner)
        for (const b of f.pronounsBeforeNames) {
          if (b.pronoun !== p || pool.size === 0) continue;
          const left = [...pool].filter((name) => !b.names.includes(name));
          if (left.length === pool.size || left.length > 1) continue;
          if (left.length === 1) e[left[0]!] = (e[left[0]!] ?? 0) + b.weight * PRONOUN_FACTOR;
          bound += b.weight;
          if (b.lead) boundLead += b.weight;
        }
      const who = pool.size === 1 ? [...pool][0]! : shares(restrict(e, pool)).top;
      // With two of one pronoun in view, a "he" before anyone is named goes on with the one
      // the narration followed last; the rest goes to the one this paragraph follows.
      const followed = followedLast.get(p);
      const lead =
        pool.size > 1 && followed && pool.has(followed) ? f.leadPronouns[p] - boundLead : 0;
      const rest = weight - bound;
      if (lead > 0) e[followed!] = (e[followed!] ?? 0) + lead * PRONOUN_FACTOR;
      if (who && rest > lead) e[who] = (e[who] ?? 0) + (rest - lead) * PRONOUN_FACTOR;
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
