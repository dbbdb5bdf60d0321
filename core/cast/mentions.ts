/**
 * Mentions of characters by name or alias.
 *
 * The cast is compiled once into a matcher keyed by each alias's first word; a paragraph is
 * tokenised once and each token looks up the aliases that can start there, longest first. Case
 * follows the writer: an alias written with capitals matches only capitalised (or shouted)
 * text, so the alias "Red" finds "Red" and "RED" but not "the red head"; an alias written in
 * lowercase ("the cashier") matches in any case. A leading lowercase article may be capitalised
 * at a sentence start ("The Slayer" for "the Slayer"). Possessives ("Willow's") match the name;
 * the mention's offsets cover the name only.
 */

import type { Character } from "../model";
import type { StoryText } from "../story";

export interface Mention {
  readonly paragraph: number;
  /** Offsets into the file's text. */
  readonly from: number;
  readonly to: number;
  /** The character's `name`. */
  readonly character: string;
}

/** A mention inside one paragraph, offsets relative to the paragraph's text. */
export interface LocalMention {
  readonly from: number;
  readonly to: number;
  readonly character: string;
}

interface AliasPattern {
  readonly words: readonly string[];
  readonly lowerWords: readonly string[];
  /** What separates the words, white space collapsed to one space ("Mr. Smith": ". "). */
  readonly gaps: readonly string[];
  readonly anyCase: boolean;
  readonly character: string;
}

/** A cast compiled for matching; build once per cast with `compileCastMatcher`. */
export interface CastMatcher {
  readonly byFirstWord: ReadonlyMap<string, readonly AliasPattern[]>;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;

function tokens(text: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], from: m.index, to: m.index + m[0].length });
  return out;
}

/** Compiles a cast's names and aliases. When two characters share an alias, the first wins. */
export function compileCastMatcher(cast: readonly Character[]): CastMatcher {
  const byFirstWord = new Map<string, AliasPattern[]>();
  const seen = new Set<string>();
  for (const c of cast) {
    for (const alias of [c.name, ...c.aliases]) {
      const toks = tokens(alias);
      const words = toks.map((t) => t.text);
      const gaps = toks.slice(1).map((t, k) => collapse(alias.slice(toks[k]!.to, t.from)));
      if (words.length === 0) continue;
      const key = words.join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      const lowerWords = words.map((w) => w.toLowerCase());
      const pattern: AliasPattern = {
        words,
        lowerWords,
        gaps,
        anyCase: alias === alias.toLowerCase(),
        character: c.name,
      };
      const list = byFirstWord.get(lowerWords[0]!) ?? [];
      list.push(pattern);
      byFirstWord.set(lowerWords[0]!, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

const collapse = (gap: string): string => gap.replace(/\s+/g, " ").replace(/\u2019/g, "'");

function wordMatches(text: string, word: string, isFirst: boolean): boolean {
  if (text === word) return true;
  if (text.toLowerCase() !== word.toLowerCase()) return false;
  if (text.length > 1 && text === text.toUpperCase()) return true;
  // "the Slayer" at a sentence start reads "The Slayer".
  return isFirst && word[0] === word[0]!.toLowerCase() && text.slice(1) === word.slice(1);
}

/** Mentions in one paragraph's text, in order, longest alias first. Pure: cache by text. */
export function mentionsInParagraph(text: string, matcher: CastMatcher): readonly LocalMention[] {
  const toks = tokens(text);
  const out: LocalMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const candidates = matcher.byFirstWord.get(toks[i]!.text.toLowerCase());
    if (!candidates) continue;
    for (const p of candidates) {
      if (!aliasMatchesAt(text, toks, i, p)) continue;
      const last = toks[i + p.words.length - 1]!;
      out.push({ from: toks[i]!.from, to: last.to, character: p.character });
      i += p.words.length - 1;
      break;
    }
  }
  return out;
}

function aliasMatchesAt(
  text: string,
  toks: readonly { text: string; from: number; to: number }[],
  i: number,
  p: AliasPattern,
): boolean {
  if (i + p.words.length > toks.length) return false;
  for (let k = 0; k < p.words.length; k++) {
    const t = toks[i + k]!;
    if (k > 0 && collapse(text.slice(toks[i + k - 1]!.to, t.from)) !== p.gaps[k - 1]) return false;
    if (p.anyCase ? t.text.toLowerCase() !== p.lowerWords[k] : !wordMatches(t.text, p.words[k]!, k === 0)) {
      return false;
    }
  }
  return true;
}

/** Every mention of the cast in the story, in order, with file offsets. */
export function findMentions(story: StoryText, cast: readonly Character[]): readonly Mention[] {
  const matcher = compileCastMatcher(cast);
  const out: Mention[] = [];
  story.paragraphs.forEach((p, paragraph) => {
    if (p.isBreak) return;
    for (const m of mentionsInParagraph(p.text, matcher)) {
      out.push({ paragraph, from: p.offset + m.from, to: p.offset + m.to, character: m.character });
    }
  });
  return out;
}
