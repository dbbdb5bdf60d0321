/**
 * Every line whose speaker the walk read as a description, with the gold cast (or none,
 * `--nocast`): its tag is a description ("said the woman", "tag"), or the walk's or the final
 * answer is one ("the boy", "a tall boy": "anchor"), or the walk's answer is no one while the
 * gold names someone and ours is wrong ("walk-none", the class links-33 counted). Each is right,
 * wrong (another person) or none (no one, or a description, where the gold names someone).
 * Counts always; `--show` prints each line (story, paragraph, gold, ours, the walk's answer,
 * the tag and the beat before, a little of the paragraph) and is refused on the check sets.
 * `npx tsx eval/described-lines.ts DIR [--nocast] [--show]` (speakers-34).
 */
import { refuseCheckSets } from "./check-sets";
import { storyLines } from "./story-lines";
import { loadStories } from "./stories";

const args = process.argv.slice(2);
const withCast = !args.includes("--nocast");
const show = args.includes("--show");
const dirs = args.filter((a) => !a.startsWith("--"));
if (show) refuseCheckSets("described-lines.ts", "--show prints lines", dirs);

/** A key that is a description, not a name ("the woman", "a tall boy", "his host"). */
const DESCRIPTION = /^(?:the|a|an|his|her|my|their|our) /i;

const tallies = new Map<string, number>();
const add = (key: string): void => void tallies.set(key, (tallies.get(key) ?? 0) + 1);

for (const dir of dirs)
  for (const story of await loadStories(dir)) {
    if (!Array.isArray(story.gold["quotes"])) continue;
    const { text, read, final, gold, readAt, official, pairs } = storyLines(story, withCast);
    gold.forEach((gq, i) => {
      const j = pairs[i]!;
      if (j < 0) return;
      const q = final[j]!;
      const r = readAt.get(`${q.from}:${q.to}`);
      if (r === undefined) return;
      const c = read.contexts[r]!;
      const walked = read.quotes[r]!.speaker ?? null;
      const described = (k: string | null): boolean =>
        k !== null && (c.unnamed.has(k) || DESCRIPTION.test(k));
      const ok = official(gq, q.speaker);
      const kind =
        c.tag === "description"
          ? "tag"
          : described(walked) || described(q.speaker)
            ? "anchor"
            : walked === null && !ok
              ? "walk-none"
              : null;
      if (kind === null) return;
      const verdict = ok ? "right" : q.speaker === null || described(q.speaker) ? "none" : "wrong";
      add(`${kind.padEnd(10)} ${verdict}`);
      if (!show) return;
      const p = text.paragraphs[q.paragraph]!;
      const near = (from: number, to: number): string =>
        p.text.slice(Math.max(0, from - p.offset), to - p.offset).replace(/\s+/g, " ");
      console.log(
        [
          `${kind} ${verdict}`,
          story.name,
          `p${q.paragraph}`,
          `gold ${gq.speaker}`,
          `ours ${q.speaker}`,
          `walk ${walked}`,
          `tag ${c.tag}:${c.tagKey}`,
          `beat ${[...c.before.keys()].join(",")}`,
          `${near(q.from - 60, q.from)}[Q]${near(q.to, q.to + 60)}`,
        ].join("\t"),
      );
    });
  }
for (const [k, n] of [...tallies].sort()) console.log(`${k.padEnd(24)}${String(n).padStart(6)}`);
