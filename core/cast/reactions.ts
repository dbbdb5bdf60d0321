/**
 * A listener's silent reaction: a person whose sentence shows them only answering with the body
 * ("Oz shook his head", "June glanced at Oz", "Theo raised an eyebrow"). In a talk between two
 * others such a person has not taken the floor, so a paragraph of narration that ends on their
 * reaction need not hand them the next bare line.
 */
import type { Ref, Sentence } from "./refs";

/** Words that may stand between the subject and the verb: "only", "just", "then". */
const BETWEEN = new Set(["just", "only", "then", "simply", "slowly", "quietly", "briefly"]);

/** Verbs that are a reaction by themselves. */
const ALONE = new Set(["glanced", "shrugged", "winced", "frowned", "blinked", "nodded"]);

/** A verb and the body part it moves: "shook his head", "raised an eyebrow", "rolled her eyes". */
const MOVES: Readonly<Record<string, ReadonlySet<string>>> = {
  shook: new Set(["head"]),
  raised: new Set(["eyebrow", "eyebrows"]),
  rolled: new Set(["eyes"]),
  exchanged: new Set(["look", "glance", "looks", "glances"]),
};
const BODY_OWNERS = new Set(["his", "her", "their", "a", "an", "one"]);

/** Whether the reference, a subject, is shown only reacting: the verb after it is a gesture. */
export function reactsIn(s: Sentence, ref: Ref): boolean {
  const w = s.words;
  let i = ref.next;
  while (i < w.length && BETWEEN.has(w[i]!.lower)) i++;
  const verb = w[i]?.lower;
  if (verb === undefined) return false;
  if (ALONE.has(verb)) return true;
  const parts = MOVES[verb];
  if (!parts) return false;
  const owner = w[i + 1]?.lower ?? "";
  return BODY_OWNERS.has(owner) && parts.has(w[i + 2]?.lower ?? "");
}
