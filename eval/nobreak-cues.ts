/**
 * `npx tsx eval/nobreak-cues.ts DIR [DIR...] [--gold GOLD_DIR]`: the boundaries the detector
 * chooses (not those a break line or a chapter heading makes), pooled by the cues that made them:
 * for folders with no scene gold (LitBank's excerpts, speakers-dev's stories), where most are
 * false, the other side of a count of misses by cue. The tie-breakers (`dialogueEnd`,
 * `newCast`) and the unread `cohesion` are left out of the key. Counts only, so it may run on
 * any folder. With `--gold`, scene gold for the same stories by name (LitBank's is
 * `tests/fixtures/litbank-scenes`: its own gold gives the cast, no scenes) says how many of each
 * are real, within one paragraph as the eval matches, and how many of those a break line or a
 * chapter heading makes are.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { BOUNDARY_WEIGHTS, chooseBoundaries } from "../core/scenes";
import { matchedPredicted, sceneGold, sectionsAsAnalyzed } from "./scenes";
import { loadStories } from "./stories";

const LEFT_OUT = new Set(["dialogueEnd", "newCast", "cohesion"]);

/** The gold boundaries `goldDir` gives the story, or null when it has no scene gold for it. */
function goldBoundaries(goldDir: string, name: string): readonly number[] | null {
  const file = path.join(goldDir, `${name}.gold.json`);
  if (!existsSync(file)) return null;
  return (
    sceneGold(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)?.boundaries ?? null
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--gold");
  const goldDir = at >= 0 ? args[at + 1] : undefined;
  const dirs = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  const byCues = new Map<string, { chosen: number; real: number }>();
  const marked = { made: 0, real: 0 };
  let chosen = 0;
  let real = 0;
  for (const dir of dirs)
    for (const story of await loadStories(dir)) {
      // Every boundary the story gets, absolute; a null key is a break line's or a heading's.
      const found: { paragraph: number; key: string | null }[] = [];
      for (const s of sectionsAsAnalyzed(story).sections) {
        if (s.firstParagraph > 0) found.push({ paragraph: s.firstParagraph, key: null });
        for (const c of chooseBoundaries(s.features, s.candidates, BOUNDARY_WEIGHTS)) {
          const key = Object.entries(c.cues ?? {})
            .filter(([name, v]) => v > 0 && !LEFT_OUT.has(name))
            .map(([name]) => name)
            .sort()
            .join("+");
          found.push({ paragraph: s.firstParagraph + c.paragraph, key: key || "none" });
        }
      }
      const gold = goldDir === undefined ? null : goldBoundaries(goldDir, story.name);
      const matched = gold
        ? matchedPredicted(
            found.map((f) => f.paragraph),
            gold,
          )
        : new Set<number>();
      found.forEach((f, i) => {
        const isReal = matched.has(i) ? 1 : 0;
        if (f.key === null) {
          marked.made++;
          marked.real += isReal;
          return;
        }
        chosen++;
        real += isReal;
        const row = byCues.get(f.key) ?? { chosen: 0, real: 0 };
        byCues.set(f.key, { chosen: row.chosen + 1, real: row.real + isReal });
      });
    }
  const rows = [...byCues]
    .sort((a, b) => b[1].chosen - a[1].chosen)
    .map(([k, v]) => `${k} ${v.chosen}${goldDir === undefined ? "" : ` (${v.real} real)`}`);
  console.log(`${chosen} boundaries chosen: ${rows.join(", ")}`);
  if (goldDir !== undefined)
    console.log(
      `real by ${goldDir}: ${real} of the ${chosen} chosen; of the ${marked.made} a break line ` +
        `or a chapter heading makes, ${marked.real}`,
    );
}

void main();
