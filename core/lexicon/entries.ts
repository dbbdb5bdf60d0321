/**
 * The bundled lexicon data. Each JSON file is reviewed by hand and tested in
 * tests/core/lexicon/entries.test.ts; the files are split by kind only to keep them readable.
 */
import type { LexiconEntry } from "./lexicon";
import grammar from "./entries/grammar.json";
import slang from "./entries/slang.json";
import spelling from "./entries/spelling.json";
import vocabulary from "./entries/vocabulary.json";

/** Every bundled entry, in file order: vocabulary, grammar, slang, spelling. */
export const lexiconEntries: readonly LexiconEntry[] = [
  ...(vocabulary as readonly LexiconEntry[]),
  ...(grammar as readonly LexiconEntry[]),
  ...(slang as readonly LexiconEntry[]),
  ...(spelling as readonly LexiconEntry[]),
];
