/**
 * A description discovery listed ("the child", unnamed) whose own tags the attribution gave
 * to one named character ("cried the child" ... "replied Randolph", linked by the story's
 * evidence, described-links.ts) is that character: the list shows him once, with the
 * description as an alias and its mentions as his, instead of a card that speaks no line.
 */
import type { Character } from "../model";
import { SPEECH_VERBS } from "./cues";

/** The lines a tag needs to touch before its description is read as the one who spoke them. */
const TAGGED_LINES = 2;

const VERB = `(?:${[...SPEECH_VERBS].join("|")})`;

/** A tag naming `who` straight after a line ('," cried the child', '," the child said'). */
function tagBy(who: string): RegExp {
  const d = who.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(
    `^["'\u201d\u2019]?\\s+(?:${VERB}(?:\\s+\\p{Ll}+ly)?\\s+${d}|${d}\\s+${VERB})(?![\\p{L}'\u2019-])`,
    "iu",
  );
}

/** Where a description's tagged lines are, to keep the fold to that person. */
export interface SpokenAsScenes<Q> {
  /** The scene a quote is in. */
  readonly sceneOf: (q: Q) => number;
  /** Whether the description is mentioned outside these scenes (someone else there, maybe). */
  readonly mentionedOutside: (description: string, scenes: ReadonlySet<number>) => boolean;
}

/**
 * Each unnamed description in `cast` that no line is given to, mapped to the one named
 * character who speaks every line it tags, when it tags TAGGED_LINES or more. `textAfter(q)` is
 * the text straight after a quote (its closing mark on). With `scenes`, a description also
 * mentioned in a scene where it tags none of his lines is not folded: the fold is story-wide,
 * and "a child sat on a doorstep" years later is not Toby.
 */
export function spokenAs<Q extends { readonly speaker: string | null; readonly unnamed?: string }>(
  cast: readonly Character[],
  quotes: readonly Q[],
  textAfter: (q: Q) => string,
  scenes?: SpokenAsScenes<Q>,
): Map<string, string> {
  const named = new Set(cast.filter((c) => !c.unnamed).map((c) => c.name));
  const speaking = new Set(quotes.map((q) => q.unnamed ?? q.speaker));
  const found = new Map<string, string>();
  let after: string[] | undefined;
  for (const c of cast) {
    if (!c.unnamed || speaking.has(c.name) || !c.name.startsWith("the ")) continue;
    const texts = (after ??= quotes.map((q) => textAfter(q).slice(0, 80)));
    const tag = tagBy(c.name);
    const by = new Set<string | null>();
    const tagged: number[] = [];
    quotes.forEach((q, i) => {
      if (!tag.test(texts[i]!)) return;
      tagged.push(i);
      by.add(q.speaker);
    });
    const [who] = [...by];
    if (tagged.length < TAGGED_LINES || by.size !== 1 || !who || !named.has(who)) continue;
    // '"Wake up!" said the man. / "What time is it?" asked Dick. / "...?" asked the man': one
    // tagged by name before the description's last tag is someone else; the lines are wrong.
    const forms = [who, ...(cast.find((x) => x.name === who)?.aliases ?? [])].map(tagBy);
    const before = texts.slice(0, tagged[tagged.length - 1]);
    if (before.some((text) => forms.some((f) => f.test(text)))) continue;
    if (scenes) {
      const own = new Set(tagged.map((i) => scenes.sceneOf(quotes[i]!)));
      if (scenes.mentionedOutside(c.name, own)) continue;
    }
    found.set(c.name, who);
  }
  return found;
}

/**
 * The cast with each description folded into the character it is (`spokenAs`) as an alias,
 * listed in `spokenAs` too: a reading of this draft, which adding the character to the writer's
 * cast must not keep (an alias there would make every "the child" of every scene him).
 */
export function foldSpokenAs(
  cast: readonly Character[],
  folded: ReadonlyMap<string, string>,
): (Character & { readonly spokenAs?: readonly string[] })[] {
  if (folded.size === 0) return [...cast];
  return cast
    .filter((c) => !folded.has(c.name))
    .map((c) => {
      const own = [...folded].filter(([, who]) => who === c.name).map(([d]) => d);
      return own.length === 0 ? c : { ...c, aliases: [...c.aliases, ...own], spokenAs: own };
    });
}
