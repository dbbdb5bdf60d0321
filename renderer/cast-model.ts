/**
 * The writer's cast as plain data, and the pure operations the Cast panel performs on it: add,
 * rename, merge, delete, aliases, voice, colour, notes, and speaker corrections. Every operation
 * returns a new cast (or the reason it cannot apply); nothing here touches the editor.
 *
 * Speaker corrections are keyed by the paragraph's text (hashed) and the quoted words, not by
 * paragraph number: scenes move and paragraphs are inserted above, and a correction must stay on
 * its line. Editing the paragraph itself drops the exact key; a correction whose quoted words
 * still occur exactly once in the story then follows them.
 *
 * Also here: where characters appear by the document's own scene nodes (the chart, the panel's
 * scene numbers and the voice view all need the same answer).
 */
import type { Node as PMNode } from "prosemirror-model";
import type { Character, Voice } from "../core/model";
import type { DocAnalysis, LocalQuote } from "./analysis/protocol";
import { forEachMention } from "./analysis/mention-table";

export interface SpeakerCorrection {
  /** `paragraphHash` of the paragraph's text when the correction was made. */
  readonly paragraph: string;
  /** The quoted words (the paragraph's text from the quote's `from` to its `to`). */
  readonly quote: string;
  /** The speaker the writer chose; null says "nobody in the cast". */
  readonly speaker: string | null;
}

export interface WriterCast {
  readonly characters: readonly Character[];
  readonly corrections: readonly SpeakerCorrection[];
  /** Found names the writer deleted: discovery must not bring them back. */
  readonly dismissed: readonly string[];
}

export type CastEdit =
  | { readonly ok: true; readonly cast: WriterCast }
  | { readonly ok: false; readonly reason: string };

export const EMPTY_CAST: WriterCast = { characters: [], corrections: [], dismissed: [] };

const ok = (cast: WriterCast): CastEdit => ({ ok: true, cast });
const refuse = (reason: string): CastEdit => ({ ok: false, reason });
const fold = (s: string): string => s.trim().toLowerCase();
const tidy = (s: string): string => s.trim().replace(/\s+/g, " ");

/** The writer's character called `name`, if any. */
export function characterNamed(cast: WriterCast, name: string): Character | undefined {
  return cast.characters.find((c) => c.name === name);
}

/** The character (other than `except`) already known by `text` as a name or alias. */
export function ownerOf(cast: WriterCast, text: string, except?: string): Character | undefined {
  const key = fold(text);
  return cast.characters.find(
    (c) => c.name !== except && (fold(c.name) === key || c.aliases.some((a) => fold(a) === key)),
  );
}

function replace(cast: WriterCast, name: string, change: (c: Character) => Character): WriterCast {
  return { ...cast, characters: cast.characters.map((c) => (c.name === name ? change(c) : c)) };
}

function renameSpeakers(
  corrections: readonly SpeakerCorrection[],
  from: string,
  to: string | null,
): SpeakerCorrection[] {
  return corrections.map((c) => (c.speaker === from ? { ...c, speaker: to } : c));
}

/** Adds a character. `found` carries what discovery knew (aliases, a guessed voice stays inferred). */
export function addCharacter(cast: WriterCast, name: string, found?: Partial<Character>): CastEdit {
  const clean = tidy(name);
  if (!clean) return refuse("A character needs a name.");
  const owner = ownerOf(cast, clean);
  if (owner)
    return refuse(
      owner.name === clean
        ? `${clean} is already in the cast.`
        : `"${clean}" is already a name of ${owner.name}.`,
    );
  const aliases = unique(
    (found?.aliases ?? [])
      .map(tidy)
      .filter((a) => a && fold(a) !== fold(clean) && !ownerOf(cast, a)),
  );
  const character: Character = {
    name: clean,
    aliases,
    voice: found?.voiceInferred ? "unknown" : (found?.voice ?? "unknown"),
    ...(found?.color ? { color: found.color } : {}),
    ...(found?.notes ? { notes: found.notes } : {}),
  };
  return ok({
    ...cast,
    characters: [...cast.characters, character],
    dismissed: cast.dismissed.filter((d) => d !== clean),
  });
}

/** Renames a character; corrections that name it follow. */
export function renameCharacter(cast: WriterCast, name: string, next: string): CastEdit {
  const clean = tidy(next);
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  if (!clean) return refuse("A character needs a name.");
  if (clean === name) return ok(cast);
  const owner = ownerOf(cast, clean, name);
  if (owner) return refuse(`"${clean}" is already a name of ${owner.name}.`);
  const renamed = replace(cast, name, (c) => ({
    ...c,
    name: clean,
    aliases: c.aliases.filter((a) => fold(a) !== fold(clean)),
  }));
  return ok({
    ...renamed,
    corrections: renameSpeakers(cast.corrections, name, clean),
    dismissed: cast.dismissed.filter((d) => d !== clean),
  });
}

/**
 * Merges `from` into `into`: `from`'s name and aliases become aliases of `into`, its notes are
 * appended, its voice fills in an unset one, and its corrected lines become `into`'s.
 */
export function mergeCharacters(cast: WriterCast, into: string, from: string): CastEdit {
  const target = characterNamed(cast, into);
  const source = characterNamed(cast, from);
  if (!target || !source) return refuse("Both characters must be in the cast to merge them.");
  if (into === from) return refuse("A character cannot be merged into itself.");
  const aliases = unique(
    [...target.aliases, source.name, ...source.aliases].filter(
      (a) => fold(a) !== fold(target.name),
    ),
  );
  const notes = [target.notes, source.notes].filter((n) => n && n.trim()).join("\n\n");
  const merged: Character = {
    ...target,
    aliases,
    voice: target.voice === "unknown" ? source.voice : target.voice,
    ...(notes ? { notes } : {}),
    ...((target.color ?? source.color) ? { color: target.color ?? source.color } : {}),
  };
  return ok({
    ...cast,
    characters: cast.characters
      .filter((c) => c.name !== from)
      .map((c) => (c.name === into ? merged : c)),
    corrections: renameSpeakers(cast.corrections, from, into),
  });
}

/** Deletes a character; its name is remembered so discovery does not list it again. */
export function deleteCharacter(cast: WriterCast, name: string): CastEdit {
  return ok({
    characters: cast.characters.filter((c) => c.name !== name),
    corrections: cast.corrections.filter((c) => c.speaker !== name),
    dismissed: unique([...cast.dismissed, name]),
  });
}

/** Adds an alias; refused when it is already a name or alias of anyone (no shared aliases). */
export function addAlias(cast: WriterCast, name: string, alias: string): CastEdit {
  const clean = tidy(alias);
  const character = characterNamed(cast, name);
  if (!character) return refuse(`${name} is not in the cast.`);
  if (!clean) return refuse("The alias is empty.");
  const owner = ownerOf(cast, clean);
  if (owner)
    return refuse(
      owner.name === name
        ? `${name} already goes by "${clean}".`
        : `"${clean}" is already a name of ${owner.name}.`,
    );
  return ok(replace(cast, name, (c) => ({ ...c, aliases: [...c.aliases, clean] })));
}

export function removeAlias(cast: WriterCast, name: string, alias: string): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, (c) => ({ ...c, aliases: c.aliases.filter((a) => a !== alias) })));
}

/** Sets the voice; "unknown" means "infer it from the character's lines". */
export function setVoice(cast: WriterCast, name: string, voice: Voice): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, (c) => ({ ...c, voice })));
}

/** Sets the colour (one of the palette's), or clears it with undefined. */
export function setColor(cast: WriterCast, name: string, color: string | undefined): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, ({ color: _old, ...c }) => (color ? { ...c, color } : c)));
}

export function setNotes(cast: WriterCast, name: string, notes: string): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, ({ notes: _old, ...c }) => (notes.trim() ? { ...c, notes } : c)));
}

/** Records the writer's speaker for a line; a later correction of the same line replaces it. */
export function correctSpeaker(cast: WriterCast, correction: SpeakerCorrection): CastEdit {
  if (correction.speaker !== null && !characterNamed(cast, correction.speaker))
    return refuse(`${correction.speaker} is not in the cast.`);
  const others = cast.corrections.filter(
    (c) => c.paragraph !== correction.paragraph || c.quote !== correction.quote,
  );
  return ok({ ...cast, corrections: [...others, correction] });
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = fold(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A short stable hash of a paragraph's text (FNV-1a, 32 bits, with the length). */
export function paragraphHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** A quote with the writer's correction applied. */
export type CorrectedQuote<Q> = Q & { readonly corrected?: boolean };

/**
 * Applies corrections to quotes: an exact key (paragraph hash + words) wins; otherwise a
 * correction whose words occur in exactly one quote of the story follows them. Linear: the
 * paragraph hash is computed only for quotes whose words were corrected.
 */
export function applyCorrections<
  Q extends Pick<LocalQuote, "paragraph" | "from" | "to" | "speaker" | "unnamed"> & {
    readonly confidence?: number;
  },
>(
  quotes: readonly Q[],
  paragraphText: (paragraph: number) => string,
  corrections: readonly SpeakerCorrection[],
): CorrectedQuote<Q>[] {
  if (corrections.length === 0) return quotes as Q[];
  const byWords = new Map<string, SpeakerCorrection[]>();
  for (const c of corrections)
    (byWords.get(c.quote) ?? byWords.set(c.quote, []).get(c.quote)!).push(c);
  const wordsOf = (q: Q): string => paragraphText(q.paragraph).slice(q.from, q.to);
  const uses = new Map<string, number>();
  for (const q of quotes) {
    const words = wordsOf(q);
    if (byWords.has(words)) uses.set(words, (uses.get(words) ?? 0) + 1);
  }
  return quotes.map((q) => {
    const words = wordsOf(q);
    const candidates = byWords.get(words);
    if (!candidates) return q;
    const hash = paragraphHash(paragraphText(q.paragraph));
    const exact = candidates.find((c) => c.paragraph === hash);
    const chosen =
      exact ?? (uses.get(words) === 1 && candidates.length === 1 ? candidates[0] : undefined);
    if (!chosen) return q;
    const { unnamed: _unnamed, ...rest } = q;
    return {
      ...rest,
      speaker: chosen.speaker,
      confidence: 1,
      corrected: true,
    } as CorrectedQuote<Q>;
  });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const VOICES: readonly Voice[] = ["british", "american", "unknown"];

/** Reads the cast part of the sidecar leniently: a damaged entry loses only itself. */
export function readCastSidecar(value: unknown): WriterCast {
  const data =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const characters: Character[] = [];
  for (const raw of Array.isArray(data.characters) ? (data.characters as unknown[]) : []) {
    if (typeof raw !== "object" || raw === null) continue;
    const c = raw as Record<string, unknown>;
    if (typeof c.name !== "string" || !c.name.trim() || characters.some((k) => k.name === c.name))
      continue;
    characters.push({
      name: c.name,
      aliases: strings(c.aliases),
      voice: VOICES.includes(c.voice as Voice) ? (c.voice as Voice) : "unknown",
      ...(typeof c.color === "string" ? { color: c.color } : {}),
      ...(typeof c.notes === "string" ? { notes: c.notes } : {}),
    });
  }
  const corrections: SpeakerCorrection[] = [];
  for (const raw of Array.isArray(data.corrections) ? (data.corrections as unknown[]) : []) {
    if (typeof raw !== "object" || raw === null) continue;
    const c = raw as Record<string, unknown>;
    if (
      typeof c.paragraph === "string" &&
      typeof c.quote === "string" &&
      (typeof c.speaker === "string" || c.speaker === null)
    ) {
      corrections.push({ paragraph: c.paragraph, quote: c.quote, speaker: c.speaker });
    }
  }
  return { characters, corrections, dismissed: strings(data.dismissed) };
}

/** The sidecar part, or undefined when the writer has not touched the cast. */
export function castSidecar(cast: WriterCast): WriterCast | undefined {
  return cast.characters.length + cast.corrections.length + cast.dismissed.length === 0
    ? undefined
    : cast;
}

/** A scene node of the document with the block indexes (analysis paragraphs) it holds. */
export interface SceneSpan {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly pov: string | null;
  readonly first: number;
  readonly last: number;
}

/** The document's scene nodes in order, as block-index spans (scene breaks count as blocks). */
export function sceneSpans(doc: PMNode): SceneSpan[] {
  const spans: SceneSpan[] = [];
  let block = 0;
  doc.forEach((scene, _offset, index) => {
    const attrs = scene.attrs as { id: string; title: string; pov: string | null };
    spans.push({
      index,
      id: attrs.id,
      title: attrs.title,
      pov: attrs.pov,
      first: block,
      last: block + scene.childCount - 1,
    });
    block += scene.childCount;
  });
  return spans;
}

/** The scene (index into `spans`) holding a block, by binary search; -1 outside them. */
export function sceneOfBlock(spans: readonly SceneSpan[], block: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (block < s.first) hi = mid - 1;
    else if (block > s.last) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** How a character appears in one scene. */
export interface Presence {
  readonly mentions: number;
  readonly lines: number;
  readonly pov: boolean;
}

/**
 * Who appears where, by the document's scene nodes: mentions and spoken lines per character per
 * scene, and the POV from the scene's attributes. One pass over mentions and quotes.
 */
export function castPresence(
  spans: readonly SceneSpan[],
  analysis: Pick<DocAnalysis, "mentions" | "quotes">,
): Map<string, Presence[]> {
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

/** Runs `edit` on `found`, first adopting it into the writer's cast when it is only discovered. */
export function withCharacter(
  cast: WriterCast,
  found: Character,
  edit: (cast: WriterCast) => CastEdit,
): CastEdit {
  if (characterNamed(cast, found.name)) return edit(cast);
  const adopted = addCharacter(cast, found.name, found);
  return adopted.ok ? edit(adopted.cast) : adopted;
}

/**
 * Presence computed on the scenes of an earlier document (`from`) shown on the scenes of the
 * current one (`to`), matched by scene id: after a scene moves, its dots move with it before
 * the next analysis arrives. POV is read from the current scene attributes.
 */
export function presenceInOrder(
  presence: ReadonlyMap<string, readonly Presence[]>,
  from: readonly SceneSpan[],
  to: readonly SceneSpan[],
): Map<string, Presence[]> {
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
