/**
 * What a story-wide pass can take over from the pass before, proven unchanged from the
 * per-paragraph readings the analyzer caches by text. An edit replaces the readings of the
 * paragraphs it touched (new objects); everything else is the very same object, so comparing
 * identities first finds the few readings worth comparing by content.
 */
import type { ParagraphNames } from "./cast/discover";
import {
  sectionBoundaries,
  titleCandidates,
  type BoundaryCandidate,
  type ParagraphFeatures,
} from "./scenes";

/** Past this many changed paragraphs, discovery runs again rather than compare. */
const MAX_COMPARED_READINGS = 8;

/**
 * Whether two stories' names read the same to discovery: the same sightings, unnamed speakers
 * and described people acting paragraph by paragraph, and the same set of lowercase words (discovery asks only
 * whether the story writes a word in lowercase somewhere).
 */
export function sameNames(
  before: readonly ParagraphNames[],
  after: readonly ParagraphNames[],
): boolean {
  if (before.length !== after.length) return false;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) changed.push(i);
  if (changed.length > MAX_COMPARED_READINGS) return false;
  const has = (names: readonly ParagraphNames[], word: string, skip: number): boolean =>
    names.some((n, i) => i !== skip && n.lowercaseWords.includes(word));
  for (const i of changed) {
    const a = before[i]!;
    const b = after[i]!;
    if (
      JSON.stringify(a.sightings) !== JSON.stringify(b.sightings) ||
      JSON.stringify(a.unnamedSpeakers) !== JSON.stringify(b.unnamedSpeakers) ||
      JSON.stringify(a.describedActors) !== JSON.stringify(b.describedActors)
    )
      return false;
    const old = new Set(a.lowercaseWords);
    const now = new Set(b.lowercaseWords);
    for (const w of now) if (!old.has(w) && !has(before, w, i)) return false;
    for (const w of old) if (!now.has(w) && !has(after, w, i)) return false;
  }
  return true;
}

type Evidence = Readonly<Record<string, number>>;

interface Section {
  readonly features: readonly ParagraphFeatures[];
  readonly evidence: readonly Evidence[];
  readonly chosen: readonly BoundaryCandidate[];
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Scene boundaries kept from one pass to the next, section by section (a section runs between
 * markers and chapter headings): a section whose paragraphs are the same cached features, with
 * the same POV evidence, gets the boundaries chosen for it last time. Choosing them is the
 * costliest part of scene detection, and an edit touches one section. Sections are found by
 * their first paragraph's features, which several share when they open on the same heading
 * ("Chapter 1" in each book of a collection): each keeps a list.
 */
export class BoundaryMemo {
  private last = new Map<ParagraphFeatures, Section[]>();
  private current = new Map<ParagraphFeatures, Section[]>();

  /** Starts a pass: what the pass before used is what this one may reuse. */
  pass(): this {
    this.last = this.current;
    this.current = new Map();
    return this;
  }

  readonly boundariesOf = (
    features: readonly ParagraphFeatures[],
    evidence: readonly Evidence[],
  ): readonly BoundaryCandidate[] => {
    const first = features[0];
    if (!first) return sectionBoundaries(features, evidence);
    const known = this.last
      .get(first)
      ?.find(
        (s) =>
          s.features.length === features.length &&
          s.features.every((f, i) => f === features[i]) &&
          s.evidence.every((e, i) => sameEvidence(e, evidence[i]!)),
      );
    const section = known ?? { features, evidence, chosen: sectionBoundaries(features, evidence) };
    const list = this.current.get(first);
    if (list) list.push(section);
    else this.current.set(first, [section]);
    return section.chosen;
  };
}

interface Titled {
  readonly features: readonly ParagraphFeatures[];
  readonly pov: string | null;
  readonly index: number;
  readonly narrator: string | undefined;
  readonly titles: readonly string[];
}

/**
 * Scene titles kept from one pass to the next: a scene whose paragraphs are the same cached
 * features (so the same texts: the cache is keyed by text), with the same POV and place in the
 * story, gets the candidates read for it last time. Reading them takes a pass over the
 * scene's opening sentences for its first action, for every scene of the story.
 */
export class TitleMemo {
  private last = new Map<ParagraphFeatures, Titled[]>();
  private current = new Map<ParagraphFeatures, Titled[]>();

  /** Starts a pass: what the pass before used is what this one may reuse. */
  pass(): this {
    this.last = this.current;
    this.current = new Map();
    return this;
  }

  readonly titlesOf: typeof titleCandidates = (features, texts, pov, index, narrator) => {
    const first = features[0];
    if (!first) return titleCandidates(features, texts, pov, index, narrator);
    const known = this.last
      .get(first)
      ?.find(
        (t) =>
          t.pov === pov &&
          t.index === index &&
          t.narrator === narrator &&
          t.features.length === features.length &&
          t.features.every((f, i) => f === features[i]),
      );
    const titled = known ?? {
      features,
      pov,
      index,
      narrator,
      titles: titleCandidates(features, texts, pov, index, narrator),
    };
    const list = this.current.get(first);
    if (list) list.push(titled);
    else this.current.set(first, [titled]);
    return titled.titles;
  };
}
