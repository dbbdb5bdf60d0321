/**
 * `npx tsx eval/fronted-places.ts DIR [DIR...] [--show]`: every paragraph whose opening sentence
 * is fronted by a phrase of place ("Across the river, ...", "Up in the booth, ...", "Past
 * Crianlarich the houses ran out"), whatever its noun, counted as pooled numbers: at a gold
 * boundary (within one paragraph) found or missed, inside a scene, or in a folder without scene
 * gold; and by the candidate's score (over the price, 0.35 to it, under 0.35). A fronted phrase
 * of time ("In the morning", "At six", "On the second day") is left out. `--show` lists every
 * firing but the found ones, with its opening words, and refuses the check sets.
 *
 * It asks whether the syntax of a sentence set down in a place, read without a list of place
 * nouns, tells a new scene from a walk into the next room (scenes-37).
 */
import { BOUNDARY_WEIGHTS, chooseBoundaries } from "../core/scenes";
import { refuseCheckSets } from "./check-sets";
import { sceneGold, sectionsAsAnalyzed } from "./scenes";
import { loadStories } from "./stories";

/** A spatial preposition (after "up", "back", ...) and the start of its noun phrase. */
const FRONTED =
  /^(?:(?:up|down|out|back|over|round|away|far|just|somewhere|deep)\s+)?(?:in|at|on|inside|outside|across|behind|beyond|past|beside|under|beneath|above|below|along|through|near|opposite|round|around|over|by)\s+((?:the|a|an|his|her|their|my|our|its|this|that|\p{Lu}\p{L}*(?:['’]s)?)\b[^,.;:!?]{0,50})/u;
/** A noun phrase of time, manner or discourse, not of place: "the morning", "that moment". */
const NOT_A_PLACE =
  /^(?:the\s+)?(?:morning|afternoon|evening|night|dawn|dusk|noon|midday|midnight|end|middle|beginning|meantime|time|moment|way|same|first|last|next|past|future|spring|summer|autumn|fall|winter|years?|days?|weeks?|months?|hours?|minutes?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d|fact|truth|general|particular|short|any|all|some|spite|case|order|answer|reply|return|turn|front|silence|vain|part|addition|place|half|a\s+(?:while|minute|moment|second|few|little|way)|that\s+(?:moment|instant|time|case)|this\s+(?:way|moment|time|case))\b/iu;
const SPEECH_FIRST = /^["“‘'—]/u;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const show = argv.includes("--show");
  const dirs = argv.filter((a) => !a.startsWith("--"));
  if (show) refuseCheckSets("fronted-places.ts", "--show prints openings", dirs);
  const rows = new Map<string, number>();
  const bump = (k: string): void => void rows.set(k, (rows.get(k) ?? 0) + 1);
  for (const dir of dirs)
    for (const story of await loadStories(dir)) {
      const gold = sceneGold(story.gold);
      const goldAt = gold?.boundaries ?? [];
      const { parsed, sections } = sectionsAsAnalyzed(story);
      const chosen: number[] = [];
      for (const s of sections) {
        chosen.push(s.firstParagraph);
        for (const c of chooseBoundaries(s.features, s.candidates, BOUNDARY_WEIGHTS))
          chosen.push(s.firstParagraph + c.paragraph);
      }
      const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1;
      for (const s of sections)
        s.candidates.forEach((c, k) => {
          if (k === 0) return;
          const p = s.firstParagraph + k;
          const text = parsed.paragraphs[p]!.text.trim();
          if (SPEECH_FIRST.test(text)) return;
          const m = FRONTED.exec(text.charAt(0).toLowerCase() + text.slice(1));
          if (!m || NOT_A_PLACE.test(m[1]!)) return;
          const atGold = goldAt.some((b) => near(b, p));
          const found = chosen.some((b) => near(b, p) && goldAt.some((g) => near(g, b)));
          const where = !gold
            ? "no scene gold"
            : !atGold
              ? "inside"
              : found
                ? "gold, found"
                : "gold, missed";
          const score =
            c.score >= BOUNDARY_WEIGHTS.price
              ? "over the price"
              : c.score >= 0.35
                ? "0.35 to it"
                : "under 0.35";
          bump(where);
          bump(`${where}, ${score}`);
          if (show && where !== "gold, found")
            console.log(`${where} ${story.name} ${p} ${c.score.toFixed(2)} ${text.slice(0, 70)}`);
        });
    }
  for (const [k, v] of [...rows].sort()) console.log(`${k}: ${v}`);
}

void main();
