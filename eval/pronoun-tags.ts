/**
 * Every line whose tag is a pronoun ("he said", "said she"), with the gold cast (or none,
 * `--nocast`): over all of them, how often the tag's first resolution (salience), the last
 * speaker and the turn-taking partner of the pronoun's sex (the latest other recent speaker
 * whose sex does not contradict it, never the narrator) pick the gold speaker, by whether the
 * tag opens its paragraph; and each wrong one by what a reader would resolve it with: the gold
 * speaker no candidate (a description or label the walk never linked), their sex unknown or
 * read wrongly, or, the sex fitting, the partner, the last speaker, a beat or the paragraph's
 * narration, else the narration before. Counts only, so it may run on any set; `--show`
 * prints each wrong line with the paragraphs before it and is refused on the check sets.
 * `--dump FILE` (refused on the check sets too) writes every line (story, paragraph, offset,
 * gold, ours, the walk's answer, right) to compare two versions of the code line by line.
 * `npx tsx eval/pronoun-tags.ts DIR [--nocast] [--show] [--dump FILE]`.
 */
import { refuseCheckSets } from "./check-sets";
import { storyLines } from "./story-lines";
import { loadStories, type EvalStory } from "./stories";

const args = process.argv.slice(2);
const show = args.includes("--show");
const withCast = !args.includes("--nocast");
const dumpAt = args.indexOf("--dump");
const dumpFile = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith("--") && (dumpAt < 0 || i !== dumpAt + 1));
const dump: string[] = [];
// The dump names each line's story, place and gold speaker: the check sets' are not to be read
// line by line either.
if (show || dumpFile !== undefined)
  refuseCheckSets("pronoun-tags.ts", "--show and --dump print lines", dirs);

const tallies = new Map<string, number>();
const add = (key: string): void => void tallies.set(key, (tallies.get(key) ?? 0) + 1);

function audit(story: EvalStory): void {
  const { text, read, final, gold, readAt, official, pairs } = storyLines(story, withCast);
  gold.forEach((gq, i) => {
    const j = pairs[i]!;
    if (j < 0) return;
    const q = final[j]!;
    const r = readAt.get(`${q.from}:${q.to}`);
    const walked = r === undefined ? null : (read.quotes[r]!.speaker ?? null);
    dump.push(
      [
        story.name,
        q.paragraph,
        q.from,
        gq.speaker,
        q.speaker,
        walked,
        official(gq, q.speaker),
      ].join("\t"),
    );
    const c = r === undefined ? undefined : read.contexts[r];
    if (!c || c.tag !== "pronoun") return;
    const ok = official(gq, q.speaker);
    add(`pronoun-tagged lines, ours right ${ok}`);
    const fits = (x: string): boolean =>
      x !== c.narrator && (c.genders.get(x) ?? null) !== (c.tagGender === "m" ? "f" : "m");
    const last = c.recent[0] ?? null;
    const partner = c.recent.slice(1).find(fits) ?? null;
    const where = c.opensParagraph ? "opens its paragraph" : "later in its paragraph";
    const is = (x: string | null): boolean => x !== null && official(gq, x);
    add(`${where}: salience's answer is gold ${is(c.tagKey)}, ours ${ok}`);
    if (last && fits(last))
      add(
        `${where}, the last speaker fits: gold is the last ${is(last)}, partner ${partner ? is(partner) : "none"}, salience ${is(c.tagKey)}`,
      );
    else
      add(
        `${where}, the last speaker does not fit: gold partner ${partner ? is(partner) : "none"}, salience ${is(c.tagKey)}`,
      );
    if (!ok) {
      const goldKey = [...c.genders.keys(), ...c.recent].find((x) => is(x)) ?? null;
      const sex = goldKey === null ? undefined : (c.genders.get(goldKey) ?? null);
      const cls =
        goldKey === null
          ? "the gold speaker is no candidate (a description or label not linked)"
          : sex === null
            ? "the gold speaker's sex unknown"
            : sex !== c.tagGender
              ? "the gold speaker's sex read wrongly"
              : goldKey === partner
                ? "sex fits: the gold is the turn-taking partner of that sex"
                : goldKey === last
                  ? "sex fits: the gold is the last speaker"
                  : c.before.has(goldKey) || c.after.has(goldKey)
                    ? "sex fits: a beat of the paragraph names the gold"
                    : c.narration.has(goldKey)
                      ? "sex fits: the paragraph's narration names the gold"
                      : "sex fits: else (narration before the paragraph)";
      add(`wrong, ${withCast ? "cast" : "no cast"}: ${cls}`);
      if (show) console.log(`\n--- ${cls}`);
    }
    if (!ok && show) {
      console.log(
        `\n=== ${story.name} p${q.paragraph}: gold ${gq.speaker}, ours ${q.speaker}, tag ${c.tagKey}, recent ${c.recent.join(" | ")}`,
      );
      for (let p = Math.max(0, q.paragraph - 4); p <= q.paragraph; p++)
        console.log(`  [${p}] ${text.paragraphs[p]!.text.replace(/\s+/g, " ").slice(0, 300)}`);
    }
  });
}

for (const dir of dirs)
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    audit(story);
  }
if (dumpFile) (await import("node:fs")).writeFileSync(dumpFile, dump.join("\n") + "\n");
for (const [k, n] of [...tallies].sort()) console.log(`${k.padEnd(70)}${String(n).padStart(6)}`);
