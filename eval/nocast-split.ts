/**
 * `npx tsx eval/nocast-split.ts DIR [--lines]`: the quotes right with the gold cast and wrong
 * without one, by the official scorer's rule (the gold name or an alias, exactly), split by
 * cause as `nocast-causes.ts` reads it, with its "attribution" split by the no-cast reading's kind
 * of evidence, and a pronoun tag by whether the no-cast run knows the gold speaker's sex.
 * `--lines` prints each story's "cause: gold -> given" counts (names only): dev sets only; the
 * pooled table is names-free, so a check set may be read by it alone.
 */
import { analyzeStory } from "../core/analyze";
import { detectQuoteStyle, discoverCast, findQuotes } from "../core/cast";
import { rankSpeakers } from "../core/cast/ranker";
import { readSpeakers } from "../core/cast/speakers";
import type { Character, Quote } from "../core/model";
import { parseStory } from "../core/story";
import { NOCAST_CAUSES, noCastCauses } from "./nocast-causes";
import { castSexes, kindOf } from "./speaker-kinds";
import {
  formsOfSpeaker,
  goldForms,
  goldNarrator,
  match,
  norm,
  speakerJudge,
  type GoldQuote,
} from "./speakers";
import { loadStories, type EvalStory } from "./stories";

function officialRight(story: EvalStory, gold: readonly GoldQuote[], quotes: readonly Quote[]) {
  const namesOf = new Map(
    (story.cast ?? []).map((c) => [norm(c.name), new Set([c.name, ...c.aliases].map(norm))]),
  );
  const pairs = match(gold, quotes);
  const paired = pairs.map((j) => (j < 0 ? null : quotes[j]!));
  const right = gold.map((g, i) => {
    const o = paired[i];
    if (!o || o.speaker === null) return false;
    return (namesOf.get(norm(g.speaker)) ?? new Set([norm(g.speaker)])).has(norm(o.speaker));
  });
  return { right, paired };
}

/** The no-cast reading's evidence kind per gold quote, and the no-cast sexes by name. */
function noCastReading(story: EvalStory, gold: readonly GoldQuote[]) {
  const text = parseStory(story.text);
  const sexesOf = (given: readonly Character[]) => {
    const cast = discoverCast(text, given);
    return { cast, genders: castSexes(text, cast) };
  };
  const bare = sexesOf([]);
  const read = readSpeakers(text, findQuotes(text, detectQuoteStyle(text)), bare.cast);
  const ranked = rankSpeakers(read.quotes, read.contexts, read.named);
  const pairs = match(gold, ranked);
  const kinds = pairs.map((j) => (j < 0 ? null : kindOf(read.quotes[j]!, read.contexts[j]!)));
  return { kinds, bareGenders: bare.genders, castGenders: sexesOf(story.cast ?? []).genders };
}

async function main(argv: readonly string[]): Promise<void> {
  const showLines = argv.includes("--lines");
  const dirs = argv.filter((a) => !a.startsWith("--"));
  const stories = (await Promise.all(dirs.map(loadStories))).flat();
  const total = new Map<string, [number, number, number]>();
  const bump = (k: string, i: number) => {
    const t = total.get(k) ?? [0, 0, 0];
    t[0]++;
    t[i % 2 === 0 ? 1 : 2]++;
    total.set(k, t);
  };
  stories.forEach((story, si) => {
    const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
    if (gold.length === 0) return;
    const cast = story.cast ?? [];
    const withCast = officialRight(
      story,
      gold,
      analyzeStory(story.text, { file: story.file, cast }).quotes,
    );
    const bareRun = analyzeStory(story.text, { file: story.file, cast: [] });
    const noCast = officialRight(story, gold, bareRun.quotes);
    const narrator = goldNarrator(story, gold);
    const told = [narrator, cast.find((c) => c.narrator)?.name, "narrator"].filter(
      (n): n is string => typeof n === "string",
    );
    const reading = noCastReading(story, gold);
    const lines = new Map<string, number>();
    const judge = speakerJudge(story, gold);
    const formsOfGold = goldForms(cast);
    gold.forEach((g, i) => {
      if (!withCast.right[i] || noCast.right[i] || noCast.paired[i] === null) {
        if (!withCast.right[i] && noCast.right[i]) bump("(gained: wrong with the cast)", si);
        return;
      }
      const only = gold.map((_, j) => j === i);
      const c = noCastCauses({
        goldSpeakers: gold.map((q) => q.speaker),
        rightWithCast: only,
        rightNoCast: gold.map(() => false),
        noCastQuote: noCast.paired,
        narrators: new Set(told.map(norm)),
        goldForms: formsOfGold,
        discovered: bareRun.characters,
        formsOfName: formsOfSpeaker,
        norm,
      });
      const cause = NOCAST_CAUSES.find((k) => c.lost[k] > 0)!;
      let label: string = cause;
      const given = noCast.paired[i]!.speaker;
      // Right by our judge, wrong by the official rule: "narrator" for a named narrator, or a
      // form of the right name that the gold does not list ("Master John Rolfe").
      if (judge(g, given))
        label =
          given === "narrator"
            ? "narrator: 'narrator' (the name not found)"
            : "right person, a form the official rule refuses";
      else if (cause === "attribution") {
        const kind = reading.kinds[i] ?? "unmatched";
        label = `attribution, ${kind}`;
        if (kind === "pronoun tag" || kind === "description tag") {
          const gc = cast.find((x) => norm(x.name) === norm(g.speaker));
          const forms = formsOfGold.get(norm(g.speaker)) ?? new Set<string>();
          const holder = bareRun.characters.find((d) =>
            [d.name, ...d.aliases].flatMap(formsOfSpeaker).some((f) => forms.has(f)),
          );
          const withSex = gc ? reading.castGenders.get(gc.name) : undefined;
          const bareSex = holder ? reading.bareGenders.get(holder.name) : undefined;
          if (withSex && !bareSex) label += ": sex unknown without the cast";
          else if (withSex && bareSex && withSex !== bareSex) label += ": sex differs";
        }
      }
      bump(label, si);
      const line = `${label}: ${g.speaker} -> ${noCast.paired[i]!.speaker}`;
      lines.set(line, (lines.get(line) ?? 0) + 1);
    });
    if (showLines && lines.size > 0) {
      process.stdout.write(`\n${story.name}\n`);
      for (const [l, n] of [...lines].sort((a, b) => b[1] - a[1]))
        process.stdout.write(`  ${n} ${l}\n`);
    }
  });
  process.stdout.write("\nright with the cast, wrong without (official)      all  even   odd\n");
  for (const [k, t] of [...total].sort((a, b) => b[1][0] - a[1][0]))
    process.stdout.write(`  ${k.padEnd(48)}${t.map((n) => String(n).padStart(6)).join("")}\n`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`nocast-split: ${(err as Error).message}\n`);
  process.exitCode = 2;
});
