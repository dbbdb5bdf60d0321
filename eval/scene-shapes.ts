/**
 * Boundary counts pooled by the shape of the story: stories with few gold boundaries (at most
 * `FEW_BOUNDARIES`, as the held-out stories and the LitBank excerpts are) and the rest. A cue
 * that is relative to the story itself (a cohesion dip scored against the story's own dips)
 * finds something in every story; on dev, written with three to six scenes a story, that looks
 * like recall, and only the few-boundary stories show what it costs on a story with one scene
 * change or none. Names and counts only, so it is safe on a held-out folder.
 */

/** A story's boundary counts: gold, predicted, and predictions matching gold. */
export interface ShapeCounts {
  readonly gold: number;
  readonly predicted: number;
  readonly hits: number;
}

/** Stories with at most this many gold boundaries count as few-boundary stories. */
export const FEW_BOUNDARIES = 2;

function pooled(label: string, stories: readonly ShapeCounts[]): string {
  const sum = (k: keyof ShapeCounts) => stories.reduce((n, s) => n + s[k], 0);
  const [gold, predicted, hits] = [sum("gold"), sum("predicted"), sum("hits")];
  const p = predicted ? hits / predicted : 0;
  const r = gold ? hits / gold : 0;
  const f1 = predicted + gold ? (2 * hits) / (predicted + gold) : 1;
  return `${label} (${stories.length}): P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)}`;
}

/** One line: pooled P/R/F1 over the few-boundary stories and over the rest. */
export function pooledByShape(stories: readonly ShapeCounts[]): string {
  const few = stories.filter((s) => s.gold <= FEW_BOUNDARIES);
  const many = stories.filter((s) => s.gold > FEW_BOUNDARIES);
  return [pooled(`at most ${FEW_BOUNDARIES} gold boundaries`, few), pooled("more", many)].join(
    "; ",
  );
}
