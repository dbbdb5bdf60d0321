/**
 * Mentions of characters by name or alias.
 *
 * The cast is compiled once into a matcher keyed by each alias's first word; a paragraph is
 * tokenised once and each token looks up the aliases that can start there, longest first. Case
 * follows the writer: an alias written with capitals matches only capitalised (or shouted)
 * text, so the alias "Ginger" finds "Ginger" and "GINGER" but not "a ginger cat"; an alias written in
 * lowercase ("the cashier") matches in any case. A leading lowercase article may be capitalised
 * at a sentence start ("The Duchess" for "the Duchess"). Possessives ("Tom's") match the name;
 * the mention's offsets cover the name only.
 */

import type { Character } from "../model";
import type { StoryText } from "../story";
import { isGroupDescription } from "./genders";
import { impliedForms } from "./names";
import { isWordUnit } from "./scan";

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
  /** Aliases by their normalised text (lowercase, gaps collapsed). */
  readonly byKey: ReadonlyMap<string, readonly AliasPattern[]>;
  /**
   * Aliases by their first word, lowercased, longest first: a paragraph is scanned word by word
   * and each word looks up only the aliases that can start there. (One regular expression of
   * every alias cost time in proportion to the cast at every position: 35 s for a cast of
   * hundreds over two million characters.)
   */
  readonly byFirst: ReadonlyMap<string, readonly AliasPattern[]>;
  /** First words that may be written with a small initial ("the cashier"): most words are not. */
  readonly lowerFirst: ReadonlySet<string>;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;
/** One word at a given position (sticky), to check the rest of a multi-word alias. */
const WORD_AT = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/uy;

const keyOf = (words: readonly string[], gaps: readonly string[]): string =>
  words.map((w, k) => (k > 0 ? gaps[k - 1] : "") + w.toLowerCase()).join("");

function tokens(text: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (const m of text.matchAll(TOKEN))
    out.push({ text: m[0], from: m.index, to: m.index + m[0].length });
  return out;
}

/**
 * Compiles a cast's names and aliases, and the forms they imply (names.ts). A form one character
 * is named by is theirs over another's alias ("Mr. Hilbery" listed, and also as an alias of
 * "Mrs. Hilbery"); when two characters share an alias, the first wins.
 */
export function compileCastMatcher(cast: readonly Character[]): CastMatcher {
  const byKey = new Map<string, AliasPattern[]>();
  const patterns: AliasPattern[] = [];
  const seen = new Set<string>();
  const implied = impliedForms(cast);
  // Names first, then aliases, then the shorter forms they imply ("Bill" for "Bill Gorton").
  const named = [
    ...cast.map((c) => ({ c, aliases: [c.name] })),
    ...cast.map((c) => ({ c, aliases: c.aliases })),
    ...cast.map((c) => ({ c, aliases: implied.get(c.name) ?? [] })),
  ];
  for (const { c, aliases } of named) {
    for (const alias of aliases) {
      // "I" marks the narrator (speakers.ts); as a mention it would match every "I".
      if (alias.trim() === "I") continue;
      const toks = tokens(alias);
      const words = toks.map((t) => t.text);
      const gaps = toks.slice(1).map((t, k) => collapse(alias.slice(toks[k]!.to, t.from)));
      if (words.length === 0) continue;
      const key = keyOf(words, gaps);
      if (seen.has(key)) continue;
      seen.add(key);
      const lowerWords = words.map((w) => w.toLowerCase());
      const pattern: AliasPattern = {
        words,
        lowerWords,
        gaps,
        // "The ladies" in a list is "the ladies" in the text: a group's description is written
        // with a capital only to start the list's entry.
        anyCase: alias === alias.toLowerCase() || isGroupDescription(alias),
        character: c.name,
      };
      byKey.set(key, [...(byKey.get(key) ?? []), pattern]);
      patterns.push(pattern);
    }
  }
  const byFirst = new Map<string, AliasPattern[]>();
  for (const p of patterns) {
    const list =
      byFirst.get(p.lowerWords[0]!) ?? byFirst.set(p.lowerWords[0]!, []).get(p.lowerWords[0]!)!;
    list.push(p);
  }
  for (const list of byFirst.values())
    list.sort((a, b) => keyOf(b.words, b.gaps).length - keyOf(a.words, a.gaps).length);
  const lowerFirst = new Set(
    patterns
      .filter((p) => p.anyCase || p.words[0]![0] === p.words[0]![0]!.toLowerCase())
      .map((p) => p.lowerWords[0]!),
  );
  return { byKey, byFirst, lowerFirst };
}

const collapse = (gap: string): string => gap.replace(/\s+/g, " ").replace(/\u2019/g, "'");

function wordMatches(text: string, word: string, isFirst: boolean): boolean {
  if (text === word) return true;
  if (text.toLowerCase() !== word.toLowerCase()) return false;
  if (text.length > 1 && text === text.toUpperCase()) return true;
  // "the Duchess" at a sentence start reads "The Duchess".
  return isFirst && word[0] === word[0]!.toLowerCase() && text.slice(1) === word.slice(1);
}

/** "the " right before a word. */
const AFTER_THE = /(?:^|[^\p{L}])the\s$/u;
/** A space and a capitalised word straight after a match. */
const CAPITAL_NEXT = /^ \p{Lu}/u;

/** Mentions in one paragraph's text, in order, longest alias first. Pure: cache by text. */
export function mentionsInParagraph(text: string, matcher: CastMatcher): readonly LocalMention[] {
  const out: LocalMention[] = [];
  if (matcher.byFirst.size === 0) return out;
  // Tokens as TOKEN reads them, scanned by hand: a regex match per word was most of the cost.
  let i = 0;
  while (i < text.length) {
    if (!isWordUnit(text, i)) {
      i++;
      continue;
    }
    const from = i;
    while (i < text.length) {
      if (isWordUnit(text, i)) i++;
      else if (
        (text[i] === "-" || text[i] === ".") &&
        i + 1 < text.length &&
        isWordUnit(text, i + 1)
      )
        i++;
      else break;
    }
    const c = text.charCodeAt(from);
    // A word with a small initial can start only the few aliases written that way.
    if (
      c >= 97 &&
      c <= 122 &&
      (matcher.lowerFirst.size === 0 || !matcher.lowerFirst.has(text.slice(from, i)))
    )
      continue;
    const candidates = matcher.byFirst.get(text.slice(from, i).toLowerCase());
    if (!candidates) continue;
    const words = new WordsAt(text, from);
    for (const p of candidates) {
      const end = aliasEndAt(words, p);
      if (end < 0) continue;
      // "the Happy Family" is not Happy Jack: after "the", a name that runs on into another
      // capitalised word is part of a longer proper noun, a group or a place.
      if (p.words.length === 1 && AFTER_THE.test(text.slice(Math.max(0, from - 4), from))) {
        if (CAPITAL_NEXT.test(text.slice(end, end + 3))) continue;
      }
      out.push({ from, to: end, character: p.character });
      i = end;
      break;
    }
  }
  return out;
}

/**
 * The words from one position on, each with the gap before it (collapsed), read as far as an
 * alias asks: every alias that may start there shares them (a common first word, "Mr", starts
 * dozens in a long cast, and each read the same words again).
 */
class WordsAt {
  private readonly read: { gap: string; word: string; end: number }[] = [];
  private ended = false;

  constructor(
    private readonly text: string,
    private readonly from: number,
  ) {}

  /** Word k (0 is the one at the position) and the gap before it, or null past the last. */
  at(k: number): { gap: string; word: string; end: number } | null {
    const text = this.text;
    while (this.read.length <= k && !this.ended) {
      const last = this.read[this.read.length - 1];
      let at = last ? last.end : this.from;
      const gapStart = at;
      if (last) while (at < text.length && !/[\p{L}\p{N}]/u.test(text[at]!)) at++;
      WORD_AT.lastIndex = at;
      const w = WORD_AT.exec(text);
      if (!w) this.ended = true;
      else
        this.read.push({
          gap: last ? collapse(text.slice(gapStart, at)) : "",
          word: w[0],
          end: at + w[0].length,
        });
    }
    return this.read[k] ?? null;
  }
}

/** Where alias `p` ends if it starts where `words` do, else -1. */
function aliasEndAt(words: WordsAt, p: AliasPattern): number {
  let at = -1;
  for (let k = 0; k < p.words.length; k++) {
    const w = words.at(k);
    if (!w || (k > 0 && w.gap !== p.gaps[k - 1])) return -1;
    if (
      p.anyCase
        ? w.word.toLowerCase() !== p.lowerWords[k]
        : !wordMatches(w.word, p.words[k]!, k === 0)
    )
      return -1;
    at = w.end;
  }
  return at;
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
