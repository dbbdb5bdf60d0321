/**
 * A silence: the narration says a line went unanswered ("Eli doesn't answer.", "Bernie made no
 * reply.", "No answer."). The turn did not pass, so the floor stays with whoever spoke last:
 * the next bare line is theirs again, though the silent one goes on acting ("He pulls the tarp
 * off and folds it.") and an action would otherwise hand them the line.
 *
 * Only answering is read, not "said nothing": a listener who says nothing while two others talk
 * ("Shona caught my eye and didn't say anything") is often the next to speak.
 */
import type { Ref, Sentence } from "./refs";

/** What was not given: "did not answer", "made no reply". */
const ANSWER_VERBS = new Set(["answer", "reply", "respond"]);
const ANSWER_NOUNS = new Set(["answer", "reply", "response"]);
const NEGATED = new Set(["didn't", "doesn't", "wouldn't", "couldn't", "don't"]);
/** The verbs "not" follows in "did not answer", "would not reply" (not cues.ts's wider list). */
const DO_OR_MODAL = new Set(["did", "does", "would", "could", "do"]);
const GIVING = new Set(["made", "makes", "gave", "gives"]);
/** "doesn't answer at once", "didn't reply for a moment": the answer is only put off. */
const NOT_YET = new Set(["at", "for", "yet", "immediately", "right", "straight", "until", "till"]);

export interface Silence {
  /** The one who did not answer, or null for "No answer." and "There was no reply." */
  readonly subject: Ref | null;
}

/** The silence a sentence of narration tells of, or null. */
export function silenceIn(s: Sentence): Silence | null {
  const w = s.words.map((word) => word.lower.replace(/\u2019/g, "'"));
  const phrase = unanswered(w);
  if (!phrase || NOT_YET.has(w[phrase.end] ?? "")) return null;
  if (phrase.alone) return { subject: null };
  const subject = s.refs.findLast((ref) => ref.subject && ref.next <= phrase.start) ?? null;
  return subject ? { subject } : null;
}

/**
 * The first phrase that says a line went unanswered, by word index (`end` the word after it):
 * "did not answer", "didn't reply", "made no answer", or a sentence that is only the silence
 * ("No answer.", "There was no reply."), which is `alone`.
 */
function unanswered(w: readonly string[]): { start: number; end: number; alone: boolean } | null {
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (NEGATED.has(word) && ANSWER_VERBS.has(w[i + 1] ?? ""))
      return { start: i, end: i + 2, alone: false };
    if (DO_OR_MODAL.has(word) && w[i + 1] === "not" && ANSWER_VERBS.has(w[i + 2] ?? ""))
      return { start: i, end: i + 3, alone: false };
    if (word !== "no" || !ANSWER_NOUNS.has(w[i + 1] ?? "")) continue;
    if (GIVING.has(w[i - 1] ?? "")) return { start: i - 1, end: i + 2, alone: false };
    const alone = i === 0 || (w[0] === "there" && i <= 2);
    if (alone && w.length <= i + 3) return { start: 0, end: i + 2, alone: true };
  }
  return null;
}
