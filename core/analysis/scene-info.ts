/** The detected scenes as the analysis reports them: POV, who is present, and words. */
import type { Mention } from "../cast/mentions";
import { narratorOf } from "../cast/speakers";
import type { Character, SceneInfo } from "../model";
import { NARRATOR, type DetectedScene } from "../scenes";

/**
 * Each detected scene with its POV (the cast's narrator for a scene told in the first person),
 * the characters present (its mentions' and its POV, in the cast's order) and its words
 * (`wordsAt`: each paragraph's count).
 */
export function describeScenes(
  detected: readonly DetectedScene[],
  paragraphs: number,
  cast: readonly Character[],
  mentions: readonly Mention[],
  wordsAt: readonly number[],
): SceneInfo[] {
  // Who is present in each scene: its mentions' characters (one set per scene, not per
  // paragraph), listed in the cast's order.
  const sceneAt = new Int32Array(paragraphs).fill(-1);
  detected.forEach((s, index) => sceneAt.fill(index, s.firstParagraph, s.lastParagraph + 1));
  const present = detected.map(() => new Set<string>());
  for (const m of mentions) present[sceneAt[m.paragraph]!]?.add(m.character);
  const places = new Map<string, number[]>();
  cast.forEach((c, i) => {
    const at = places.get(c.name);
    if (at) at.push(i);
    else places.set(c.name, [i]);
  });
  // Scenes told in the first person follow the narrator: the cast's, when it names one.
  const narrator = narratorOf(cast);
  return detected.map((s, index) => {
    const pov = s.pov === NARRATOR ? narrator : s.pov;
    let words = 0;
    for (let p = s.firstParagraph; p <= s.lastParagraph; p++) words += wordsAt[p]!;
    const here = present[index]!;
    if (pov) here.add(pov);
    const at: number[] = [];
    for (const name of here) for (const i of places.get(name) ?? []) at.push(i);
    const order = at.sort((a, b) => a - b).map((i) => cast[i]!.name);
    return {
      index,
      firstParagraph: s.firstParagraph,
      lastParagraph: s.lastParagraph,
      title: s.title,
      pov,
      characters: order,
      words,
      source: s.source,
      confidence: s.confidence,
    };
  });
}
