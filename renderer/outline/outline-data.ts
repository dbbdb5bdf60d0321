/**
 * What the outline panel shows, read from the document: cheap scene summaries (attributes only,
 * O(scenes)) and the per-scene figures (words, characters) that the panel fills in after a
 * pause. Words are cached per node (unchanged paragraphs are the same node objects across
 * document versions, so a keystroke recounts one paragraph); characters come from the analysis.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { Presence } from "../analysis/presence";
import type { SceneSpan } from "../editor/scene-spans";
import type { SceneChips } from "./plugin";
import { isSuggestedBreak, type SceneAttrs } from "../editor/schema";
import { wordsIn, formatCount } from "../editor/word-count";

export interface SceneSummary extends SceneAttrs {
  readonly index: number;
}

/** The scenes' attributes in order, each title as `label` shows it (`plainLabel`). */
export function sceneSummaries(
  doc: PMNode,
  label: (title: string) => string = (title) => title,
): SceneSummary[] {
  const out: SceneSummary[] = [];
  doc.forEach((scene, _offset, index) => {
    const attrs = scene.attrs as SceneAttrs;
    out.push({ ...attrs, title: label(attrs.title), index });
  });
  return out;
}

/**
 * Whether two documents have the same scenes with the same attributes by identity: true for a
 * typing step (ProseMirror copies an unchanged node's attrs object), O(scenes) pointer checks.
 */
export function sameSceneAttrs(a: PMNode, b: PMNode): boolean {
  if (a.childCount !== b.childCount) return false;
  for (let i = 0; i < a.childCount; i++) if (a.child(i).attrs !== b.child(i).attrs) return false;
  return true;
}

/**
 * Whether two documents have the same scenes, attributes and block counts: true for typing
 * inside a paragraph, so per-keystroke listeners can skip scene-level work in O(scenes) checks.
 */
export function sameSceneLayout(a: PMNode, b: PMNode): boolean {
  if (!sameSceneAttrs(a, b)) return false;
  for (let i = 0; i < a.childCount; i++)
    if (a.child(i).childCount !== b.child(i).childCount) return false;
  return true;
}

/** Whether two scene lists show the same (order, ids, attributes): the list is rebuilt when not. */
export function sameSummaries(a: readonly SceneSummary[], b: readonly SceneSummary[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as unknown as Record<string, unknown>;
    const y = b[i] as unknown as Record<string, unknown>;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length || keys.some((k) => x[k] !== y[k])) return false;
  }
  return true;
}

export interface SceneFigures {
  readonly words: number;
  /** Characters mentioned in the scene, most mentioned first. */
  readonly characters: readonly string[];
  /** The scene's point of view under the character's current name, or null. */
  readonly pov: string | null;
}

/**
 * Words and characters of one scene. Characters are the analysis's, most present first (by
 * scene id, so they follow a moved scene); the scene's POV, when set, always leads. The POV is
 * stored as a name: `named` gives the character's current one (a renamed character is one chip).
 */
export function sceneFigures(
  scene: PMNode,
  chips: SceneChips,
  named: (name: string) => string = (name) => name,
): SceneFigures {
  const stored = scene.attrs.pov as string | null;
  const pov = stored === null ? null : named(stored);
  const found = chips.get(scene.attrs.id as string) ?? [];
  return {
    words: wordsIn(scene),
    characters: pov ? [pov, ...found.filter((c) => c !== pov)] : found,
    pov,
  };
}

/** Each scene's characters (by scene id), most present first: mentions and spoken lines. */
export function sceneChips(
  spans: readonly SceneSpan[],
  presence: ReadonlyMap<string, readonly Presence[]>,
): Map<string, string[]> {
  return new Map(
    spans.map((span, i) => {
      const here: [string, number][] = [];
      for (const [name, cells] of presence) {
        const weight = (cells[i]?.mentions ?? 0) + (cells[i]?.lines ?? 0);
        if (weight > 0) here.push([name, weight]);
      }
      here.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return [span.id, here.map(([name]) => name)];
    }),
  );
}

/** Whether two chip maps show the same characters in the same order for the same scenes. */
export function sameChips(
  a: ReadonlyMap<string, readonly string[]>,
  b: ReadonlyMap<string, readonly string[]>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [id, names] of a) {
    const other = b.get(id);
    if (!other || other.length !== names.length || names.some((n, i) => n !== other[i]))
      return false;
  }
  return true;
}

/** The label a screen reader announces for a scene. */
/**
 * Whether a scene opens on a break detection only suggests: never the first scene, which keeps
 * its attributes when the scenes before it are deleted but has no break before it to answer.
 */
export function opensOnSuggestion(scene: SceneSummary): boolean {
  return scene.index > 0 && isSuggestedBreak(scene);
}

export function sceneLabel(scene: SceneSummary, count: number, words: number | null): string {
  const title = scene.title || "Untitled scene";
  const size = words === null ? "" : `, ${formatCount(words)} ${words === 1 ? "word" : "words"}`;
  const status = scene.status === "draft" ? "" : `, ${scene.status}`;
  const suggested = opensOnSuggestion(scene) ? ", after a suggested break" : "";
  return `Scene ${scene.index + 1} of ${count}: ${title}${size}${status}${suggested}`;
}
