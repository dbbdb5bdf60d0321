export { notesForParagraph } from "./paragraph-notes";
export type { NoteContext } from "./paragraph-notes";
export { scanParagraph, isClearMarker, nameWords } from "./scan";
export type { ParagraphInput, ParagraphScan, TermHit } from "./scan";
export { storyNotes } from "./story-notes";
export { CONFIDENT_SPEAKER, termNotes } from "./voice";
export { encodingNotes, repairMojibake } from "./encoding";
export type { Repair } from "./encoding";
export {
  createSpeller,
  SEARCH_BUDGET,
  spellingNotes,
  splitFixes,
  suggestSpelling,
  type SearchBudget,
} from "./spelling";
export { namesAlike } from "./names-alike";
export { byPlace } from "./note-order";
export type { DictionaryData, Speller } from "./spelling";
export { compileForms, formsMatch } from "./dictionary-forms";
export { inferVoice, MIN_MARKERS, voiceEvidence, voiceFromEvidence } from "./infer-voice";
export type { VoiceGuess } from "./infer-voice";
export { decodeUtf8 } from "./utf8";
