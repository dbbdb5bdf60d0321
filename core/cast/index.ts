export { findQuotes, detectQuoteStyle, quotesInParagraph } from "./quotes";
export type { QuoteSpan, QuoteStyle, LocalQuote } from "./quotes";
export { discoverCast, namesInParagraph } from "./discover";
export type { NameSighting, ParagraphNames } from "./discover";
export { findMentions, mentionsInParagraph, compileCastMatcher } from "./mentions";
export type { Mention, LocalMention, CastMatcher } from "./mentions";
export { attributeSpeakers, readParagraph, inferGenders } from "./speakers";
export type { AttributedQuote } from "./speakers";
