import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AnalysisEngine } from "../../../renderer/analysis/engine";
import { blocksOf, diffBlocks } from "../../../renderer/analysis/sync";
import { paragraphHash, type SpeakerCorrection } from "../../../core/cast/corrections";
import type { Character } from "../../../core/model";
import { textToDoc } from "../../../renderer/editor/story-doc";
import type {
  AnalysisSettings,
  DocAnalysis,
  ParagraphSplice,
} from "../../../renderer/analysis/protocol";

/** A barman whose sure line is British slang, a visitor, and a typo the writer may keep. */
const PUB = [
  "The pub was nearly empty when Willow came in out of the rain with her lantren.",
  '"Sod off, you daft git, we\'re closed. Bloody tourists," said Barney.',
  'Willow shook her coat. "I only want a cup of tea."',
  '"Fine," Barney said. "One cup, and then you go."',
].join("\n\n");
const dev = (name: string) => readFileSync(`tests/fixtures/speakers-dev/${name}.txt`, "utf8");
const STORIES = [PUB, dev("a_keller_garage"), dev("c_two_povs")];

/** A few words, so the stories' other words are typos and a story word takes one away. */
const dictionaries = [{ aff: "SET UTF-8\n", dic: "5\nthe\nand\nsaid\nshe\nhe\n" }];

const paragraphsOf = (text: string): readonly string[] =>
  diffBlocks([], blocksOf(textToDoc(text)), "\n")!.insert;
/** What a new editor state sends first: the whole story, replacing whatever the worker had. */
const opened = (text: string): ParagraphSplice => ({
  start: 0,
  deleteCount: Number.MAX_SAFE_INTEGER,
  insert: paragraphsOf(text),
});
const withoutTime = ({ ms: _ms, ...rest }: DocAnalysis) => rest;

/** The correction giving the first quote of the story's first paragraph with one to `speaker`. */
function giveFirstLine(text: string, speaker: string | null): SpeakerCorrection {
  const paragraph = paragraphsOf(text).find((p) => p.includes('"'))!;
  const from = paragraph.indexOf('"') + 1;
  return {
    paragraph: paragraphHash(paragraph),
    quote: paragraph.slice(from, paragraph.indexOf('"', from)),
    speaker,
  };
}

/** What a new engine answers for these settings, dictionaries and story. */
function fresh(settings: AnalysisSettings, spelled: boolean, text: string): DocAnalysis {
  const engine = new AnalysisEngine();
  engine.configure(settings);
  if (spelled) engine.setDictionaries(dictionaries);
  engine.apply(opened(text));
  return engine.analyze();
}

/** A small seeded generator (mulberry32), so a failing sequence can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const barney: Character = { name: "Barney", aliases: ["the barman"], voice: "american" };
/** Settings a writer may have: none, a cast, story words, corrections, some found names dismissed. */
const VARIANTS: readonly Omit<AnalysisSettings, "file">[] = [
  { cast: [], storyWords: [] },
  { cast: [], storyWords: [], corrections: [] },
  { cast: [barney], storyWords: [] },
  { cast: [], storyWords: ["lantren"] },
  { cast: [], storyWords: [], corrections: [giveFirstLine(PUB, "Willow")] },
  { cast: [barney], storyWords: ["lantren"], dismissed: ["Willow"] },
];

describe("an engine configured again keeps its analyzer only for the same inputs", () => {
  it("answers every open, edit and setting as a new engine answers the same inputs", () => {
    const kinds = new Set<string>();
    for (const seed of [1, 2]) {
      const next = random(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
      const engine = new AnalysisEngine();
      let settings: AnalysisSettings = { ...VARIANTS[0]!, file: "story.txt" };
      let spelled = false;
      let text = STORIES[0]!;
      engine.configure(settings);
      for (let step = 0; step < 8; step++) {
        const what = next();
        // Opened again (a new folder, sometimes a Markdown name), another story, or new settings.
        if (what < 0.4 || step === 0) {
          settings = { ...pick(VARIANTS), file: pick(["a/story.txt", "b/story.txt", "c.md"]) };
          if (next() < 0.5) text = pick(STORIES);
          engine.configure(settings);
          engine.apply(opened(text));
          kinds.add("open");
        } else if (what < 0.55) {
          settings = { ...pick(VARIANTS), file: settings.file };
          engine.configure(settings);
          kinds.add("settings");
        } else if (what < 0.7 && !spelled) {
          spelled = true;
          engine.setDictionaries(dictionaries);
          kinds.add("dictionaries");
        } else {
          // The writer types in one paragraph.
          const paragraphs = paragraphsOf(text);
          const at = Math.floor(next() * paragraphs.length);
          const edited = paragraphs.map((p, i) => (i === at ? `${p} Barney said nothing.` : p));
          text = edited.join("\n\n");
          engine.apply({ start: at, deleteCount: 1, insert: [edited[at]!] });
          kinds.add("edit");
        }
        const quick = engine.quickPatch();
        const expected = withoutTime(fresh(settings, spelled, text));
        if (quick) expect(quick.analysis.partial).toBe(true);
        expect(withoutTime(engine.analyze()), `seed ${seed}, step ${step}`).toEqual(expected);
      }
    }
    // The sequences met every kind of step.
    expect([...kinds].sort()).toEqual(["dictionaries", "edit", "open", "settings"]);
  });

  it("gives no fast answer after new settings until a whole pass, as a new engine gives none", () => {
    const engine = new AnalysisEngine();
    const settings = { cast: [], storyWords: [] };
    engine.configure(settings);
    engine.apply(opened(PUB));
    engine.analyze();
    engine.configure({ ...settings, file: "again.txt" });
    engine.apply({ start: 0, deleteCount: 1, insert: ["The pub was empty."] });
    expect(engine.quickPatch()).toBeNull();
    engine.analyze();
    engine.apply({ start: 0, deleteCount: 1, insert: ["The pub was full."] });
    expect(engine.quickPatch()).not.toBeNull();
  });

  /** The story read with `before`, then configured with `after` and read again. */
  function readAgain(before: AnalysisSettings, after: AnalysisSettings, spelled = false) {
    const engine = new AnalysisEngine();
    engine.configure(before);
    if (spelled) engine.setDictionaries(dictionaries);
    engine.apply(opened(PUB));
    const first = engine.analyze();
    engine.configure(after);
    engine.apply(opened(PUB));
    return { first: withoutTime(first), again: withoutTime(engine.analyze()) };
  }

  it("reads the story again with a new cast", () => {
    const after = { cast: [barney], storyWords: [] };
    const { first, again } = readAgain({ cast: [], storyWords: [] }, after);
    expect(again.characters.find((c) => c.name === "Barney")?.aliases).toEqual(["the barman"]);
    expect(again).not.toEqual(first);
    expect(again).toEqual(withoutTime(fresh(after, false, PUB)));
  });

  it("reads the story again with new story words", () => {
    const after = { cast: [], storyWords: ["lantren"] };
    const { first, again } = readAgain({ cast: [], storyWords: [] }, after, true);
    const typos = (a: typeof first) =>
      a.notes.filter((n) => n.kind === "spelling").map((n) => n.text);
    expect(typos(first)).toContain("lantren");
    expect(typos(again)).not.toContain("lantren");
    expect(again).toEqual(withoutTime(fresh(after, true, PUB)));
  });

  it("reads the story again with new corrections", () => {
    const after = { cast: [], storyWords: [], corrections: [giveFirstLine(PUB, "Willow")] };
    const { first, again } = readAgain({ cast: [], storyWords: [] }, after);
    const line = (a: typeof first) => a.quotes.find((q) => q.paragraph === 1)!;
    expect(line(first).speaker).toBe("Barney");
    expect(line(again)).toMatchObject({ speaker: "Willow", corrected: true });
    expect(again).toEqual(withoutTime(fresh(after, false, PUB)));
  });
});
