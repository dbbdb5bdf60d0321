/** The Hunspell dictionaries shipped with the app (dictionary-en-gb, dictionary-en). */
import { existsSync, promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { formsMatch } from "../../core/notes/dictionary-forms";
import type { DictionaryFiles } from "../../core/host-api";

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

/**
 * Where `node scripts/build.mjs` writes each dictionary's compiled forms: `dist/dictionaries`,
 * found from this module's own place (electron/host/ from source, dist/electron/ in the built
 * main and the packaged app, dist/ in the CLI bundle).
 */
function formsDir(): string | null {
  for (const up of ["..", "../.."]) {
    const dir = path.resolve(import.meta.dirname, up, "dist/dictionaries");
    if (existsSync(dir)) return dir;
  }
  return null;
}

/**
 * Reads one dictionary: its affix file, with the forms the build compiled from exactly these
 * files when `compiledDir` has them (no expanding at start), else with its word file. Throws
 * when the package is missing.
 */
export async function readDictionaryFiles(
  language: DictionaryLanguage,
  compiledDir = formsDir(),
): Promise<DictionaryFiles> {
  // The packages export only their ESM entry; the data files sit beside it.
  const dir = path.dirname(require.resolve(DICTIONARY_PACKAGES[language]));
  const [aff, dic, forms] = await Promise.all([
    fs.readFile(path.join(dir, "index.aff"), "utf8"),
    fs.readFile(path.join(dir, "index.dic"), "utf8"),
    compiledDir
      ? fs.readFile(path.join(compiledDir, `${language}.forms`), "utf8").catch(() => null)
      : null,
  ]);
  // A build from other dictionary files (a package updated since) is not used.
  return forms && formsMatch(forms, aff, dic) ? { aff, forms } : { aff, dic };
}
