/**
 * Who "comes in": a character named as the subject of "come" toward where the narration stands
 * ("Dinny Walsh came in with his hands in his armpits", "Irene came in with the clipboard",
 * "Tariq came down at twenty to four"). "Come" points at the place of the one telling or
 * watching, so the one who comes is seen arriving, from a head already in the room. Over the 75
 * dev scene stories and the bundled story, of 33 paragraphs whose narration has a named
 * character come in, 24 sit inside a scene, and the scene is the comer's in 3, each at its
 * opening (eval/pov-signs.ts).
 */

/** "came in", "comes back into", "came up": a verb of coming and the way it points. */
const COMING =
  /(?<![\p{L}])(?:came|comes|come)\s+(?:back\s+)?(?:in|into|through|over|up|down|across|round)(?![\p{L}])/giu;
/**
 * Words between the name and the verb: a few of the comer's own, the rest of a name, another
 * name joined by "and", the perfect, an adverb ("Dinny Walsh then came in", "Mark and Ruth came
 * in", "Alan had come up"). Any other word is a verb or a noun of its own, and the name its
 * subject watches or bids another come ("Ruth watched the caretaker come in", "told Mark to
 * come in"): the one named is the head in the room, not the one who comes. Over dev and the
 * bundled story every one of the 33 paragraphs read before this guard is read still.
 */
const BETWEEN =
  /^(?:\s+(?:\p{Lu}[\p{L}'’.]*|and|has|had|have|then|just|now|soon|at|last|too|also|\p{Ll}+ly)){0,3}?\s+$/u;

/**
 * The canonical names that come in, in the narration (`narration`: the paragraph with its
 * quotes cut out). `mention` is the cast's global regex and `canonical` its surface forms.
 */
export function comersIn(
  narration: string,
  mention: RegExp | null,
  canonical: ReadonlyMap<string, string>,
): readonly string[] {
  if (!mention) return [];
  COMING.lastIndex = 0;
  const verbs: number[] = [];
  for (let m = COMING.exec(narration); m; m = COMING.exec(narration)) verbs.push(m.index);
  if (verbs.length === 0) return [];
  const out: string[] = [];
  mention.lastIndex = 0;
  for (let m = mention.exec(narration); m; m = mention.exec(narration)) {
    const end = m.index + m[0].length;
    const verb = verbs.find((v) => v >= end && v - end <= 40);
    if (verb === undefined || !BETWEEN.test(narration.slice(end, verb))) continue;
    const name = canonical.get(m[0])!;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
