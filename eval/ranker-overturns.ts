/**
 * `npx tsx eval/ranker-overturns.ts DIR [DIR...]`: where the speaker ranker stands against the
 * rules it re-reads, with the gold cast and the shipped model, counts only (no text, so it may
 * run on any set). Over the quotes the ranker decides whose gold speaker is among its candidates
 * (the rows eval/train-speakers.ts learns from, labelled the same way), split by whether the
 * line has a tag and by how many people spoke the last four turns of its conversation
 * (`talkSize`: the rules' answers; a turn more than three paragraphs before the next ends it): how often the rules' answer is right, how often
 * the ranker's is, the lines the ranker overturns (won: rules wrong, ranker right; lost: the
 * other way), and, where both are wrong, the gold's place in the ranker's order (second, lower)
 * and whether the ranker kept the rules' answer. It says how far any re-weighting of these
 * features could go: a gold speaker that is second by a small margin can be reached by a
 * feature; one the ranker puts fifth cannot.
 */
import { discoverCast, detectQuoteStyle, findQuotes } from "../core/cast";
import { allCandidateRows, rank, FEATURES, type SpeakerModel } from "../core/cast/ranker";
import MODEL from "../core/cast/speaker-model.json";
import { readSpeakers, type AttributedQuote } from "../core/cast/speakers";
import { parseStory } from "../core/story";
import { goldCandidate, goldNarrator, match, type GoldQuote } from "./speakers";
import { loadStories } from "./stories";

interface Tally {
  lines: number;
  ruleRight: number;
  rankRight: number;
  won: number;
  lost: number;
  bothWrongRuleKept: number;
  bothWrongGoldSecond: number;
  bothWrongGoldLower: number;
}
const empty = (): Tally => ({
  lines: 0,
  ruleRight: 0,
  rankRight: 0,
  won: 0,
  lost: 0,
  bothWrongRuleKept: 0,
  bothWrongGoldSecond: 0,
  bothWrongGoldLower: 0,
});

const RULE = FEATURES.indexOf("rule answer");
/** Turns further apart than this many paragraphs are two conversations. */
const TALK_GAP = 3;
/** How many turns back the talk is read. */
const TALK_TURNS = 4;

/** How many people the rules give the last four turns of quote i's conversation. */
function talkSize(quotes: readonly AttributedQuote[], i: number): number {
  const q = quotes[i]!;
  const talk = new Set<string>();
  let para = q.paragraph;
  for (let j = i - 1, turns = 0; j >= 0 && turns < TALK_TURNS; j--) {
    const p = quotes[j]!;
    if (p.paragraph === q.paragraph || p.paragraph === para) continue;
    if (para - p.paragraph > TALK_GAP) break;
    const key = p.speaker ?? p.unnamed ?? null;
    if (key) talk.add(key);
    para = p.paragraph;
    turns++;
  }
  return talk.size;
}

async function main(dirs: readonly string[]): Promise<void> {
  if (dirs.length === 0) {
    process.stderr.write("usage: npx tsx eval/ranker-overturns.ts DIR [DIR...]\n");
    process.exitCode = 2;
    return;
  }
  const model = MODEL as SpeakerModel;
  const groups = new Map<string, Tally>();
  const add = (key: string, f: (t: Tally) => void): void => {
    const t = groups.get(key) ?? empty();
    f(t);
    groups.set(key, t);
  };
  for (const dir of dirs)
    for (const story of await loadStories(dir)) {
      const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
      if (gold.length === 0) continue;
      const text = parseStory(story.text);
      const cast = discoverCast(text, story.cast ?? []);
      const read = readSpeakers(text, findQuotes(text, detectQuoteStyle(text)), cast);
      const narrator = goldNarrator(story, gold);
      const goldOf = goldCandidate(story, cast, read.named, narrator);
      const rows = allCandidateRows(read.quotes, read.contexts);
      const pairs = match(gold, read.quotes);
      gold.forEach((g, i) => {
        const j = pairs[i]!;
        const candidates = j >= 0 ? rows[j] : null;
        if (!candidates || g.speaker === null) return;
        const label = goldOf(g.speaker, candidates);
        if (label < 0) return;
        const p = rank(candidates, model.weights);
        const order = p.map((_, k) => k).sort((a, b) => p[b]! - p[a]! || a - b);
        const best = order[0]!;
        const rule = candidates.findIndex((r) => r.features[RULE] === 1);
        const tagged = read.contexts[j]!.tag !== null ? "tagged" : "no tag";
        const talk = talkSize(read.quotes, j);
        const size = talk <= 1 ? "talk of 0-1" : talk === 2 ? "talk of 2" : "talk of 3+";
        const ruleRight = rule === label;
        const rankRight = best === label;
        for (const key of [`${tagged}, ${size}`, `${tagged}, all`, "all"])
          add(key, (t) => {
            t.lines++;
            t.ruleRight += Number(ruleRight);
            t.rankRight += Number(rankRight);
            t.won += Number(!ruleRight && rankRight);
            t.lost += Number(ruleRight && !rankRight);
            if (!ruleRight && !rankRight) {
              t.bothWrongRuleKept += Number(best === rule);
              if (order[1] === label) t.bothWrongGoldSecond++;
              else t.bothWrongGoldLower++;
            }
          });
      });
    }
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : "-");
  const out = [
    "ranked lines whose gold is a candidate, with the cast and the shipped model",
    "  group                   lines  rules%  ranker%   won  lost  both wrong: rule kept  gold 2nd  gold lower",
  ];
  for (const [key, t] of [...groups].sort(([a], [b]) => a.localeCompare(b)))
    out.push(
      `  ${key.padEnd(22)}${String(t.lines).padStart(6)}${pct(t.ruleRight, t.lines).padStart(8)}${pct(t.rankRight, t.lines).padStart(9)}${String(t.won).padStart(6)}${String(t.lost).padStart(6)}${String(t.bothWrongRuleKept).padStart(22)}${String(t.bothWrongGoldSecond).padStart(10)}${String(t.bothWrongGoldLower).padStart(12)}`,
    );
  process.stdout.write(out.join("\n") + "\n");
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`ranker-overturns: ${(err as Error).stack}\n`);
  process.exitCode = 2;
});
