/**
 * What a story-wide pass can take over from the pass before, proven unchanged from the
 * per-paragraph readings the analyzer caches by text. An edit replaces the readings of the
 * paragraphs it touched (new objects); everything else is the very same object, so comparing
 * identities first finds the few readings worth comparing by content.
 */
import type { ParagraphNames } from "./cast/paragraph-names";
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
      a.ownedKinSpeakers.join() !== b.ownedKinSpeakers.join() ||
      JSON.stringify(a.describedActors) !== JSON.stringify(b.describedActors) ||
      a.pronounTags.join() !== b.pronounTags.join()
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

/**
 * Equality of plain data (primitives by Object.is, arrays and plain objects with the same keys
 * in the same order); anything else counts as different.
 */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const plain = (x: object): boolean =>
    Array.isArray(x) || Object.getPrototypeOf(x) === Object.prototype;
  if (!plain(a) || !plain(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const other = Object.keys(y);
  return (
    keys.length === other.length &&
    keys.every((k, i) => k === other[i] && samePlainData(x[k], y[k]))
  );
}

function sameEvidence(a: Evidence, b: Evidence): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * One pass's work on a run of paragraphs (a section, a scene), kept for the next pass: a run
 * whose paragraphs are the same cached features (so the same texts: the cache is keyed by
 * text), with the same other inputs by `same`, gets the value made for it last time. Runs are
 * found by their first paragraph's features, which several share when they open on the same
 * heading ("Chapter 1" in each book of a collection): each keeps a list.
 */
class RunMemo<Args extends readonly unknown[], Value> {
  private last = new Map<ParagraphFeatures, Run<Args, Value>[]>();
  private current = new Map<ParagraphFeatures, Run<Args, Value>[]>();

  constructor(
    private readonly make: (features: readonly ParagraphFeatures[], ...args: Args) => Value,
    private readonly same: (now: Args, before: Args) => boolean,
    /** Whether a paragraph's features (not the same object) count as the same; by default never. */
    private readonly sameFeatures: (
      now: ParagraphFeatures,
      before: ParagraphFeatures,
    ) => boolean = () => false,
  ) {}

  /** Starts a pass: what the pass before used is what this one may reuse. */
  pass(): this {
    this.last = this.current;
    this.current = new Map();
    return this;
  }

  protected read(features: readonly ParagraphFeatures[], args: Args): Value {
    const first = features[0];
    if (!first) return this.make(features, ...args);
    const known = this.last
      .get(first)
      ?.find(
        (r) =>
          r.features.length === features.length &&
          r.features.every((f, i) => f === features[i] || this.sameFeatures(features[i]!, f)) &&
          this.same(args, r.args),
      );
    const run = known ?? { features, args, value: this.make(features, ...args) };
    const list = this.current.get(first);
    if (list) list.push(run);
    else this.current.set(first, [run]);
    return run.value;
  }
}

interface Run<Args, Value> {
  readonly features: readonly ParagraphFeatures[];
  readonly args: Args;
  readonly value: Value;
}

/**
 * Scene boundaries kept from one pass to the next, section by section (a section runs between
 * markers and chapter headings): a section with the same POV evidence gets the boundaries
 * chosen for it last time. Choosing them is the costliest part of scene detection, and an edit
 * touches one section.
 */
export class BoundaryMemo extends RunMemo<[readonly Evidence[]], readonly BoundaryCandidate[]> {
  constructor() {
    // Boundaries read the features' values alone: an edit that leaves a paragraph's features as
    // they were (a typo fixed, a word added) keeps its section's boundaries.
    super(
      sectionBoundaries,
      ([now], [before]) => now.every((e, i) => sameEvidence(e, before[i]!)),
      samePlainData,
    );
  }

  readonly boundariesOf = (
    features: readonly ParagraphFeatures[],
    evidence: readonly Evidence[],
  ): readonly BoundaryCandidate[] => this.read(features, [evidence]);
}

type TitleArgs = Parameters<typeof titleCandidates> extends [unknown, ...infer Rest] ? Rest : never;

/**
 * Scene titles kept from one pass to the next: a scene with the same POV and place in the
 * story gets the candidates read for it last time (its texts are its features' texts). Reading
 * them takes a pass over the scene's opening sentences for its first action, for every scene.
 */
export class TitleMemo extends RunMemo<TitleArgs, readonly string[]> {
  constructor() {
    // The texts go with the features; the POV, place and narrator are compared.
    super(
      titleCandidates,
      ([, ...now], [, ...before]) =>
        now.length === before.length && now.every((x, i) => x === before[i]),
    );
  }

  readonly titlesOf: typeof titleCandidates = (features, ...args) => this.read(features, args);
}
