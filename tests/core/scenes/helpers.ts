import { detectScenes, type DetectedScene } from "../../../core/scenes";
import { storyFromParagraphs } from "../../../core/story";

/** Two people on a small farm: the cast the scene tests built on a yard's scene share. */
export const FARM_CAST = [
  { name: "Nell", aliases: [] },
  { name: "Amos", aliases: [] },
];

/** Three paragraphs of one continuous scene in the yard, for a next paragraph to follow. */
export const YARD = [
  "Nell carried the bucket across the yard and set it down by the gate. The hens came at once, loud and greedy, and she scattered the grain wide so the small ones got their share.",
  "Amos was at the fence with the post driver, swearing at a stone. She watched him a while, then went to help him hold the post straight while he drove it down into the ground.",
  "It was the third post that week, and the ground was all rock under there. They worked on until the light began to go and the hens had gone in to roost by themselves.",
];

/** A village hall before a meeting: Ruth sets it up, Mark is on the stage (viewpoint-shift tests). */
export const HALL_CAST = [
  { name: "Ruth", aliases: [] },
  { name: "Mark", aliases: [] },
];

/** Three paragraphs in Ruth's head, for a shift to Mark to follow. */
export const RUTHS = [
  "Ruth counted the chairs again because she did not trust the caretaker's count. Ruth thought there were forty, and there were forty, and she felt foolish and pleased at once. She set the last of them straight and stood back to look at the rows.",
  "Ruth wondered whether anyone would come. She had put the notice in the shop window and in the parish magazine, and she had told everyone she met, and still she thought it likely that she would sit here alone with the urn until nine.",
  "Ruth filled the urn at the kitchen tap and carried it through, slopping, and plugged it in by the stage. She knew it would take forty minutes to boil. She found the cups in the cupboard under the hatch and counted those too.",
];

/** The boundaries detection finds in these paragraphs, with the farm's cast. */
export function farmStarts(...paragraphs: string[]): number[] {
  return boundariesOf(detectScenes(storyFromParagraphs(paragraphs), { characters: FARM_CAST }));
}

/** Scene starts after the first: the boundaries a reader would mark. */
export function boundariesOf(scenes: readonly { firstParagraph: number }[]): number[] {
  return scenes.slice(1).map((s) => s.firstParagraph);
}

/**
 * Boundary F1 with a tolerance: a predicted boundary matches an unmatched gold boundary at
 * most `tolerance` paragraphs away (greedy, nearest first), each used once.
 */
export function boundaryF1(
  predicted: readonly number[],
  gold: readonly number[],
  tolerance = 1,
): number {
  const used = new Set<number>();
  let hits = 0;
  for (const p of predicted) {
    let best: number | null = null;
    for (const g of gold) {
      if (used.has(g) || Math.abs(g - p) > tolerance) continue;
      if (best === null || Math.abs(g - p) < Math.abs(best - p)) best = g;
    }
    if (best !== null) {
      used.add(best);
      hits++;
    }
  }
  if (predicted.length === 0 || gold.length === 0) return predicted.length === gold.length ? 1 : 0;
  const precision = hits / predicted.length;
  const recall = hits / gold.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Every non-break paragraph in exactly one scene, scenes in order, no break inside one. */
export function expectCoverage(
  scenes: readonly DetectedScene[],
  isBreak: readonly boolean[],
): string | null {
  const owner = new Array<number>(isBreak.length).fill(-1);
  let last = -1;
  for (const [k, s] of scenes.entries()) {
    if (s.firstParagraph <= last) return `scene ${k} starts at ${s.firstParagraph}, before ${last}`;
    if (s.lastParagraph < s.firstParagraph) return `scene ${k} is empty`;
    for (let i = s.firstParagraph; i <= s.lastParagraph; i++) {
      if (isBreak[i]) return `scene ${k} holds break line ${i}`;
      owner[i] = k;
    }
    last = s.lastParagraph;
  }
  const missing = owner.findIndex((o, i) => o < 0 && !isBreak[i]);
  return missing >= 0 ? `paragraph ${missing} is in no scene` : null;
}
