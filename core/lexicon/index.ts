export { compileLexicon, entryProblems } from "./lexicon";
export type {
  CompiledForm,
  EntryContext,
  EntryKind,
  Lexicon,
  LexiconEntry,
  Region,
} from "./lexicon";
export { lexiconEntries } from "./entries";
export { isFormOfAddress, matchTerms } from "./matcher";
export type { TermMatch } from "./matcher";
export { isApostropheAt, normaliseWord, tokenize } from "./tokens";
export type { Token } from "./tokens";
