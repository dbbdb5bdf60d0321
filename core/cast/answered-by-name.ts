/**
 * A reply that calls someone by name says who spoke the line before it: "Then you can tell her
 * yourself, Mr. Hale," answers Mr. Hale. Run after the conversation pass, for lines that only
 * turn-taking gave a speaker: when the next paragraph, straight after with no narration between,
 * opens with a line that calls someone by name in its first sentence, that person spoke this
 * line.
 *
 * Not when the call turns the talk to someone new ("What about you, Ann?", "Mum?"); not when the line
 * itself calls that person (nobody addresses themselves), that person spoke the turn before it
 * (speakers take turns) or speaks no turn near it (not taking part in the talk); and not when the line asks a question and the reply opens with the name
 * ("What name?" / "Greyson, second floor."): that may be the answer. Linear in the number of
 * turns, but for describedAnswered's scan to the scene's end, once per description it names.
 *
 * A line given to an unnamed description (a newcomer the narration brought in) is answered so
 * too, tag or not: the description is the one the reply calls (describedAnswered).
 */

import type { AttributedQuote } from "./speakers";

/** What this pass reads of one paragraph with dialogue. */
export interface ReplyTurn {
  /** Indexes into the quote list, in order. */
  readonly quotes: readonly number[];
  /** Words of narration since the previous turn, and whether a scene break came between. */
  readonly gapWords: number;
  readonly breakBefore: boolean;
  /** Whether the paragraph has narration besides its quotes. */
  readonly narrated: boolean;
  /** People the turn's quotes call by name, anywhere. */
  readonly addressees: readonly string[];
  /**
   * People the first sentence of its first quote calls by name, when that quote opens the
   * paragraph and does not turn the talk to them.
   */
  readonly answers: readonly string[];
  /** Whether its first quote opens with the name it calls. */
  readonly opensWithName: boolean;
}

/** "What about you, Ann?", "And you, Ann?": the talk turns to Ann; she did not speak last. */
const TURNS_TO = /^(?:(?:so|and|well),?\s+)?(?:(?:what|how)\s+about\s+you|and\s+you)\b/i;

/** "Mum?", "Mrs. Hale!": a name alone, asked or cried, calls someone to the talk. */
const CALLS_OVER = /^\W*(?:\p{L}+\.?\s+){0,2}\p{L}+\W*[?!]+\W*$/u;

/** Whether a quote's first sentence turns the talk to the one it calls. */
export function turnsTo(firstSentence: string): boolean {
  const s = firstSentence.trim();
  return TURNS_TO.test(s) || CALLS_OVER.test(s);
}

/** How many turns either side the one called must speak in to be taking part in the talk. */
const PARTICIPANT_REACH = 6;

/**
 * Whether someone speaks a turn near turn i (by its first line): a reply calls by name the one
 * it answers, but a name can also be called to someone across the room or in a letter.
 */
function takesPart(
  quotes: readonly AttributedQuote[],
  turns: readonly ReplyTurn[],
  i: number,
  who: string,
): boolean {
  const to = Math.min(turns.length, i + PARTICIPANT_REACH + 1);
  for (let j = Math.max(0, i - PARTICIPANT_REACH); j < to; j++)
    if (j !== i && quotes[turns[j]!.quotes[0]!]!.speaker === who) return true;
  return false;
}

/** Only turn-taking (or nothing) gave this line its speaker. */
const guessed = (q: AttributedQuote): boolean => q.evidence === "turn" || q.evidence === "none";

/** Gives to the one a reply calls by name the untagged, unnarrated line just before it. */
export function answeredByName(
  quotes: readonly AttributedQuote[],
  turns: readonly ReplyTurn[],
  named: ReadonlySet<string>,
): AttributedQuote[] {
  const out = [...quotes];
  for (let i = 0; i + 1 < turns.length; i++) {
    const t = turns[i]!;
    const reply = turns[i + 1]!;
    if (describedAnswered(out, turns, i, named)) continue;
    if (t.narrated || reply.gapWords > 0 || reply.breakBefore) continue;
    if (!t.quotes.every((k) => guessed(out[k]!))) continue;
    const [called] = reply.answers;
    if (!called || reply.answers.length > 1 || !named.has(called)) continue;
    if (t.addressees.includes(called)) continue;
    const before = turns[i - 1];
    if (before && out[before.quotes.at(-1)!]!.speaker === called) continue;
    const asks = /\?\s*$/.test(out[t.quotes.at(-1)!]!.text);
    if (asks && reply.opensWithName) continue;
    if (!takesPart(out, turns, i, called)) continue;
    const replier = out[reply.quotes[0]!]!.speaker;
    if (replier === called) continue;
    for (const k of t.quotes) {
      const q = out[k]!;
      if (q.speaker === called) continue;
      const { unnamed: _unnamed, ...rest } = q;
      out[k] = { ...rest, speaker: called, evidence: "turn", confidence: q.confidence ?? 0.5 };
    }
  }
  return out;
}

/**
 * '"Dan!" he said (a tall guy in a delivery jacket had come in). / "Rafa, the clock's fast,"
 * Danny said': a turn whose lines all went to one unnamed description is the one person the
 * reply straight after calls by name, when that person is named and the turn does not call
 * them; the description's later lines up to a scene break are theirs too. Gives the turn and
 * returns true when so.
 */
function describedAnswered(
  out: AttributedQuote[],
  turns: readonly ReplyTurn[],
  i: number,
  named: ReadonlySet<string>,
): boolean {
  const t = turns[i]!;
  const reply = turns[i + 1]!;
  const first = out[t.quotes[0]!]!;
  const description = first.unnamed;
  if (!description || first.speaker !== null) return false;
  if (!t.quotes.every((k) => out[k]!.unnamed === description && out[k]!.speaker === null))
    return false;
  if (reply.gapWords > 0 || reply.breakBefore) return false;
  const [called] = reply.answers;
  if (!called || reply.answers.length > 1 || !named.has(called)) return false;
  if (t.addressees.includes(called)) return false;
  if (out[reply.quotes[0]!]!.speaker === called) return false;
  for (let j = i; j < turns.length && (j === i || !turns[j]!.breakBefore); j++)
    for (const k of turns[j]!.quotes) {
      const q = out[k]!;
      if (q.unnamed !== description || q.speaker !== null) continue;
      const { unnamed: _unnamed, ...rest } = q;
      out[k] = { ...rest, speaker: called };
    }
  return true;
}
