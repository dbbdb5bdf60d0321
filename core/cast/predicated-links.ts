/**
 * "Dee had been a mechanic for twenty-two years ... The mechanic rolled out on the creeper": a
 * role the narration gives a named cast member with a copula ("was a nurse", "had been a
 * mechanic") is that member's description everywhere, when the story gives that role to no one
 * else. Without it "the mechanic" was a second, unnamed person, and the beat it opens gave the
 * next line to whoever spoke before. Words for anyone ("a man", "a girl") and family words say
 * what someone is, not who "the man" is later, so they link no one.
 */

import { FAMILY_NOUNS, KIN_TERMS, PERSON_NOUNS } from "./cues";
import type { Gender } from "./genders";
import type { ParagraphReading } from "./refs";
import { perSegments } from "./segment-memo";

/** Person nouns that fit anyone: "Walt was a tall man" does not make every "the man" Walt. */
const ANYONE = new Set(
  `man woman boy girl lady gentleman fellow person child kid lad lass youth chap guy baby
   stranger friend creature soul thing sort type one figure voice`
    .split(/\s+/)
    .filter(Boolean),
);

/** How many words after "a" the role may come ("a short-tempered old mechanic"). */
const ROLE_REACH = 4;

/** Where the copula's complement starts, from the word after the name, or -1. */
function complementAt(words: readonly { lower: string }[], next: number): number {
  const [w0, w1] = [words[next]?.lower, words[next + 1]?.lower];
  if (w0 === "was" || w0 === "is" || w0 === "became") return next + 1;
  if ((w0 === "had" || w0 === "has") && w1 === "been") return next + 2;
  return -1;
}

/** A named subject and the role noun its copula gives it ("Dee had been a mechanic"). */
interface Predicated {
  readonly key: string;
  readonly noun: string;
}

/**
 * The subject names of a paragraph and the first person noun within reach of "was a", once per
 * paragraph (segment-memo.ts): what they are depends on the paragraph alone; which count
 * depends on the cast, read per pass.
 */
const predicatedIn = perSegments((segments): readonly Predicated[] => {
  const out: Predicated[] = [];
  for (const seg of segments)
    for (const s of seg.sentences)
      for (const ref of s.refs) {
        if (ref.kind !== "name" || !ref.subject) continue;
        const at = complementAt(s.words, ref.next);
        const article = s.words[at]?.lower;
        if (article !== "a" && article !== "an") continue;
        for (let k = at + 1; k <= at + ROLE_REACH && k < s.words.length; k++) {
          const noun = s.words[k]!.lower;
          if (!PERSON_NOUNS.has(noun)) continue;
          out.push({ key: ref.key, noun });
          break;
        }
      }
  return out.length === 0 ? NONE : out;
});

const NONE: readonly Predicated[] = [];

/**
 * "the ROLE" for each role the narration gives exactly one named cast member, of a sex that
 * does not contradict theirs, and that no cast name already explains (`described`).
 */
export function predicatedRoles(
  readings: readonly ParagraphReading[],
  unnamed: ReadonlySet<string>,
  genders: ReadonlyMap<string, Gender>,
  described: (key: string) => string | null,
): Map<string, string> {
  const holders = new Map<string, Set<string>>();
  for (const r of readings)
    for (const { key, noun } of predicatedIn(r.segments)) {
      if (unnamed.has(key)) continue;
      const g = PERSON_NOUNS.get(noun);
      const own = genders.get(key);
      // Not a family word: "Ruth was a mother of two" says what she is to someone, not a role.
      if (
        !ANYONE.has(noun) &&
        !FAMILY_NOUNS.has(noun) &&
        !KIN_TERMS.has(noun) &&
        !(g && own && g !== own)
      ) {
        const set = holders.get(noun) ?? new Set<string>();
        set.add(key);
        holders.set(noun, set);
      }
    }
  const out = new Map<string, string>();
  for (const [noun, keys] of holders) {
    const key = "the " + noun;
    if (keys.size === 1 && described(key) === null) out.set(key, [...keys][0]!);
  }
  return out;
}
