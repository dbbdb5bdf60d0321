export {
  findQuotes,
  detectQuoteStyle,
  quotesInParagraph,
  quoteMarks,
  spokenInParagraph,
} from "./quotes";
export type { QuoteSpan, QuoteStyle, LocalQuote, QuoteMarks } from "./quotes";
export { discoverCast } from "./discover";
export { namesInParagraph } from "./paragraph-names";
export type { ParagraphNames } from "./paragraph-names";
export type { NameSighting } from "./name-sighting";
export { findMentions, mentionsInParagraph, compileCastMatcher } from "./mentions";
export type { Mention, LocalMention, CastMatcher } from "./mentions";
export { attributeSpeakers } from "./speakers";
export { readParagraph } from "./refs";
export type { ParagraphReading } from "./refs";
export { inferGenders } from "./genders";
export type { AttributedQuote } from "./speakers";
