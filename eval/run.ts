/**
 * `npm run eval -- DIR [DIR...] [--json]`: how the analysis does on stories with gold files.
 * Each section (speakers, voice notes, scenes) prints its own table for the stories whose gold
 * has what it measures; `--json` prints one object keyed by section name.
 */
import { loadStories } from "./stories";
import { scenesSection } from "./scenes";
import type { EvalSection } from "./section";
import { speakersSection } from "./speakers";
import { untaggedSection } from "./untagged";
import { voiceSection } from "./voice";

const sections: readonly EvalSection[] = [
  speakersSection,
  untaggedSection,
  voiceSection,
  scenesSection,
];

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes("--json");
  const dirs = argv.filter((a) => !a.startsWith("--"));
  if (dirs.length === 0) {
    process.stderr.write("usage: npm run eval -- DIR [DIR...] [--json]\n");
    process.exitCode = 2;
    return;
  }
  const stories = (await Promise.all(dirs.map(loadStories))).flat();
  if (stories.length === 0) {
    process.stderr.write(`eval: no NAME.txt with NAME.gold.json in ${dirs.join(", ")}\n`);
    process.exitCode = 2;
    return;
  }
  const out: Record<string, unknown> = { stories: stories.length };
  for (const section of sections) {
    const result = section.run(stories);
    if (!result) continue;
    out[section.name] = result.json;
    if (!json) process.stdout.write(`\n## ${section.name}\n\n${result.lines.join("\n")}\n`);
  }
  if (json) process.stdout.write(JSON.stringify(out, null, 1) + "\n");
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`eval: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
