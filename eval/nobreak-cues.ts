/**
 * `npx tsx eval/nobreak-cues.ts DIR [DIR...]`: the boundaries the detector chooses (not those a
 * break line or a chapter heading makes), pooled by the cues that made them: for folders with
 * no scene gold (LitBank's excerpts, speakers-dev's stories), where most are false, the other
 * side of a count of misses by cue. The tie-breakers (`dialogueEnd`, `newCast`) and the unread
 * `cohesion` are left out of the key. Counts only, so it may run on any folder.
 */
import { BOUNDARY_WEIGHTS, chooseBoundaries } from "../core/scenes";
import { sectionsAsAnalyzed } from "./scenes";
import { loadStories } from "./stories";

const LEFT_OUT = new Set(["dialogueEnd", "newCast", "cohesion"]);

async function main(): Promise<void> {
  const byCues = new Map<string, number>();
  let chosen = 0;
  for (const dir of process.argv.slice(2))
    for (const story of await loadStories(dir))
      for (const s of sectionsAsAnalyzed(story).sections)
        for (const c of chooseBoundaries(s.features, s.candidates, BOUNDARY_WEIGHTS)) {
          chosen++;
          const key = Object.entries(c.cues ?? {})
            .filter(([name, v]) => v > 0 && !LEFT_OUT.has(name))
            .map(([name]) => name)
            .sort()
            .join("+");
          byCues.set(key || "none", (byCues.get(key || "none") ?? 0) + 1);
        }
  const rows = [...byCues].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`);
  console.log(`${chosen} boundaries chosen: ${rows.join(", ")}`);
}

void main();
