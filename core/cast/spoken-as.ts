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
const NOT_AFTER = `(?![\\p{L}'\u2019-])`;
/** A word that is one of the speech verbs, in any case, as `/${VERB}/iu` reads it. */
const WHOLE_VERB = new RegExp(`^${VERB}$`, "iu");
/** The start of a tag: the line's closing mark, if any, then a space. */
const MARK_SPACE = /^["'\u201d\u2019]?\s+/u;
const SPACES = /\s+/y;
const LETTERS = /\p{L}+/iuy;
const ADVERB = /\p{Ll}+ly(?=\s)/iuy;
const WORD_GOES_ON = /[\p{L}'\u2019-]/iuy;

/** Whether `word`, a run of letters, is a speech verb as an `iu` pattern would match it. */
function isVerb(word: string): boolean {
  // The verbs are lower-case ASCII, so an ASCII word is one exactly when its lower case is; a
  // word with other letters (the long s, the Kelvin sign) is read by the pattern itself.
  return /^[A-Za-z]+$/.test(word) ? SPEECH_VERBS.has(word.toLowerCase()) : WHOLE_VERB.test(word);
}

/** Where a match of the sticky `re` at `at` ends, or -1. */
function endAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * Where a tag's name may stand after a line, read once per line for every description: past
 * the closing mark and space (`start`: '," the child said'), past a speech verb and space
 * (`afterVerb`: '," said the child'), past that verb, an adverb and space (`afterAdverb`: '," said
 * softly the child'); -1 where there is none. Null for a line with no mark and space after it,
 * which no description tags.
 */
interface TagShape {
  readonly start: number;
  readonly afterVerb: number;
  readonly afterAdverb: number;
}

function tagShape(text: string): TagShape | null {
  const mark = MARK_SPACE.exec(text);
  if (!mark) return null;
  const start = mark[0].length;
  const verb = endAt(LETTERS, text, start);
  const space = verb < 0 ? -1 : endAt(SPACES, text, verb);
  if (space < 0 || !isVerb(text.slice(start, verb)))
    return { start, afterVerb: -1, afterAdverb: -1 };
  const adverb = endAt(ADVERB, text, space);
  return { start, afterVerb: space, afterAdverb: adverb < 0 ? -1 : endAt(SPACES, text, adverb) };
}

/**
 * A tag naming `who` straight after a line ('," cried the child', '," the child said'): what
 * `^["'”’]?\s+(?:VERB(?:\s+\p{Ll}+ly)?\s+WHO|WHO\s+VERB)(?![\p{L}'’-])` matches, flags `iu`.
 * Read a piece at a time with patterns compiled once, and WHO as a pattern of its own words:
 * a pattern holding `\p{L}` or `\p{Ll}` under `iu` costs V8 about 15 ms to compile (it closes
 * the class over case), and one was compiled per description and name form on every pass.
 * Each piece matches in one way only (every verb is letters only, followed by a space or no
 * letter, so it is the whole run of letters where it stands; WHO's words are literal), so the
 * pieces agree with the pattern; a name with a space at either end, whose spaces could be
 * split between two `\s+`, is read by the pattern itself. The pieces before WHO are the line's
 * (`tagShape`), the same for every description: a caller asking many reads them once.
 */
function tagBy(who: string): (text: string, shape?: TagShape | null) => boolean {
  const d = who.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  if (who === "" || /^\s|\s$/u.test(who)) {
    const whole = new RegExp(
      `^["'\u201d\u2019]?\\s+(?:${VERB}(?:\\s+\\p{Ll}+ly)?\\s+${d}|${d}\\s+${VERB})${NOT_AFTER}`,
      "iu",
    );
    return (text) => whole.test(text);
  }
  const name = new RegExp(d, "iuy");
  /** Whether WHO is written at `at`, its last word whole. */
  const nameAt = (text: string, at: number): boolean => {
    const end = endAt(name, text, at);
    return end >= 0 && endAt(WORD_GOES_ON, text, end) < 0;
  };
  return (text, shape = tagShape(text)) => {
    if (!shape) return false;
    // '," said (softly) the child'
    if (shape.afterVerb >= 0 && nameAt(text, shape.afterVerb)) return true;
    if (shape.afterAdverb >= 0 && nameAt(text, shape.afterAdverb)) return true;
    // '," the child said'
    const named = endAt(name, text, shape.start);
    const before = named < 0 ? -1 : endAt(SPACES, text, named);
    const said = before < 0 ? -1 : endAt(LETTERS, text, before);
    return said >= 0 && isVerb(text.slice(before, said)) && endAt(WORD_GOES_ON, text, said) < 0;
  };
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
  let texts: string[] | undefined;
  /** The lines a description may tag, and each one's tag shape: read once for all of them. */
  let shaped: { readonly at: number; readonly shape: TagShape }[] | undefined;
  for (const c of cast) {
    if (!c.unnamed || speaking.has(c.name) || !c.name.startsWith("the ")) continue;
    texts ??= quotes.map((q) => textAfter(q).slice(0, 80));
    shaped ??= texts.flatMap((text, at) => {
      const shape = tagShape(text);
      return shape ? [{ at, shape }] : [];
    });
    const tag = tagBy(c.name);
    const by = new Set<string | null>();
    const tagged: number[] = [];
    for (const { at, shape } of shaped) {
      if (!tag(texts[at]!, shape)) continue;
      tagged.push(at);
      by.add(quotes[at]!.speaker);
    }
    const [who] = [...by];
    if (tagged.length < TAGGED_LINES || by.size !== 1 || !who || !named.has(who)) continue;
    // '"Wake up!" said the man. / "What time is it?" asked Dick. / "...?" asked the man': one
    // tagged by name before the description's last tag is someone else; the lines are wrong.
    const forms = [who, ...(cast.find((x) => x.name === who)?.aliases ?? [])].map(tagBy);
    const before = texts.slice(0, tagged[tagged.length - 1]);
    if (before.some((text) => forms.some((f) => f(text)))) continue;
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
