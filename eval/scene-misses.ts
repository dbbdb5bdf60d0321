/**
 * The map of what dev gets wrong: for each story under an F1 (0.7 unless told), every missed
 * gold boundary and every extra one, with its opening words, the last words of the paragraph
 * before, and the cues there. Prints text, so run it only on folders that may be read (dev),
 * never on the held-out or check folders.
 *
 *   npx tsx eval/scene-misses.ts tests/fixtures/scenes [F1-BELOW]
 */
import { refuseCheckSets } from "./check-sets";
import { StoryAnalyzer } from "../core/analyzer";
import { parseStory } from "../core/story";
import { candidatesOf, cueRows } from "./scene-cues";
import { f1Of, matchBoundaries, sceneGold } from "./scenes";
import { loadStories } from "./stories";

const WORDS_SHOWN = 14;
const WORDS_SHOWN_BEFORE = 8;

const opening = (text: string): string => text.split(/\s+/u).slice(0, WORDS_SHOWN).join(" ");
const ending = (text: string): string => text.split(/\s+/u).slice(-WORDS_SHOWN_BEFORE).join(" ");

async function main(): Promise<void> {
  const [dir, below] = process.argv.slice(2);
  if (!dir) throw new Error("usage: scene-misses.ts DIR [F1-BELOW]");
  // The held-out and check folders are scored as tables only; this prints their text.
  refuseCheckSets("scene-misses.ts", "it prints the missed paragraphs", [dir]);
  const limit = Number(below ?? 0.7);
  for (const story of await loadStories(dir)) {
    const gold = sceneGold(story.gold);
    if (!gold) continue;
    const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
      story.text,
      story.file,
    );
    const predicted = analysis.scenes.slice(1).map((s) => s.firstParagraph);
    const hits = matchBoundaries(predicted, gold.boundaries);
    // The eval table's F1, so a story with no boundary and none predicted scores 1, not 0.
    const [, , f1] = f1Of(hits, predicted.length, gold.boundaries.length);
    if (f1 >= limit) continue;
    const texts = parseStory(story.text).paragraphs.map((p) => p.text);
    const characters = analysis.characters
      .filter((c) => !c.unnamed)
      .map((c) => ({ name: c.name, aliases: c.aliases }));
    const rows = cueRows(
      candidatesOf(story.text, characters),
      predicted,
      gold.boundaries,
      texts,
    ).filter((r) => r.kind === "missed" || r.kind === "extra");
    console.log(`\n## ${story.name} F1 ${f1.toFixed(2)}`);
    for (const r of rows) {
      const cues = Object.entries(r.cues)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
      console.log(
        `- ${r.kind} ${r.paragraph} score ${r.score} [${cues || "no cue"}] (${r.shape})\n` +
          `    before: …${ending(texts[r.paragraph - 1] ?? "")}\n` +
          `    opens:  ${opening(texts[r.paragraph] ?? "")}`,
      );
    }
  }
}

void main();
