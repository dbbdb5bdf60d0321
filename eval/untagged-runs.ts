/**
 * Untagged runs that go wrong, with the gold cast: where the first wrong line of each run is, why,
 * and what evidence later in the run (or just after it) pins who speaks. Counts only, no text, so
 * it may run on any set. `npx tsx eval/untagged-runs.ts DIR [DIR ...] [--only g_,h_]`.
 *
 * A turn is a paragraph with dialogue, read by its first quote; a run is a maximal stretch of
 * turns none of whose quotes has a tag of any kind, ended by a tagged turn or by a conversation
 * break (a scene break, or more than 120 words of narration between). The anchor is the tagged
 * turn straight before the run, if any.
 *
 * Inside a run, each stretch of wrong lines in a row is an episode. An episode's cause is the first
 * that holds at its first line: the anchor before the run is wrong (the run's first line); no
 * anchor before (talk opens, or after a break); someone new speaks (the gold speaker is neither of
 * the two turns before); a beat in the line's paragraph names someone else than the gold speaker
 * (or names the gold speaker and ours is someone else); narration between it and the line
 * before; else the turn order (the gold goes on; or it takes turns and ours repeats the last
 * speaker, follows a wrong line two back, or brings in another). How it ends: the first right
 * line after it (called by the line before, a beat naming them, after narration, or a bare line
 * whose turn order came right), or the run's end (a break, or a tag after: how many lines
 * straight after one another lead to the tag, and whether ours gives the last line to the tag's
 * speaker).
 *
 * Evidence inside an episode, each kind counted once per episode, with whether it agrees with
 * the gold and whether ours does not: a line in it that calls someone by name (they speak the
 * line before or the line after, not that line); a beat in it, and a first-person narrator's
 * beat; for an episode wrong to the run's end, the tag after (the tag right and the gold's last
 * line someone else's; ours not when it gives that line to the tag's speaker too). Apart from
 * episodes: over every run whose tagged turn after is right, how often the run's last line is
 * the tag's speaker in the gold and in ours, by whether narration comes between.
 */
import { kindOf, readWithGoldCast } from "./speaker-kinds";
import { match, type GoldQuote } from "./speakers";
import { loadStories } from "./stories";
import { turnsOf } from "./turns";

const GAP = 120;

const counts = new Map<string, number>();
const add = (key: string, n = 1): void => void counts.set(key, (counts.get(key) ?? 0) + n);

const args = process.argv.slice(2);
const at = args.indexOf("--only");
const only = at >= 0 ? args.splice(at, 2)[1]!.split(",") : null;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

for (const dir of args) {
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    if (only && !only.some((p) => story.name.startsWith(p))) continue;
    const { text, read, ranked, gold, judge } = readWithGoldCast(story);
    const goldOf = new Map<number, GoldQuote>();
    match(gold, ranked).forEach((j, i) => j >= 0 && goldOf.set(j, gold[i]!));
    const turns = turnsOf(ranked);
    const para = (t: number): number => ranked[turns[t]![0]!]!.paragraph;
    const tagged = (t: number): boolean =>
      turns[t]!.some((j) => read.contexts[j]!.tag !== null && read.contexts[j]!.tag !== undefined);
    const between = (t: number): { words: number; paragraphs: number; broken: boolean } => {
      let w = 0;
      let broken = false;
      for (let p = para(t - 1) + 1; p < para(t); p++) {
        const pt = text.paragraphs[p]!;
        if (pt.isBreak) broken = true;
        w += words(pt.text);
      }
      return { words: w, paragraphs: para(t) - para(t - 1) - 1, broken };
    };
    const opens = (t: number): number => turns[t]?.[0] ?? -1;
    const g = (t: number): GoldQuote | undefined => goldOf.get(opens(t));
    const ours = (t: number): string | null => ranked[opens(t)]?.speaker ?? null;
    const right = (t: number): boolean => {
      const gq = g(t);
      return !!gq && judge(gq, ours(t));
    };
    const is = (t: number, key: string | null | undefined): boolean => {
      const gq = g(t);
      return !!gq && !!key && judge(gq, key);
    };
    const sameGold = (a: number, b: number): boolean => {
      const [ga, gb] = [g(a), g(b)];
      return !!ga && !!gb && (ga.speaker ?? "").toLowerCase() === (gb.speaker ?? "").toLowerCase();
    };
    const beatOf = (u: number): string | undefined => {
      const c = read.contexts[opens(u)]!;
      return [...c.before, ...c.after].sort((x, y) => y[1] - x[1])[0]?.[0];
    };
    const calls = (u: number): string[] =>
      turns[u]!.flatMap((j) => [...read.contexts[j]!.inQuote].filter(([, c]) => c).map(([x]) => x));
    /** One stretch of wrong lines in a row (turn indexes), in the run from `start` to `end`. */
    const episode = (
      lines: number[],
      start: number,
      end: number,
      anchor: number,
      after: number,
      toTheEnd: boolean,
    ): void => {
      const first = lines[0]!;
      const k = first - start;
      add("episodes");
      add("episode lines", lines.length);
      add(`episode starts at line ${k >= 3 ? "4+" : k + 1} of the run`);
      const kind = kindOf(read.quotes[opens(first)]!, read.contexts[opens(first)]!);
      const beat = beatOf(first);
      let cause: string;
      if (k === 0 && anchor >= 0 && !right(anchor)) cause = "the anchor before is wrong";
      else if (k === 0 && anchor < 0) cause = "no anchor before (talk opens, or a break)";
      else if (first >= 2 && !sameGold(first, first - 1) && !sameGold(first, first - 2))
        cause = "a third voice enters";
      else if (kind === "untagged, beat" && beat && !is(first, beat))
        cause = "a beat names someone who does not speak";
      else if (kind === "untagged, beat") cause = "a beat names the speaker, ours not";
      else if (between(first).paragraphs > 0) cause = "narration paragraph between";
      else if (first >= 1 && sameGold(first, first - 1)) cause = "turn order: the gold goes on";
      else {
        const o = ours(first);
        cause = `turn order: takes turns, ours ${
          o === ours(first - 1)
            ? "repeats the last"
            : first >= 2 && !right(first - 2)
              ? "follows a wrong line two back"
              : "brings in another"
        }`;
      }
      add(`cause: ${cause}`);
      add(`cause: ${cause} | lines`, lines.length);
      // What set it right again: the first right line after the episode.
      if (toTheEnd) {
        const why = `ends: wrong to the run's end${after >= 0 ? " (a tag after)" : " (a break)"}`;
        add(why);
        add(`${why} | lines`, lines.length);
        if (after >= 0) {
          // How the tail reaches the tag: lines straight after one another, or narration between.
          let tight = 0;
          for (let u = after; u > start && between(u).paragraphs === 0; u--) tight++;
          add(
            `${why} | tag follows ${tight >= 3 ? "3+" : tight} tight lines, ours repeats it: ${ours(lines[lines.length - 1]!) === ours(after)}`,
          );
          add(
            `${why} | lines, episode of ${lines.length >= 3 ? "3+" : lines.length}, ${lines.length === end - start ? "whole run" : "tail"}`,
            lines.length,
          );
        }
      } else {
        const u = lines[lines.length - 1]! + 1;
        const kindU = kindOf(read.quotes[opens(u)]!, read.contexts[opens(u)]!);
        const how = calls(u - 1).some((x) => is(u, x))
          ? "the line before called them"
          : kindU === "untagged, beat" && is(u, beatOf(u))
            ? "a beat naming them"
            : between(u).paragraphs > 0
              ? "after narration"
              : "a bare line (turn order came right)";
        add(`ends: ${how}`);
      }
      // Evidence inside the episode and just after it that pins who speaks.
      const ev = new Set<string>();
      const pins = new Set<string>();
      const unused = new Set<string>();
      const note = (name: string, agrees: boolean, oursAgrees: boolean): void => {
        ev.add(name);
        if (agrees) pins.add(name);
        if (agrees && !oursAgrees) unused.add(name);
      };
      for (const u of lines) {
        for (const x of calls(u)) {
          const next = u + 1 < turns.length ? u + 1 : -1;
          const gold = !is(u, x) && (is(u - 1, x) || (next >= 0 && is(next, x)));
          const oursOk = ours(u) !== x && (ours(u - 1) === x || (next >= 0 && ours(next) === x));
          note("a line in it calls someone", gold, oursOk);
        }
        const n = read.contexts[opens(u)]!.narrator;
        const c = read.contexts[opens(u)]!;
        if (n && c.firstPerson && (c.before.has(n) || c.after.has(n)))
          note("a first-person beat in it", is(u, n), ours(u) === n);
        const b = beatOf(u);
        if (b) note("a beat in it", is(u, b), ours(u) === b);
      }
      const last = lines[lines.length - 1]!;
      if (toTheEnd && after >= 0) {
        const tag = read.contexts[opens(after)]!.tag;
        note(
          `the ${tag ?? "other"} tag after`,
          right(after) && !sameGold(after, last),
          ours(last) !== ours(after),
        );
      }
      // The same for the episodes that start after a paragraph of narration, apart.
      if (cause === "narration paragraph between") {
        const at = "evidence, episodes after narration";
        add(`${at}: episodes`);
        add(`${at}: lines`, lines.length);
        if (ev.size === 0) add(`${at}: none`);
        for (const e of ev) add(`${at}: ${e}`);
        for (const e of unused) add(`${at}: ${e} | agrees with the gold, ours not`);
        if (unused.size > 0) add(`${at}: lines with unused evidence`, lines.length);
      }
      if (ev.size === 0) add("evidence: none");
      for (const e of ev) add(`evidence: ${e}`);
      for (const e of pins) add(`evidence: ${e} | agrees with the gold`);
      for (const e of unused) add(`evidence: ${e} | agrees with the gold, ours not`);
      if (unused.size > 0) add("episode lines with unused evidence", lines.length);
    };
    for (let t = 0; t < turns.length;) {
      if (tagged(t)) {
        t++;
        continue;
      }
      let end = t + 1;
      while (end < turns.length && !tagged(end)) {
        const b = between(end);
        if (b.broken || b.words > GAP) break;
        end++;
      }
      const run = Array.from({ length: end - t }, (_, k) => t + k);
      const start = t;
      t = end;
      if (run.some((u) => !g(u))) {
        add("runs skipped (a line not in the gold)");
        continue;
      }
      const anchor = start > 0 && tagged(start - 1) && !between(start).broken ? start - 1 : -1;
      const after = end < turns.length && tagged(end) && !between(end).broken ? end : -1;
      add("runs");
      if (after >= 0 && right(after)) {
        const gap = between(after).paragraphs > 0 ? "narration between" : "straight after";
        const last = end - 1;
        const base = `the right tag after the run (${gap})`;
        add(`${base}: runs`);
        add(`${base}: gold's last line is the tag's speaker too`, sameGold(last, after) ? 1 : 0);
        if (ours(last) === ours(after)) {
          add(`${base}: ours gives the last line to the tag's speaker`);
          add(
            `${base}: ours gives the last line to the tag's speaker, rightly`,
            right(last) ? 1 : 0,
          );
        }
      }
      add("run lines", run.length);
      const wrong = run.filter((u) => !right(u));
      add("run lines wrong", wrong.length);
      if (wrong.length === 0) continue;
      add("runs with a wrong line");
      // Each stretch of wrong lines in a row inside the run is an episode.
      for (let i = 0; i < run.length;) {
        if (right(run[i]!)) {
          i++;
          continue;
        }
        let e = i + 1;
        while (e < run.length && !right(run[e]!)) e++;
        episode(run.slice(i, e), start, end, anchor, after, e === run.length);
        i = e;
      }
    }
  }
}

for (const [k, n] of [...counts].sort()) console.log(`${k.padEnd(78)}${String(n).padStart(6)}`);
