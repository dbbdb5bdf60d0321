/**
 * Titles written abbreviated with a full stop ("Mr. Bennet", "Mme. Aubert"): that stop ends no
 * sentence. One list for every reader of sentences (the speakers' and the scenes').
 */
export const TITLE_ABBREVIATIONS = [
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "St",
  "Rev",
  "Prof",
  "Capt",
  "Col",
  "Gen",
  "Sgt",
  "Lt",
  "Mme",
  "Mlle",
  "Messrs",
] as const;

/** The list as a regular expression alternation, to build the patterns that skip those stops. */
export const TITLE_ABBREVIATION = TITLE_ABBREVIATIONS.join("|");
