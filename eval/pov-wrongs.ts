/**
 * `npx tsx eval/pov-wrongs.ts DIR [DIR...]`: every gold scene whose POV is wrong over its own
 * paragraphs (`goldSpanScenes`) by the exact judge, by story, with the gold and the read POV and
 * the scene's paragraphs, for counting by cause; "right by ours" marks one our judge takes (a
 * form of the name only that member owns, `pov-judge.ts`). It names stories: it refuses the
 * check sets.
 */
import { StoryAnalyzer } from "../core/analyzer";
import { NARRATOR } from "../core/scenes";
import { refuseCheckSets } from "./check-sets";
import { goldSpanScenes } from "./gold-span-pov";
import { povCanonical } from "./pov-judge";
import { sceneGold } from "./scenes";
import { loadStories } from "./stories";

const dirs = process.argv.slice(2);
refuseCheckSets("pov-wrongs", "names stories", dirs);
for (const dir of dirs) {
  for (const story of await loadStories(dir)) {
    const gold = sceneGold(story.gold);
    if (!gold?.povs) continue;
    const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
      story.text,
      story.file,
    );
    const canonical = povCanonical(analysis.characters, "exact");
    const byForms = povCanonical(analysis.characters, "forms");
    const narrator = analysis.characters.find((c) => c.narrator)?.name;
    const spans = goldSpanScenes(
      story.text,
      analysis.characters,
      [0, ...gold.boundaries],
      analysis.paragraphs - 1,
    );
    spans.forEach((s, k) => {
      const named = gold.povs![k];
      if (named === undefined || named === null) return;
      const want = canonical(named);
      if (s.pov === want || (want === NARRATOR && (s.pov === narrator || s.pov === NARRATOR)))
        return;
      const ours = byForms(named) === s.pov ? " (right by ours)" : "";
      console.log(
        `${story.name} ${k} [${s.firstParagraph}-${s.lastParagraph}]: gold ${want}, read ${s.pov}${ours}`,
      );
    });
  }
}
