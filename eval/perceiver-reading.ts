/**
 * Who perceives in a stretch of narration, read the way a careful reader does: a verb of
 * perception or thought with the character as its subject ("she saw", "Tom wondered", "he could
 * hear"), the body felt from inside ("her throat tightened"), and a question or an exclamation
 * in the narration (free indirect thought) after the character's name or pronoun; against it,
 * the character only looked at or acted on ("at him", "to her"). A "he" or "she" is the
 * character of that sex the narration named last (the nearest name, so with two of one sex
 * present each pronoun goes to the one named nearest before it; with ANTECEDENT=subject, the one
 * last named as a subject). Dialogue is left out: a name said aloud is no one's perception.
 * Pure and linear in the text. Read only by `eval/pov-perceivers.ts`: counted against the gold,
 * it met no bar (pov-38 in docs/scenes.md).
 */

import { INNER_VERB_BARE, INNER_VERB_FINITE, INNER_VERBS } from "../core/scenes/cues";
import { alternation, compiledOnce } from "../core/scenes/alternation";
import { cutDialogue, QUOTE_MARK } from "../core/scenes/dialogue-cut";

/** What the narration says of each character: perceived or thought, and looked at or acted on. */
export interface Perceived {
  /** Verbs of perception or thought with the character as subject. */
  readonly mind: number;
  /** The body felt from inside. */
  readonly body: number;
  /** Questions and exclamations of the narration after the character followed. */
  readonly questions: number;
  readonly actedOn: number;
}

const MODAL =
  "(?:could|would|can|will|might|must|did|does|do)(?:n['’]t)?|can['’]t|won['’]t|cannot|had|has";
const ADVERB = "(?:\\s+(?:not|never|only|just|already|always|still|hardly|barely|suddenly))?";
/** A verb of thought or perception after its subject, finite or behind a modal. */
const MIND = new RegExp(
  compiledOnce(
    `^\\s+(?:\\p{Ll}+ly\\s+)?(?:(?:${MODAL})${ADVERB}\\s+(?:${alternation([
      ...INNER_VERB_BARE,
      "known",
      "seen",
      "felt",
      "heard",
      "thought",
    ])})|(?:${alternation([...INNER_VERBS, ...INNER_VERB_FINITE])}))\\b`,
  ),
  "u",
);
/** The body felt from inside: "her throat tightened", "his heart was pounding". */
const BODY = new RegExp(
  compiledOnce(
    `^\\s+(?:throat|chest|stomach|heart|pulse|cheeks|face|skin|breath|gut|belly|head|eyes|neck|hands|knees|legs|mouth)` +
      `\\s+(?:was\\s+|were\\s+)?(?:tightened|tightening|tight|clenched|burned|burning|burnt|flushed|pounded|pounding|thudded|thumping|lurched|sank|dropped|ached|aching|prickled|stung|went|turned|throbbed|hurt|raced|racing|quickened|caught|swam|swimming|fluttered|trembled|shook|shaking)\\b`,
  ),
  "u",
);
/** Looked at or acted on: "at him", "to her", "watched him", "told Tom". */
const OBJECT_BEFORE =
  /(?:\b(?:at|to|towards?|for|with|past|beside)|\b(?:watched|watching|studied|eyed|told|asked|handed|gave|showed|kissed|hugged|touched|followed|helped|looked\s+at|stared\s+at|glanced\s+at|smiled\s+at|nodded\s+at|nodded\s+to))\s+$/iu;

const PRONOUN = /(?<![\p{L}'’])(he|she|him|her|his)(?![\p{L}'’])/giu;

interface Hit {
  readonly at: number;
  readonly end: number;
  readonly name: string | null;
  readonly pronoun: "he" | "she" | null;
  readonly form: string;
}

/**
 * Reads `texts` (the paragraphs of a stretch, in order) with the cast's `mention` regex, its
 * map to canonical names and each name's pronoun, and returns each character's reading.
 */
export function perceivers(
  texts: readonly string[],
  mention: RegExp | null,
  canonical: ReadonlyMap<string, string>,
  pronounOf: ReadonlyMap<string, "he" | "she">,
): Record<string, Perceived> {
  const out: Record<string, { mind: number; body: number; questions: number; actedOn: number }> =
    {};
  const credit = (name: string, key: keyof Perceived, w: number): void => {
    (out[name] ??= { mind: 0, body: 0, questions: 0, actedOn: 0 })[key] += w;
  };
  const lastOf = new Map<"he" | "she", string>();
  // The subject of the last sentence of narration with one: whose thought a question that
  // follows is ("Tom looked at her. Was she lying?" is Tom's).
  let thinker: string | null = null;
  for (const text of texts) {
    const narration = cutDialogue(text).narration;
    for (const sentence of narration.split(/(?<=[.!?…])\s+/u)) {
      for (const part of sentence.split(QUOTE_MARK)) {
        const hits: Hit[] = [];
        if (mention) {
          mention.lastIndex = 0;
          for (let m = mention.exec(part); m; m = mention.exec(part))
            hits.push({
              at: m.index,
              end: m.index + m[0].length,
              name: canonical.get(m[0]) ?? null,
              pronoun: null,
              form: m[0],
            });
        }
        PRONOUN.lastIndex = 0;
        for (let m = PRONOUN.exec(part); m; m = PRONOUN.exec(part)) {
          const w = m[1]!.toLowerCase();
          hits.push({
            at: m.index,
            end: m.index + m[0].length,
            name: null,
            pronoun: w === "she" || w === "her" ? "she" : "he",
            form: w,
          });
        }
        hits.sort((a, b) => a.at - b.at);
        let subject: string | null = null;
        for (const h of hits) {
          let who = h.name;
          if (who) {
            const p = pronounOf.get(who);
            // With ANTECEDENT=subject in the environment, only a name told as a subject (not a
            // possessive, not after "at" or "to") is what a later pronoun goes back to, unless
            // none of that sex is yet: "next to Juno's hand ... She could hear" is not Juno's.
            const asSubject =
              !/^['’]s\b/u.test(part.slice(h.end)) &&
              !OBJECT_BEFORE.test(part.slice(0, h.at)) &&
              /^\s+\p{Ll}/u.test(part.slice(h.end));
            if (p && (process.env.ANTECEDENT !== "subject" || asSubject || !lastOf.has(p)))
              lastOf.set(p, who);
          } else who = lastOf.get(h.pronoun!) ?? null;
          if (!who) continue;
          const rest = part.slice(h.end);
          const before = part.slice(0, h.at);
          const isSubjectForm = h.name !== null || h.form === "he" || h.form === "she";
          const isPossessive = h.form === "his" || h.form === "her" || /^['’]s\b/u.test(rest);
          if (isSubjectForm && MIND.test(rest)) credit(who, "mind", 1);
          if (isPossessive && BODY.test(rest.replace(/^['’]s/u, ""))) credit(who, "body", 1);
          if (h.form !== "his" && OBJECT_BEFORE.test(before)) credit(who, "actedOn", 1);
          if (isSubjectForm && subject === null && !OBJECT_BEFORE.test(before)) subject = who;
        }
        // Free indirect thought: a question or an exclamation in the narration itself, the
        // thought of the one the narration followed before it, else of its own subject.
        const fit = /[?!]\s*$/u.test(part.trim());
        if (fit && (thinker ?? subject)) credit((thinker ?? subject)!, "questions", 1);
        if (subject && !fit) thinker = subject;
      }
    }
  }
  return out;
}
