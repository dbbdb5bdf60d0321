/**
 * Someone a line speaks of by a family word as the subject of a verb ("Dad says you have to
 * walk him", "Grandpa can decide", "Mum wants it"): the speaker tells the listener what that
 * person says or does, so that person is not in the talk now. Called, the same word is present
 * ("Night, Dad."); spoken of so, the family member is absent in 10 of the 12 such lines of the
 * modern dev sets (docs/speakers.md, kin-34).
 */
import { AUXILIARIES, KIN_TERMS, PRESENT_ACTION_VERBS, SPEECH_VERBS } from "./cues";
import type { ParagraphReading } from "./refs";

/** The word after the family word: a verb of the third person ("says", "likes", "didn't"). */
const VERB_AFTER = /^\s+([a-z]+(?:n['\u2019]t)?)\b/;

function isVerb(word: string): boolean {
  return (
    SPEECH_VERBS.has(word) ||
    AUXILIARIES.has(word) ||
    /n['\u2019]t$/.test(word) ||
    /^(?:can|will|won|wants|likes|thinks|knows|never|always|made|gave)$/.test(word) ||
    // Listed, not guessed from a final "s": "Dad jokes", "Mum jeans" are nouns.
    PRESENT_ACTION_VERBS.has(word)
  );
}

/**
 * The cast members the paragraph's lines speak of by a capitalised family word as the subject
 * of a verb, not calling them: "Dad says" and "Mum wants", not "Dad, look" or "ask Mum". A
 * line's own speaker is not among them: "'Daddy says five more minutes,' he said" is a parent
 * speaking of himself, in the talk.
 */
export function spokenOfByKin(
  r: ParagraphReading,
  calls: (k: number, from: number, to: number) => boolean,
  speakerOf: (k: number) => string | null,
): string[] {
  const out: string[] = [];
  r.local.forEach((q, k) => {
    const text = r.quotes[k]!.text;
    const speaker = speakerOf(k);
    for (const m of r.mentions) {
      if (m.from < q.from || m.to > q.to || m.character === speaker) continue;
      const from = m.from - q.from;
      const to = m.to - q.from;
      const word = text.slice(from, to);
      if (!/^\p{Lu}/u.test(word) || !KIN_TERMS.has(word.toLowerCase())) continue;
      if (calls(k, from, to)) continue;
      const verb = VERB_AFTER.exec(text.slice(to))?.[1];
      if (verb && isVerb(verb)) out.push(m.character);
    }
  });
  return out;
}
