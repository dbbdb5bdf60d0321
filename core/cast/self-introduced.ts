/**
 * A described speaker who names himself: '"I'm Alistair Finch," he said' after "A man was
 * waiting by the bollards" makes "the man" Finch. A line the attribution surely gave to a
 * description ("the man", "the old woman") that introduces its speaker by a name the cast (or
 * discovery) has gives that description's lines in the same scene, before the line and after
 * it, to that character: the attribution kept them under one description, so one person. Not
 * where that character already spoke as themself in the scene: then they are two people.
 *
 * What a self-introduction is: "I'm X", "I am X", "My name is X", "Name's X", "Call me X" or
 * "X's the name" opening a sentence of the line, X one to three capitalised words naming one
 * cast member. What it is not: a question ("I'm Tom?"), a negation ("I'm not Tom": a lower-case
 * word), someone else's ("I'm Tom's sister"), words quoted inside the line ("He said, 'I'm
 * Tom'"), a line only guessed to be the description's (no tag, and not sure), or a line the
 * writer corrected (theirs, whoever they gave it to).
 */
import type { Character } from "../model";
import { PERSON_NOUNS, TITLES, titleKey } from "./cues";
import { describedNoun } from "./introduced-as";
import type { AttributedQuote } from "./speakers";

/** How sure a line with no tag must be that the description said it: not a guess. */
const SURE_LINE = 0.85;

/** One to three capitalised words: the name given. */
const NAME = String.raw`(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,2})`;
/** A sentence's start inside a line: the line's, or after a stop, a dash or a colon. */
const OPENING = String.raw`(?:^|[.!?;:\u2014]\s+|\u2014|--)`;
const GIVES = String.raw`(?:I['\u2019]m|I am|[Mm]y name is|[Mm]y name['\u2019]s|[Nn]ame['\u2019]s|[Cc]all me)`;

const NAME_AFTER = new RegExp(`${OPENING}${GIVES}\\s+${NAME}`, "gu");
const NAME_BEFORE = new RegExp(`${OPENING}${NAME}(?:['\u2019]s| is) the name\\b`, "gu");

/** Quote marks that open speech quoted inside a line (an apostrophe is not one). */
const INNER_QUOTE = /["\u201c\u2018]|(?:^|\s)'/u;

/**
 * The name a line gives as its speaker's own, as written ("Alistair Finch"), or null. The name
 * ends at the first word that is not capitalised, so "I'm not Tom" and "I'm tired" give none.
 */
export function selfIntroduction(line: string): string | null {
  for (const re of [NAME_AFTER, NAME_BEFORE]) {
    for (const m of line.matchAll(re)) {
      if (INNER_QUOTE.test(line.slice(0, m.index + m[0].length))) return null;
      // "Finch. I keep the light": a stop ends the name unless a title's ("Mr. Finch").
      const all = m[1]!.split(/\s+/);
      const end = all.findIndex((w) => w.endsWith(".") && !TITLES.has(titleKey(w)));
      const words = (end < 0 ? all : all.slice(0, end + 1)).map((w, k, ws) =>
        k === ws.length - 1 ? w.replace(/\.$/, "") : w,
      );
      const name = words.join(" ");
      const after = end < 0 ? line.slice(m.index + m[0].length) : "";
      if (re === NAME_AFTER) {
        // "I'm Tom's sister" names Tom's sister; "I'm Tom?" asks.
        if (/['\u2019]s$/u.test(name) || /^\s*\?/u.test(after)) continue;
      } else if (/^[^.!]*\?/u.test(after)) continue;
      // "I'm Sergeant" is a rank; "I'm Sergeant Boateng" a name.
      if (TITLES.has(titleKey(words[words.length - 1]!))) continue;
      return name;
    }
  }
  return null;
}

/** "the man", "the old woman" kept as the key: a described person, not a name. */
function describedPerson(key: string): boolean {
  const noun = describedNoun(key) ?? /^the (?:[\p{L}-]+ )+([\p{L}-]+)$/u.exec(key)?.[1];
  return noun !== undefined && noun !== null && PERSON_NOUNS.has(noun);
}

/** Each cast member by every name and alias that is theirs alone (exact, as written). */
function namesOf(cast: readonly Character[], narrator: string): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const c of cast) {
    if (c.unnamed || c.name === narrator || describedPerson(c.name)) continue;
    for (const form of [c.name, ...c.aliases])
      owners.set(form, (owners.get(form) ?? new Set<string>()).add(c.name));
  }
  const own = new Map<string, string>();
  for (const [form, who] of owners) if (who.size === 1) own.set(form, [...who][0]!);
  return own;
}

/**
 * The quotes with each self-introduced description's lines given to the cast member it named,
 * within the scene (`scenes[paragraph]`, a number per paragraph) of its introduction.
 */
export function selfIntroduced(
  quotes: readonly AttributedQuote[],
  cast: readonly Character[],
  narrator: string,
  scenes: readonly number[],
): readonly AttributedQuote[] {
  // A line the writer corrected is theirs: it introduces no one and is given to no one.
  const keyOf = (q: AttributedQuote & { readonly corrected?: boolean }): string | null => {
    if (q.corrected) return null;
    const key = q.unnamed ?? q.speaker;
    return key !== null && describedPerson(key) ? key : null;
  };
  let names: Map<string, string> | undefined;
  /** Description and scene, as "scene|key", to the cast member named. */
  const named = new Map<string, string | null>();
  /** Who has spoken lines of their own in the scene so far, by "scene|name". */
  const spoke = new Set<string>();
  for (const q of quotes) {
    const key = keyOf(q);
    if (q.speaker !== null) spoke.add(`${scenes[q.paragraph]}|${q.speaker}`);
    if (key === null || (q.evidence !== "tag" && (q.confidence ?? 0) < SURE_LINE)) continue;
    const given = selfIntroduction(q.text);
    if (given === null) continue;
    const who = (names ??= namesOf(cast, narrator)).get(given);
    // One who already spoke in the scene as themself is someone else ("I am Durbeyfield").
    if (who === undefined || spoke.has(`${scenes[q.paragraph]}|${who}`)) continue;
    const at = `${scenes[q.paragraph]}|${key}`;
    // Two names given under one description in a scene: two people, or a mistake; neither.
    named.set(at, named.has(at) && named.get(at) !== who ? null : who);
  }
  if (named.size === 0) return quotes;
  return quotes.map((q) => {
    const key = keyOf(q);
    const who = key === null ? undefined : named.get(`${scenes[q.paragraph]}|${key}`);
    if (!who) return q;
    const { unnamed: _unnamed, ...rest } = q;
    return { ...rest, speaker: who };
  });
}
