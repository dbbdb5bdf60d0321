/**
 * The words the speaker walk reads for who goes on speaking ("she continued", "talking the whole
 * time") and to whom a line is said ("he told her", "turned to me", "you two", a new guest asked
 * "Who are you?"): word sets and patterns only, so the walk's rules read as rules.
 */
import type { Sentence } from "./refs";

/** Nouns for one who has come: whom a greeting by name just met. */
export const ARRIVALS = new Set(["visitor", "newcomer", "guest", "caller"]);

/** Tag verbs that mean the last speaker goes on. */
export const GOES_ON = new Set(["continued", "added", "resumed", "pursued", "persisted", "went"]);

export const ADDRESS_WORDS = new Set(["to", "at", "towards", "toward"]);

/** A line asking someone's name: "What's your name?", "And you are?", "Who are you?" */
export const ASKS_NAME =
  /\byour (?:full |first |last |real |proper |given )?name\b|\bwho are you\b|\band you are\?/i;

/** Speech verbs whose object is the one spoken to: "he told her", "she asked Tom". */
export const TELLING = new Set(
  "told tells asked asks reminded reminds warned warns assured assures promised promises ordered orders urged urges".split(
    " ",
  ),
);

/** A line said to two people at once: "you two", "both of you", "you're both". */
export const TO_TWO =
  /\byou\s+two\b|\bboth\s+of\s+you\b|\byou(?:['\u2019](?:ve|re)|\s+are|\s+have)?\s+both\b/i;

/** "nodded at me", "turned to me": "me" after a word of address ("me" is no reference). */
export const turnsToMe = (s: Sentence): boolean =>
  s.words.some((w, i) => w.lower === "me" && ADDRESS_WORDS.has(s.words[i - 1]?.lower ?? ""));

/** Participles that show someone speaking on in the narration: "talking the whole time". */
export const TALKING = new Set(["talking", "chattering", "babbling", "rambling", "explaining"]);
