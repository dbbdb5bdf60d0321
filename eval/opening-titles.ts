/**
 * Stories that open with a title block over their first chapter heading (a title line or two,
 * perhaps a byline, then the heading: `headingUnderTitles`, core/chapters.ts), and what the gold
 * says there: whether it has a boundary at the heading (the title block then a scene of its
 * own) or none (the block opens the first scene). Also counts stories whose first heading has
 * anything else before it. Prints names and the block's lines, so it refuses the check sets;
 * `--count` prints only the totals.
 *
 *   npx tsx eval/opening-titles.ts DIR [DIR...] [--count]
 */
import { refuseCheckSets } from "./check-sets";
import { headingUnderTitles, isChapterHeading, isMarkdownFile } from "../core/chapters";
import { parseStory } from "../core/story";
import { sceneGold } from "./scenes";
import { loadStories } from "./stories";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const countOnly = args.includes("--count");
  const dirs = args.filter((a) => a !== "--count");
  if (dirs.length === 0) throw new Error("usage: opening-titles.ts DIR [DIR...] [--count]");
  if (!countOnly) refuseCheckSets("opening-titles.ts", "it prints story openings", dirs);
  for (const dir of dirs) {
    let stories = 0;
    let headed = 0;
    let titled = 0;
    let goldAtHeading = 0;
    for (const story of await loadStories(dir)) {
      stories++;
      const markdown = isMarkdownFile(story.file);
      const texts = parseStory(story.text).paragraphs.map((p) => (p.isBreak ? null : p.text));
      const firstHeading = texts.findIndex((t) => t !== null && isChapterHeading(t, markdown));
      if (firstHeading < 0) continue;
      headed++;
      const under = headingUnderTitles((p) => texts[p] ?? undefined, 0, markdown);
      if (under === null) continue;
      titled++;
      const boundaries = sceneGold(story.gold)?.boundaries ?? [];
      const atHeading = boundaries.some((b) => b > 0 && b <= under);
      if (atHeading) goldAtHeading++;
      if (!countOnly)
        console.log(
          `${story.name}: ${JSON.stringify(texts.slice(0, under + 1))} gold boundary at the heading: ${atHeading ? "yes" : "no"}`,
        );
    }
    console.log(
      `${dir}: ${stories} stories, ${headed} with a chapter heading, ${titled} open with a title block over it, gold boundary there in ${goldAtHeading}`,
    );
  }
}

void main();
