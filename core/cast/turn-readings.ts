/**
 * What each paragraph gives the conversation passes, read from it alone: its turn (who the
 * narration names, whom its quotes call by name or title, how much narration lies between turns)
 * for conversation.ts, and whom its reply answers for answered-by-name.ts. Each paragraph's part
 * can be kept by text across passes (paragraph-memo.ts).
 */
import type { StoryText } from "../story";
import { TITLE_ABBREVIATION } from "../text/abbreviations";
import { turnsTo, type ReplyTurn } from "./answered-by-name";
import { opensChapter } from "./chapter-start";
import type { TurnInput } from "./conversation";
import type { ParagraphMemo } from "./paragraph-memo";
import type { QuoteSpan } from "./quotes";
import type { ParagraphReading } from "./refs";
import { titlesCalled, titlesCalledIn } from "./titles-called";
import { isVocative, reportedWithin } from "./vocatives";

/**
 * Whether quote q calls the name at [from, to) of its text: never a scare quote, nor words the
 * line reports ("She said, 'Of course, Nora,'"), whose call is the reported speaker's.
 */
export function callsIn(
  scare: ReadonlySet<QuoteSpan>,
  q: QuoteSpan,
  from: number,
  to: number,
): boolean {
  return !scare.has(q) && isVocative(q.text, from, to) && !reportedWithin(q.text, from, to);
}

/** What a paragraph gives the conversation turns, read from it alone (turnsOf). */
export interface TurnReading {
  /** A chapter heading: it breaks a conversation as a scene break does. */
  readonly heading: boolean;
  /** Words of narration, of a paragraph without quotes. */
  readonly words: number;
  /** Who the narration names, outside the quotes: the people on the scene. */
  readonly narrated: readonly string[];
  readonly addressees: readonly string[];
  readonly nameOnly: readonly string[];
  /** Of those, the ones its last quote's closing question calls, by name or title (`asked`). */
  readonly asked: readonly string[];
  /** People its quotes speak of by name without calling them (TurnInput.mentioned). */
  readonly mentioned: readonly string[];
  /** Whether a paragraph with quotes has narration besides them. */
  readonly narration: boolean;
}

const HEADING: TurnReading = {
  heading: true,
  words: 0,
  narrated: [],
  addressees: [],
  nameOnly: [],
  asked: [],
  mentioned: [],
  narration: false,
};

function turnReading(
  text: string,
  r: ParagraphReading,
  scare: ReadonlySet<QuoteSpan>,
  describe: (description: string) => string | null,
  titled: ReadonlyMap<string, string>,
): TurnReading {
  const narrated = (): string[] =>
    r.mentions
      .filter((m) => !r.local.some((q) => m.from >= q.from && m.to <= q.to))
      .map((m) => m.character);
  if (r.quotes.length === 0) {
    if (opensChapter(text)) return HEADING;
    let words = 0;
    for (const seg of r.segments) for (const s of seg.sentences) words += s.words.length;
    return { ...HEADING, heading: false, words, narrated: narrated() };
  }
  const addressees: string[] = [];
  const nameOnly: string[] = [];
  const mentioned: string[] = [];
  const asked: string[] = [];
  const last = r.quotes.length - 1;
  // "Good talk. Tyler?": where the last quote's last sentence asks, after its stop (or from the
  // quote's start) up to the question mark that ends the quote; not when narration follows it
  // in the paragraph ("Cy looked up from his book."), which may show another answering.
  const closes = r.segments[r.segments.length - 1]!.sentences.length === 0;
  const question = closes ? QUESTION_AT_END.exec(r.quotes[last]!.text) : null;
  r.local.forEach((q, k) => {
    for (const m of r.mentions) {
      if (m.from < q.from || m.to > q.to) continue;
      if (!callsIn(scare, r.quotes[k]!, m.from - q.from, m.to - q.from)) {
        if (!scare.has(r.quotes[k]!) && !namesItself(r.quotes[k]!.text, m.from - q.from))
          mentioned.push(m.character);
      } else {
        addressees.push(m.character);
        const text = r.quotes[k]!.text;
        const rest = text.slice(0, m.from - q.from) + text.slice(m.to - q.from);
        // "Cy." may answer a question; "Cy?" and "Cy!" ask for or call him.
        if (!/[\p{L}?!]/u.test(rest)) nameOnly.push(m.character);
        if (k === last && question && m.from - q.from >= question.index) asked.push(m.character);
      }
    }
    if (!scare.has(r.quotes[k]!)) addressees.push(...titlesCalled(r.quotes[k]!, describe, titled));
    if (k === last && question && !scare.has(r.quotes[k]!))
      asked.push(...titlesCalledIn(question[0], describe, titled));
  });
  return {
    heading: false,
    words: 0,
    narrated: narrated(),
    addressees,
    nameOnly,
    asked,
    mentioned,
    narration: r.segments.some((seg) => seg.sentences.length > 0),
  };
}

/**
 * A quote's last sentence when it asks: from after the last stop that ends a sentence (not a
 * title's, "Mr. Hale") to a question mark closing the quote. A sentence starts on its first
 * letter, looked for before what comes before it: begun at every space of a long run after a
 * stop, the search was quadratic in the run.
 */
const QUESTION_AT_END = new RegExp(
  `(?:^|(?=\\S)(?<=(?<!\\b(?:${TITLE_ABBREVIATION}))[.!?\u2026]\\s+))[^.!?\u2026]*\\?[\\s\u2019'"\u201d]*$`,
  "u",
);

/**
 * Words before a name that make it the speaker's own ("I'm Frank", "my name is Ann", "Call me
 * Ishmael", "It's me, Nell"): the one place people say their own name in the third person.
 */
const OWN_NAME_BEFORE =
  /\b(?:I\s+am|I'm|I\s+was|name\s+is|name's|called|call\s+me|me,?|this\s+is|it's|it\s+is|signed|yours)\s*,?\s*$/iu;

/** Whether the name at `from` of a quote is the speaker naming themself. */
function namesItself(text: string, from: number): boolean {
  return OWN_NAME_BEFORE.test(text.slice(Math.max(0, from - 24), from));
}

/** The end of a quote's first sentence: a stop and a space, not after a title ("Mr. Hale"). */
const FIRST_SENTENCE_END = new RegExp(`(?<!\\b(?:${TITLE_ABBREVIATION}))[.!?\u2026](?=\\s)`, "u");

/** What a turn's paragraph says of its reply, read from it alone (replyTurns). */
export type ReplyReading = Pick<ReplyTurn, "answers" | "opensWithName">;

/**
 * Each turn with whom its first quote's first sentence calls by name (answered-by-name.ts). Each
 * paragraph's part is read from it alone (replyReading), and kept across passes in `memo`.
 */
export function replyTurns(
  story: StoryText,
  turns: readonly TurnInput[],
  readings: readonly ParagraphReading[],
  scare: ReadonlySet<QuoteSpan>,
  describe: (description: string) => string | null,
  titled: ReadonlyMap<string, string>,
  memo?: ParagraphMemo<ReplyReading>,
): ReplyTurn[] {
  return turns.map((t) => {
    const r = readings[t.paragraph]!;
    const read = (): ReplyReading => replyReading(r, scare, describe, titled);
    const reply = memo ? memo.get(story.paragraphs[t.paragraph]!.text, r, read) : read();
    // Written out, not spread ({ ...t, ...reply }): the spread was 5% of the pass after an edit.
    return {
      paragraph: t.paragraph,
      quotes: t.quotes,
      addressees: t.addressees,
      nameOnly: t.nameOnly,
      present: t.present,
      gapWords: t.gapWords,
      breakBefore: t.breakBefore,
      narrated: t.narrated,
      answers: reply.answers,
      opensWithName: reply.opensWithName,
    };
  });
}

function replyReading(
  r: ParagraphReading,
  scare: ReadonlySet<QuoteSpan>,
  describe: (description: string) => string | null,
  titled: ReadonlyMap<string, string>,
): ReplyReading {
  const quote = r.quotes[0]!;
  const q = r.local[0]!;
  const end = FIRST_SENTENCE_END.exec(quote.text)?.index ?? quote.text.length;
  const first = quote.text.slice(0, end + 1);
  // Narration before the reply ("Leaning across, she observed, ...") may bring in someone new.
  const answers =
    scare.has(quote) || turnsTo(first) || r.segments[0]!.sentences.length > 0
      ? []
      : [
          ...r.mentions
            .filter(
              (m) =>
                m.from >= q.from &&
                m.to <= q.from + end + 1 &&
                callsIn(scare, quote, m.from - q.from, m.to - q.from),
            )
            .map((m) => m.character),
          ...titlesCalledIn(first, describe, titled),
        ];
  const opening = /^[^\p{L}]*(\p{L}+)/u.exec(quote.text);
  const opensWithName =
    opening !== null &&
    (r.mentions.some(
      (m) => m.from === q.from + opening.index + opening[0].length - opening[1]!.length,
    ) ||
      titlesCalledIn(opening[1]! + ",", describe, titled).length > 0);
  return { answers: [...new Set(answers)], opensWithName };
}

/**
 * Each paragraph with dialogue as a turn of a conversation (conversation.ts). Each paragraph's
 * part is read from it alone (turnReading), and kept across passes in `memo`.
 */
export function turnsOf(
  story: StoryText,
  readings: readonly ParagraphReading[],
  scare: ReadonlySet<QuoteSpan>,
  describe: (description: string) => string | null,
  titled: ReadonlyMap<string, string>,
  memo?: ParagraphMemo<TurnReading>,
): TurnInput[] {
  const turns: TurnInput[] = [];
  let next = 0;
  let gapWords = 0;
  let breakBefore = false;
  let present: string[] = [];
  readings.forEach((r, i) => {
    const p = story.paragraphs[i]!;
    // A scene break, or a chapter heading, breaks a conversation.
    if (p.isBreak) {
      breakBefore = true;
      return;
    }
    const read = (): TurnReading => turnReading(p.text, r, scare, describe, titled);
    const t = memo ? memo.get(p.text, r, read) : read();
    if (t.heading) {
      breakBefore = true;
      return;
    }
    // A paragraph whose only quotes are scare quotes is narration: it takes no turn.
    if (r.quotes.length === 0) {
      gapWords += t.words;
      present.push(...t.narrated);
      return;
    }
    turns.push({
      paragraph: i,
      quotes: r.quotes.map((_, k) => next + k),
      addressees: t.addressees,
      nameOnly: t.nameOnly,
      asked: t.asked,
      mentioned: t.mentioned,
      present: [...present, ...t.narrated],
      gapWords,
      breakBefore,
      narrated: t.narration,
    });
    next += r.quotes.length;
    gapWords = 0;
    present = [];
    breakBefore = false;
  });
  return turns;
}
