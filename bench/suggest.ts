/**
 * The speller's search for suggestions, bounded and not: for each word of the two lists in
 * tests/fixtures/spelling (real misspellings with the word meant, and words no dictionary word
 * is near), the CPU time of `suggestSpelling` with the budget and with none, alternating, and
 * whether the word meant is among what the card offers. The app's dictionaries: the compiled
 * forms `npm run build` writes (dist/dictionaries), else the packages' files.
 *
 *   npx tsx bench/suggest.ts [runs]
 */
import { readFileSync } from "node:fs";
import { readDictionaryFiles } from "../electron/host/dictionaries";
import { createSpeller, suggestSpelling, type Speller } from "../core/notes";
import { median, percentile, round } from "./stats";

const lines = (file: string): string[] =>
  readFileSync(`tests/fixtures/spelling/${file}`, "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));

/** `suggestSpelling` with no budget: the speller as it searched before suggest-33. */
function unbounded(speller: Speller): Speller {
  return {
    ...speller,
    dictionarySuggestions: (word) => speller.dictionarySuggestions(word, { left: Infinity }),
  };
}

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const files = await Promise.all([readDictionaryFiles("en-GB"), readDictionaryFiles("en-US")]);
  console.log(`dictionaries: ${"forms" in files[0] ? "compiled forms" : "aff and dic"}`);
  const bounded = createSpeller(files);
  bounded.isCorrect("warm");
  const open = unbounded(bounded);
  const typos = lines("misspellings.tsv").map((line) => line.split("\t") as [string, string]);
  const mash = lines("unmendable.txt");

  const found = (speller: Speller): number =>
    typos.filter(([typo, meant]) => {
      const offered = suggestSpelling(typo, speller).map((s) => s.toLowerCase());
      return meant.split("|").some((word) => offered.includes(word));
    }).length;
  console.log(
    `word meant offered: bounded ${found(bounded)}, unbounded ${found(open)} of ${typos.length}`,
  );

  for (const [label, words] of [
    ["misspellings", typos.map(([typo]) => typo)],
    ["unmendable", mash],
  ] as const) {
    const times = { bounded: [] as number[], unbounded: [] as number[] };
    for (const word of words) {
      const per = { bounded: [] as number[], unbounded: [] as number[] };
      // A B A B: the machine's load moves between runs, not within one pair.
      for (let run = 0; run < runs; run++) {
        per.bounded.push(cpuMs(() => suggestSpelling(word, bounded)));
        per.unbounded.push(cpuMs(() => suggestSpelling(word, open)));
      }
      times.bounded.push(median(per.bounded));
      times.unbounded.push(median(per.unbounded));
    }
    for (const [side, ms] of Object.entries(times))
      console.log(
        `${label} ${side}: CPU ms per word median ${round(median(ms), 1)}, p90 ${round(percentile(ms, 90), 1)}, max ${round(Math.max(...ms), 1)}`,
      );
  }
}

void main();
