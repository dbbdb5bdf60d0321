/**
 * Which of a found character's forms is its name: the form the story writes most often whole,
 * a fuller one on a near tie, without a title of office where the story drops it. Decided after
 * the title and family-word folds have gathered the character's forms, from the counts of
 * written forms alone, so it is its own module.
 */
import type { Character } from "../model";
import { TITLES, titleKey } from "./cues";
import { NAME_TITLES } from "./name-titles";

/** How often each whole name ("Aunt Juley", "Juley", "Mr. Hale") is written, in dialogue too. */
export type WrittenForms = Map<string, number>;

/**
 * A character is named by the form the story writes most often as a whole name: "Aunt Juley"
 * when "Juley" never stands alone, "Lucilla" when she is "Miss Lucilla" once and "Lucilla" ten
 * times. A fuller form written nearly as often wins ("Oliver Twist" beside as many "Oliver"s). A
 * title of office stays off the name wherever the name is written without it ("Inspector Hale"
 * and "Hale": it comes and goes with the job); a title held for life ("Father Arnall", "Count
 * Dracula") is part of it. A form the story never writes whole is never the name. The other
 * forms stay aliases.
 */
export function namedAsWritten(c: Character, written: WrittenForms): Character {
  const count = (f: string): number => written.get(f) ?? 0;
  const office = (f: string): boolean => {
    const first = titleKey(f.split(" ")[0]!);
    return (
      f.includes(" ") && TITLES.has(first) && !NAME_TITLES.has(first) && !HELD_FOR_LIFE.has(first)
    );
  };
  // An epithet ("old Cotter") names only as the story's habit: written more than once.
  const epithet = (f: string): boolean => /^\p{Ll}/u.test(f);
  const used = [c.name, ...c.aliases].filter((f) => count(f) > (epithet(f) ? 1 : 0));
  const untitled = used.filter((f) => !office(f));
  // "Judge Thatcher", never "Thatcher" alone: then the title of office is how he is named.
  const forms = untitled.length > 0 ? untitled : used;
  if (forms.length === 0) return c;
  let best = forms[0]!;
  for (const f of forms) if (count(f) > count(best)) best = f;
  // Near ties go to the fuller form: more words, written at least NEAR_TIE as often.
  // Not an epithet: it names only where the story writes it most.
  for (const f of forms)
    if (wordCount(f) > wordCount(best) && count(f) >= NEAR_TIE * count(best) && !epithet(f))
      best = f;
  if (best === c.name) return c;
  return { ...c, name: best, aliases: [c.name, ...c.aliases.filter((a) => a !== best)] };
}

/** Titles of a person's standing or calling rather than a job: one is called by them for life. */
const HELD_FOR_LIFE = new Set(
  "father mother sister brother rev reverend bishop pastor king queen prince princess duke duchess count countess baron".split(
    " ",
  ),
);

/** A fuller form written this share as often as the most written one is the name. */
const NEAR_TIE = 0.75;

const wordCount = (f: string): number => f.split(" ").length;
