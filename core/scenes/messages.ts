/**
 * Blocks of text messages set as their own lines ("Dad: Home. Traffic on 23 was bad.", "Denise:
 * good"): where a run of them follows narration that did not bring them in, the exchange is a
 * scene of its own, as a letter is. Read from two features of each paragraph, apart from the
 * other cues.
 */

import type { ParagraphFeatures } from "./features";

/**
 * A message line: a sender (one or two capitalised words, or one in capitals, of two letters or
 * more: "Q:" and "A:" are an interview's, not a sender's) and a colon, then the message, in 25
 * words or fewer on one line. Group 1 is the sender.
 */
const MESSAGE_LINE =
  /^((?=\p{Lu}\p{L})\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?):[ \t]+\S[^\n]*$/u;
const MESSAGE_WORDS = 25;

/** The sender when `text` is one message line ("Dad" for "Dad: Home."), else null. */
export function messageSender(text: string, words: number): string | null {
  return words <= MESSAGE_WORDS ? (MESSAGE_LINE.exec(text.trim())?.[1] ?? null) : null;
}

/**
 * Narration that brings messages in: a phone, a text, a message, a screen, a notification, a
 * buzz or a ping ("Her phone buzzed on the folding table"), whose messages are the scene going on.
 */
export const BRINGS_MESSAGE =
  /(?<![\p{L}])(?:phones?|mobiles?|texts?|texted|texting|messages?|messaged|screens?|notifications?|buzz(?:ed|es|ing)?|ping(?:ed|s)?|vibrat\p{L}*|WhatsApp)(?![\p{L}])/iu;

/**
 * The fewest words of the paragraph before a block: narration, not a script's stage direction
 * between its lines ("He puts the kettle on."). The three dev blocks follow 57 to 70 words.
 */
const NARRATION_WORDS = 30;

/** The senders of the run of message lines from paragraph `i` on. */
function sendersFrom(features: readonly ParagraphFeatures[], i: number): string[] {
  const senders: string[] = [];
  for (let k = i; k < features.length && features[k]!.messageSender !== null; k++)
    senders.push(features[k]!.messageSender!);
  return senders;
}

/**
 * Which paragraphs open a block of two or more message lines after narration (not a message
 * line) of 30 words or more that neither brings them in nor announces them with a colon, where
 * a sender writes twice: an exchange goes back and forth, where a form's labels ("Name:",
 * "Address:") or a list of who is who ("Huw: her boyfriend") name each one once.
 * Counted over dev (75 stories), LitBank's 100 and speakers-dev's 41 (scenes-35): three such
 * blocks, all at dev gold boundaries (each of 11 lines or more, its senders writing again and
 * again); the two blocks the narration brings in ("Her phone buzzed") are inside a scene.
 */
export function messageBlockStarts(features: readonly ParagraphFeatures[]): ReadonlySet<number> {
  const starts = new Set<number>();
  features.forEach((f, i) => {
    const prev = features[i - 1];
    if (!prev || f.messageSender === null || features[i + 1]?.messageSender == null) return;
    if (prev.messageSender !== null || prev.bringsMessage || prev.announces) return;
    if (prev.words < NARRATION_WORDS) return;
    const senders = sendersFrom(features, i);
    if (new Set(senders).size === senders.length) return;
    starts.add(i);
  });
  return starts;
}
