/** The Hunspell dictionaries shipped with the app (dictionary-en-gb, dictionary-en). */
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type DictionaryLanguage = "en-GB" | "en-US";

const PACKAGES: Record<DictionaryLanguage, string> = {
  "en-GB": "dictionary-en-gb",
  "en-US": "dictionary-en",
};
const require = createRequire(import.meta.url);

/** Reads one dictionary's affix and word files as text. Throws when the package is missing. */
export async function readDictionaryFiles(
  language: DictionaryLanguage,
): Promise<{ aff: string; dic: string }> {
  // The packages export only their ESM entry; the data files sit beside it.
  const dir = path.dirname(require.resolve(PACKAGES[language]));
  const [aff, dic] = await Promise.all([
    fs.readFile(path.join(dir, "index.aff"), "utf8"),
    fs.readFile(path.join(dir, "index.dic"), "utf8"),
  ]);
  return { aff, dic };
}
