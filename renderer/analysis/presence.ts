/**
 * Where characters appear by the document's own scene nodes: mentions and spoken lines per
 * character per scene, from an analysis result. The outline's chips and the cast's story chart
 * read the same cells.
 */
import { narratorOf } from "../../core/cast/narrator-of";
import type { Character } from "../../core/model";
import { NARRATOR } from "../../core/scenes/detect";
import type { DocAnalysis } from "./protocol";
import { forEachMention } from "./mention-table";
import { sceneOfBlock, type SceneSpan } from "../editor/scene-spans";

/** How a character appears in one scene. */
export interface Presence {
  readonly mentions: number;
  readonly lines: number;
  readonly pov: boolean;
}

/**
 * A name as the character it names is called now: a scene's POV is stored as a name when the
 * scene is detected, and the character may since have been renamed (the old name kept as an
 * alias) or merged into another. A character's own name wins over another's alias; a name that
 * names nobody is left as it is, but "narrator" (a first-person scene's POV while the cast named
 * no narrator) is the narrator the cast names now, as the speaker walk reads it (`narratorOf`).
 */
export function currentNames(
  characters: readonly Pick<Character, "name" | "aliases" | "narrator">[] = [],
): (name: string) => string {
  const names = new Set(characters.map((c) => c.name));
  const byAlias = new Map<string, string>();
  for (const c of characters)
    for (const a of c.aliases) if (!names.has(a) && !byAlias.has(a)) byAlias.set(a, c.name);
  if (!names.has(NARRATOR) && !byAlias.has(NARRATOR)) byAlias.set(NARRATOR, narratorOf(characters));
  return (name) => byAlias.get(name) ?? name;
}

/** `spans` with each POV under its character's current name (see `currentNames`). */
export function spansByCurrentName(
  spans: readonly SceneSpan[],
  named: (name: string) => string,
): readonly SceneSpan[] {
  return spans.map((s) => {
    const pov = s.pov === null ? null : named(s.pov);
    return pov === s.pov ? s : { ...s, pov };
  });
}

/**
 * Who appears where, by the document's scene nodes: mentions and spoken lines per character per
 * scene, and the POV from the scene's attributes (under the character's current name). One pass
 * over mentions and quotes.
 */
export function castPresence(
  sceneNodes: readonly SceneSpan[],
  analysis: Pick<DocAnalysis, "mentions" | "quotes"> & Partial<Pick<DocAnalysis, "characters">>,
): Map<string, Presence[]> {
  const spans = spansByCurrentName(sceneNodes, currentNames(analysis.characters));
  const out = new Map<string, Presence[]>();
  const row = (name: string): Presence[] => {
    let r = out.get(name);
    if (!r) out.set(name, (r = spans.map((s) => emptyCell(s.pov === name))));
    return r;
  };
  const bump = (name: string, scene: number, field: "mentions" | "lines"): void => {
    const cells = row(name);
    const cell = cells[scene]!;
    cells[scene] = { ...cell, [field]: cell[field] + 1 };
  };
  forEachMention(analysis.mentions, (paragraph, _from, _to, character) => {
    const s = sceneOfBlock(spans, paragraph);
    if (s >= 0) bump(character, s, "mentions");
  });
  for (const q of analysis.quotes) {
    const s = q.speaker ? sceneOfBlock(spans, q.paragraph) : -1;
    if (s >= 0) bump(q.speaker!, s, "lines");
  }
  for (const s of spans) if (s.pov) row(s.pov);
  return out;
}

/**
 * Most cells say "not here": they share two frozen objects, so a novel's hundreds of scenes
 * times its cast cost no memory where nobody appears.
 */
const NOT_HERE: Presence = Object.freeze({ mentions: 0, lines: 0, pov: false });
const POV_ONLY: Presence = Object.freeze({ mentions: 0, lines: 0, pov: true });
const emptyCell = (pov: boolean): Presence => (pov ? POV_ONLY : NOT_HERE);

/** The scenes (indexes) where a character appears at all. */
export function scenesOf(presence: readonly Presence[] | undefined): number[] {
  const out: number[] = [];
  presence?.forEach((p, i) => {
    if (p.mentions > 0 || p.lines > 0 || p.pov) out.push(i);
  });
  return out;
}

/**
 * Presence computed on the scenes of an earlier document (`from`) shown on the scenes of the
 * current one (`to`), matched by scene id: after a scene moves, its dots move with it before
 * the next analysis arrives. POV is read from the current scene attributes, under `named`.
 */
export function presenceInOrder(
  presence: ReadonlyMap<string, readonly Presence[]>,
  from: readonly SceneSpan[],
  sceneNodes: readonly SceneSpan[],
  named: (name: string) => string = (name) => name,
): Map<string, Presence[]> {
  const to = spansByCurrentName(sceneNodes, named);
  const at = new Map(from.map((s, i) => [s.id, i]));
  const out = new Map<string, Presence[]>();
  for (const [name, cells] of presence) {
    out.set(
      name,
      to.map((span) => {
        const i = at.get(span.id);
        const cell = i === undefined ? undefined : cells[i];
        const pov = span.pov === name;
        if (!cell || (cell.mentions === 0 && cell.lines === 0)) return emptyCell(pov);
        return cell.pov === pov ? cell : { ...cell, pov };
      }),
    );
  }
  for (const span of to)
    if (span.pov && !out.has(span.pov))
      out.set(
        span.pov,
        to.map((s) => emptyCell(s.pov === span.pov)),
      );
  return out;
}
