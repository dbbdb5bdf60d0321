/**
 * Counting a word's sightings across the story (the Tally) and weighing them: how sure discovery
 * is that the word names a person (evidenceFor; kinEvidence for a family word) and whether it
 * names a people or a family instead (isGroup). Each weight is a pure function of the counts, so
 * the weighing is its own module, apart from the reading before it and the folding after.
 */
import { AUXILIARIES, NOT_NAMES } from "./cues";
import type { NameSighting } from "./name-sighting";

const PLURAL_VERBS = new Set(["were", "are", "have", "do"]);
const SINGULAR_VERBS = new Set(["was", "is", "has", "does"]);

export interface Tally {
  count: number;
  mid: number;
  /**
   * Of those, the ones a writer capitalised as a name: in the narration, or calling someone
   * inside a line ("Thanks, Pat."), not any capital a line holds ("Hot this Summer").
   */
  midAsName: number;
  /** Sightings inside dialogue. */
  quoted: number;
  speaks: number;
  tags: number;
  /** Speaks only in reported speech ("Report said that"). */
  reports: number;
  acts: number;
  /** Of those acts, told in the remembered past ("had painted", "used to"). */
  recalledActs: number;
  /**
   * The different verbs it acts with inside a sentence in the narration ("where Grace was
   * wiping", "By then Grace had finished"), not after a determiner: a sentence said again is
   * one verb.
   */
  midActs: Set<string>;
  /** Acts with "were", "are", "have": the subject is many. */
  pluralVerbs: number;
  /** Acts with "was", "is", "has": the subject is one. */
  singularVerbs: number;
  /** Distinct verbs it acts with at sentence starts: a name does several things, a typo one. */
  startVerbs: Set<string>;
  /** Distinct verb phrases it opens sentences with ("was on", "was quiet"): see `startAct`. */
  startActs: Set<string>;
  owns: number;
  /** The different person verbs it is the narration's object of ("handed Rose", "followed Rose"). */
  objectVerbs: Set<string>;
  /** Sightings the narration writes as a place or a thing ("flew to Paris", "the Security desk"). */
  sites: number;
  /** Sightings the narration names in so many words ("her name was Duchess"). */
  named: number;
  titled: number;
  /** The different lines that call it by name. */
  calledIn: Set<string>;
  thing: number;
  place: number;
  fulls: Map<string, number>;
  /** Full forms as often written after a determiner ("the Happy Family", "the Pyncheon Elm"). */
  thingFulls: Map<string, number>;
}

/**
 * A people or a family, not a person: a nationality's man or men ("Englishmen", "an
 * Irishman"), or a name with no title in the plural: of a name the story uses ("the
 * Woodhouses" beside "Mr. Woodhouse"), or after "the" doing what many do ("were").
 */
export function isGroup(
  key: string,
  t: Tally,
  surnames: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  const nation = /^(\p{Lu}\p{Ll}+)m[ae]n$/u.exec(key);
  if (nation && NOT_NAMES.has(nation[1]!.toLowerCase())) return true;
  if (!/[^su']s$/.test(key) || t.titled > 0) return false;
  const singular = key.slice(0, -1);
  // Another name's: in "Anns Ann" the plural-looking word is a given name.
  const owners = surnames.get(singular);
  return (
    (owners !== undefined && [...owners].some((k) => k !== key)) ||
    (t.pluralVerbs > 0 && t.singularVerbs === 0 && t.thing > 0)
  );
}

export function tally(tallies: Map<string, Tally>, s: NameSighting): void {
  const t = tallies.get(s.key) ?? {
    count: 0,
    mid: 0,
    midAsName: 0,
    quoted: 0,
    speaks: 0,
    tags: 0,
    reports: 0,
    acts: 0,
    recalledActs: 0,
    midActs: new Set(),
    pluralVerbs: 0,
    singularVerbs: 0,
    owns: 0,
    objectVerbs: new Set(),
    sites: 0,
    named: 0,
    titled: 0,
    calledIn: new Set(),
    thing: 0,
    place: 0,
    startVerbs: new Set(),
    startActs: new Set(),
    fulls: new Map(),
    thingFulls: new Map(),
  };
  tallies.set(s.key, t);
  t.count++;
  if (!s.sentenceStart) t.mid++;
  if (!s.sentenceStart && (!s.inQuote || s.calledIn !== undefined)) t.midAsName++;
  if (s.inQuote) t.quoted++;
  if (s.speaks) t.speaks++;
  if (s.tags) t.tags++;
  if (s.reports) t.reports++;
  // Acting at a sentence start ("Dinner was ready") says little on its own.
  if (s.acts && !s.inQuote) t.acts++;
  if (s.recalled && !s.inQuote) t.recalledActs++;
  if (s.actVerb && !s.inQuote && !s.sentenceStart && !s.determined && !s.site)
    t.midActs.add(s.actVerb);
  if (s.actVerb && !s.inQuote && s.sentenceStart) t.startVerbs.add(s.actVerb);
  if (s.startAct && !s.inQuote) t.startActs.add(s.startAct);
  if (s.actVerb && PLURAL_VERBS.has(s.actVerb)) t.pluralVerbs++;
  if (s.actVerb && SINGULAR_VERBS.has(s.actVerb)) t.singularVerbs++;
  if (s.owns) t.owns++;
  if (s.objectOf) t.objectVerbs.add(s.objectOf);
  if (s.site) t.sites++;
  // Said in the dialogue, a name counts as given only whole as a line ("Cole. Janine Cole.").
  if ((s.named && !s.inQuote) || s.givenWhole) t.named++;
  if (s.title && !s.inQuote) t.titled++;
  if (s.calledIn !== undefined) t.calledIn.add(s.calledIn);
  if (s.thing) t.thing++;
  if (s.place) t.place++;
  if (s.full && (!s.inQuote || s.title === null)) {
    t.fulls.set(s.full, (t.fulls.get(s.full) ?? 0) + 1);
    if (s.determined) t.thingFulls.set(s.full, (t.thingFulls.get(s.full) ?? 0) + 1);
  }
}

/**
 * A family word ("Dad") is a person where it tags speech, or where the dialogue calls someone by
 * it twice ("Mom, are we there yet?"): children seldom call their parents by name.
 */
export function kinEvidence(t: Tally, castGiven: boolean): number {
  const called = t.quoted >= 2 ? t.quoted : 0;
  // Acting in the narration ("Grandma looked at the clock") names someone only where no cast
  // is given: beside a writer's list, "Mother was sitting at the fire" is most likely a listed
  // "Mrs. Dedalus", and a second "Mother" would take her lines.
  // A parent the narration only remembers ("the fence Dad had painted", "Mom used to sing")
  // is someone who was, most often not in the scene: acting so does not list them.
  return 3 * t.tags + (castGiven ? 0 : 2 * (t.acts - t.recalledActs)) + called;
}

/** How sure we are that a tallied word is a person; 0 or less means not. */
export function evidenceFor(t: Tally, seenLowercase: boolean, givenName: boolean): number {
  // A name seen only at sentence starts counts when it does two different things ("Tom
  // shrugged. … Tom watched her."): words that merely open sentences ("Now", "Please") do not
  // act, and a typo repeated with the story does the same thing every time. A common given name
  // ("William appeared") is no opener or typo: acting once is enough.
  // Called by name in two different lines of dialogue ("Dan, the Brennans called." ... "Dan."),
  // a word no one writes in lowercase is someone's name, however seldom the narration shows
  // them; one line said again and again ("Bollocks, what about ...") is not. One call is enough
  // beside a sentence the name opens by acting ('"Dorrie! Come in." ... "Ah." Dorrie nodded'):
  // two kinds of evidence, where an opener or a repeated typo only acts and is seldom called.
  const calls =
    t.calledIn.size >= 2 || (t.calledIn.size === 1 && t.startVerbs.size > 0) ? t.calledIn.size : 0;
  if (
    t.mid === 0 &&
    t.speaks === 0 &&
    t.startVerbs.size < (givenName ? 1 : 2) &&
    t.startActs.size < 2 &&
    calls === 0 &&
    // A name given whole as a line ("Cole. Janine Cole.") opens it, and is given all the same.
    t.named === 0
  )
    return 0;
  const against = 2 * t.thing + 2 * t.place;
  // A common word is a name only where it tags speech, and more than once when it never stands
  // mid-sentence ("Some said Marner must have been in a "fit"").
  // The narration saying so ("her name was June") settles it as a tag does.
  if (seenLowercase) {
    if (t.tags > (t.mid === 0 ? 1 : 0) || t.named > 0) return 3 * (t.tags + t.named) - against;
    return deedsOfAWord(t, against);
  }
  // Acting once and seen nowhere else ("the Commonwealth had", "Nature fought") is a thing
  // spoken of as acting as often as a person; a common given name ("Walter appeared") is one.
  // Saying so once inside a line of dialogue ("the Scripture says") is no more.
  // Nor is "Report said that ..." opening a sentence, with no quote near for it to tag.
  if (
    t.count === 1 &&
    (t.speaks === 0 || t.quoted === 1 || (t.mid === 0 && t.reports === 1 && t.tags === 0)) &&
    t.titled === 0 &&
    t.named === 0 &&
    !givenName
  )
    return 0;
  // Owning alone ("the Empire's fall") needs to recur before it counts.
  const agent =
    3 * t.speaks +
    2 * t.acts +
    3 * t.titled +
    3 * t.named +
    calls +
    (t.owns > 1 || t.acts + t.speaks > 0 ? t.owns : 0);
  if (agent > 0 && agent > against) return agent + t.mid - against;
  // Someone the narration only ever acts on ("I handed Skip my bag", "followed Skip down the
  // gangway"): the objects of two different person verbs are a person, seen as one is, where
  // the word is a common given name; an office or a firm is asked and told too ("asked
  // Security", "paid Visa").
  const objects = givenName ? objectsOf(t) : 0;
  if (objects > 0 && agent + objects > against) return agent + objects + t.mid - against;
  // Recurring alone is not enough ("Passions" on the TV, "Psychology" class): it must own something.
  if (t.mid >= 3 && against === 0 && t.owns > 0) return t.mid;
  return 0;
}

/**
 * A word the story also writes in lowercase ("the sun rose", "I hope") that tags no speech is still
 * someone's name where the narration shows it doing what people do: opening sentences with three
 * different verbs of its own ("Hope stood", "Hope counted the tips", "Hope licked the envelope"),
 * or, called by name in some line of the story ("Morning, Rose."), opening one sentence with a deed
 * ("Rose considered it."): the two need not be near each other. A common noun opens sentences with
 * fewer deeds ("Rain fell") and is not called; a word called fondly ("Love, come here") opens them
 * with "was", no deed ("Love was blind"). And it must be capitalised mid-sentence somewhere as a
 * name, in the narration ("looked at Rose") or calling someone in a line ("Thanks, Rose."): a
 * common word written capitalised only where a sentence or a line opens ("Silence, there!",
 * "Silence fell"), or by a speaker's whim ("Hot this Summer"), is the word. What it does (its
 * deeds, not "was" or "had") has to outweigh the determiners and places it stands after.
 * Inside a sentence, where no capital is forced, being the subject of two different verbs
 * ("where Grace was wiping", "By then Grace had finished") is a name's doing too, "was" and
 * "had" included, beside a call or a person verb's object ("I followed Grace"); a word once so
 * ("as Fortune would have it"), or only so ("until May came, and May was warm"), is not.
 */
function deedsOfAWord(t: Tally, against: number): number {
  const deeds = [...t.startVerbs].filter((v) => !AUXILIARIES.has(v)).length;
  const called = t.calledIn.size > 0 && deeds > 0;
  const objects = objectsOf(t);
  // Subjects inside sentences are a personified word's too ("until Death came, and Death was
  // gentle"): they count beside a person's sign of another kind, acted on or called.
  const actedOn = t.calledIn.size > 0 || (t.objectVerbs.size > 0 && t.sites === 0);
  const within = t.midActs.size >= 2 && actedOn ? t.midActs.size : 0;
  if (t.midAsName === 0 || (deeds < 3 && !called && objects === 0 && within === 0)) return 0;
  const weight = 2 * deeds + t.calledIn.size + objects + within;
  return weight > against ? weight - against : 0;
}

/**
 * How many different person verbs (by base form: "ask" and "asked" are one) the word is the
 * object of, where two or more; none where the narration also writes it as a place or a thing
 * ("flew to Paris", "looked it up on Google", "the Security desk") as often as once for every
 * two verbs. A site read beside three verbs ("let Robin in", "showed Robin", "meet Robin" and
 * "kept an eye on Robin") is a person's "on" the site words do not know.
 */
function objectsOf(t: Tally): number {
  return t.objectVerbs.size >= 2 && t.objectVerbs.size > 2 * t.sites ? t.objectVerbs.size : 0;
}
