/**
 * Whom a line of dialogue calls by name, and whether it asks a name or gives its speaker's own:
 * what the speaker walk (speakers.ts) reads inside a paragraph's quotes, as opposed to the
 * narration around them. These depend only on the paragraph's reading and the story's scare
 * quotes ('after "poor Isabella"'), in which no one is called.
 */

import type { QuoteSpan } from "./quotes";
import type { ParagraphReading } from "./refs";
import { callsIn } from "./turn-readings";
import { namesSelf } from "./vocatives";
import { ASKS_NAME } from "./speech-words";

/** The text before a word that opens a later sentence of a line: "... a vase. " */
const SENTENCE_OPENS = /[.!?]["'\u201d\u2019]?\s+$/;

/**
 * The people quote k of the paragraph calls by name (none past the last quote), those whose
 * offset in the quote `keep` accepts.
 */
export function calledIn(
  scare: ReadonlySet<QuoteSpan>,
  r: ParagraphReading,
  k: number,
  keep?: (at: number) => boolean,
): string[] {
  const q = r.local[k];
  if (!q) return [];
  return r.mentions
    .filter(
      (m) =>
        m.from >= q.from &&
        m.to <= q.to &&
        (!keep || keep(m.from - q.from)) &&
        callsIn(scare, r.quotes[k]!, m.from - q.from, m.to - q.from),
    )
    .map((m) => m.character);
}

/**
 * Who quote k calls by name in its first sentence ("Mr Hale, do you remember?"): whom the
 * line is said to, not someone a later sentence quotes ("said to me, 'Oh, no, Mrs. Hilbery'").
 */
export function calledAtOpen(
  scare: ReadonlySet<QuoteSpan>,
  r: ParagraphReading,
  k: number,
): string[] {
  const text = r.quotes[k]?.text ?? "";
  return calledIn(scare, r, k, (at) => !/[.!?]/.test(text.slice(0, at)));
}

/**
 * The one other than its speaker whom quote k turns to by name: the first called, or one called
 * at the opening of a later sentence ("Ann, find a vase. Bo, put the paper down."), else null.
 */
export function calledBy(
  scare: ReadonlySet<QuoteSpan>,
  r: ParagraphReading,
  k: number,
  speaker: string | null,
): string | null {
  const q = r.local[k]!;
  // "True, Ann, but my boy, Harvey" calls Ann only: a later name that opens no sentence is not.
  let called: string | null = null;
  for (const m of r.mentions) {
    if (
      m.from >= q.from &&
      m.to <= q.to &&
      m.character !== speaker &&
      callsIn(scare, r.quotes[k]!, m.from - q.from, m.to - q.from) &&
      (called === null || SENTENCE_OPENS.test(r.quotes[k]!.text.slice(0, m.from - q.from)))
    ) {
      called = m.character;
    }
  }
  return called;
}

/**
 * Whether a name in a quote's text is its speaker's own: given as such ("I'm Ann"), or, in a
 * paragraph's first line after a line that asked a name or gave its own (`namesAsked`: "What's
 * your name?", "I'm Danny."), a name that is the line's whole first sentence ("Tess." / "Frank.
 * Frank Dunleavy.", "Dorothy Anne Meakin." after "your full name?").
 */
export function givesOwnName(
  text: string,
  k: number,
  from: number,
  to: number,
  namesAsked: boolean,
): boolean {
  if (namesSelf(text, from, to)) return true;
  return (
    k === 0 &&
    namesAsked &&
    GIVEN_NAMES.test(text.slice(0, from)) &&
    /^\s*[.!]/.test(text.slice(to))
  );
}

/** Nothing, or up to three given names before a surname: "Dorothy Anne Meakin." */
const GIVEN_NAMES = /^(?:\p{Lu}[\p{L}'\u2019-]*\s+){0,3}$/u;

/** Whether quote k of a paragraph asks a name or gives its speaker's own. */
export function asksOrGivesName(r: ParagraphReading, k: number): boolean {
  const quote = r.quotes[k]!;
  if (ASKS_NAME.test(quote.text)) return true;
  const q = r.local[k]!;
  return r.mentions.some(
    (m) =>
      m.from >= q.from && m.to <= q.to && namesSelf(quote.text, m.from - q.from, m.to - q.from),
  );
}
