/**
 * "The old lady pulled her spectacles down ... The old lady whirled round ... His aunt Polly
 * stood surprised": the narration describes a person first and names them later. A definite
 * description the narration makes a subject, followed straight away (the next person it makes
 * a subject of that sex) by the first mention anywhere of a cast member of that known sex, is that
 * member from the description's first mention to DESCRIPTION_REACH past the naming. One pass
 * over the narration's references. The naming may be no subject where its words say it is a
 * name ("The waitress came over. Her name tag said Denise"); that link is `stated`, sure enough
 * to come before whoever of that sex was seen last.
 *
 * A stranger may name themself instead ("The woman in the red coat frowned. ... 'I'm Nadia,' she
 * said."): a line that gives a cast member's name as the speaker's own, the first the story
 * shows of them, names the last description of their sex made a subject, when that came no
 * more than SELF_NAMING_GAP before and no named person of that sex was made a subject since.
 *
 * A newcomer brought in with "a" ("On the next plot a woman in a quilted jacket was kneeling")
 * waits the same way, and "the woman" after it is still the newcomer; only an untagged line of
 * theirs that plainly introduces them ("I'm Rose. Rose Pennock.") names them, and a named person
 * seen before they came ("Leah tore the gloves apart") is someone else, no naming.
 */

import { KIN_TERMS, PERSON_NOUNS, PRONOUN_GENDER } from "./cues";
import type { DescribedSpan, LinkInput } from "./described-links";
import type { Gender } from "./genders";
import type { LocalMention } from "./mentions";
import type { ParagraphReading, Ref, Segment, Sentence } from "./refs";
import { selfIntroduction } from "./self-introduced";
import type { Tag } from "./tags";
import { namesSelf } from "./vocatives";

/** How far past the description the naming may come (characters): about a paragraph. */
const NAMING_GAP = 500;

/** How far past the description a line may come that gives the stranger's name (characters). */
const SELF_NAMING_GAP = 3000;

export function namedInNarration(input: LinkInput): Map<string, DescribedSpan[]> {
  // `described`: which cast member a description's own words name, if any: those need no link.
  const { readings, tags, unnamed, genders, narrator, described, reach } = input;
  /** The names seen so far, each with how many were seen before it. */
  const seen = new Map<string, number>();
  const see = (name: string): void => void (seen.has(name) || seen.set(name, seen.size));
  /** Each description's first subject mention, and the text there (the memo's key). */
  const first = new Map<string, { at: number; text: string }>();
  const linked = new Set<string>();
  const found = new Map<string, DescribedSpan[]>();
  /**
   * The last description made a subject, by its sex, since a name of that sex was; for a
   * newcomer ("a woman ... came up the lane"), how many names had been seen when it came.
   */
  const last = new Map<Gender, { key: string; at: number; cameAfter?: number }>();
  /** The description the first line giving `name` as the speaker's own means, if any. */
  const selfNaming = (
    name: string,
    at: number,
    line: string,
    tag: Tag | null,
    tagged: Gender | null,
  ): void => {
    if (seen.has(name) || name === narrator || unnamed.has(name)) return;
    // A name of no known sex has the sex of its line's tag ("'I'm Nadia,' she said").
    const own = genders.get(name) ?? tagged ?? null;
    if (own === null) return;
    const d = last.get(own);
    if (!d || at - d.at > SELF_NAMING_GAP || linked.has(d.key)) return;
    // A newcomer ("a woman ... came up the lane") is named by an untagged line that plainly
    // introduces its speaker ("I'm Rose. Rose Pennock."), not "I'm not Rose" or "I'm Rose?".
    // A tagged one ("'I'm Owen Pryce,' he said") is self-introduced.ts's, which honours the
    // writer's corrections.
    if (d.cameAfter !== undefined && (tag !== null || selfIntroduction(line) === null)) return;
    last.delete(own);
    linked.add(d.key);
    found.set(d.key, [
      { from: first.get(d.key)!.at, to: at + reach, name, lines: [first.get(d.key)!.text, line] },
    ]);
  };
  for (const [i, r] of readings.entries()) {
    const read = narrationOf(r);
    // Names in quotes count as seen: one the dialogue already called is no new person. A name a
    // line gives as its speaker's own is read first, in its place among the narration's people.
    let pending = 0;
    for (const name of read.quoted) see(name);
    const selfNamedBefore = (at: number): void => {
      for (; pending < read.selfNamed.length && read.selfNamed[pending]!.at < at; pending++) {
        const n = read.selfNamed[pending]!;
        const tag = tags[i]![n.quote];
        const ref = tag && !("other" in tag.target) ? tag.target.ref : null;
        const tagged = ref?.kind === "pronoun" ? (PRONOUN_GENDER.get(ref.key) ?? null) : null;
        selfNaming(n.name, r.offset + n.at, n.line, tag ?? null, tagged);
        see(n.name);
      }
    };
    for (const { ref, s, owned, named } of read.refs) {
      selfNamedBefore(ref.from);
      if ((!ref.subject && named === undefined) || ref.kind === "pronoun") {
        if (ref.kind === "name") see(ref.key);
        continue;
      }
      const at = r.offset + ref.from;
      if (ref.kind === "name" && !unnamed.has(ref.key)) {
        const fresh = !seen.has(ref.key) && ref.key !== narrator;
        const seenBefore = seen.get(ref.key) ?? Infinity;
        see(ref.key);
        if (owned) continue;
        // "Her name tag said Denise": the naming's own pronoun gives a sex the name may not have.
        const own = genders.get(ref.key) ?? named ?? null;
        if (own === null) continue;
        const d = last.get(own);
        // "Leah tore the gloves apart" after "a woman ... was kneeling": one seen before the
        // newcomer came is someone else, and the newcomer still waits for a name.
        if (d?.cameAfter !== undefined && seenBefore < d.cameAfter) continue;
        last.delete(own);
        // A newcomer is named only by their own line: a name first written in the narration
        // after "a man came in" was as often someone already there ("Theo called from the back").
        if (
          !fresh ||
          !d ||
          d.cameAfter !== undefined ||
          at - d.at > NAMING_GAP ||
          linked.has(d.key)
        )
          continue;
        const start = first.get(d.key)!;
        linked.add(d.key);
        found.set(d.key, [
          {
            from: start.at,
            to: at + reach,
            name: ref.key,
            lines: [start.text, s.words.map((w) => w.text).join(" ")],
            ...(named === undefined ? {} : { stated: true }),
          },
        ]);
        continue;
      }
      const description =
        ref.kind === "description" || (ref.kind === "name" && unnamed.has(ref.key));
      const noun = ref.key.slice(4);
      const g = PERSON_NOUNS.get(noun);
      if (
        !description ||
        !g ||
        ref.owner ||
        ref.possessed ||
        KIN_TERMS.has(noun) ||
        described(ref.key) !== null
      )
        continue;
      if (!first.has(ref.key))
        first.set(ref.key, { at, text: s.words.map((w) => w.text).join(" ") });
      // "A woman in a green coat came up the lane": someone new, whom no name seen yet means;
      // "the woman" after it is still the newcomer.
      const waiting = last.get(g);
      const cameAfter = ref.indefinite
        ? seen.size
        : waiting?.key === ref.key
          ? waiting.cameAfter
          : undefined;
      last.set(g, { key: ref.key, at, ...(cameAfter === undefined ? {} : { cameAfter }) });
    }
    selfNamedBefore(Infinity);
  }
  return found;
}

/**
 * "Her name tag said Denise", "His name was Tom", "whose badge read Ruth": the words before a
 * name that say it is someone's, not someone acted on. Only the badge or the name itself says
 * so ("She said Denise" names no one), and "her" or "his" gives the sex.
 */
const NAMING_WORDS =
  /(?:^|\s)(her|his|whose|a|the) (?:name ?tag|name badge|badge|name)(?: that| which)? (?:was|is|said|says|read|reads)$/;

/** The sex the naming words before word `at` give ("her" female), null for none, or undefined. */
function namingOwner(s: Sentence, at: number): Gender | null | undefined {
  if (at < 3) return undefined;
  const before = s.words
    .slice(Math.max(0, at - 5), at)
    .map((w) => w.lower)
    .join(" ");
  const m = NAMING_WORDS.exec(before);
  if (!m) return undefined;
  return PRONOUN_GENDER.get(m[1]!) ?? null;
}

/** What namedInNarration reads of a paragraph: the names its quotes call, and its references. */
interface NarrationRead {
  readonly mentions: readonly LocalMention[];
  /** The names its quotes call, but not those a line gives as its speaker's own. */
  readonly quoted: readonly string[];
  /** The names its lines give as their speakers' own ("I'm Nadia"), in order, and the line. */
  readonly selfNamed: readonly {
    readonly name: string;
    readonly at: number;
    readonly line: string;
    readonly quote: number;
  }[];
  /**
   * Its names, and its descriptions made subjects, in order, with their sentence, and whether
   * the word before the reference owns it ("Jack Lawton's yellow boots dodged": not the one who
   * acts). Read here once per paragraph, not on every pass.
   */
  readonly refs: readonly {
    readonly ref: Ref;
    readonly s: Sentence;
    readonly owned: boolean;
    /** For a name that is no subject, the sex its naming words give (namingOwner). */
    readonly named: Gender | null | undefined;
  }[];
}

/** narrationOf's answers, kept with a paragraph's segments (an analyzer caches those by text). */
const narrationOfSegments = new WeakMap<readonly Segment[], NarrationRead>();

/** A paragraph's part of namedInNarration's reading, once per paragraph text. */
function narrationOf(r: ParagraphReading): NarrationRead {
  const kept = narrationOfSegments.get(r.segments);
  if (kept && kept.mentions === r.mentions) return kept;
  const selfNamed: { name: string; at: number; line: string; quote: number }[] = [];
  for (const m of r.mentions)
    r.local.forEach((q, k) => {
      const text = r.quotes[k]!.text;
      if (m.from >= q.from && m.to <= q.to && namesSelf(text, m.from - q.from, m.to - q.from))
        selfNamed.push({ name: m.character, at: m.from, line: text, quote: k });
    });
  // A name its line gives as the speaker's own is seen in its place among the narration's.
  const quoted = r.mentions
    .filter((m) => r.local.some((q) => m.from >= q.from && m.to <= q.to))
    .map((m) => m.character)
    .filter((name) => !selfNamed.some((n) => n.name === name));
  const refs: { ref: Ref; s: Sentence; owned: boolean; named: Gender | null | undefined }[] = [];
  for (const seg of r.segments)
    for (const s of seg.sentences)
      for (const ref of s.refs)
        if (ref.kind === "name" || (ref.subject && ref.kind !== "pronoun")) {
          // endsWith, not /['\u2019]s$/: this ran a regex per subject name on every pass.
          const before = s.words[ref.next - 1]?.text ?? "";
          refs.push({
            ref,
            s,
            owned: before.endsWith("'s") || before.endsWith("\u2019s"),
            named: ref.kind === "name" && !ref.subject ? namingOwner(s, ref.word) : undefined,
          });
        }
  const read = { mentions: r.mentions, quoted, selfNamed, refs };
  narrationOfSegments.set(r.segments, read);
  return read;
}
