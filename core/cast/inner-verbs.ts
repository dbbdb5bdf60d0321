/**
 * Someone thinking, not acting: "and she couldn't tell which", "he decided on the spot that",
 * "She knew he was lying." A paragraph of narration that ends on a third-person viewpoint's
 * thought about someone else ("Martin sat down one chair away from Helen, and she couldn't tell
 * which") shows the other one on stage, so the thinker's vote counts as a mention, not as a
 * subject's.
 *
 * Not the narrator's "I": in first person "I think" comes before the narrator's own line as often
 * as not (speakers-dev lost ten lines when "I" was read so; docs/speakers.md, untagged-21).
 */
import type { Ref, Sentence } from "./refs";

/** Words that may stand between the subject and the verb: "did not know", "still remembered". */
const BETWEEN = new Set(
  "do did does don't didn't doesn't can could can't couldn't would wouldn't might must had have 'd not never still just almost really suddenly already".split(
    " ",
  ),
);

/** Verbs of thinking and knowing. */
const INNER = new Set(
  "think thought remember remembered know knew expect expected wonder wondered realise realised realize realized suppose supposed guess guessed hope hoped wish wished believe believed recognise recognised recognize recognized imagine imagined doubt doubted forget forgot suspect suspected decided".split(
    " ",
  ),
);

/** "couldn't tell which": telling that is knowing, after "can" or "could". */
const ABLE = new Set(["can", "could", "can't", "couldn't", "cannot"]);

/** Whether the reference, a subject other than "I", is the subject of a verb of thinking. */
export function thinksIn(s: Sentence, ref: Ref): boolean {
  if (ref.kind === "pronoun" && ref.key === "i") return false;
  const w = s.words.map((word) => word.lower.replace(/\u2019/g, "'"));
  let i = ref.next;
  while (i < w.length && BETWEEN.has(w[i]!)) i++;
  const verb = w[i] ?? "";
  // "She decided to ask.": a decision to do something leads into it.
  if (verb === "decided") return w[i + 1] !== "to";
  if (verb === "tell") return ABLE.has(w[i - 1] ?? "") || w[i - 1] === "not";
  return INNER.has(verb);
}
