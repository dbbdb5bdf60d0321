/**
 * The titles that belong to how a person is named: narrower than cues.ts TITLES, which holds
 * ranks and offices too. Reading a capitalised run ("Mr. Bennet" keeps its family title in the key)
 * and folding the found characters ("Bennet" beside one "Mr. Bennet"; "Inspector Hale" named
 * "Hale") both decide by them, so they are their own module that both import.
 */

/** Titles that are part of how a person is named ("Sir Henry", "Aunt Sally", "Mrs. Hale"). */
export const NAME_TITLES = new Set(
  "mr mrs miss ms mister missus madame monsieur mme mlle sir lady lord dame master mistress aunt uncle dr doctor rev reverend".split(
    " ",
  ),
);

/** Titles that go with a family name, which relatives share ("Mr. and Mrs. Hale"). */
export const FAMILY_TITLES = new Set([
  "mr",
  "mrs",
  "miss",
  "ms",
  "mister",
  "missus",
  "madame",
  "monsieur",
  "mme",
  "mlle",
]);

/** Titles of office as they are shortened before a name ("Dr. Archie", "Rev. Eager"). */
export const SHORTENED_TITLES: ReadonlyMap<string, string> = new Map([
  ["doctor", "dr"],
  ["professor", "prof"],
  ["reverend", "rev"],
  ["captain", "capt"],
  ["sergeant", "sgt"],
]);
