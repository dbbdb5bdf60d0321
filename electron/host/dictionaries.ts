/** The Hunspell dictionaries shipped with the app (dictionary-en-gb, dictionary-en). */
import { existsSync, promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { formsMatch } from "../../core/notes/dictionary-forms";
import type { DictionaryFiles } from "../../core/host-api";
import { DICTIONARY_PACKAGES, type DictionaryLanguage } from "./dictionary-packages";

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

/** Reads a text file whole; the tests pass one that counts its reads. */
export type ReadText = (file: string) => Promise<string>;
const readText: ReadText = (file) => fs.readFile(file, "utf8");

/**
 * Reads one dictionary: its affix file, with the forms the build compiled from exactly these
 * files when `compiledDir` has them (no expanding at start), else with its word file. Throws
 * when the package is missing.
 */
export async function readDictionaryFiles(
  language: DictionaryLanguage,
  compiledDir = formsDir(),
  read = readText,
): Promise<DictionaryFiles> {
  // The packages export only their ESM entry; the data files sit beside it.
  const dir = path.dirname(require.resolve(DICTIONARY_PACKAGES[language]));
  const [aff, dic, forms] = await Promise.all([
    read(path.join(dir, "index.aff")),
    read(path.join(dir, "index.dic")),
    compiledDir ? read(path.join(compiledDir, `${language}.forms`)).catch(() => null) : null,
  ]);
  // A build from other dictionary files (a package updated since) is not used.
  return forms && formsMatch(forms, aff, dic) ? { aff, forms } : { aff, dic };
}

/**
 * Each dictionary read once and kept: the files ship read-only with the app, so nothing
 * invalidates them, and each request would otherwise read and hash some megabytes again. A read
 * that fails is not kept, so the next request tries again.
 */
export function dictionaryCache(
  compiledDir?: string | null,
  read = readText,
): (language: DictionaryLanguage) => Promise<DictionaryFiles> {
  const files = new Map<DictionaryLanguage, Promise<DictionaryFiles>>();
  return (language) => {
    let pending = files.get(language);
    if (!pending) {
      pending = readDictionaryFiles(language, compiledDir, read);
      files.set(language, pending);
      // The caller hears of the failure through `pending` itself.
      void pending.catch(() => files.delete(language));
    }
    return pending;
  };
}

let shipped: ReturnType<typeof dictionaryCache> | null = null;

/**
 * The shipped dictionaries, one cache for the whole process: every host in it (the app has one;
 * the browser shell's tests open one per story) reads and checks the files once.
 */
export function shippedDictionaries(): ReturnType<typeof dictionaryCache> {
  shipped ??= dictionaryCache();
  return shipped;
}
