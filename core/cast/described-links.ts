/**
 * Which cast member a tagged description means, read from the whole story before the speaker
 * walk: the story's own evidence for "said the man" when no cast member's names explain it.
 * A cast member the text never names, or names only as a description, takes the description
 * that tags the most quotes (unwrittenSpeakers); over a run of a description's tags, the one
 * person the replies call by name or the narration names is meant (namedByReplies). Linear in
 * the story; a paragraph's tags are kept with its segments, which an analyzer caches by text.
 */

import type { Character } from "../model";
import { DETERMINERS, KIN_TERMS, PERSON_NOUNS, PRONOUN_GENDER } from "./cues";
import type { Gender } from "./genders";
import { namedInNarration } from "./narrated-links";
import { predicatedRoles } from "./predicated-links";
import type { ParagraphReading } from "./refs";
import { tagAfter, tagBefore, type Tag } from "./tags";
import { perSegments } from "./segment-memo";
import { isVocative } from "./vocatives";

/** Family words: "the mother" is named seldom, so she is looked for further back. */
export const KIN = new Set([
  "mother",
  "father",
  "wife",
  "husband",
  "son",
  "daughter",
  "aunt",
  "uncle",
]);

/** Parents and spouses, and the title a married one is named with. */
export const PARENT_TITLES = new Map([
  ["mother", /^Mrs\.?\s/],
  ["wife", /^Mrs\.?\s/],
  ["father", /^Mr\.?\s/],
  ["husband", /^Mr\.?\s/],
]);

/** A cast name that is a description rather than a name: "The stranger", "My father". */
export const DESCRIBED_NAME = /^(?:the|a|an|my|his|her|our|their|one|another|that|this)\b/i;

/**
 * A cast name that says whose the person is: "Philip's nurse", "Oliver's Mother". Its noun
 * must be a person noun ("Tom's Aunt Polly" is a name). Null for any other name.
 */
export function possessiveName(name: string): { owner: string; noun: string } | null {
  const m =
    /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['\u2019]s\s+(?:[\p{Ll}-]+\s+)*(\p{L}+)$/u.exec(
      name,
    );
  const noun = m?.[2]!.toLowerCase();
  return m && noun && PERSON_NOUNS.has(noun) ? { owner: m[1]!, noun } : null;
}

/** The tag of each quote between a paragraph's segments, once per paragraph (segment-memo.ts). */
const quoteTags = perSegments((segments): readonly (Tag | null)[] =>
  segments.slice(1).map((after, k) => tagAfter(after) ?? tagBefore(segments[k]!)),
);

/** Descriptions linked to a cast member: in the whole story, or over stretches of it. */
export interface DescribedLinks {
  readonly everywhere: ReadonlyMap<string, string>;
  readonly spans: ReadonlyMap<string, readonly DescribedSpan[]>;
}

/**
 * The tagged descriptions the story links to one cast member: an unwritten or described
 * member's, everywhere (unwrittenSpeakers), else over a run of its tags the one the replies
 * call by name (namedByReplies).
 */
export function describedLinks(
  readings: readonly ParagraphReading[],
  cast: readonly Character[],
  genders: ReadonlyMap<string, Gender>,
  narrator: string,
  /** Which cast member a description's own words name ("the doctor" for Dr. Archie), if any. */
  described: (key: string) => string | null,
  /** How far past a run's last tag a reply's link holds (characters). */
  reach: number,
): DescribedLinks {
  const input: LinkInput = {
    readings,
    tags: readings.map((r) => quoteTags(r.segments)),
    cast,
    unnamed: new Set(cast.filter((c) => c.unnamed).map((c) => c.name)),
    genders,
    narrator,
    described,
    reach,
  };
  const everywhere = unwrittenSpeakers(input);
  const spans = namedByReplies(input, everywhere);
  // "The old lady ... His aunt Polly stood": where no reply or tag linked the description.
  for (const [d, list] of namedInNarration(input))
    if (!spans.has(d) && !everywhere.has(d)) spans.set(d, list);
  // "Dee had been a mechanic ... The mechanic rolled out": a role the narration gives one member.
  for (const [d, key] of predicatedRoles(readings, input.unnamed, genders, described))
    if (!spans.has(d) && !everywhere.has(d)) everywhere.set(d, key);
  return { everywhere, spans };
}

/** What each way of linking reads, gathered once per pass (describedLinks' arguments). */
export interface LinkInput {
  readonly readings: readonly ParagraphReading[];
  /** Each quote's tag, by paragraph. */
  readonly tags: readonly (readonly (Tag | null)[])[];
  readonly cast: readonly Character[];
  /** The cast members that are descriptions ("the man", listed unnamed), not names. */
  readonly unnamed: ReadonlySet<string>;
  readonly genders: ReadonlyMap<string, Gender>;
  readonly narrator: string;
  readonly described: (key: string) => string | null;
  readonly reach: number;
}

/**
 * Which tagged description means a cast member the text never writes by any of their names, or
 * one the cast writes as a description, which the text varies ("The strange man" is "the
 * stranger" and "the visitor"): a given cast lists everyone who speaks, so "said the man" over
 * and over, with "Convict" in the cast and nowhere in the text, is the convict speaking. Each
 * such member takes the one description that tags the most quotes among those no cast
 * member's names explain (describedCharacter in speakers.ts), of a sex that fits theirs, and only when no
 * other member or description ties. Only a member the cast writes as a role or a description
 * ("Convict", "A man"), or, for "my mother" or "her father", one with a parent's title ("Mrs.
 * Markham"): a "Benny" the text never writes is more likely called something else than "the
 * man". A member a tag names, or a tagged description already means ("A rough voice" for
 * "said a rough voice"), takes no other. These links come before the named person "the man"
 * may mean nearby (describedNamed): the cast says who he is.
 */
function unwrittenSpeakers(input: LinkInput): Map<string, string> {
  const { readings, tags, cast, unnamed, genders, narrator, described } = input;
  const written = new Set<string>();
  for (const r of readings) for (const m of r.mentions) written.add(m.character);
  const members = cast.filter(
    (c) =>
      !c.unnamed && c.name !== narrator && (!written.has(c.name) || DESCRIBED_NAME.test(c.name)),
  );
  const found = new Map<string, string>();
  if (members.length === 0) return found;
  // A description discovery lists ("the man", unnamed) is matched as a name.
  const tagged = new Map<string, number>();
  // Members a tag names or a tagged description means ("said the parson", "said a rough
  // voice") speak under those; they take no other description.
  const claimed = new Set<string>();
  for (const line of tags)
    for (const tag of line) {
      if (!tag || "other" in tag.target) continue;
      const ref = tag.target.ref;
      if (ref.kind === "description" || (ref.kind === "name" && unnamed.has(ref.key)))
        tagged.set(ref.key, (tagged.get(ref.key) ?? 0) + 1);
      else if (ref.kind === "name") claimed.add(ref.key);
    }
  const open: [string, number][] = [];
  for (const [key, n] of tagged) {
    const c = described(key);
    if (c === null) open.push([key, n]);
    else claimed.add(c);
  }
  const best = new Map<string, { key: string; n: number; tie: boolean }>();
  for (const c of members) {
    if (claimed.has(c.name)) continue;
    const own = genders.get(c.name) ?? null;
    if (own === "plural") continue;
    const role = DESCRIBED_NAME.test(c.name) || PERSON_NOUNS.has(c.name.toLowerCase());
    for (const [key, n] of open) {
      const noun = key.replace(/^the /, "");
      // "the child" the narration calls "he" is a boy, whatever the noun leaves open.
      const g = PERSON_NOUNS.get(noun) ?? genders.get(key) ?? null;
      if (own !== null && g !== null && own !== g) continue;
      const parentTitle = PARENT_TITLES.get(noun);
      const fits = parentTitle
        ? parentTitle.test(c.name)
        : role && !KIN_TERMS.has(noun) && !KIN.has(noun);
      if (!fits) continue;
      const b = best.get(c.name);
      if (!b || n > b.n) best.set(c.name, { key, n, tie: false });
      else if (n === b.n) b.tie = true;
    }
  }
  const takers = new Map<string, number>();
  for (const b of best.values()) takers.set(b.key, (takers.get(b.key) ?? 0) + 1);
  for (const [name, b] of best) if (!b.tie && takers.get(b.key) === 1) found.set(b.key, name);
  return found;
}

/** How far apart two tags of one description may be and still be one person's (characters). */
const RUN_GAP = 3000;

/** A stretch of the story where a description means one cast member (namedByReplies). */
export interface DescribedSpan {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  /**
   * The run's first and last tagged lines, which say whether a later pass found the same run
   * wherever an edit moved it (the walk's memo key holds this, not the offsets).
   */
  readonly lines: readonly [string, string];
  /**
   * The narration says so in so many words ("Her name tag said Denise"): surer than whoever of
   * that sex was seen last, which the walk otherwise reads a definite description as.
   */
  readonly stated?: boolean;
}

/**
 * '"You are late," said the man. / "Sorry, Mr. Hale," ...': the reply to a line a description
 * tags calls its speaker by name (QuoteLi3's vocative sieve, read back to the description). A
 * description no cast member's names explain, tagging lines no more than RUN_GAP apart, is over
 * that run (from its first tag's paragraph to DESCRIPTION_REACH past its last tag) the one
 * person the first lines of the replies to it call by name, when they call only one, of a sex
 * that fits. A run, not the whole story: a novel's "the man" is many men.
 */
function namedByReplies(
  input: LinkInput,
  taken: ReadonlyMap<string, string>,
): Map<string, DescribedSpan[]> {
  const { readings, tags, unnamed, genders, narrator, described, reach } = input;
  interface Run {
    from: number;
    to: number;
    first: string;
    last: string;
    called: Set<string>;
    /** Where a name tag after the run named its person: the description means them no further. */
    until?: number;
  }
  const runs = new Map<string, Run[]>();
  // Set inside the forEach below, which TypeScript does not follow.
  let pending = null as Run | null;
  /** Who quote k of a paragraph calls by name. */
  const callsIn = (r: ParagraphReading, k: number, into: Set<string>): void => {
    const q = r.local[k]!;
    for (const m of r.mentions)
      if (
        m.from >= q.from &&
        m.to <= q.to &&
        !unnamed.has(m.character) &&
        m.character !== narrator &&
        isVocative(r.quotes[k]!.text, m.from - q.from, m.to - q.from)
      )
        into.add(m.character);
  };
  for (const [i, r] of readings.entries()) {
    if (r.quotes.length === 0) continue;
    if (pending) callsIn(r, 0, pending.called);
    pending = null;
    r.quotes.forEach((quote, k) => {
      const tag = tags[i]![k];
      if (!tag || "other" in tag.target) return;
      const ref = tag.target.ref;
      // '"..." sobbed the maid. "Ah, Ellis," cried Lucilla': a reply in the same paragraph,
      // under another speaker's name tag.
      if (pending && k > 0 && ref.kind === "name" && !unnamed.has(ref.key)) {
        callsIn(r, k, pending.called);
        pending = null;
      }
      if (ref.kind === "pronoun" || (ref.kind === "name" && !unnamed.has(ref.key))) return;
      if (ref.owner || taken.has(ref.key)) return;
      if (described(ref.key) !== null) return;
      const list = runs.get(ref.key) ?? [];
      runs.set(ref.key, list);
      let run = list.at(-1);
      if (!run || quote.from - run.to > RUN_GAP) {
        // From the paragraph's start ("The man looked up. 'Well,' said the man"), not before:
        // the paragraphs before the first tag read the same whatever it turns out to mean.
        run = {
          from: r.offset,
          to: quote.to,
          first: quote.text,
          last: quote.text,
          called: new Set(),
        };
        list.push(run);
      } else {
        run.to = quote.to;
        run.last = quote.text;
      }
      pending = run;
    });
  }
  // '"How much?" asked a gentleman. ... "I wonder," said Mr. Greyson': a run no reply names
  // is the cast member whose first name tag follows it, when the story had not shown that
  // member before the run began (a person described first and named later).
  namedAfter(readings, tags, runs, unnamed, narrator);
  // "The officer, whose name was Blakeney", "Her name was Duchess": the narration names the
  // description, as a reply would.
  for (const r of readings)
    for (const named of namings(r, unnamed))
      for (const run of runs.get(named.description) ?? [])
        if (run.from - RUN_GAP <= named.at && named.at <= run.to + RUN_GAP)
          run.called.add(named.name);
  const found = new Map<string, DescribedSpan[]>();
  for (const [d, list] of runs) {
    const g = PERSON_NOUNS.get(d.replace(/^the /, "")) ?? null;
    for (const run of list) {
      if (run.called.size !== 1) continue;
      const [name] = run.called;
      const own = genders.get(name!) ?? null;
      if (own === "plural" || (own !== null && g !== null && own !== g)) continue;
      const spans = found.get(d) ?? [];
      spans.push({
        from: run.from,
        to: Math.min(run.to + reach, run.until ?? Infinity),
        name: name!,
        lines: [run.first, run.last],
      });
      found.set(d, spans);
    }
  }
  return found;
}

/**
 * Adds to each run no reply names the cast member a name tag brings in after it: the first name
 * tag within RUN_GAP past the run's last tag whose member no mention showed before the run's
 * first paragraph. One pass over the tags and one over the mentions.
 */
function namedAfter(
  readings: readonly ParagraphReading[],
  tags: readonly (readonly (Tag | null)[])[],
  runs: ReadonlyMap<
    string,
    readonly { from: number; to: number; called: Set<string>; until?: number }[]
  >,
  unnamed: ReadonlySet<string>,
  narrator: string,
): void {
  // A family word ("cried my mother") is a relation the story keeps calling so, not a stranger
  // it names later: only the runs of other descriptions wait for a name.
  const open = [...runs]
    .filter(([d]) => !KIN_TERMS.has(d.replace(/^the /, "")) && !KIN.has(d.replace(/^the /, "")))
    .flatMap(([, r]) => r)
    .filter((run) => run.called.size === 0);
  if (open.length === 0) return;
  const firstSeen = new Map<string, number>();
  for (const r of readings)
    for (const m of r.mentions)
      if (!firstSeen.has(m.character)) firstSeen.set(m.character, r.offset + m.from);
  const nameTags: { at: number; key: string }[] = [];
  readings.forEach((r, i) =>
    r.quotes.forEach((quote, k) => {
      const tag = tags[i]![k];
      if (!tag || "other" in tag.target) return;
      const ref = tag.target.ref;
      // A name, not a description discovery lists as a person ("the man").
      const named = !unnamed.has(ref.key) && !DESCRIBED_NAME.test(ref.key);
      if (ref.kind === "name" && named && ref.key !== narrator)
        nameTags.push({ at: quote.from, key: ref.key });
    }),
  );
  open.sort((a, b) => a.to - b.to);
  let t = 0;
  for (const run of open) {
    while (t < nameTags.length && nameTags[t]!.at <= run.to) t++;
    for (let u = t; u < nameTags.length && nameTags[u]!.at - run.to <= RUN_GAP; u++) {
      const seen = firstSeen.get(nameTags[u]!.key) ?? Infinity;
      if (seen < run.from) continue;
      run.called.add(nameTags[u]!.key);
      run.until = nameTags[u]!.at;
      break;
    }
  }
}

/** "whose name was", "her Christian name is": the words before a name that name someone. */
const NAMING = /^(?:his|her|whose) (?:christian )?name (?:was|is)$/;
const NAMING_TEXT = /\bname\s+(?:was|is)\b/i;

/** Whether a paragraph's text says "name was" or "name is" anywhere: once per paragraph text. */
const mayName = perSegments((segments): boolean =>
  segments.some((seg) => NAMING_TEXT.test(seg.text)),
);

/**
 * The descriptions a paragraph's narration names: "The officer, whose name was Blakeney" names
 * the description just before "whose"; "Her name was Duchess" the paragraph's last description
 * before it that "her" fits ("my mother's advice ... Her name was Duchess").
 */
function namings(
  r: ParagraphReading,
  unnamed: ReadonlySet<string>,
): { description: string; name: string; at: number }[] {
  const out: { description: string; name: string; at: number }[] = [];
  // Most paragraphs name no one: a look at the text first spares reading their references.
  if (!mayName(r.segments)) return out;
  /** The descriptions read so far in the paragraph, with the sentence and word they stand at. */
  const seen: { key: string; sentence: number; word: number }[] = [];
  let sentence = 0;
  for (const seg of r.segments)
    for (const s of seg.sentences) {
      sentence++;
      const w = s.words;
      // "my mother's advice ... Her name was Duchess": a possessive is no reference to
      // refs.ts, but it is the one the next "her" may name.
      const possessives = w.flatMap((x, k) => {
        const noun = x.lower.replace(/['\u2019]s$/, "");
        return k > 0 &&
          noun !== x.lower &&
          DETERMINERS.has(w[k - 1]!.lower) &&
          PERSON_NOUNS.has(noun)
          ? [{ key: "the " + noun, sentence, word: k }]
          : [];
      });
      for (const ref of s.refs) {
        while (possessives.length > 0 && possessives[0]!.word < ref.word)
          seen.push(possessives.shift()!);
        const verb = w[ref.word - 1]?.lower;
        // Built only after "was" or "is" before a name: most names have neither.
        const phrase =
          ref.kind === "name" && !unnamed.has(ref.key) && (verb === "was" || verb === "is")
            ? [4, 3]
                .map((n) =>
                  w
                    .slice(Math.max(0, ref.word - n), ref.word)
                    .map((x) => x.lower)
                    .join(" "),
                )
                .find((x) => NAMING.test(x))
            : undefined;
        if (phrase) {
          const owner = phrase.split(" ")[0]!;
          const g = PRONOUN_GENDER.get(owner);
          // "The officer, whose name was Blakeney": the description just before, in the sentence.
          const described = seen.findLast((d) =>
            owner === "whose"
              ? d.sentence === sentence
              : (PERSON_NOUNS.get(d.key.replace(/^the /, "")) ?? g) === g,
          );
          if (described)
            out.push({ description: described.key, name: ref.key, at: r.offset + ref.from });
        }
        if (ref.kind === "description" || (ref.kind === "name" && unnamed.has(ref.key)))
          seen.push({ key: ref.key, sentence, word: ref.word });
      }
      seen.push(...possessives);
    }
  return out;
}
