/**
 * What one capitalised run ("Inspector Hale", "said old Cotter", "the Happy Family") says about
 * the name in it: its key and full form, its title, and whether it speaks, acts, owns, is named
 * by the narration, or reads as a thing or a place. The paragraph scan finds the runs and calls
 * this once per run; the reading of one run is its own module as the biggest single decision of
 * discovery, apart from the scanning of quotes and lowercase words around it.
 */
import {
  ACTION_VERBS,
  AUXILIARIES,
  DETERMINERS,
  FAMILY_NOUNS,
  KIN_TERMS,
  NOT_NAMES,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  PRESENT_ACTION_VERBS,
  SPEECH_VERBS,
  TITLES,
  titleKey,
} from "./cues";
import { kinAddressed, kinSpeaker, nicknameSpeaker } from "./kin-sightings";
import type { NameSighting } from "./name-sighting";
import { FAMILY_TITLES, NAME_TITLES } from "./name-titles";
import {
  isCapital,
  isSaintStop,
  isShout,
  onBadge,
  CLITIC,
  POSSESSIVE,
  stripClitic,
  type Tok,
} from "./sighting-cues";

/** Verbs whose "of" names what is thought or spoken of, a person as often as a place. */
const THOUGHT_OF = new Set(
  "think thinks thinking thought hear hears hearing heard speak speaks speaking spoke talk talks talking talked dream dreams dreaming dreamed dreamt".split(
    " ",
  ),
);

/**
 * Verbs whose object straight after them is a person: one is handed, told, shown, thanked or
 * followed; a thing or a place seldom is ("handed Rose the cup", "I followed Grace up the stairs",
 * "let Martin in"). Not "saw", "found", "left" or "called", which take places and things as often.
 * Each form is kept with its base form, so "ask" and "asked" are one verb, not two.
 */
const PERSON_OBJECT_BASES = `hand give tell ask show thank help follow meet hug kiss warn remind
  introduce promise pay let lend offer nudge`.split(/\s+/);
/** The forms no -s, -ed or -ing makes. */
const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  gave: "give",
  given: "give",
  told: "tell",
  shown: "show",
  met: "meet",
  paid: "pay",
  lent: "lend",
};

/** The base form of a person verb as written ("asked" is "ask", "paid" is "pay"), or null. */
export function personVerbBase(word: string): string | null {
  const irregular = IRREGULAR_FORMS[word];
  if (irregular !== undefined) return irregular;
  const candidates = [
    word,
    word.replace(/e?s$/, ""),
    word.replace(/s$/, ""),
    word.replace(/e?d$/, ""),
    word.replace(/(.)\1ed$/, "$1"),
    word.replace(/ing$/, ""),
    word.replace(/ing$/, "e"),
    word.replace(/(.)\1ing$/, "$1"),
  ];
  return candidates.find((c) => PERSON_OBJECT_BASES.includes(c)) ?? null;
}

/**
 * "flew to Paris", "looked it up on Google", "the key at Reception": a word after "to", "on" or
 * "at" in the narration is a place or a thing, unless a gesture, a look or a call turns it to
 * someone ("smiled at Rose", "turned to Skip", "called on Martin").
 */
const PLACE_TO = new Set(
  `flew fly flies flying flown moved move moves moving travelled traveled travel travels drove
  drive drives driving sailed sail emigrated returned return returns returning went go goes
  going gone headed head heading trip trips flight flights ticket tickets`.split(/\s+/),
);
const PLACE_ON_AT = new Set(["on", "at"]);
const PERSON_ON_AT = new Set(
  `look looks looked looking stare stares stared staring glance glances glanced glancing smile
  smiles smiled smiling grin grins grinned grinning laugh laughs laughed laughing shout shouts
  shouted shouting yell yells yelled yelling nod nods nodded nodding wave waves waved waving
  frown frowned wink winked glare glared glaring peer peered gaze gazed gazing snap snapped
  swear swore point pointed aim aimed growl growled scowl scowled hiss hissed bark barked smirk
  smirked beam beamed squint squinted blink blinked scream screamed screaming throw threw
  thrown call calls called calling lean leans leaned leant leaning rely relied depend depended
  spy spied cheat cheated pick picked wait waited waiting check checked dote doted turn turned
  turning walk walked come came`.split(/\s+/),
);

/** The possessives that make a family noun someone's relation ("their son", "my sister"). */
const OWNERS = new Set(["my", "your", "his", "her", "our", "their"]);

/**
 * Whether the words from toks[at] ("my son") are a verb's first object, so that a capital after
 * them may be its second, a thing as often as a name ("bought my son Lego", "promised my
 * daughter Netflix"); "was my sister Rose" is no object.
 */
function firstObjectOf(
  toks: readonly Tok[],
  at: number,
  gap: (a?: Tok, b?: Tok) => string,
): boolean {
  const verb = toks[at - 1];
  if (!verb || !/^\s+$/.test(gap(verb, toks[at])) || AUXILIARIES.has(verb.lower)) return false;
  return (
    ACTION_VERBS.has(verb.lower) ||
    PRESENT_ACTION_VERBS.has(verb.lower) ||
    /^[a-z]{3,}ed$/.test(verb.lower) ||
    personVerbBase(verb.lower) !== null
  );
}

/** "I" is capitalised everywhere, so its capital says nothing. */
const FIRST_PERSON = new Set(
  ["i", "i'm", "i'll", "i've", "i'd"].flatMap((w) => [w, w.replace("'", "\u2019")]),
);

export function readRun(
  text: string,
  toks: readonly Tok[],
  run: readonly Tok[],
  first: number,
  last: number,
  gap: (a?: Tok, b?: Tok) => string,
  quoted: boolean,
  nearQuote: () => boolean,
): NameSighting | null {
  // "Hollis & Daughter", "Marks & Spencer": an ampersand joins the words of a firm's name, and
  // the narration writes "and" between two people.
  const amp = /^\s*&\s*$/;
  if (
    (first > 0 && amp.test(gap(toks[first - 1], run[0]))) ||
    (last + 1 < toks.length && amp.test(gap(run[run.length - 1], toks[last + 1])))
  )
    return null;
  // "They’ve", "We’ll": a contraction's ending, like a possessive's, is no part of a name.
  const words = run.map((t) => stripClitic(t.text));
  // "a name tag that says BRENDA": a badge's capitals are a name's, not a shout.
  if (run.length === 1 && isShout(words[0]!) && onBadge(toks, first))
    words[0] = words[0]!.charAt(0) + words[0]!.slice(1).toLowerCase();
  if (words.includes("St")) joinSaints(words, run, gap);
  // Tokens the joined saints' names took beyond their words.
  const joined = run.length - words.length;
  // "said Dad", "Mum asked": a family word used as a speaker's name is that person's name.
  if (run.length === 1 && KIN_TERMS.has(words[0]!.toLowerCase()))
    return quoted
      ? kinAddressed(text, toks, run[0]!, first, words[0]!)
      : kinSpeaker(text, toks, run[0]!, first, words[0]!);
  // "'Yes,' Irish said": a common word capitalised straight after a quote's comma, tagging it,
  // is a nickname; it counts only as a tag (see evidenceFor).
  if (
    run.length === 1 &&
    !quoted &&
    NOT_NAMES.has(run[0]!.lower) &&
    !TITLES.has(run[0]!.lower) &&
    !FIRST_PERSON.has(run[0]!.lower)
  )
    return nicknameSpeaker(text, toks, run[0]!, first, words[0]!);
  // "Tell Miss Ashworth I called", "Thank Mrs Hale": a name never runs on into "Miss", "Mr" or
  // "Mrs", so the words before one are an imperative or an opener, not part of the name.
  const titled = words.findIndex((w, k) => k > 0 && FAMILY_TITLES.has(titleKey(w)));
  let start = titled > 0 && !TITLES.has(titleKey(words[titled - 1]!)) ? titled : 0;
  while (
    start < words.length &&
    (TITLES.has(titleKey(words[start]!)) || NOT_NAMES.has(words[start]!.toLowerCase()))
  ) {
    start++;
  }
  const title = start > 0 && TITLES.has(words[start - 1]!.toLowerCase()) ? words[start - 1]! : null;
  const personalTitle = title !== null && NAME_TITLES.has(titleKey(title));
  // "Captain John Good": a common word closing a titled name after a given name is a surname.
  const final = words[words.length - 1]!;
  const commonSurname =
    title !== null &&
    words.length - start >= 2 &&
    NOT_NAMES.has(final.toLowerCase()) &&
    !TITLES.has(final.toLowerCase()) &&
    !NOT_NAMES.has(words[words.length - 2]!.toLowerCase());
  // Not shouts ("OWWW"), stutters ("I-I") or compounds of a non-name ("British-voiced").
  const nameWords = words
    .slice(start)
    .filter(
      (w, k) =>
        (commonSurname && k + start === words.length - 1) ||
        (!isShout(w) && !/^\p{Lu}-/u.test(w) && !NOT_NAMES.has(w.split("-")[0]!.toLowerCase())),
    );
  if (
    nameWords.length === 0 ||
    nameWords.some(
      // "Mrs. Hall" is a person whatever "hall" means alone; "Mother Church" is no one.
      (w, k) =>
        (NOT_NAMES.has(w.toLowerCase()) && !(commonSurname && k === nameWords.length - 1)) ||
        (!personalTitle && PLACE_HEADS.has(w.toLowerCase())),
    )
  ) {
    return null;
  }
  // "Mr. Bennet" and "Mrs. Bennet" are two people: a family title stays part of the key, as
  // written. Other titles ("Sir Henry", "Inspector Hale") fold into the bare name as before.
  const familyTitle =
    title !== null && FAMILY_TITLES.has(title.toLowerCase()) && nameWords.length === 1;
  const key = familyTitle
    ? text
        .slice(run[start - 1]!.from, run[start + joined]!.to)
        .replace(CLITIC, "")
        .replace(/\s+/g, " ")
    : nameWords[0]!;
  const prev = toks[first - 1];
  const next = toks[last + 1];
  const lead = text.slice(prev ? prev.to : 0, run[0]!.from);
  const sentenceStart =
    start === 0 &&
    (!prev ||
      // '"Hi," June said': a quote mark after a comma closes the quote, mid-sentence.
      (!/,\s*["']\s+$/.test(lead) &&
        /[.!?\u2026:;]["'\u201d\u2019]?\s*["'\u201c\u2018]?\s*$|^\s*["'\u201c\u2018]\s*$|["\u201c\u2018]\s*$/.test(
          lead,
        )));
  const tail = gap(run[run.length - 1], next);
  const plain = /^\s+$/.test(tail);
  let verb = next;
  let verbAt = last + 1;
  if (verb && plain && verb.lower.endsWith("ly") && toks[last + 2])
    verb = toks[(verbAt = last + 2)];
  // "said old Cotter": what comes before a name is read past its epithet.
  const epithet = hasEpithet(prev, lead, start, title);
  const before1 = epithet ? toks[first - 2] : prev;
  const lead1 = epithet ? text.slice(before1 ? before1.to : 0, prev!.from) : lead;
  const speaks =
    (!!verb && plain && SPEECH_VERBS.has(verb.lower)) ||
    (!!before1 &&
      SPEECH_VERBS.has(before1.lower) &&
      /^\s+$/.test(lead1) &&
      /["\u201d\u2019]/.test(text.slice(0, before1.from).slice(-3)));
  const reports =
    !!verb && plain && SPEECH_VERBS.has(verb.lower) && toks[verbAt + 1]?.lower === "that";
  // "Harper closes her book": a story told in the present shows its people acting so. A name
  // after a place's preposition is not the verb's subject ("everyone in Nebraska knows").
  const afterPlace =
    start === 0 && !!prev && PLACE_PREPOSITIONS.has(prev.lower) && /^\s+$/.test(lead);
  const acts =
    !!verb &&
    plain &&
    !afterPlace &&
    !isCapital(verb.text) &&
    (ACTION_VERBS.has(verb.lower) ||
      PRESENT_ACTION_VERBS.has(verb.lower) ||
      /^[a-z]{3,}ed$/.test(verb.lower));
  const owns = POSSESSIVE.test(run[run.length - 1]!.text);
  // The word before before1: "name" in "her name was", the owner in "their son".
  const ownerAt = first - (epithet ? 3 : 2);
  // "Her name was Duchess", "whose name is Webb", "a man named Hale": the story says who it is.
  // So does a badge: "Her name tag said Denise", "a name tag that says MARISOL".
  const named =
    !!before1 &&
    /^\s+$/.test(lead1) &&
    (before1.lower === "named" ||
      ((before1.lower === "was" || before1.lower === "is") && toks[ownerAt]?.lower === "name") ||
      onBadge(toks, first) ||
      // "Their son Tyler opens the door", "my sister Kez": an owned relation's name.
      (FAMILY_NOUNS.has(before1.lower) &&
        !quoted &&
        OWNERS.has(toks[ownerAt]?.lower ?? "") &&
        /^\s+$/.test(gap(toks[ownerAt], before1)) &&
        !firstObjectOf(toks, ownerAt, gap)));
  // "said that Tom": after a verb, "that" opens a clause, not a noun phrase.
  const before = toks[first - 2];
  const clause =
    prev?.lower === "that" &&
    !!before &&
    (SPEECH_VERBS.has(before.lower) ||
      ACTION_VERBS.has(before.lower) ||
      /^[a-z]{3,}ed$/.test(before.lower));
  const thing =
    start === 0 && !!prev && DETERMINERS.has(prev.lower) && !clause && /^\s+$/.test(lead);
  // "The Happy Family, waiting ...": a determiner opening the sentence is read into the run.
  const determined =
    thing || (title === null && start > 0 && DETERMINERS.has(words[start - 1]!.toLowerCase()));
  // "I handed Skip my bag", "Colm let Robin in": a person verb's object, inside a sentence.
  const objectOf =
    start === 0 &&
    !quoted &&
    !sentenceStart &&
    !!prev &&
    /^\s+$/.test(lead) &&
    !isCapital(prev.text) &&
    !owns
      ? personVerbBase(prev.lower)
      : null;
  const place =
    (start === 0 && !!prev && PLACE_PREPOSITIONS.has(prev.lower) && !acts && !speaks) ||
    // "the whole of Yorkshire", "the Battle of Hastings"; not "thought of Graham", "heard of
    // Tom": what one thinks or speaks of is as often a person.
    (start === 0 &&
      prev?.lower === "of" &&
      !owns &&
      !THOUGHT_OF.has(toks[first - 2]?.lower ?? "")) ||
    (!!next && plain && PLACE_HEADS.has(next.lower) && !owns) ||
    // "St. Kitt's" with no title: a saint's name alone is a place unless it speaks or acts.
    (title === null && nameWords[0]!.startsWith("St. ") && !acts && !speaks);
  // Seen in the narration as a place or a thing: "in Ukraine", "flew to Paris", "on Google", "at
  // Reception", "the Security desk".
  const before2 = toks[first - 2]?.lower ?? "";
  const site =
    !quoted &&
    start === 0 &&
    !owns &&
    (place ||
      (thing && ["the", "a", "an"].includes(prev?.lower ?? "")) ||
      (!!prev &&
        /^\s+$/.test(lead) &&
        ((prev.lower === "to" && PLACE_TO.has(before2)) ||
          (PLACE_ON_AT.has(prev.lower) && !PERSON_ON_AT.has(before2)))));
  return {
    key,
    full: familyTitle
      ? null
      : (epithetName(prev, lead, start, title, nameWords) ??
        fullName(text, run, start, title, nameWords)),
    title,
    sentenceStart,
    inQuote: quoted,
    speaks,
    tags: speaks && nearQuote(),
    ...(reports ? { reports } : {}),
    acts,
    actVerb: acts ? verb!.lower : null,
    ...(acts && sentenceStart
      ? { startAct: `${verb!.lower} ${toks[verbAt + 1]?.lower ?? ""}` }
      : {}),
    owns,
    ...(objectOf !== null ? { objectOf } : {}),
    ...(site ? { site } : {}),
    named,
    thing,
    ...(determined ? { determined } : {}),
    place,
  };
}

/** "St. Aubert", "St. John": a saint's name is one word of a name, its stop kept (in place). */
function joinSaints(words: string[], run: readonly Tok[], gap: (a?: Tok, b?: Tok) => string): void {
  // Backwards, so a join leaves the indexes still to visit in place (word k is token k).
  for (let k = words.length - 2; k >= 0; k--) {
    const next = words[k + 1]!;
    // Word k is token k, and a possessive ends the run: "St" as written.
    if (isSaintStop(run[k]!, run[k + 1]!, gap) && !NOT_NAMES.has(next.toLowerCase()))
      words.splice(k, 2, `St. ${next}`);
  }
}

/** Words a story may write before a bare name every time, as part of how it names someone. */
const EPITHETS = new Set(["old", "young"]);

/** "old Cotter", "young Tom Hale": a lowercase epithet straight before an untitled name. */
function hasEpithet(
  prev: Tok | undefined,
  lead: string,
  start: number,
  title: string | null,
): prev is Tok {
  return !!prev && start === 0 && title === null && EPITHETS.has(prev.text) && /^\s+$/.test(lead);
}

/**
 * "old Cotter": a bare name after a lowercase epithet is written as that whole form, so a
 * character the story never writes without it is named so (namedAsWritten counts the forms).
 */
function epithetName(
  prev: Tok | undefined,
  lead: string,
  start: number,
  title: string | null,
  nameWords: readonly string[],
): string | null {
  if (!hasEpithet(prev, lead, start, title) || nameWords.length !== 1) return null;
  return `${prev.text} ${nameWords[0]!}`;
}

/** A run's full name as written ("Dr. Howard Archie"), or null for a bare name. */
function fullName(
  text: string,
  run: readonly Tok[],
  start: number,
  title: string | null,
  nameWords: readonly string[],
): string | null {
  if (nameWords.length < 2 && !title) return null;
  // Written as in the text when nothing was left out of the run; else rebuilt from its parts.
  if (nameWords.length === run.length - start && (title === null || start > 0))
    return text
      .slice(run[title ? start - 1 : start]!.from, run[run.length - 1]!.to)
      .replace(/['\u2019]s$/, "")
      .replace(/\s+/g, " ");
  return [...(title ? [title] : []), ...nameWords].join(" ");
}
