/**
 * The record of what one occurrence of a capitalised run says about it (speaks, acts, owns, has
 * a title, sits after a determiner ...), and the plain sightings built for a family word or a
 * nickname that tags a quote. The paragraph reading fills it, the tally counts it: its own
 * module so the readers and the counting share the one shape without importing each other.
 */

/** What one occurrence of a capitalised run says about it. */
export interface NameSighting {
  /** The name without its title: "Hale" for "Inspector Hale". */
  readonly key: string;
  /** The run as written when it had a title or several words ("Maggie Doyle"). */
  readonly full: string | null;
  readonly title: string | null;
  readonly sentenceStart: boolean;
  readonly inQuote: boolean;
  readonly speaks: boolean;
  /** It speaks within reach of a quote: a speech tag, not "Some say that ..." in narration. */
  readonly tags: boolean;
  /** It speaks in reported speech ("Report said that ..."), the verb then "that". */
  readonly reports?: boolean;
  readonly acts: boolean;
  /**
   * Opening a sentence and acting, the verb and the word after it ("was on", "was quiet"): a
   * name opens different sentences, a typo or an opener repeated with the story the same one.
   */
  readonly startAct?: string;
  /** The verb it acts with, when it acts. */
  readonly actVerb: string | null;
  /** It acts only in the remembered past: "Dad had painted", "Mom used to say". */
  readonly recalled?: boolean;
  readonly owns: boolean;
  /**
   * The narration's verb it is the object of, where that verb takes a person ("handed Rose the
   * cup", "followed Grace up the stairs", "let Martin in"): mid-sentence, outside the quotes,
   * in its base form ("asked" and "ask" are both "ask").
   */
  readonly objectOf?: string;
  /**
   * The narration writes it as a place or a thing: "in Ukraine", "flew to Paris", "on Google",
   * "at Reception", "the Security desk".
   */
  readonly site?: boolean;
  /** The narration names it: "her name was Duchess", "a clerk named Webb". */
  readonly named: boolean;
  readonly thing: boolean;
  /** A determiner before it, opening the sentence too ("The Happy Family"): a group or a thing. */
  readonly determined?: boolean;
  readonly place: boolean;
  /** The line is only a surname and this full name ("Cole. Janine Cole."): its speaker's own. */
  readonly givenWhole?: boolean;
  /** The line that calls it by its bare name ("Dan, come here", "Thanks, Ann."), once a paragraph. */
  readonly calledIn?: string;
  /**
   * The name opening its sentence when the narration gives this one as what people call that
   * person: "Teddy did not answer, because nobody was allowed to call him Bug at school".
   */
  readonly nicknameOf?: { readonly name: string; readonly sex: "m" | "f" };
}

/** A name seen only as the one a speech tag names: it speaks, and nothing else is known. */
export function taggedSighting(key: string): NameSighting {
  return sightingOf(key, { speaks: true, tags: true });
}

/** A sighting that knows only `key` and the given facts; every other fact is false or none. */
export function sightingOf(key: string, facts: Partial<NameSighting>): NameSighting {
  return {
    key,
    full: null,
    title: null,
    sentenceStart: false,
    inQuote: false,
    speaks: false,
    tags: false,
    acts: false,
    actVerb: null,
    owns: false,
    named: false,
    thing: false,
    place: false,
    ...facts,
  };
}
