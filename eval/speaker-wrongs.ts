/**
 * The wrong speakers with the gold cast, by kind of evidence (as `speaker-kinds.ts` reads it) and
 * by what went wrong: no speaker; the narrator given to someone else's line, or someone else
 * given the narrator's; the addressee (ours is the person the line calls by name, or the gold
 * speaker of the turn straight before or after: the one the line is said to); another character.
 * "narr. given" is the narrator given another's line, "narr. lost" the narrator's line given to
 * someone else. Then the wrong lines by the official rule, by cause (speaker-causes.ts), all and
 * by half (even and odd stories in name order, per folder). Counts only, no text, so it may run
 * on any set; `--list` prints each wrong line with its cause, refused on the check sets.
 * `npx tsx eval/speaker-wrongs.ts DIR [DIR ...] [--only a_,j_] [--list]`.
 */
import { refuseCheckSets } from "./check-sets";
import { kindOf, readWithGoldCast, EVIDENCE_KINDS, type EvidenceKind } from "./speaker-kinds";
import { CAUSES, wrongLines, type Cause } from "./speaker-causes";
import { goldNarrator, match, norm, type GoldQuote } from "./speakers";
import { loadStories } from "./stories";

const WRONGS = ["no speaker", "narr. given", "narr. lost", "addressee", "another"] as const;
type Wrong = (typeof WRONGS)[number];

const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const onlyArg = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
if (onlyAt >= 0 && onlyArg === undefined) {
  console.error("usage: speaker-wrongs.ts DIR... [--only PREFIX,PREFIX]");
  process.exit(2);
}
const only = onlyArg?.split(",") ?? null;
const dirs = args.filter((a, i) => !a.startsWith("--") && (onlyAt < 0 || i !== onlyAt + 1));
const list = args.includes("--list");
if (list) refuseCheckSets("speaker-wrongs.ts", "--list prints text", dirs);
/** Wrong lines by cause: all, even half, odd half. */
const byCause = new Map<Cause, number[]>(CAUSES.map((c) => [c, [0, 0, 0, 0]]));
let lines = [0, 0, 0];

const table = new Map<EvidenceKind, { quotes: number; wrong: Record<Wrong, number> }>(
  EVIDENCE_KINDS.map((k) => [
    k,
    { quotes: 0, wrong: Object.fromEntries(WRONGS.map((w) => [w, 0])) as Record<Wrong, number> },
  ]),
);

const calls = (line: string, speaker: string): boolean => {
  const words = speaker.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  // A whole word in any script ("Zoë"), its letters taken literally ("Mr.").
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return words.some((w) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escaped(w)}(?![\\p{L}\\p{N}])`, "u").test(line),
  );
};

for (const dir of dirs) {
  let at = 0;
  for (const story of await loadStories(dir)) {
    if (only && !only.some((p) => story.name.startsWith(p))) continue;
    const half = 1 + (at++ % 2);
    const wrong = wrongLines(story);
    const found = match(
      (story.gold["quotes"] as GoldQuote[] | undefined) ?? [],
      readWithGoldCast(story).ranked,
    ).filter((j) => j >= 0).length;
    lines = lines.map((n, h) => (h === 0 || h === half ? n + found : n));
    for (const w of wrong) {
      const row = byCause.get(w.cause)!;
      row[0]!++;
      row[half]!++;
      if (w.narrator) row[3]!++;
      if (list)
        console.log(
          `${story.name}\t${w.paragraph}\t${w.cause.slice(0, 3)}${w.narrator ? "n" : ""}${w.addressed ? "v" : ""}\t${w.kind}\t${w.gold} -> ${w.ours}\t${w.text.replace(/\s+/g, " ").slice(0, 100)}`,
        );
    }
    const { read, ranked, gold, judge } = readWithGoldCast(story);
    const narrator = goldNarrator(story, gold);
    const isNarrator = (s: string | null | undefined): boolean =>
      !!s && (norm(s) === "narrator" || (narrator !== null && norm(s) === norm(narrator)));
    const pairs = match(gold, ranked);
    // Gold speaker of each paragraph's first quote: the turn before and after a line.
    const turnGold = new Map<number, string | null>();
    gold.forEach((g) => {
      if (!turnGold.has(g.paragraph)) turnGold.set(g.paragraph, g.speaker);
    });
    const turns = [...turnGold.keys()].sort((a, b) => a - b);
    gold.forEach((g: GoldQuote, i) => {
      const j = pairs[i]!;
      if (j < 0) return;
      const row = table.get(kindOf(read.quotes[j]!, read.contexts[j]!))!;
      row.quotes++;
      const q = ranked[j]!;
      if (judge(g, q.speaker)) return;
      const t = turns.indexOf(g.paragraph);
      const partners = [turns[t - 1], turns[t + 1]].map((p) =>
        p === undefined ? null : (turnGold.get(p) ?? null),
      );
      let wrong: Wrong;
      if (q.speaker === null) wrong = "no speaker";
      else if (isNarrator(q.speaker) && !isNarrator(g.speaker)) wrong = "narr. given";
      else if (isNarrator(g.speaker)) wrong = "narr. lost";
      else if (
        calls(q.text, q.speaker) ||
        partners.some((p) => p !== null && judge({ ...g, speaker: p }, q.speaker))
      )
        wrong = "addressee";
      else wrong = "another";
      row.wrong[wrong]++;
    });
  }
}

console.log(
  `${"with the cast, wrong by kind".padEnd(22)} ${"quotes".padStart(6)} ${"wrong".padStart(6)} ${WRONGS.map((w) => w.padStart(10)).join(" ")}`,
);
const total = {
  quotes: 0,
  wrong: Object.fromEntries(WRONGS.map((w) => [w, 0])) as Record<Wrong, number>,
};
for (const [k, row] of table) {
  const sum = WRONGS.reduce((s, w) => s + row.wrong[w], 0);
  total.quotes += row.quotes;
  for (const w of WRONGS) total.wrong[w] += row.wrong[w];
  console.log(
    `${k.padEnd(22)} ${String(row.quotes).padStart(6)} ${String(sum).padStart(6)} ${WRONGS.map((w) => String(row.wrong[w]).padStart(10)).join(" ")}`,
  );
}
const sum = WRONGS.reduce((s, w) => s + total.wrong[w], 0);
console.log(
  `${"all".padEnd(22)} ${String(total.quotes).padStart(6)} ${String(sum).padStart(6)} ${WRONGS.map((w) => String(total.wrong[w]).padStart(10)).join(" ")}`,
);

const cells = (ns: readonly number[]): string => ns.map((n) => String(n).padStart(6)).join("");
console.log("");
console.log(
  `${"with the cast, wrong (official) by cause".padEnd(40)}   all  even   odd  of them the narrator's`,
);
for (const [c, ns] of byCause) console.log(`  ${c.padEnd(38)}${cells(ns)}`);
const wrongAll = [0, 1, 2, 3].map((h) => [...byCause.values()].reduce((s, ns) => s + ns[h]!, 0));
console.log(`  ${"wrong, all".padEnd(38)}${cells(wrongAll)}`);
console.log(`  ${"quotes found".padEnd(38)}${cells(lines)}`);
console.log(
  `  ${"right (official), of the found".padEnd(38)}${lines.map((n, h) => (n ? ((100 * (n - wrongAll[h]!)) / n).toFixed(1) + "%" : "-").padStart(6)).join("")}`,
);
