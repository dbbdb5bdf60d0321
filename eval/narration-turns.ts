/**
 * The bare line after a paragraph of narration, in talk between exactly two people: who says it,
 * by the narration's form. Counts only, so it may run on any set.
 * `npx tsx eval/narration-turns.ts DIR [DIR ...] [--nocast]`.
 *
 * A line L counts when it opens its paragraph, the paragraph holds no narration, no tag reads it,
 * one to three paragraphs of narration (no quote, no scene break) stand between it and the turn
 * before, and the gold speakers of the three turns before L, L and the two after it are exactly
 * two people (the selection reads the gold: it says where the class is, not what a rule could
 * see). A is the last speaker before the narration, B the other one.
 *
 * The narration's last paragraph is read by its main-clause actors (`actsIn`, clause 1): each is
 * mapped to A or B (a name by the judge; "I" as the narrator; "he"/"she" when the two differ in
 * sex), else "?". For each form: how often A goes on, how often B answers (the alternation), how
 * often the closing actor speaks, and ours the same, with the lines ours gets wrong.
 */
import { mentionsInParagraph } from "../core/cast/mentions";
import { readSegments, type Ref } from "../core/cast/refs";
import { actsIn } from "../core/cast/role-bonus";
import { officialJudge, type GoldQuote } from "./speakers";
import { bareTurn, rankedTurns } from "./ranked-turns";
import { loadStories } from "./stories";

interface Row {
  lines: number;
  goldA: number;
  goldB: number;
  goldActor: number;
  actorAnswers: number;
  oursA: number;
  oursB: number;
  oursRight: number;
  oursActor: number;
  /** Ours wrong where A going on was right, and where B answering was right. */
  wrongGoldA: number;
  wrongGoldB: number;
  /** The bare turns straight after L (no narration between), and how many of them ours gets wrong. */
  runAfter: number;
  runWrong: number;
}
const rows = new Map<string, Row>();
/** Ours' view, every bare line after narration whose two turns before are two people in ours. */
const seen = new Map<string, number>();
const blank = (): Row => ({
  lines: 0,
  goldA: 0,
  goldB: 0,
  goldActor: 0,
  actorAnswers: 0,
  oursA: 0,
  oursB: 0,
  oursRight: 0,
  oursActor: 0,
  wrongGoldA: 0,
  wrongGoldB: 0,
  runAfter: 0,
  runWrong: 0,
});

const args = process.argv.slice(2);
const noCast = args.includes("--nocast");
/** Two people over three turns before L and two after (`--wide`), else two before and one after. */
const wide = args.includes("--wide");
const dirs = args.filter((a) => !a.startsWith("--"));
const LOOKS_AT = /\b(looked|glanced|stared|turned|watched) (at|to|towards)\b/u;
const SPEECH_VERB =
  /\b(said|says|asked|asks|told|tells|replied|answered|whispered|shouted|called|muttered|added)\b/i;

for (const dir of dirs) {
  for (const story of await loadStories(dir)) {
    if (!Array.isArray(story.gold["quotes"])) continue;
    const { text, read, ranked, goldOf, matcher, turns } = rankedTurns(story, noCast);
    const judge = officialJudge(story);
    const who = (t: number): string | null => {
      const g = t >= 0 && turns[t] ? goldOf.get(turns[t]![0]) : undefined;
      return g?.speaker ? g.speaker.toLowerCase() : null;
    };
    for (let t = 2; t + 1 < turns.length; t++) {
      const [l] = turns[t]!;
      const q = ranked[l]!;
      const ctx = read.contexts[l]!;
      if (!bareTurn(text, ranked, !!ctx.tag, turns[t]!)) continue;
      const p = turns[t - 1]![1];
      const gap = q.paragraph - ranked[p]!.paragraph - 1;
      const between = text.paragraphs.slice(ranked[p]!.paragraph + 1, q.paragraph);
      if (gap < 1 || gap > 3 || between.some((x) => x.isBreak)) continue;
      // What a rule could see: ours' two turns before are two people, A' and B'.
      const [oA, oB] = [ranked[turns[t - 1]![0]]!.speaker, ranked[turns[t - 2]![0]]!.speaker];
      if (oA && oB && oA !== oB) {
        const gsp = goldOf.get(l);
        if (gsp?.speaker) {
          const ours = q.speaker === oA ? "A'" : q.speaker === oB ? "B'" : "a third";
          const goldIs = judge(gsp, oA) ? "A'" : judge(gsp, oB) ? "B'" : "a third";
          const o = seen.get(`${ours} -> gold ${goldIs}`) ?? 0;
          seen.set(`${ours} -> gold ${goldIs}`, o + 1);
          const v = read.quotes[l]!.evidence;
          seen.set(
            `${ours} (${v}) -> gold ${goldIs}`,
            (seen.get(`${ours} (${v}) -> gold ${goldIs}`) ?? 0) + 1,
          );
        }
      }
      const window = [t - 3, t - 2, t - 1, t, t + 1, t + 2].map(who);
      const talk = wide ? window : window.slice(1, 5);
      if (talk.some((w) => w === null) || new Set(talk).size !== 2) continue;
      const gl = goldOf.get(l)!;
      const gA = goldOf.get(turns[t - 1]![0])!;
      // B: the other one, the latest before L who is not A, else the first after.
      const before = window.findLastIndex((w, i) => i < 3 && w !== window[2]);
      const bAt =
        before >= (wide ? 0 : 1) ? before : window.findIndex((w, i) => i > 2 && w !== window[2]);
      const gB = goldOf.get(turns[t - 3 + bAt]![0])!;
      const isA = (k: string | null) => k !== null && judge(gA, k);
      const isB = (k: string | null) => k !== null && judge(gB, k);
      const sexOf = (g: GoldQuote) => [...ctx.genders].find(([k]) => judge(g, k))?.[1] ?? null;
      const [sexA, sexB] = [sexOf(gA), sexOf(gB)];
      const side = (r: Ref): "A" | "B" | "?" => {
        let k: string | null = null;
        if (r.kind === "name") k = r.key;
        else if (r.key === "i") k = ctx.narrator;
        else if ((r.key === "he" || r.key === "she") && sexA && sexB && sexA !== sexB)
          return (r.key === "he") === (sexA === "m") ? "A" : "B";
        return isA(k) ? "A" : isB(k) ? "B" : "?";
      };
      const form = (r: Ref): string =>
        r.kind === "name"
          ? "name"
          : r.key === "i"
            ? "I"
            : r.kind === "pronoun"
              ? "pronoun"
              : "description";
      const beat = between[between.length - 1]!;
      const sentences = readSegments(
        beat.text,
        [],
        mentionsInParagraph(beat.text, matcher),
      ).flatMap((s) => s.sentences);
      const actors = sentences.flatMap((s) => s.refs.filter((r) => actsIn(r) && r.clause === 1));
      const sides = new Set(actors.map(side).filter((s) => s !== "?"));
      const closing = actors[actors.length - 1];
      const closingSide = closing ? side(closing) : "?";
      const nSent = between.reduce((n, x) => n + (x.text.match(/[.!?](\s|$)/g)?.length ?? 1), 0);
      const keys = [
        "all",
        `actors: ${sides.size === 0 ? "none known" : sides.size === 1 ? `one (${[...sides][0]})` : "both"}`,
        `closing actor: ${closingSide} ${closing ? form(closing) : "none"}`,
        `reports speech: ${SPEECH_VERB.test(between.map((x) => x.text).join(" ")) ? "yes" : "no"}`,
        `length: ${nSent <= 1 ? "1 sentence" : nSent <= 3 ? "2-3 sentences" : "4+ sentences"}`,
        `paragraphs between: ${gap}`,
        `person: ${ctx.firstPerson ? "first" : "third"}`,
        `dir: ${dir.split("/").filter(Boolean).pop()}`,
      ];
      // What the brief of speakers-36 asked for besides: A's last line a question, whom the
      // closing sentence looks at, and whether L names A or B (said to them).
      const asked = /\?\W*$/u.test(ranked[turns[t - 1]![1]]!.text);
      keys.push(`A's line before a question: ${asked ? "yes" : "no"}`);
      const lastS = sentences[sentences.length - 1];
      const looked = lastS?.refs.find(
        (r) =>
          !r.subject &&
          r.from > (closing?.from ?? -1) &&
          LOOKS_AT.test(lastS.words.map((w) => w.lower).join(" ")),
      );
      if (looked) keys.push(`the closing sentence looks at: ${side(looked)}`);
      const named = (g: GoldQuote) =>
        (g.speaker ?? "")
          .split(/\s+/u)
          .some(
            (w) => w.length > 2 && new RegExp(`\\b${w.replace(/\W/gu, "")}\\b`, "u").test(q.text),
          );
      if (named(gA) !== named(gB)) keys.push(`L names ${named(gA) ? "A" : "B"}`);
      if (/\byou\b/iu.test(q.text) && !/\b(I|me|my)\b/u.test(q.text))
        keys.push("L says 'you', not 'I'");
      if (sides.size === 2)
        keys.push(`both act, closing ${closingSide} ${closing ? form(closing) : "none"}`);
      if (sides.size === 1)
        keys.push(`one actor ${[...sides][0]}, closing ${closing ? form(closing) : "none"}`);
      keys.push(`ours on L: ${judge(gl, q.speaker) ? "right" : "wrong"}`);
      const goldIsA = gl.speaker?.toLowerCase() === gA.speaker?.toLowerCase();
      const actorSpeaks = closingSide === "A" ? goldIsA : closingSide === "B" ? !goldIsA : null;
      const right = judge(gl, q.speaker);
      // The run L opens: the bare untagged turns that follow it paragraph by paragraph.
      let [runAfter, runWrong] = [0, 0];
      for (let u = t + 1; u < turns.length; u++) {
        const [m] = turns[u]!;
        if (ranked[m]!.paragraph !== ranked[turns[u - 1]![1]]!.paragraph + 1) break;
        if (read.contexts[m]!.tag) break;
        const gm = goldOf.get(m);
        if (!gm?.speaker) break;
        runAfter++;
        if (!judge(gm, ranked[m]!.speaker)) runWrong++;
      }
      for (const key of keys) {
        const r = rows.get(key) ?? blank();
        r.lines++;
        if (goldIsA) r.goldA++;
        else r.goldB++;
        if (actorSpeaks !== null) r.actorAnswers++;
        if (actorSpeaks) r.goldActor++;
        if (isA(q.speaker)) r.oursA++;
        if (isB(q.speaker)) r.oursB++;
        if (right) r.oursRight++;
        if (closingSide !== "?" && (closingSide === "A" ? isA(q.speaker) : isB(q.speaker)))
          r.oursActor++;
        if (!right && goldIsA) r.wrongGoldA++;
        if (!right && !goldIsA) r.wrongGoldB++;
        r.runAfter += runAfter;
        r.runWrong += runWrong;
        rows.set(key, r);
      }
    }
  }
}

console.log(
  `form (${noCast ? "no cast" : "cast"}, official)                 lines  gold A  gold B  actor known/speaks  ours A  ours B  ours actor  ours right  wrong: gold A / gold B  run after / wrong`,
);
for (const [key, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `${key.padEnd(44)} ${String(r.lines).padStart(5)} ${String(r.goldA).padStart(7)} ${String(r.goldB).padStart(7)} ${`${r.actorAnswers}/${r.goldActor}`.padStart(19)} ${String(r.oursA).padStart(7)} ${String(r.oursB).padStart(7)} ${String(r.oursActor).padStart(11)} ${String(r.oursRight).padStart(11)} ${`${r.wrongGoldA} / ${r.wrongGoldB}`.padStart(22)} ${`${r.runAfter} / ${r.runWrong}`.padStart(18)}`,
  );

console.log("\nours' view (ours' last two turns two people, A' the last): ours -> gold");
for (const [key, n] of [...seen].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`${key.padEnd(44)} ${String(n).padStart(5)}`);
