/**
 * The POV read over the gold scenes' own paragraphs, as if every boundary were right: beside
 * the POV of the predicted scenes, it tells a miss that comes from a wrong boundary (a
 * predicted scene that runs over two gold ones or loses their opening) from a wrong reading.
 */
import { narratorOf } from "../core/cast/speakers";
import type { Character } from "../core/model";
import { NARRATOR, scenePov, scoreSections, type ParagraphFeatures } from "../core/scenes";
import { parseStory } from "../core/story";

/** A gold scene with the POV detection's reading gives it. */
export interface GoldSpanScene {
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly pov: string | null;
}

/**
 * Each gold scene (`starts`: the first paragraph of every scene, the first 0) with the POV
 * `scenePov` reads from its paragraphs' features and scene-POV evidence, over the same story-wide
 * reading detection makes; a scene with no sign of whose it is goes on with the one before's, and
 * a first-person scene is the cast's narrator when the cast names one, as in the analyzer.
 */
export function goldSpanScenes(
  text: string,
  cast: readonly Character[],
  starts: readonly number[],
  lastParagraph: number,
): GoldSpanScene[] {
  const characters = cast.filter((c) => !c.unnamed);
  const { sections, toldInFirstPerson, lettersBySigner } = scoreSections(parseStory(text), {
    characters,
  });
  const features = new Map<number, ParagraphFeatures>();
  const evidence = new Map<number, Readonly<Record<string, number>>>();
  for (const s of sections)
    s.features.forEach((f, k) => {
      features.set(s.firstParagraph + k, f);
      evidence.set(s.firstParagraph + k, s.povEvidence[k]!);
    });
  const narrator = narratorOf(cast);
  const out: GoldSpanScene[] = [];
  let before: string | null = null;
  starts.forEach((first, k) => {
    const last = k + 1 < starts.length ? starts[k + 1]! - 1 : lastParagraph;
    const own: ParagraphFeatures[] = [];
    const ownEvidence: Readonly<Record<string, number>>[] = [];
    for (let p = first; p <= last; p++) {
      const f = features.get(p);
      if (!f) continue; // a break line
      own.push(f);
      ownEvidence.push(evidence.get(p)!);
    }
    const read = scenePov(own, ownEvidence, toldInFirstPerson, lettersBySigner) ?? before;
    before = read;
    out.push({
      firstParagraph: first,
      lastParagraph: last,
      pov: read === NARRATOR ? narrator : read,
    });
  });
  return out;
}
