/**
 * One paragraph read for attribution: the narration between its quotes, split into sentences,
 * each sentence's references to people (names, pronouns, "the cashier") with their role.
 *
 * A reference is a subject when it starts a clause and is followed by a verb-like word
 * ("Ann looked", "he said"); it weighs less inside a subordinate clause ("before she could
 * continue"). Objects and possessives ("at Bo", "his gaze") are kept as weak hints. Everything
 * here is a pure function of the paragraph's text and its quotes and mentions: cache by text.
 */

import {
  ACTION_VERBS,
  AUXILIARIES,
  DETERMINERS,
  DISEMBODIED,
  isDialectMy,
  KIN_TERMS,
  PERSON_NOUNS,
  PRESENT_ACTION_VERBS,
  PRONOUN_GENDER,
  SPEECH_VERBS,
} from "./cues";
import { TITLE_ABBREVIATION } from "../text/abbreviations";
import type { LocalMention } from "./mentions";
import type { LocalQuote, QuoteSpan } from "./quotes";
import { scanWords, type Word } from "./scan";

export type { Word } from "./scan";

export type RefKind = "name" | "pronoun" | "description";

export interface Ref {
  readonly kind: RefKind;
  /** Character name, lowercase pronoun, or a description such as "the cashier". */
  readonly key: string;
  readonly from: number;
  readonly to: number;
  /** Index of the word the reference starts at and of the first word after it. */
  readonly word: number;
  readonly next: number;
  readonly subject: boolean;
  /** 1 in a main clause, lower in a subordinate one or as an object. */
  readonly weight: number;
  /** 1 in a main clause, 0.5 in a subordinate one, whatever the role. */
  readonly clause: number;
  /** A description brought in with "a" or "an": someone new, not a named person described. */
  readonly indefinite?: boolean;
  /** "his wife", "her mother": the gender of the possessive, whose owner is someone else. */
  readonly owner?: "m" | "f";
  /**
   * "his nurse", "my tutor", "the boy's nurse": a description said to be someone's, which a
   * cast member named by whose they are ("Philip's nurse") may be.
   */
  readonly possessed?: boolean;
  /** "my mother", "our aunt": said to be the narrator's own (a first-person possessive). */
  readonly mine?: boolean;
  /** "Dad", "Mum" written as a name: the family's own, as "her father" is someone's. */
  readonly kinName?: boolean;
  /**
   * Straight after a verb ("she had expected Mrs. Rachel up"): its object, though a word follows
   * that reads as a verb. Attribution weighs it as an object; `subject` keeps the looser reading
   * that gender inference was built on.
   */
  readonly objectOfVerb?: boolean;
  /**
   * A subject only across an aside ("Curtis, screened from his uncle's view, darted"): the
   * speaker walk weighs it as a subject; gender inference, built on the stricter reading, does not.
   */
  readonly aside?: boolean;
  /**
   * "He was a tall, sunburned man": an indefinite description straight after a subject "he" or
   * "she" and a copula, which says what the one the pronoun means is (attribution reads it so
   * when the pronoun meant someone named).
   */
  readonly predicate?: boolean;
}

export interface Sentence {
  readonly from: number;
  readonly to: number;
  readonly words: readonly Word[];
  readonly refs: readonly Ref[];
}

/** Narration between two quotes (or a quote and a paragraph edge). */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/** Space and a lower-case letter: what follows a stop that ends no sentence. */
const LOWER_NEXT = /^\s+\p{Ll}/u;
const SENTENCE_END = /[.!?\u2026]+["\u201d'\u2019]?(?=\s|$)/g;

const SUBORDINATORS = new Set(
  "as when while before after because if since until till though although that who whom which once whenever unless where".split(
    " ",
  ),
);
const COORDINATORS = new Set(["and", "but", "or", "so", "then", "yet"]);
/** Subordinators that are prepositions before a span of time: "After a while", "Before long". */
const TIME_PREPOSITIONS = new Set(["after", "before", "until", "till", "since"]);
const TIME_WORDS = new Set(
  "while moment minute minutes second seconds pause beat bit time hour hours day days that this long lunch dinner breakfast supper tea midnight dawn dark".split(
    " ",
  ),
);

/**
 * Whether word i opens a span of time rather than a clause ("After a while Claire took one",
 * "Before long he was asleep"): its subject is the main clause's, not a subordinate one.
 */
function opensTimeSpan(words: readonly Word[], i: number): boolean {
  if (!TIME_PREPOSITIONS.has(words[i]?.lower ?? "")) return false;
  const [a, b] = [words[i + 1]?.lower ?? "", words[i + 2]?.lower ?? ""];
  return TIME_WORDS.has(a) || ((a === "a" || a === "an" || a === "the") && TIME_WORDS.has(b));
}
const PREPOSITIONS = new Set(
  "at to with of for from by about towards toward on onto into in upon over under behind beside near like than past through without against".split(
    " ",
  ),
);
const NON_VERBS = new Set([...DETERMINERS, ...PREPOSITIONS, ...COORDINATORS, ...SUBORDINATORS]);

/** The abbreviated titles whose stop a sentence break must not be read into. */
const TITLE_STOP = new RegExp(`(?:^|[^\\p{L}])(?:${TITLE_ABBREVIATION})$`, "u");

function sentencesOf(text: string, offset: number, mentions: readonly LocalMention[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // Built once per paragraph: per sentence it cost mentions x sentences (seconds for one long paragraph).
  const byStart = new Map(mentions.map((m) => [m.from + offset, m]));
  const cut = (end: number): void => {
    const words = scanWords(text, offset, start, end);
    if (words.length > 0) {
      out.push({
        from: offset + start,
        to: offset + end,
        words,
        refs: refsOf(text, offset, words, byStart),
      });
    }
    start = end;
  };
  // Mentions come in text order, as sentence ends do: one pointer keeps this linear.
  let within = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    // "Mrs. Bennet", "Dr. Archie": a title's stop ends no sentence, nor does a name's.
    if (m[0] === "." && TITLE_STOP.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "a crate marked GLASS!!! and put it down": a word in lower case goes on with the sentence.
    if (LOWER_NEXT.test(text.slice(end, end + 4))) continue;
    while (within < mentions.length && mentions[within]!.to <= end) within++;
    if (within < mentions.length && mentions[within]!.from < end) continue;
    cut(end);
  }
  cut(text.length);
  return out;
}

/** Whether the word after a reference reads like a verb, so the reference is a subject. */
function verbLike(w: Word | undefined, between: string): boolean {
  if (!w || /[,;:]/.test(between)) return false;
  if (w.text[0] !== w.lower[0] || NON_VERBS.has(w.lower)) return false;
  return !/^['\u2019]s\b/.test(between);
}

/**
 * "a tall woman in a grey coat came in", "...comes in" in a story told in the present: a verb
 * after a short prepositional phrase.
 */
function verbAfterPhrase(
  text: string,
  offset: number,
  words: readonly Word[],
  next: number,
): boolean {
  if (!PREPOSITIONS.has(words[next]?.lower ?? "")) return false;
  for (let k = next + 1; k < Math.min(words.length, next + 6); k++) {
    if (/[,;:.!?]/.test(text.slice(words[k - 1]!.to - offset, words[k]!.from - offset)))
      return false;
    const w = words[k]!.lower;
    if (
      ACTION_VERBS.has(w) ||
      PRESENT_ACTION_VERBS.has(w) ||
      SPEECH_VERBS.has(w) ||
      /^[a-z]{3,}ed$/.test(w)
    )
      return true;
  }
  return false;
}

/**
 * "Curtis, screened from his uncle's view, darted a glance", "Holmes, however, shook his head":
 * a reference opening its sentence, then an aside between commas, then a verb. The aside is
 * short and holds no stop, so "Ann, Bob and I went" (no verb after the second comma) is no
 * subject.
 */
function verbAfterAside(
  text: string,
  offset: number,
  words: readonly Word[],
  last: Word,
  next: number,
): boolean {
  const between = (a: Word, b: Word): string => text.slice(a.to - offset, b.from - offset);
  if (next >= words.length || !/^\s*,\s*$/.test(between(last, words[next]!))) return false;
  for (let k = next + 1; k < Math.min(words.length, next + 16); k++) {
    const gap = between(words[k - 1]!, words[k]!);
    if (/[.;:!?\u2014]/.test(gap)) return false;
    if (!gap.includes(",")) continue;
    const w = words[k]!;
    // A deed: not "was", "had" or "could", whose subject may be acted on ("The boy, still
    // sleeping, was taken away") or only be in a state.
    if (w.text[0] !== w.lower[0] || NON_VERBS.has(w.lower) || AUXILIARIES.has(w.lower))
      return false;
    return ACTION_VERBS.has(w.lower) || SPEECH_VERBS.has(w.lower) || /^[a-z]{3,}ed$/.test(w.lower);
  }
  return false;
}

function refsOf(
  text: string,
  offset: number,
  words: readonly Word[],
  byStart: ReadonlyMap<number, LocalMention>,
): Ref[] {
  const refs: Ref[] = [];
  let clauseWeight = 1;
  const gap = (a: Word, b: Word | undefined): string =>
    b ? text.slice(a.to - offset, b.from - offset) : "";
  // "When he had gone, she turned": the comma after a fronted subordinate clause ends it.
  // "When…" or "Later, when…": a subordinate clause before the main one.
  let fronted = words
    .slice(0, 3)
    .some(
      (w, i) =>
        SUBORDINATORS.has(w.lower) &&
        w.lower !== "that" &&
        !opensTimeSpan(words, i) &&
        !opensTimeSpan(words, i - 1) &&
        !opensTimeSpan(words, i - 2),
    );
  let frontedSubject = false;
  let inTimeSpan = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && /[,;:\u2014]/.test(gap(words[i - 1]!, w))) {
      if (fronted && clauseWeight < 1) {
        clauseWeight = 1;
        fronted = false;
      } else clauseWeight = Math.max(clauseWeight, 0.5);
    }
    // "After a while": neither "after" nor "while" opens a clause.
    // Every time preposition is a subordinator: the span is looked for only after one (this
    // loop reads every word of the story).
    const subordinator = SUBORDINATORS.has(w.lower);
    if (subordinator && opensTimeSpan(words, i)) inTimeSpan = i + 2;
    if (subordinator && i > inTimeSpan) clauseWeight = 0.5;
    else if (COORDINATORS.has(w.lower)) clauseWeight = 1;
    const prev = words[i - 1];
    const afterPreposition = prev !== undefined && PREPOSITIONS.has(prev.lower);
    const mention = byStart.get(w.from);
    let kind: RefKind | null = null;
    let key = "";
    let next = i + 1;
    let indefinite = false;
    let owner: "m" | "f" | undefined;
    let possessed = false;
    let mine = false;
    let kinName = false;
    if (mention) {
      kind = "name";
      key = mention.character;
      while (next < words.length && words[next]!.from < mention.to + offset) next++;
      // "Marta's brother came in": the one after a name's possessive is someone else, who
      // acts; the owner is a possessive, a weak hint as "his" is.
      const relation = relationAfterPossessive(text, offset, words, next);
      if (relation >= 0) {
        refs.push({
          kind,
          key,
          from: w.from,
          to: words[next - 1]!.to,
          word: i,
          next,
          subject: false,
          weight: 0.5,
          clause: clauseWeight,
        });
        kind = "description";
        key = "the " + words[relation]!.lower;
        possessed = true;
        next = relation + 1;
      }
    } else if (PRONOUN_GENDER.has(w.lower) && !isRelation(words, i)) {
      kind = "pronoun";
      key = w.lower;
    } else if (w.text[0] !== w.lower[0] && KIN_TERMS.has(w.lower) && !isPossessive(words, i)) {
      // "Dad", "Mum" used as a name ("said Dad"): the family's father or mother, found as
      // "her father" is.
      kind = "description";
      key = "the " + KIN_TERMS.get(w.lower)!;
      kinName = true;
    } else if (w.text === "I") {
      // "I" in the narration is the narrator (first-person narration).
      kind = "pronoun";
      key = "i";
    } else if (DETERMINERS.has(w.lower) || isDialectMy(w.lower, words[i + 1]?.lower)) {
      // "me mum" is "my mum".
      const det = DETERMINERS.has(w.lower) ? w.lower : "my";
      const noun = personNounAfter(words, i);
      const voiceOwner = noun >= 0 ? voiceOwnerNoun(words, i, noun) : null;
      // "his voice", "her figure": a part of the one the possessive means, no one of its own
      // (read as one, a "he said" after "lowered his voice" went to "the voice"). Not "her
      // aunt's voice": that is the aunt's.
      const part =
        noun >= 0 && !voiceOwner && POSSESSIVES.has(det) && DISEMBODIED.has(words[noun]!.lower);
      if (noun >= 0 && !part) {
        kind = "description";
        key = "the " + (voiceOwner ?? words[noun]!.lower);
        next = noun + 1;
        indefinite = det === "a" || det === "an";
        owner = PRONOUN_GENDER.get(det);
        mine = det === "my" || det === "our";
        possessed =
          POSSESSIVES.has(det) || words.slice(i + 1, noun).some((x) => /['\u2019]s$/.test(x.lower));
      }
    }
    if (!kind) continue;
    if (indefinite && isPredicateOf(refs[refs.length - 1], words, i)) continue;
    const predicate = indefinite && isPredicateOfPronoun(refs[refs.length - 1], words, i);
    const last = words[next - 1]!;
    // "he", "she" and "I" are subjects even after a word that may be a preposition ("for she
    // put"): as its object the pronoun would be "her".
    const subjectHere =
      kind === "pronoun"
        ? w.lower === "he" || w.lower === "she" || w.text === "I"
        : !afterPreposition &&
          (verbLike(words[next], gap(last, words[next])) ||
            verbAfterPhrase(text, offset, words, next));
    const aside =
      !subjectHere &&
      kind !== "pronoun" &&
      i === 0 &&
      verbAfterAside(text, offset, words, last, next);
    const isSubject = subjectHere || aside;
    // "Her brother, Jonah, came in": the description's name, set beside it by commas, is the
    // one person acting. "Jonah, her brother, came in": the description is no one else.
    const beside = kind !== "pronoun" ? apposition(text, offset, words, next, byStart) : null;
    const apposed = beside && (kind === "description") === !!beside.mention ? beside : null;
    if (apposed?.mention) {
      kind = "name";
      key = apposed.mention.character;
      owner = undefined;
      indefinite = false;
      possessed = false;
      mine = false;
      kinName = false;
    }
    const objectOfVerb = kind !== "pronoun" && afterVerb(prev, prev ? gap(prev, w) : "");
    // "She knew the voice": the voice already heard, known again, is a sound of someone on
    // stage, not someone; read as one, it took the turns of the man it belonged to. It speaks as
    // a subject ("The voice called") or after a speech verb ("said the voice"), and "a voice"
    // brings in someone unseen ("bid to enter by a voice").
    const heardAgain = key === "the voice" && w.lower === "the" && !isSubject;
    if (heardAgain && !(prev && SPEECH_VERBS.has(prev.lower))) continue;
    if (isSubject && fronted && frontedSubject) {
      // "When the deckhand had gone she turned": a second subject with no comma starts the main clause.
      clauseWeight = 1;
      fronted = false;
    }
    if (isSubject && fronted) frontedSubject = true;
    const weight = isSubject ? clauseWeight : 0.5;
    refs.push({
      kind,
      key,
      from: w.from,
      to: last.to,
      word: i,
      next,
      subject: isSubject,
      weight,
      clause: weight === 1 ? 1 : clauseWeight,
      ...(indefinite ? { indefinite } : {}),
      ...(owner ? { owner } : {}),
      ...(possessed ? { possessed } : {}),
      ...(mine ? { mine } : {}),
      ...(kinName ? { kinName } : {}),
      ...(objectOfVerb ? { objectOfVerb } : {}),
      ...(aside ? { aside } : {}),
      ...(predicate ? { predicate } : {}),
    });
    i = (apposed?.next ?? next) - 1;
  }
  return refs;
}

/**
 * "Marta's brother", "Tom's elder sister", "James' sister": the person noun (within three words,
 * in lower case) after a name whose last word is its possessive, ending at word `next`; -1 when
 * none. Not a part of the owner ("Marta's voice"), which is the owner's.
 */
function relationAfterPossessive(
  text: string,
  offset: number,
  words: readonly Word[],
  next: number,
): number {
  if (next === 0) return -1;
  const last = words[next - 1]!;
  // A name ending in s may take the apostrophe alone ("James' sister"), which the words leave out.
  const bare = /s$/.test(last.lower) && /^['\u2019](?!\p{L})/u.test(text.slice(last.to - offset));
  if (!bare && !/(?:['\u2019]s|s['\u2019])$/.test(last.lower)) return -1;
  const noun = personNounAfter(words, next - 1);
  return noun >= 0 && !DISEMBODIED.has(words[noun]!.lower) ? noun : -1;
}

/**
 * What is set beside the reference ending at word `next` by commas on both sides: a name
 * ("her brother, Jonah, came") or a definite description ("Jonah, her brother, came"), with
 * the word after it. Null for a list ("her brother, Jonah and Marta") or anything else.
 */
function apposition(
  text: string,
  offset: number,
  words: readonly Word[],
  next: number,
  byStart: ReadonlyMap<number, LocalMention>,
): { mention?: LocalMention; next: number } | null {
  const between = (a: Word, b: Word): string => text.slice(a.to - offset, b.from - offset);
  const first = words[next];
  if (!first || next === 0 || !/^\s*,\s*$/.test(between(words[next - 1]!, first))) return null;
  const mention = byStart.get(first.from);
  let end = next + 1;
  if (mention) {
    while (end < words.length && words[end]!.from < mention.to + offset) end++;
  } else {
    // "Jonah, her brother,": a description after the name, read as refsOf reads one.
    const det = first.lower;
    if (!DETERMINERS.has(det) || det === "a" || det === "an") return null;
    const noun = personNounAfter(words, next);
    if (noun < 0 || DISEMBODIED.has(words[noun]!.lower)) return null;
    end = noun + 1;
  }
  const after = words[end];
  if (!after || !/^\s*,\s*$/.test(between(words[end - 1]!, after))) return null;
  // "Jonah, her brother, and Marta": a comma before "and" and a name or a noun phrase closes a
  // list, not an aside ("Greg, her husband, and then he left" is still Greg).
  const item = words[end + 1];
  if (
    LIST_JOINS.has(after.lower) &&
    item &&
    (byStart.has(item.from) || DETERMINERS.has(item.lower))
  )
    return null;
  return mention ? { mention, next: end } : { next: end };
}

/** The words that join a list's last item ("Tom, Dick, and Harry"). */
const LIST_JOINS = new Set(["and", "or", "nor"]);

/** Copulas after which "a tall man" says what the subject is rather than bringing someone in. */
const COPULAS = new Set(["is", "was", "were", "are", "seemed", "looked", "became"]);

/**
 * "Walt Brennan was a tall, stooped man": the indefinite description at `at` describes the
 * name just before the copula; read as a second person, it took the "He" that followed and,
 * with it, the next line. Only after a name: after "He was a little country boy" the
 * description is the only word of the person's age and kind the reading has.
 */
function isPredicateOf(subject: Ref | undefined, words: readonly Word[], at: number): boolean {
  return subject?.kind === "name" && subject.next === at - 1 && COPULAS.has(words[at - 1]!.lower);
}

/** "He was a tall man": the description at `at` straight after a subject pronoun and a copula. */
function isPredicateOfPronoun(
  subject: Ref | undefined,
  words: readonly Word[],
  at: number,
): boolean {
  return (
    subject?.kind === "pronoun" &&
    (subject.key === "he" || subject.key === "she") &&
    subject.next === at - 1 &&
    COPULAS.has(words[at - 1]!.lower)
  );
}

/** "A man's voice beside her": a voice is its owner's, the person noun before it ("man"). */
function voiceOwnerNoun(words: readonly Word[], from: number, noun: number): string | null {
  if (!DISEMBODIED.has(words[noun]!.lower)) return null;
  for (let k = from + 1; k < noun; k++) {
    const owner = /^(\p{Ll}+)['\u2019]s$/u.exec(words[k]!.text)?.[1];
    if (owner && PERSON_NOUNS.has(owner)) return owner;
  }
  return null;
}

/** Possessive determiners: "his voice" is his. */
const POSSESSIVES = new Set(["his", "her", "my", "your", "our", "their", "its"]);

/**
 * "She had expected Mrs. Rachel up", "He saw Ann come in": a name straight after a verb in the
 * past tense is its object, whatever follows it. Not after a speech verb ("said Ann, turning")
 * or an auxiliary ("had Ann known"), and only with nothing but a space between.
 */
function afterVerb(prev: Word | undefined, between: string): boolean {
  if (!prev || !/^\s+$/.test(between) || prev.text[0] !== prev.lower[0]) return false;
  const w = prev.lower;
  if (SPEECH_VERBS.has(w) || AUXILIARIES.has(w)) return false;
  return /[a-z]ed$/.test(w) || ACTION_VERBS.has(w);
}

/** "her Dad", "my Mum": the word after a possessive is read with it as a description. */
function isPossessive(words: readonly Word[], at: number): boolean {
  const prev = words[at - 1]?.lower ?? "";
  return DETERMINERS.has(prev) || PRONOUN_GENDER.has(prev);
}

/** "his wife", "her mother": a possessive right before a person noun is part of a description. */
function isRelation(words: readonly Word[], at: number): boolean {
  const w = words[at]!.lower;
  if (w !== "his" && w !== "her") return false;
  const noun = personNounAfter(words, at);
  // "her aunt's voice": the aunt's, read with the possessive as a description (voiceOwnerNoun).
  if (noun === at + 2 && DISEMBODIED.has(words[noun]!.lower))
    return voiceOwnerNoun(words, at, noun) !== null;
  return noun === at + 1 && !DISEMBODIED.has(words[at + 1]!.lower);
}

/** "the cashier", "a bored cashier", "the night porter": index of the person noun, or -1. */
function personNounAfter(words: readonly Word[], at: number): number {
  for (let k = at + 1; k <= at + 3 && k < words.length; k++) {
    const w = words[k]!;
    if (w.text[0] !== w.lower[0]) return -1;
    if (PERSON_NOUNS.has(w.lower)) return k;
    if (NON_VERBS.has(w.lower)) return -1;
  }
  return -1;
}

/** Reads one paragraph's narration. Pure; callers may cache by text. */
export function readSegments(
  text: string,
  quotes: readonly LocalQuote[],
  mentions: readonly LocalMention[],
): readonly Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const take = (end: number): void => {
    const seg = text.slice(start, end);
    const inSeg = mentions
      .filter((m) => m.from >= start && m.to <= end)
      .map((m) => ({ ...m, from: m.from - start, to: m.to - start }));
    out.push({ from: start, to: end, text: seg, sentences: sentencesOf(seg, start, inSeg) });
  };
  for (const q of quotes) {
    take(Math.max(start, q.from - q.open.length));
    start = q.close === "" && !q.dash ? text.length : q.to + q.close.length;
  }
  take(Math.max(start, text.length));
  return out;
}

/** One paragraph read for attribution: its quotes (file and local offsets), mentions, narration. */
export interface ParagraphReading {
  readonly offset: number;
  readonly quotes: readonly QuoteSpan[];
  readonly local: readonly LocalQuote[];
  readonly mentions: readonly LocalMention[];
  readonly segments: readonly Segment[];
}

/** Reads a paragraph for attribution. Pure in its inputs; callers may cache by text. */
export function readParagraph(
  text: string,
  offset: number,
  quotes: readonly QuoteSpan[],
  mentions: readonly LocalMention[],
  segmentsOf: typeof readSegments = readSegments,
): ParagraphReading {
  const local = quotes.map((q) => ({
    from: q.from - offset,
    to: q.to - offset,
    open: q.open,
    close: q.close,
    ...(q.dash ? { dash: true } : {}),
  }));
  return { offset, quotes, local, mentions, segments: segmentsOf(text, local, mentions) };
}
