/** The Hunspell dictionaries shipped with the app (dictionary-en-gb, dictionary-en). */
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type DictionaryLanguage = "en-GB" | "en-US";

/**
 * Read from node_modules at run time, by path: the only packages the built main loads that way,
 * so they are the app's `dependencies` (tests/electron/packaging.test.ts checks the two agree).
 */
export const DICTIONARY_PACKAGES: Readonly<Record<DictionaryLanguage, string>> = {
  "en-GB": "dictionary-en-gb",
  "en-US": "dictionary-en",
};
const require = createRequire(import.meta.url);

/** Reads one dictionary's affix and word files as text. Throws when the package is missing. */
export async function readDictionaryFiles(
  language: DictionaryLanguage,
): Promise<{ aff: string; dic: string }> {
  // The packages export only their ESM entry; the data files sit beside it.
  const dir = path.dirname(require.resolve(DICTIONARY_PACKAGES[language]));
  const [aff, dic] = await Promise.all([
    fs.readFile(path.join(dir, "index.aff"), "utf8"),
    fs.readFile(path.join(dir, "index.dic"), "utf8"),
  ]);
  return { aff, dic };
}
