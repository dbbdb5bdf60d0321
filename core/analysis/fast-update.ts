/**
 * The editor's fast path after an edit: the changed paragraphs are read again against the last
 * full analysis's story-wide facts (cast, speakers, voices); everything else is shifted into
 * place. The worker then runs the full analysis in idle time and its result replaces this one.
 */
import type { CastMatcher, QuoteStyle } from "../cast";
import type { Mention } from "../cast/mentions";
import type { Note, Voice } from "../model";
import { byPlace, namesAlike, type Speller } from "../notes";
import type { StoryText } from "../story";
import type { ParagraphEdit, SpokenQuote, StoryAnalysis } from "../analyzer";
import { moved, readNotes } from "./paragraph-notes";
import type { ParagraphReadings } from "./paragraph-readings";

/** The story-wide facts of the last full analysis, which the fast path reuses. */
export interface LastPass {
  readonly story: StoryText;
  readonly result: StoryAnalysis;
  /** `result`'s notes before namesAlike: what an edit's notes are set beside. */
  readonly notes: readonly Note[];
  readonly style: QuoteStyle;
  readonly matcher: CastMatcher;
  readonly voices: ReadonlyMap<string, Voice>;
  readonly speller: Speller | undefined;
  /** Descriptions shown as the character who speaks their lines (spokenAs): their mentions too. */
  readonly folded: ReadonlyMap<string, string>;
}

/**
 * The analysis of `story` after `edit`, built on `context` (a story `edit` turned into this
 * one), its new paragraphs read through `readings`. New quotes keep the speaker of the quote
 * they replace, by position, until the next full analysis. Answers the notes before namesAlike
 * too, for the next edit: an edit that removes a name's only mid-sentence use gives its
 * sentence-start uses their own notes back, as the full pass does.
 */
export function updateAfterEdit(
  context: LastPass,
  story: StoryText,
  edit: ParagraphEdit,
  readings: ParagraphReadings,
): { result: StoryAnalysis; notes: Note[] } {
  const old = context.result;
  const end = edit.start + edit.deleteCount;
  const delta = edit.insertCount - edit.deleteCount;
  // Keeps an item of an unchanged paragraph, moved to where that paragraph is now.
  const keep = <T extends { paragraph: number; from: number; to: number }>(item: T): T | null => {
    if (item.paragraph < edit.start) return item;
    if (item.paragraph < end) return null;
    const paragraph = item.paragraph + delta;
    return moved(
      item,
      story.paragraphs[paragraph]!.offset - context.story.paragraphs[item.paragraph]!.offset,
      paragraph,
    );
  };
  const keepAll = <T extends { paragraph: number; from: number; to: number }>(
    items: readonly T[],
  ): T[] => items.map(keep).filter((x): x is T => x !== null);
  const fresh = { quotes: [] as SpokenQuote[], mentions: [] as Mention[], notes: [] as Note[] };
  const previous = old.quotes.filter((q) => q.paragraph >= edit.start && q.paragraph < end);
  const reading = readings.noteReading();
  for (let i = edit.start; i < edit.start + edit.insertCount; i++) {
    const p = { ...story.paragraphs[i]!, text: readings.own(story.paragraphs[i]!.text) };
    if (p.isBreak) continue;
    // The same kept reading the full pass lists from, not the narration checks again per key.
    const spoken = readings.spokenIn(p.text, context.style);
    const local = spoken.quotes.filter((_, i) => !spoken.narration[i]);
    const quotes = local.map((q, index): SpokenQuote => {
      const before = previous.find(
        (o) => o.index === index && o.paragraph - edit.start === i - edit.start,
      );
      return {
        paragraph: i,
        index,
        from: p.offset + q.from,
        to: p.offset + q.to,
        text: p.text.slice(q.from, q.to),
        speaker: before?.speaker ?? null,
        confidence: before?.confidence ?? 0,
      };
    });
    fresh.quotes.push(...quotes);
    for (const m of readings.mentionsIn(p.text, context.matcher))
      fresh.mentions.push({
        paragraph: i,
        from: p.offset + m.from,
        to: p.offset + m.to,
        character: context.folded.get(m.character) ?? m.character,
      });
    const notes = readNotes(reading, p.text, p.offset, quotes, context.voices, context.speller);
    fresh.notes.push(...notes.notes.map((n) => moved(n, p.offset, i)));
  }
  const byPosition = (a: { from: number }, b: { from: number }): number => a.from - b.from;
  const scenes = old.scenes.map((s) => {
    const first = s.firstParagraph >= end ? s.firstParagraph + delta : s.firstParagraph;
    const last =
      s.lastParagraph >= end - 1 ? Math.max(first, s.lastParagraph + delta) : s.lastParagraph;
    let words = s.words;
    // Counted again when the scene held a replaced paragraph or now holds an inserted one: a
    // paragraph added with none replaced at a scene's end is only in its new range.
    if (
      (s.lastParagraph >= edit.start && s.firstParagraph < end) ||
      (last >= edit.start && first < edit.start + edit.insertCount)
    ) {
      words = 0;
      // A scene whose paragraphs were all deleted holds none: its range is the next one's
      // first paragraph, or past the story's last.
      const emptied =
        s.firstParagraph >= edit.start && s.lastParagraph < end && s.lastParagraph + delta < first;
      if (!emptied)
        for (let p = first; p <= last; p++)
          words += readings.words(story.paragraphs[p]!.text, story.paragraphs[p]!.isBreak);
    }
    return { ...s, firstParagraph: first, lastParagraph: last, words };
  });
  // Chapters shift with their paragraphs; a heading typed or removed waits for the full pass.
  const chapters = old.chapters.map((c) => {
    const first = c.firstParagraph >= end ? c.firstParagraph + delta : c.firstParagraph;
    const last =
      c.lastParagraph >= end - 1 ? Math.max(first, c.lastParagraph + delta) : c.lastParagraph;
    const words = scenes
      .filter((s) => s.firstParagraph >= first && s.firstParagraph <= last)
      .reduce((n, s) => n + s.words, 0);
    return { ...c, firstParagraph: first, lastParagraph: last, words };
  });
  const notes = [
    ...keepAll(context.notes),
    ...fresh.notes,
    ...storyWideKept(context, story, edit),
  ].sort(byPlace);
  const result: StoryAnalysis = {
    ...old,
    paragraphs: story.paragraphs.length,
    words: scenes.reduce((n, s) => n + s.words, 0),
    scenes,
    chapters,
    quotes: [...keepAll(old.quotes), ...fresh.quotes].sort(byPosition),
    mentions: [...keepAll(old.mentions), ...fresh.mentions].sort(byPosition),
    notes: namesAlike(notes),
  };
  return { result, notes };
}

/** The notes that read the whole story's words (storyNotes), not one paragraph's. */
const STORY_WIDE = new Set<Note["kind"]>(["variant", "spelling-mix"]);

/**
 * The story-wide notes of the paragraphs `edit` replaced, found again in its new paragraphs:
 * each on the same word nearest its old place (from the edit's start), none where the word is
 * gone. They read every paragraph's words, which the fast path does not, so they stay as they
 * were until the full pass; dropped, a spelling-mix underline went off while the writer typed
 * in its paragraph and came back with the pass.
 */
function storyWideKept(context: LastPass, story: StoryText, edit: ParagraphEdit): Note[] {
  const end = edit.start + edit.deleteCount;
  const old = context.notes.filter(
    (n) => n.paragraph >= edit.start && n.paragraph < end && STORY_WIDE.has(n.kind),
  );
  if (old.length === 0 || edit.insertCount === 0) return [];
  const oldStart = context.story.paragraphs[edit.start]!.offset;
  const newStart = story.paragraphs[edit.start]!.offset;
  const taken = new Set<number>();
  const kept: Note[] = [];
  for (const n of old) {
    const want = n.from - oldStart;
    let best: { from: number; paragraph: number } | null = null;
    for (let i = edit.start; i < edit.start + edit.insertCount; i++) {
      const { text, offset, isBreak } = story.paragraphs[i]!;
      if (isBreak) continue;
      for (let at = text.indexOf(n.text); at >= 0; at = text.indexOf(n.text, at + 1)) {
        const from = offset + at;
        if (taken.has(from) || !wholeWord(text, at, at + n.text.length)) continue;
        if (!best || Math.abs(from - newStart - want) < Math.abs(best.from - newStart - want))
          best = { from, paragraph: i };
      }
    }
    if (!best) continue;
    taken.add(best.from);
    kept.push(moved(n, best.from - n.from, best.paragraph));
  }
  return kept;
}

/** Whether `text` from `from` to `to` is a whole word: no letter or digit touches either end. */
function wholeWord(text: string, from: number, to: number): boolean {
  return !WORDY.test(text[from - 1] ?? "") && !WORDY.test(text[to] ?? "");
}

const WORDY = /[\p{L}\p{N}]/u;
