/**
 * The voice section of `npm run eval`: how often voice notes fire on published novels, and every
 * one of them, so a reader can judge each. Every character of a LitBank text is given the voice of
 * its author's country (eval/litbank-voices.json): the cast the analyzer finds is given that voice
 * and the text analysed again, so a note means "this character said a word of the other variety".
 * Also the precision suite (tests/fixtures/voice/precision.json) scored per lexicon entry.
 */
import { readFileSync } from "node:fs";
import { StoryAnalyzer } from "../core/analyzer";
import type { Character, Note, Voice } from "../core/model";
import { runPrecisionCase, type PrecisionCase } from "./precision-suite";
import litbankVoices from "./litbank-voices.json";
import type { EvalSection, SectionResult } from "./section";
import type { EvalStory } from "./stories";

const voices = litbankVoices.voices as unknown as Record<string, [Voice, string]>;

interface Listed {
  readonly story: string;
  readonly term: string;
  readonly speaker: string;
  readonly severity: string;
  readonly confidence: number | null;
  readonly context: string;
}

/** The analysis of a story with every character, given or discovered, set to `voice`. */
function notesWithVoice(
  story: EvalStory,
  voice: Voice,
): { notes: readonly Note[]; words: number; quotes: ReadonlyMap<number, number> } {
  const given = (story.cast ?? []).map((c): Character => ({ ...c, voice }));
  const first = new StoryAnalyzer({ cast: given }).analyze(story.text, story.file);
  const everyone = first.characters.map((c): Character => ({
    name: c.name,
    aliases: c.aliases,
    voice,
    ...(c.unnamed ? { unnamed: true } : {}),
  }));
  const result = new StoryAnalyzer({ cast: everyone }).analyze(story.text, story.file);
  const quotes = new Map<number, number>();
  for (const n of result.notes) {
    const q = result.quotes.find((q) => q.from <= n.from && n.to <= q.to);
    if (q) quotes.set(n.from, q.confidence ?? 1);
  }
  return { notes: result.notes, words: result.words, quotes };
}

function excerpt(text: string, from: number, to: number): string {
  const start = Math.max(0, from - 50);
  const end = Math.min(text.length, to + 30);
  return `${text.slice(start, from)}[${text.slice(from, to)}]${text.slice(to, end)}`.replace(
    /\s+/g,
    " ",
  );
}

const perTenK = (n: number, words: number): number =>
  words === 0 ? 0 : Math.round((n / words) * 10000 * 100) / 100;

function litbankPart(stories: readonly EvalStory[]): {
  lines: string[];
  json: Record<string, unknown>;
} | null {
  const judged = stories.filter((s) => voices[s.name]);
  if (judged.length === 0) return null;
  let words = 0;
  const listed: Listed[] = [];
  let glosses = 0;
  for (const story of judged) {
    const [voice] = voices[story.name]!;
    const read = notesWithVoice(story, voice);
    words += read.words;
    for (const n of read.notes) {
      if (n.kind === "gloss") glosses++;
      if (n.kind !== "voice") continue;
      listed.push({
        story: story.name,
        term: n.text,
        speaker: n.speaker ?? "",
        severity: n.severity,
        confidence: read.quotes.get(n.from) ?? null,
        context: excerpt(story.text, n.from, n.to),
      });
    }
  }
  const warnings = listed.filter((l) => l.severity === "warning").length;
  const lines = [
    `LitBank: ${judged.length} texts, ${words} words, each character given its author's voice`,
    `voice warnings: ${warnings} (${perTenK(warnings, words)} per 10k words)`,
    `voice notes of any kind: ${listed.length} (${perTenK(listed.length, words)} per 10k words)`,
    `gloss notes (information, not voice): ${glosses}`,
    "",
    ...listed.map(
      (l) =>
        `${l.severity === "warning" ? "W" : "i"} ${l.story}: "${l.term}" by ${l.speaker}` +
        ` (speaker confidence ${l.confidence ?? "?"}): ${l.context}`,
    ),
  ];
  return {
    lines,
    json: {
      texts: judged.length,
      words,
      warnings,
      notes: listed.length,
      warningsPer10k: perTenK(warnings, words),
      notesPer10k: perTenK(listed.length, words),
      glosses,
      listed,
    },
  };
}

interface EntryScore {
  cases: number;
  right: number;
  /** Cases where a warning was raised, and of those the ones that expected it. */
  warned: number;
  warnedRight: number;
}

function precisionPart(): { lines: string[]; json: Record<string, unknown> } {
  const suite = JSON.parse(
    readFileSync(new URL("../tests/fixtures/voice/precision.json", import.meta.url), "utf8"),
  ) as { cases: PrecisionCase[] };
  const byEntry = new Map<string, EntryScore>();
  let right = 0;
  const wrong: string[] = [];
  for (const c of suite.cases) {
    const got = runPrecisionCase(c);
    const score = byEntry.get(c.entry) ?? { cases: 0, right: 0, warned: 0, warnedRight: 0 };
    byEntry.set(c.entry, score);
    score.cases++;
    if (got === c.expect) {
      score.right++;
      right++;
    } else wrong.push(`  ${c.entry}: ${c.voice} "${c.line}" expected ${c.expect}, got ${got}`);
    if (got === "warning") {
      score.warned++;
      if (c.expect === "warning") score.warnedRight++;
    }
  }
  const rows = [...byEntry]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([id, s]) =>
        `  ${id}: ${s.right}/${s.cases} right, warning precision ` +
        (s.warned === 0 ? "-" : `${s.warnedRight}/${s.warned}`),
    );
  return {
    lines: [
      `precision suite: ${suite.cases.length} sentences, ${right} as expected`,
      ...(wrong.length ? ["not as expected:", ...wrong] : []),
      "per entry:",
      ...rows,
    ],
    json: {
      cases: suite.cases.length,
      right,
      wrong,
      entries: Object.fromEntries(byEntry),
    },
  };
}

export const voiceSection: EvalSection = {
  name: "voice",
  run(stories): SectionResult | null {
    const litbank = litbankPart(stories);
    const precision = precisionPart();
    return {
      lines: [...(litbank?.lines ?? []), "", ...precision.lines],
      json: { litbank: litbank?.json ?? null, precision: precision.json },
    };
  },
};
