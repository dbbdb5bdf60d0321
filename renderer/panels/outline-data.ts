/**
 * What the outline panel shows, read from the document: cheap scene summaries (attributes only,
 * O(scenes)) and the costlier per-scene figures (words, characters) that the panel computes
 * after a pause. Both are cached per node: unchanged paragraphs are the same node objects across
 * document versions, so a keystroke recounts one paragraph.
 */
import type { Node as PMNode } from "prosemirror-model";
import {
  compileCastMatcher,
  mentionsInParagraph,
  type CastMatcher,
} from "../../core/cast/mentions";
import type { Character } from "../../core/model";
import { schema, type SceneAttrs } from "../schema";
import { wordsIn } from "../word-count";

export interface SceneSummary extends SceneAttrs {
  readonly index: number;
}

/** The scenes' attributes in order. */
export function sceneSummaries(doc: PMNode): SceneSummary[] {
  const out: SceneSummary[] = [];
  doc.forEach((scene, _offset, index) => out.push({ ...(scene.attrs as SceneAttrs), index }));
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

/** A string that changes exactly when the list must be rebuilt (order, ids, attributes). */
export function structureKey(scenes: readonly SceneSummary[]): string {
  return JSON.stringify(scenes);
}

export interface SceneFigures {
  readonly words: number;
  /** Characters mentioned in the scene, most mentioned first. */
  readonly characters: readonly string[];
}

const matchers = new WeakMap<readonly Character[], CastMatcher>();
const NO_CAST = {};
const figureCache = new WeakMap<object, WeakMap<PMNode, SceneFigures>>();
const mentionCache = new WeakMap<CastMatcher, WeakMap<PMNode, ReadonlyMap<string, number>>>();

function paragraphMentions(node: PMNode, matcher: CastMatcher): ReadonlyMap<string, number> {
  let cache = mentionCache.get(matcher);
  if (!cache) mentionCache.set(matcher, (cache = new WeakMap()));
  let counts = cache.get(node);
  if (!counts) {
    const tally = new Map<string, number>();
    for (const m of mentionsInParagraph(node.textContent, matcher))
      tally.set(m.character, (tally.get(m.character) ?? 0) + 1);
    cache.set(node, (counts = tally));
  }
  return counts;
}

/**
 * Words and characters of one scene. Characters come from the cast's mentions (names and
 * aliases); the scene's POV, when set, always leads. With an empty cast only the POV shows.
 */
export function sceneFigures(scene: PMNode, cast: readonly Character[]): SceneFigures {
  let matcher = cast.length > 0 ? matchers.get(cast) : undefined;
  if (cast.length > 0 && !matcher) matchers.set(cast, (matcher = compileCastMatcher(cast)));
  // An unchanged scene is the same node object: its figures are cached with it.
  const key = matcher ?? NO_CAST;
  let cache = figureCache.get(key);
  if (!cache) figureCache.set(key, (cache = new WeakMap()));
  let figures = cache.get(scene);
  if (!figures) cache.set(scene, (figures = computeFigures(scene, matcher)));
  return figures;
}

function computeFigures(scene: PMNode, matcher: CastMatcher | undefined): SceneFigures {
  const pov = scene.attrs.pov as string | null;
  const total = new Map<string, number>();
  if (matcher) {
    scene.forEach((child) => {
      if (child.type !== schema.nodes.paragraph) return;
      for (const [name, n] of paragraphMentions(child, matcher!))
        total.set(name, (total.get(name) ?? 0) + n);
    });
  }
  const characters = [...total]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name]) => name);
  return {
    words: wordsIn(scene),
    characters: pov ? [pov, ...characters.filter((c) => c !== pov)] : characters,
  };
}

/** The label a screen reader announces for a scene. */
export function sceneLabel(scene: SceneSummary, count: number, words: number | null): string {
  const title = scene.title || "Untitled scene";
  const size =
    words === null ? "" : `, ${words.toLocaleString("en-US")} ${words === 1 ? "word" : "words"}`;
  const status = scene.status === "draft" ? "" : `, ${scene.status}`;
  return `Scene ${scene.index + 1} of ${count}: ${title}${size}${status}`;
}
