/**
 * The Hunspell dictionary package of each language. Plain data with no imports: the host reads
 * the packages' files by path (dictionaries.ts), and scripts/build.mjs bundles this list with
 * the forms compiler to compile the same packages.
 */
export type DictionaryLanguage = "en-GB" | "en-US";

/**
 * Read from node_modules at run time, by path: the only packages the built main loads that way,
 * so they are the app's `dependencies` (tests/electron/packaging.test.ts checks the two agree).
 */
export const DICTIONARY_PACKAGES: Readonly<Record<DictionaryLanguage, string>> = {
  "en-GB": "dictionary-en-gb",
  "en-US": "dictionary-en",
};
