/**
 * The wrong speakers (official rule) by the cause a reader can see in the context, with the gold
 * cast and with none: each wrong line gets the first class that holds. Tags first (no speaker,
 * a pronoun, description or other tag resolved wrongly); then a later line of a paragraph (by
 * whether its first line is right); then, for a paragraph's first line with no tag: the line
 * calls ours by name; the line before calls the gold speaker by name (a vocative naming the
 * addressee, not used); a beat in the line's own paragraph names the gold speaker; the line
 * calls a family word, "sir" or "love" (content naming a relation); the talk opens; the turn
 * before is wrong too (carried); then by how the gold speaker follows the two turns before: goes
 * on, a third person enters, or two take turns and ours brings in a third (with whether the
 * line two back is wrong) or is the other of the two: a phase, set by a wrong tag before the
 * run, by narration between, contradicted by a right tag after the run whose parity gives the
 * gold speaker, or carried from a wrong line earlier in the run. Then counts over every line,
 * not only wrong ones, of four cues: a vocative in the line before, a beat in the line's
 * paragraph, a line calling someone given neither the turn before nor the one after (the
 * "backward vocative"), and whether a third voice follows two who took turns (by whether the
 * line before asks or calls, and how many are in the talk). Counts only, so it may run on any set; `--list` prints the wrong lines
 * with the cast (the four turns before, gold/ours, `*` tagged, `~` narration between) and is
 * refused on the check sets. `npx tsx eval/speaker-classes.ts DIR [DIR ...] [--list]`.
 */
import { refuseCheckSets } from "./check-sets";
import type { GoldQuote } from "./speakers";
import { storyLines } from "./story-lines";
import { loadStories, type EvalStory } from "./stories";
import { turnsOf } from "./turns";

const GAP = 120;
const RELATION =
  /(?<![\p{L}])(?:Mum|Mom|Mam|Mummy|Mommy|Dad|Daddy|Da|Gran|Granny|Nan|Nana|Grandma|Grandpa|Gramps|Pops|Sir|sir|ma'am|Ma'am|Miss|Auntie|Aunt|Uncle|son|love|darling|sweetheart)(?![\p{L}])/u;

const args = process.argv.slice(2);
const list = args.includes("--list");
const dirs = args.filter((a) => !a.startsWith("--"));
if (list) refuseCheckSets("speaker-classes.ts", "--list prints text", dirs);

const tallies = new Map<string, number[]>();
const add = (mode: number, key: string): void => {
  const row = tallies.get(key) ?? [0, 0];
  row[mode]!++;
  tallies.set(key, row);
};

function classify(story: EvalStory, withCast: boolean): void {
  const { text, read, final, gold, readAt, official, pairs } = storyLines(story, withCast);
  const goldAt = new Map<number, GoldQuote>();
  pairs.forEach((j, i) => j >= 0 && goldAt.set(j, gold[i]!));
  const ctx = (j: number) => {
    const r = readAt.get(`${final[j]!.from}:${final[j]!.to}`);
    return r === undefined ? undefined : read.contexts[r];
  };
  const turns = turnsOf(final);
  const para = (t: number): number => final[turns[t]![0]!]!.paragraph;
  const gap = (t: number): { words: number; broken: boolean } => {
    let words = 0;
    let broken = t === 0;
    for (let p = t > 0 ? para(t - 1) + 1 : para(t); p < para(t); p++) {
      const pt = text.paragraphs[p]!;
      if (pt.isBreak) broken = true;
      words += pt.text.split(/\s+/).filter(Boolean).length;
    }
    return { words, broken: broken || words > GAP };
  };
  const tagged = (t: number): boolean => turns[t]!.some((j) => (ctx(j)?.tag ?? null) !== null);
  const g = (t: number): GoldQuote | undefined => goldAt.get(turns[t]![0]!);
  const ours = (t: number): string | null => final[turns[t]![0]!]!.speaker;
  const right = (t: number): boolean => {
    const gq = g(t);
    return !!gq && official(gq, ours(t));
  };
  const same = (a: GoldQuote | undefined, b: GoldQuote | undefined): boolean =>
    !!a &&
    !!b &&
    !!a.speaker &&
    (a.speaker ?? "").toLowerCase() === (b.speaker ?? "").toLowerCase();
  /** The rules' own answer (before the ranker) for quote j of the final list. */
  const rule = (j: number): string | null => {
    const r = readAt.get(`${final[j]!.from}:${final[j]!.to}`);
    return r === undefined ? null : (read.quotes[r]!.speaker ?? null);
  };
  const turnOf = new Map<number, number>();
  turns.forEach((qs, t) => qs.forEach((j) => turnOf.set(j, t)));

  // The vocative count: an untagged turn straight after one whose lines call one person by name
  // (not its own speaker), with no narration between and no beat of its own.
  for (let t = 1; t < turns.length; t++) {
    const j = turns[t]![0]!;
    const c = ctx(j);
    const gq = g(t);
    if (!c || c.tag !== null || !gq || gap(t).words > 0 || gap(t).broken) continue;
    if (c.before.size > 0 || c.after.size > 0) continue;
    const called = new Set(
      turns[t - 1]!.flatMap((k) =>
        [...(ctx(k)?.inQuote ?? [])].filter(([, v]) => v).map(([x]) => x),
      ),
    );
    const ownCalls = [...c.inQuote].filter(([, v]) => v).map(([x]) => x);
    for (const x of ownCalls) called.delete(x);
    called.delete(ours(t - 1) ?? "");
    if (called.size !== 1) continue;
    const x = [...called][0]!;
    const mode = withCast ? 0 : 1;
    add(mode, `~vocative before: lines`);
    add(
      mode,
      `~vocative before: gold is the one called ${official(gq, x)}, ours is ${ours(t) === x}`,
    );
  }
  // The backward vocative count: an untagged turn straight after an untagged one, whose lines
  // call one person by name who is given neither that turn before nor the one after.
  for (let t = 1; t < turns.length; t++) {
    const j = turns[t]![0]!;
    const c = ctx(j);
    const jp = turns[t - 1]![0]!;
    const cp = ctx(jp);
    if (!c || !cp || gap(t).words > 0 || gap(t).broken) continue;
    if (cp.tag !== null) continue;
    const calls = [
      ...new Set(
        turns[t]!.flatMap((k) => [...(ctx(k)?.inQuote ?? [])].filter(([, v]) => v).map(([x]) => x)),
      ),
    ];
    if (calls.length !== 1) continue;
    const x = calls[0]!;
    if (x === ours(t) || x === ours(t - 1)) continue;
    const nextTight = t + 1 < turns.length && gap(t + 1).words === 0 && !gap(t + 1).broken;
    if (nextTight && ours(t + 1) === x) continue;
    const gp = g(t - 1);
    if (!gp) continue;
    const mode = withCast ? 0 : 1;
    const seen =
      cp.recent.includes(x) || cp.narration.has(x) || cp.salient.some((r) => r.key === x);
    add(
      mode,
      `~backward vocative${seen ? " (in the exchange)" : ""}: the turn before is X ${official(gp, x)}, ours right ${official(gp, ours(t - 1))}`,
    );
  }
  // The third-voice count: a bare line straight after two turns by two people, both right, by
  // whether the line before asks or calls, and how many ours has in the talk (last 8 turns).
  for (let t = 2; t < turns.length; t++) {
    const j = turns[t]![0]!;
    const c = ctx(j);
    if (!c || c.tag !== null || c.before.size > 0 || c.after.size > 0) continue;
    if (gap(t).words > 0 || gap(t).broken || gap(t - 1).words > 0 || gap(t - 1).broken) continue;
    if (!right(t - 1) || !right(t - 2) || ours(t - 1) === ours(t - 2)) continue;
    const gq = g(t);
    if (!gq) continue;
    const people = new Set<string>();
    for (let u = t - 1; u >= 0 && u >= t - 8; u--) {
      if (ours(u)) people.add(ours(u)!);
      if (gap(u).broken) break;
    }
    const prevText = final[turns[t - 1]![turns[t - 1]!.length - 1]!]!.text.trim();
    const q = /\?\W*$/.test(prevText) ? "question" : "statement";
    const calls = turns[t - 1]!.some((k) => [...(ctx(k)?.inQuote ?? [])].some(([, v]) => v));
    const rel = official(gq, ours(t - 2))
      ? "takes turns"
      : official(gq, ours(t - 1))
        ? "goes on"
        : "third";
    add(
      withCast ? 0 : 1,
      `~before ${q}${calls ? " calling" : ""}, ${people.size >= 3 ? "3+" : people.size} in talk: gold ${rel}, ours right ${official(gq, ours(t))}`,
    );
  }
  // The beat count: an untagged turn whose own paragraph's narration has one strongest person.
  for (let t = 0; t < turns.length; t++) {
    const j = turns[t]![0]!;
    const c = ctx(j);
    const gq = g(t);
    if (!c || c.tag !== null || !gq) continue;
    const votes = [...c.before, ...c.after].sort((a, b) => b[1] - a[1]);
    if (votes.length === 0) continue;
    const x = votes[0]![0];
    const mode = withCast ? 0 : 1;
    const where = c.before.has(x) ? "before" : "after";
    add(mode, `~beat ${where}: gold is the beat ${official(gq, x)}, ours is ${ours(t) === x}`);
  }
  gold.forEach((gq, i) => {
    const j = pairs[i]!;
    if (j < 0) return;
    const q = final[j]!;
    if (official(gq, q.speaker)) return;
    const c = ctx(j);
    const t = turnOf.get(j)!;
    const opener = turns[t]![0] === j;
    const is = (key: string | null | undefined): boolean => !!key && official(gq, key);
    let cls: string;
    if (q.speaker === null) cls = "no speaker";
    else if (!c) cls = "not read";
    else if (c.tag === "pronoun") cls = "tag: pronoun resolved wrongly";
    else if (c.tag === "description") cls = "tag: description resolved wrongly";
    else if (c.tag !== null) cls = `tag: ${c.tag} tag given wrongly`;
    else if (!opener) {
      const first = goldAt.get(turns[t]![0]!);
      const firstRight = !!first && official(first, final[turns[t]![0]!]!.speaker);
      cls = `untagged: a later line of a paragraph (the first ${firstRight ? "right" : "wrong"}, gold ${same(first, gq) ? "the same" : "another"}${final[turns[t]![0]!]!.speaker === q.speaker ? ", ours the same" : ", ours another"})`;
    } else if (c.inQuote.get(q.speaker) === true) cls = "untagged: the line calls ours by name";
    else {
      const prev = t > 0 && !gap(t).broken ? t - 1 : -1;
      const prevCalls =
        prev >= 0 &&
        turns[prev]!.some((k) => [...(ctx(k)?.inQuote ?? [])].some(([x, v]) => v && is(x)));
      const beat = [...c.before, ...c.after].some(([x]) => is(x));
      const [g0, g1, g2] = [
        g(t),
        prev >= 0 ? g(prev) : undefined,
        prev >= 1 && !gap(prev).broken ? g(prev - 1) : undefined,
      ];
      if (prevCalls) cls = "untagged: the line before calls the gold speaker by name";
      else if (beat) cls = "untagged: a beat in the paragraph names the gold speaker";
      else if (RELATION.test(q.text)) cls = "untagged: the line calls a relation (Mum, sir)";
      else if (!g1) cls = "untagged: opens the talk (no turn before)";
      else if (!right(prev))
        cls = `carried: the turn before is wrong too (${same(g0, g1) ? "gold goes on" : g2 && same(g0, g2) ? "gold takes turns" : "gold a third"})`;
      else if (same(g0, g1)) cls = "untagged: the gold speaker goes on";
      else if (!g2 || !same(g0, g2))
        cls = `untagged: a third person enters${gap(t).words > 0 ? " (after narration)" : ""}`;
      else if (!official(g1, ours(t)!))
        cls = `untagged: two take turns, ours brings in a third${gap(t).words > 0 ? " (after narration)" : ""}${rule(j) === ours(t) ? "" : ", the ranker's"}${right(prev - 1) ? "" : ", two before wrong"}`;
      else {
        // Two people taking turns, ours the other of them: what set the phase.
        let a = t;
        while (a >= 0 && !tagged(a) && !gap(a).broken && gap(a).words === 0) a--;
        const anchorBefore = a >= 0 && tagged(a) && a < t ? a : -1;
        let b = t + 1;
        while (b < turns.length && !tagged(b) && !gap(b).broken && gap(b).words === 0) b++;
        const after =
          b < turns.length && tagged(b) && !gap(b).broken && gap(b).words === 0 ? b : -1;
        const afterSays =
          after >= 0 &&
          right(after) &&
          ((b - t) % 2 === 0 ? same(g(after), g0) : !same(g(after), g0));
        const earlierWrong = [...Array(t - Math.max(a, 0)).keys()].some((k) => !right(t - 1 - k));
        if (gap(t).words > 0) cls = "phase: narration between, the turn after goes wrong";
        else if (anchorBefore >= 0 && !right(anchorBefore))
          cls = "phase: set by a wrong anchor (tag) before";
        else if (afterSays) cls = "phase: a later tag, right, contradicts the run's phase";
        else if (earlierWrong) cls = "phase: carried from a wrong line earlier in the run";
        else cls = "phase: else";
      }
    }
    add(withCast ? 0 : 1, cls);
    const short = (x: string | null | undefined): string => (x ?? "-").split(" ")[0]!.slice(0, 6);
    const trace = [t - 4, t - 3, t - 2, t - 1]
      .filter((u) => u >= 0)
      .map(
        (u) =>
          `${short(g(u)?.speaker)}/${short(ours(u))}${tagged(u) ? "*" : ""}${gap(u).words > 0 ? "~" : ""}`,
      )
      .join(" ");
    if (list && withCast)
      console.log(
        `${story.name}\t${q.paragraph}\t${cls}\t${trace}\t${gq.speaker} -> ${q.speaker}\t${q.text.replace(/\s+/g, " ").slice(0, 90)}`,
      );
  });
}

for (const dir of dirs)
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    classify(story, true);
    classify(story, false);
  }

const rows = [...tallies].filter(([k]) => !k.startsWith("~")).sort((x, y) => y[1][0]! - x[1][0]!);
const counts = [...tallies]
  .filter(([k]) => k.startsWith("~"))
  .sort(([a], [b]) => a.localeCompare(b));
console.log(`${"class".padEnd(70)}  cast nocast`);
for (const [k, [a, b]] of rows)
  console.log(`${k.padEnd(70)}${String(a).padStart(6)}${String(b).padStart(7)}`);
const total = rows.reduce((s, [, r]) => [s[0]! + r[0]!, s[1]! + r[1]!], [0, 0]);
console.log(
  `${"wrong, all".padEnd(70)}${String(total[0]).padStart(6)}${String(total[1]).padStart(7)}`,
);
console.log(`\n${"counts over every line (not only wrong ones)".padEnd(70)}  cast nocast`);
for (const [k, [a, b]] of counts)
  console.log(`${k.slice(1).padEnd(70)}${String(a).padStart(6)}${String(b).padStart(7)}`);
