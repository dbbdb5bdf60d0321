/**
 * The bare line that opens a turn, by what comes before it: counts only, so it may run on any
 * set. `npx tsx eval/beat-lines.ts DIR [DIR ...] [--nocast]`.
 *
 * A line L counts when it opens its paragraph, the paragraph holds no narration, and no tag
 * reads it. Three classes (a line may be in more than one):
 *
 * - (a) a paragraph of narration comes between the turn before and L, and its last sentence that
 *   names anyone names someone inside a subordinate clause ("the way he used to when Mum
 *   shouted"): the name N. Does N say L, and does ours give L to N?
 * - (b) in a first-person stretch, that paragraph has "I" acting and someone else acting ("I put
 *   the kettle on. He sat at the table."). Does the narrator say L, does ours?
 * - (c) the turn before L (no narration between) ends on a line that calls X by name ("Sarah, I
 *   swear."). Does X say L, does ours?
 *
 * For each, beside the gold and ours, "the turn alone": the gold speaker two turns back when the
 * two turns before L are two people (A B -> A), and whether that is L's gold speaker.
 */
import { mentionsInParagraph } from "../core/cast/mentions";
import { readSegments, type Sentence } from "../core/cast/refs";
import { actsIn } from "../core/cast/role-bonus";
import { KIN_TERMS } from "../core/cast/cues";
import { isVocative } from "../core/cast/vocatives";
import { speakerJudge, type GoldQuote } from "./speakers";
import { bareTurn, rankedTurns } from "./ranked-turns";
import { loadStories } from "./stories";

interface Row {
  lines: number;
  /** The class's own answer (N, the narrator, X) is L's gold speaker. */
  cueRight: number;
  /** Ours gives L to the class's answer. */
  oursCue: number;
  oursRight: number;
  /** The turn alone has an answer, and it is right. */
  turnAnswers: number;
  turnRight: number;
  /** Ours gives L to the cue and is wrong. */
  oursCueWrong: number;
  /** Ours gives L to the cue and is wrong, while the turn alone was right. */
  cueWrongTurnRight: number;
  /** Ours does not give L to the cue and is wrong, while the cue was right. */
  cueMissed: number;
}
const rows = new Map<string, Row>();
const add = (
  key: string,
  cueRight: boolean,
  oursCue: boolean,
  oursRight: boolean,
  turn: boolean | null,
) => {
  const r = rows.get(key) ?? {
    lines: 0,
    cueRight: 0,
    oursCue: 0,
    oursRight: 0,
    turnAnswers: 0,
    turnRight: 0,
    oursCueWrong: 0,
    cueWrongTurnRight: 0,
    cueMissed: 0,
  };
  r.lines++;
  if (cueRight) r.cueRight++;
  if (oursCue) r.oursCue++;
  if (oursRight) r.oursRight++;
  if (turn !== null) r.turnAnswers++;
  if (turn) r.turnRight++;
  if (oursCue && !oursRight) r.oursCueWrong++;
  if (oursCue && !oursRight && turn) r.cueWrongTurnRight++;
  if (!oursCue && !oursRight && cueRight) r.cueMissed++;
  rows.set(key, r);
};

const args = process.argv.slice(2);
const noCast = args.includes("--nocast");
const dirs = args.filter((a) => !a.startsWith("--"));

for (const dir of dirs) {
  for (const story of await loadStories(dir)) {
    if (!Array.isArray(story.gold["quotes"])) continue;
    const { text, cast, read, ranked, gold, goldOf, matcher, turns } = rankedTurns(story, noCast);
    const judge = speakerJudge(story, gold);
    const same = (a: GoldQuote | undefined, b: GoldQuote | undefined): boolean =>
      !!a?.speaker && !!b?.speaker && a.speaker.toLowerCase() === b.speaker.toLowerCase();
    // (a') a family word ("Mum", "Dad") the ranker gives an untagged line the walk did not.
    ranked.forEach((q, j) => {
      const g = goldOf.get(j);
      const ctx = read.contexts[j]!;
      if (!g?.speaker || ctx.tag || !q.speaker || !KIN_TERMS.has(q.speaker.toLowerCase())) return;
      const walked = read.quotes[j]!;
      const by = (walked.speaker ?? walked.unnamed) === q.speaker ? "the walk's" : "not the walk's";
      const person = ctx.firstPerson ? "first person" : "third person";
      add(
        `(a') ours a family word, ${person}, ${by}`,
        judge(g, q.speaker),
        true,
        judge(g, q.speaker),
        null,
      );
    });
    for (let t = 1; t < turns.length; t++) {
      const [l] = turns[t]!;
      const q = ranked[l]!;
      if (!bareTurn(text, ranked, !!read.contexts[l]!.tag, turns[t]!)) continue;
      const g = goldOf.get(l);
      if (!g?.speaker) continue;
      const p = turns[t - 1]![1];
      const [gp, gpp] = [goldOf.get(p), t >= 2 ? goldOf.get(turns[t - 2]![1]) : undefined];
      const turnAlone = gp?.speaker && gpp?.speaker && !same(gp, gpp) ? same(g, gpp) : null;
      const oursRight = judge(g, q.speaker);
      const gap = q.paragraph - ranked[p]!.paragraph - 1;
      const breakBetween = text.paragraphs
        .slice(ranked[p]!.paragraph + 1, q.paragraph)
        .some((x) => x.isBreak);
      // (c) the line before calls someone, straight before L.
      if (gap === 0) {
        const called = [...read.contexts[p]!.inQuote].filter(([, c]) => c).map(([k]) => k);
        if (called.length === 1 && !judge(gp ?? g, called[0]!)) {
          const x = called[0]!;
          add("(c) after a line calling X", judge(g, x), q.speaker === x, oursRight, turnAlone);
        }
      }
      // (c') the line before calls a name no cast member has, in a first-person stretch: the
      // narrator's own name, unknown to the cast?
      if (gap === 0 && read.contexts[l]!.firstPerson) {
        const line = ranked[p]!.text;
        const known = (w: string) =>
          cast.some((c) => [c.name, ...c.aliases].some((n) => n.split(/\s+/).includes(w)));
        const unknownCall = [...line.matchAll(/\p{Lu}\p{Ll}+/gu)].some(
          (m) =>
            !known(m[0]) &&
            isVocative(line, m.index, m.index + m[0].length) &&
            !KIN_TERMS.has(m[0].toLowerCase()),
        );
        const narrator = read.contexts[l]!.narrator;
        if (unknownCall)
          add(
            "(c') after a line calling a name outside the cast, first person",
            judge(g, narrator),
            q.speaker === narrator,
            oursRight,
            turnAlone,
          );
      }
      if (gap < 1 || gap > 2 || breakBetween) continue;
      const beat = text.paragraphs[q.paragraph - 1]!;
      const sentences = readSegments(
        beat.text,
        [],
        mentionsInParagraph(beat.text, matcher),
      ).flatMap((s) => s.sentences);
      const people = (s: Sentence) => s.refs;
      const closing = sentences.findLast((s) => people(s).length > 0);
      // (a) a name in a subordinate clause of the beat's closing sentence.
      const sub = closing?.refs.find((r) => r.kind === "name" && r.clause < 1);
      if (sub) {
        const n = sub.key;
        add(
          "(a) beat names N in a subordinate clause",
          judge(g, n),
          q.speaker === n,
          oursRight,
          turnAlone,
        );
        if (closing!.refs.some((r) => r !== sub && actsIn(r) && r.clause === 1))
          add(
            "(a) ... with a main-clause actor",
            judge(g, n),
            q.speaker === n,
            oursRight,
            turnAlone,
          );
      }
      // (b) first person: "I" and someone else both act in the beat.
      const ctx = read.contexts[l]!;
      if (!ctx.firstPerson) continue;
      const refs = sentences.flatMap((s) => s.refs);
      const iActs = refs.some((r) => r.key === "i" && actsIn(r) && r.clause === 1);
      const otherActs = refs.some(
        (r) => r.key !== "i" && r.key !== "we" && r.key !== "it" && actsIn(r) && r.clause === 1,
      );
      if (!iActs || !otherActs) continue;
      const narrator = ctx.narrator;
      const lastOther =
        gp?.speaker && !judge(gp, narrator)
          ? "last speaker not the narrator"
          : "last speaker the narrator";
      const oursNarrator = q.speaker === narrator;
      for (const key of ["(b) beat: I and another act", `(b) ... ${lastOther}`])
        add(key, judge(g, narrator), oursNarrator, oursRight, turnAlone);
      // The last speaker going on after the beat: the walk's "went on acting" reading.
      if (gp?.speaker && !judge(gp, narrator))
        add(
          "(b) ... cue: the last speaker goes on",
          same(g, gp),
          judge(gp, q.speaker),
          oursRight,
          turnAlone,
        );
      const closingActor = closing?.refs.find((r) => actsIn(r) && r.clause === 1);
      if (closingActor && closingActor.key !== "i")
        add(
          "(b) ... the closing actor not I",
          judge(g, narrator),
          oursNarrator,
          oursRight,
          turnAlone,
        );
    }
  }
}

console.log(
  `class (${noCast ? "no cast" : "cast"})                              lines  cue right  ours=cue  ours right  turn answers/right  ours=cue wrong  of those turn right  cue right, ours other and wrong`,
);
for (const [key, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `${key.padEnd(48)} ${String(r.lines).padStart(5)} ${String(r.cueRight).padStart(10)} ${String(r.oursCue).padStart(9)} ${String(r.oursRight).padStart(11)} ${`${r.turnAnswers}/${r.turnRight}`.padStart(19)} ${String(r.oursCueWrong).padStart(15)} ${String(r.cueWrongTurnRight).padStart(19)} ${String(r.cueMissed).padStart(10)}`,
  );
