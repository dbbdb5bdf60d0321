/**
 * Untagged turn openers by the cue a careful reader would use, with the gold cast: how often the
 * cue's own answer is the gold speaker, and how often ours is. Counts only, no text, so it may run
 * on any set. `npx tsx eval/untagged-cues.ts DIR [DIR ...]`.
 *
 * The cue of a line is the first that holds: the line before called someone by name (they
 * answer); the line carries on the line before (it opens in lowercase or on a dash or dots, or
 * the line before broke off on one: the same speaker); the line before asked the group
 * ("anyone", "everybody", "you all": someone else answers); the line before asked a question (the
 * one asked, two turns back, answers); narration between the two lines (the person it referred to last
 * speaks); a beat in the line's own paragraph; else bare. Each cue's answer other than the
 * vocative's and the beat's is read from the gold turns before, so "cueOK" says how often the
 * cue's rule holds, not what a rule would score; "rooted" counts the lines whose line before and
 * two turns before we got right (turn-taking's own errors, not carried on).
 *
 * `--only a_,b_` keeps the stories whose names start so (a group of the dev set).
 */
import { kindOf, readWithGoldCast } from "./speaker-kinds";
import { match, norm, type GoldQuote } from "./speakers";
import { loadStories } from "./stories";

const GROUP =
  /\b(anyone|anybody|everyone|everybody|you all|you guys|y'all|any of you|all of you)\b/i;
const BROKE_OFF = /(—|--|\.\.\.|…)\s*$/;
const CARRIES_ON = /^\s*(—|--|\.\.\.|…|[a-z])/;

interface Row {
  lines: number;
  cueRight: number;
  oursRight: number;
  cueRightOursWrong: number;
  oursRightCueWrong: number;
  /** Lines whose two turns before ours got right, and how many of those ours gets. */
  rooted: number;
  rootedRight: number;
}

const table = new Map<string, Row>();
const add = (cue: string, cueRight: boolean, oursRight: boolean, rooted: boolean): void => {
  const r = table.get(cue) ?? {
    lines: 0,
    cueRight: 0,
    oursRight: 0,
    cueRightOursWrong: 0,
    oursRightCueWrong: 0,
    rooted: 0,
    rootedRight: 0,
  };
  if (rooted) r.rooted++;
  if (rooted && oursRight) r.rootedRight++;
  r.lines++;
  if (cueRight) r.cueRight++;
  if (oursRight) r.oursRight++;
  if (cueRight && !oursRight) r.cueRightOursWrong++;
  if (oursRight && !cueRight) r.oursRightCueWrong++;
  table.set(cue, r);
};

const top = (m: ReadonlyMap<string, number>): string | null =>
  [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

const args = process.argv.slice(2);
const at = args.indexOf("--only");
const only = at >= 0 ? args.splice(at, 2)[1]!.split(",") : null;

for (const dir of args) {
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    if (only && !only.some((p) => story.name.startsWith(p))) continue;
    const { read, ranked, gold, judge } = readWithGoldCast(story);
    const goldOf = new Map<number, GoldQuote>();
    match(gold, ranked).forEach((j, i) => j >= 0 && goldOf.set(j, gold[i]!));
    const openers: number[] = [];
    ranked.forEach((q, j) => {
      const opens = j === 0 || ranked[j - 1]!.paragraph !== q.paragraph;
      if (!opens) return;
      openers.push(j);
      const g = goldOf.get(j);
      const kind = kindOf(read.quotes[j]!, read.contexts[j]!);
      if (!g || (kind !== "untagged, beat" && kind !== "untagged, bare")) return;
      const t = openers.length - 1;
      if (t < 2) return;
      const prevLast = ranked[j - 1]!;
      const [g1, g2] = [openers[t - 1]!, openers[t - 2]!].map((k) => goldOf.get(k)?.speaker);
      const gLast = goldOf.get(j - 1)?.speaker;
      if (!g1 || !g2 || !gLast) return;
      const ctx = read.contexts[j]!;
      const oursRight = judge(g, ranked[j]!.speaker);
      const is = (s: string | null | undefined): boolean => !!s && judge(g, s);
      const narrated = q.paragraph - prevLast.paragraph > 1;
      const relation =
        norm(g.speaker) === norm(gLast)
          ? "goes on"
          : norm(g.speaker) === norm(g2)
            ? "takes turns"
            : "someone else";
      let cue: string;
      let pick: string | null | undefined;
      if (ctx.addressee && ctx.addressee !== norm(gLast) && !narrated) {
        cue = "the line before called someone";
        pick = ctx.addressee;
      } else if (!narrated && (CARRIES_ON.test(q.text) || BROKE_OFF.test(prevLast.text))) {
        cue = "carries on the line before";
        pick = gLast;
      } else if (!narrated && /\?\s*$/.test(prevLast.text) && GROUP.test(prevLast.text)) {
        cue = "the line before asked the group";
        pick = norm(g.speaker) !== norm(gLast) && norm(g.speaker) !== norm(g2) ? g.speaker : null;
      } else if (!narrated && /\?\s*$/.test(prevLast.text)) {
        cue = "the line before asked";
        pick = g2;
      } else if (narrated) {
        cue = "narration between";
        pick = ctx.salient[0]?.key;
      } else if (ctx.before.size > 0 || ctx.after.size > 0) {
        cue = "a beat in its paragraph";
        pick = top(ctx.before) ?? top(ctx.after);
      } else {
        cue = "bare, after a statement";
        pick = g2;
      }
      const rightAt = (k: number): boolean => {
        const gk = goldOf.get(k);
        return !!gk && judge(gk, ranked[k]!.speaker);
      };
      const rooted = rightAt(j - 1) && rightAt(openers[t - 1]!) && rightAt(openers[t - 2]!);
      add(`${cue} | ${relation}`, is(pick), oursRight, rooted);
      add(`${cue} | all`, is(pick), oursRight, rooted);
    });
  }
}

const cell = (n: number): string => String(n).padStart(6);
console.log(
  `${"cue | gold relation".padEnd(58)}  lines cueOK oursOK cue+us- us+cue- rooted rootOK`,
);
for (const [k, r] of [...table].sort()) {
  console.log(
    `${k.padEnd(58)}${cell(r.lines)}${cell(r.cueRight)}${cell(r.oursRight)}${cell(r.cueRightOursWrong)}${cell(r.oursRightCueWrong)}${cell(r.rooted)}${cell(r.rootedRight)}`,
  );
}
