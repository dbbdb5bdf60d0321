/**
 * Which cast member a description, a possessive or a title means, from what holds for the whole
 * story: the cast's names and aliases and the links the story makes (described-links.ts). The
 * speaker walk (speakers.ts) asks these questions thousands of times, so the answers that depend
 * on nothing the walk has seen are kept here, apart from its salience and turn-taking; where a
 * sex is needed, the walk passes in what it currently knows (`genderOf`).
 */

import type { Character } from "../model";
import type { Gender } from "./genders";
import type { Ref } from "./refs";
import type { DescribedLinks } from "./described-links";
import { castForms, describedCharacter, type CastForms } from "./described-character";

/** A name a child would not be called by: "Mrs. Hale", "Uncle Ray", "Grandpa Joe". */
const ELDER_FORM = /^(?:mrs?\.?|aunt|auntie|uncle|grandma|grandpa|granny|nana)\s/;

/** The sex the walk knows for a cast member now (learnt from pronouns, else the cast's), or null. */
export type GenderOf = (key: string) => Gender | null;

export class CastDescriptions {
  /** titledForms' answers: each member's name and aliases. */
  private readonly formsByKey = new Map<string, readonly string[]>();
  /** spouseOf's answers: they read the cast and its named members alone. */
  private readonly spouses = new Map<string, string | null>();
  /** isElder's answers: they read the cast alone (the walk asks at every "the girl"). */
  private readonly elders = new Map<string, boolean>();

  constructor(
    private readonly cast: readonly Character[],
    private readonly named: ReadonlySet<string>,
    /** Who "I" is in the narration: the cast's narrator, else "narrator". */
    private readonly narrator: string,
    /** describedCharacter's answers for this cast (a caller may keep them across passes). */
    private readonly described: Map<string, string | null>,
    /**
     * Tagged descriptions the story links to one cast member, everywhere or over a run of
     * tags (described-links.ts): "said the man" for the cast's "Convict".
     */
    readonly linked: DescribedLinks,
  ) {}

  /** describedCharacter, once per description: a story says "the man" thousands of times. */
  describedInCast(description: string): string | null {
    let found = this.described.get(description);
    if (found === undefined) {
      found = describedCharacter(description, this.cast);
      this.described.set(description, found);
    }
    return found;
  }

  /**
   * "the boy's nurse", "his nurse": the cast member named by whose they are ("Philip's nurse"),
   * when only one has that noun, before a cast's plain "The nurse" (someone else's). Not when
   * the possessive's sex is not the owner's ("her nurse" for a Philip).
   */
  possessedInCast(ref: Ref, genderOf: GenderOf): string | null {
    if (!ref.possessed) return null;
    const noun = ref.key.replace(/^the /, "");
    let found: CastForms | null = null;
    for (const c of castForms(this.cast)) {
      if (c.possessive?.noun !== noun) continue;
      if (found) return null;
      found = c;
    }
    if (!found || !ref.owner) return found?.name ?? null;
    const owner = found.possessive!.owner.toLowerCase();
    const ownerKey = castForms(this.cast).find((c) => c.forms.includes(owner))?.name;
    const g = ownerKey ? genderOf(ownerKey) : null;
    return g === null || g === ref.owner ? found.name : null;
  }

  /** The cast member the story links a description at pos to, if any (describedLinks). */
  linkedTo(description: string, pos: number): string | null {
    const found = this.linked.everywhere.get(description);
    if (found !== undefined) return found;
    const spans = this.linked.spans.get(description);
    return spans?.find((s) => s.from <= pos && pos <= s.to)?.name ?? null;
  }

  /** The cast member the narration says a description at pos is ("Her name tag said Denise"). */
  statedTo(description: string, pos: number): string | null {
    const spans = this.linked.spans.get(description);
    return spans?.find((s) => s.stated && s.from <= pos && pos <= s.to)?.name ?? null;
  }

  /**
   * A member's name and the cast's aliases, as written: a modern cast lists "Gerald Hale" with
   * "Mr Hale" among his aliases, and the title that says whose wife or mother she is sits there.
   */
  private titledForms(key: string): readonly string[] {
    if (this.formsByKey.size === 0)
      // The whole cast at once (the first member of a name, as a search from the start finds).
      for (const c of this.cast)
        if (!this.formsByKey.has(c.name)) this.formsByKey.set(c.name, [c.name, ...c.aliases]);
    let forms = this.formsByKey.get(key);
    if (!forms) this.formsByKey.set(key, (forms = [key]));
    return forms;
  }

  /** Whether a member is written with this title ("Mrs."), by name or by a cast alias. */
  hasTitle(key: string, title: RegExp): boolean {
    return this.titledForms(key).some((f) => title.test(f));
  }

  /**
   * "his wife" when he is Mr. Bennet: Mrs. Bennet, if the cast has her, by name or by alias
   * ("Gerald Hale", alias "Mr Hale": the member with the alias "Mrs Hale").
   */
  spouseOf(owner: string): string | null {
    let found = this.spouses.get(owner);
    if (found === undefined) this.spouses.set(owner, (found = this.findSpouse(owner)));
    return found;
  }

  private findSpouse(owner: string): string | null {
    const undot = (n: string): string => n.replace(/^(Mrs?)\.\s*/, "$1 ");
    for (const form of this.titledForms(owner)) {
      const m = /^(Mrs|Mr)(\.?\s+.+)$/.exec(form);
      if (!m) continue;
      const other = (m[1] === "Mr" ? "Mrs" : "Mr") + m[2];
      const dotted = other.replace(/^(Mrs?)\s+/, "$1. ");
      const undotted = undot(other);
      const byName = [other, undotted, dotted].find((n) => this.named.has(n));
      if (byName) return byName;
      for (const key of this.named)
        if (key !== owner && this.titledForms(key).some((f) => undot(f) === undotted)) return key;
    }
    return null;
  }

  /**
   * The one named cast member of sex g with this title ("Mrs."), if only one has it: a mother
   * the narration calls only "my mother" is still the cast's Mrs., not the other woman present.
   */
  onlyTitled(title: RegExp, g: Gender, owner: string | null, genderOf: GenderOf): string | null {
    let found: string | null = null;
    for (const key of this.named) {
      if (key === owner || key === this.narrator || !this.hasTitle(key, title)) continue;
      if (genderOf(key) !== g) continue;
      if (found !== null) return null;
      found = key;
    }
    return found;
  }

  /**
   * Whether the cast calls someone as a parent, grandparent, aunt or uncle, or by "Mr." or
   * "Mrs." ("Grandma", "Uncle Ray", "Mrs. Keller"): never "the girl" or "the boy" of a scene.
   */
  isElder(key: string): boolean {
    let elder = this.elders.get(key);
    if (elder === undefined) {
      const c = castForms(this.cast).find((c) => c.name === key);
      elder =
        !!c && (c.kin.some((k) => k !== undefined) || c.forms.some((f) => ELDER_FORM.test(f)));
      this.elders.set(key, elder);
    }
    return elder;
  }
}
