/**
 * Untagged runs whose phase goes wrong, and what a reader had to set it right, with the gold cast
 * and with none. Counts only, no text, so it may run on any set (the check sets pooled); `--list`
 * prints each wrong block's turns with the cast (gold / ours, `~` after narration) and is refused
 * on the check sets. `npx tsx eval/untagged-phase.ts DIR [DIR ...] [--list]`.
 *
 * A turn is a paragraph with dialogue, read by its first quote. An anchor is a turn the rules
 * settled from its own paragraph (a tag, a beat or a line carried on: evidence other than
 * "turn" or "none"); a run is a maximal stretch of open turns between anchors, inside one
 * conversation (a scene break or more than 120 words of narration ends it), narration paragraphs
 * between its lines included. A run's phase is off where two or more of its turns in a row are
 * wrong (a block). Each block gets the first clue class that holds, each a thing a reader could
 * use and ours did not follow:
 *
 * - a vocative: a turn in the run (or the turn before the block) calls X by name, X speaks the
 *   next turn and ours gives it someone else (split by whether the calling line asks);
 * - a name in the third person: a turn of the block speaks of X without calling them, and ours
 *   gives it to X;
 * - a narration paragraph between two of the block's turns whose last sentence's subject (its
 *   actor) speaks next, or whose look or turn ("She looked at Tom", "turned to him") names the one
 *   who speaks next;
 *   - the same with the subject "I" in a first-person story: the narrator speaks next;
 * - the far end: the anchor straight after the run (no narration between, ours right) is spoken
 *   by the one ours gives the run's last turn (two turns in a row), or its parity from the far end
 *   gives the block's first turn its gold speaker;
 * - nothing a reader could use.
 *
 * Each block is also counted by where it starts (after narration, at the run's first turn, or
 * mid-run) and by whether it is a phase swap (each wrong turn's gold speaker is ours for a turn
 * beside it) or a third voice. Then, over every run's turns, right and wrong, how often each
 * clue's own answer is the gold speaker ("agrees") and how often ours already is: the clue's
 * reliability, and what a rule following it could win (clue right, ours wrong) or lose (ours
 * right, clue wrong). Besides the clues above: a name a line calls is not its speaker; turn-taking
 * after two gold turns by two people (not the last speaker again; the one two back, not a third);
 * the anchor before's parity over a run straight after it; and, where both ends are right anchors
 * of two people whose parities disagree (a run of odd length between them), each end's parity.
 */
import { refuseCheckSets } from "./check-sets";
import { ClueTally } from "./clue-tally";
import { turnView } from "./story-lines";
import { loadStories, type EvalStory } from "./stories";

/** Verbs of looking or turning towards someone: the one looked at is spoken to, or speaks. */

/** Per class: [runs, turns] with the cast, then without. */
const blocks = new Map<string, number[]>();
const addBlock = (mode: number, key: string, turns: number): void => {
  const row = blocks.get(key) ?? [0, 0, 0, 0];
  row[mode * 2]!++;
  row[mode * 2 + 1]! += turns;
  blocks.set(key, row);
};
/** Each clue against ours over every run turn. */
const clues = new ClueTally();
const addClue = clues.add.bind(clues);

const LIST = process.argv.includes("--list");

function survey(story: EvalStory, withCast: boolean): void {
  const mode = withCast ? 0 : 1;
  const {
    final,
    turns,
    ctx,
    calls,
    mentions,
    evidence,
    between,
    g,
    ours,
    is,
    narrationCue,
    narrator,
  } = turnView(story, withCast);
  const anchored = (t: number): boolean =>
    turns[t]!.some((j) => !["turn", "none"].includes(evidence(j)));
  const right = (t: number): boolean => is(t, ours(t));
  const asks = (t: number): boolean => /\?\W*$/.test(final[turns[t]!.at(-1)!]!.text.trim());

  for (let t = 0; t < turns.length;) {
    if (anchored(t)) {
      t++;
      continue;
    }
    // A run: open turns from t, narration between allowed, until an anchor or a break.
    let end = t + 1;
    while (end < turns.length && !anchored(end) && !between(end).broken) end++;
    const before = t > 0 && !between(t).broken ? t - 1 : -1;
    const after = end < turns.length && !between(end).broken ? end : -1;
    // Clues over every turn of the run.
    for (let k = t; k < end; k++) {
      const ok = right(k);
      const prev = k > t ? k - 1 : before;
      const tight = between(k).words === 0;
      if (prev >= 0 && tight) {
        const called = calls(prev).filter((x) => x !== ours(prev));
        if (called.length === 1 && ours(k) !== called[0])
          addClue(
            mode,
            "vocative in the turn before, ours not the one called",
            is(k, called[0]),
            ok,
          );
        if (called.length === 1)
          addClue(
            mode,
            `vocative in the turn before${asks(prev) ? " (asks)" : ""}: the one called speaks`,
            is(k, called[0]),
            ok,
          );
      }
      for (const x of calls(k)) addClue(mode, "a name called: not the speaker", !is(k, x), ok);
      // Turn-taking itself, where the two turns before are gold-known, straight after one another.
      const [g1, g2] = k >= 2 ? [g(k - 1)?.speaker, g(k - 2)?.speaker] : [];
      if (
        k >= 2 &&
        tight &&
        between(k - 1).words === 0 &&
        !between(k - 1).broken &&
        g1 &&
        g2 &&
        g1 !== g2
      ) {
        addClue(mode, "turn-taking: not the last speaker again", !is(k, g1), ok);
        addClue(mode, "turn-taking: the one two back, not a third", is(k, g2) || is(k, g1), ok);
      }
      for (const x of mentions(k)) {
        addClue(mode, "a name spoken of: not the speaker", !is(k, x), ok);
        if (ours(k) === x) addClue(mode, "a name spoken of, ours gives it to them", !is(k, x), ok);
      }
      if (!tight) {
        const cue = narrationCue(k);
        if (cue.I && ctx(turns[k]![0]!)?.firstPerson)
          addClue(mode, "narration between, subject I: the narrator speaks", is(k, narrator), ok);
        else if (cue.actor)
          addClue(mode, "narration between, its actor speaks", is(k, cue.actor), ok);
        if (cue.at) addClue(mode, "narration between, the one looked at speaks", is(k, cue.at), ok);
        if (cue.at && cue.actor && !cue.I)
          addClue(mode, "narration between, the looker speaks", is(k, cue.actor), ok);
      }
    }
    // The two ends as phase setters, for runs of two or more turns straight after their anchors.
    const tightRun = (from: number, to: number): boolean => {
      for (let k = from + 1; k < to; k++) if (between(k).words > 0) return false;
      return true;
    };
    if (end - t >= 2 && before >= 0 && between(t).words === 0 && tightRun(t, end)) {
      const a = ours(before);
      const b = ours(t);
      if (right(before) && a && b && a !== b)
        for (let k = t + 1; k < end; k++)
          addClue(
            mode,
            "near end's parity (A B A B from the anchor before)",
            is(k, (k - t) % 2 ? a : b),
            right(k),
          );
    }
    // Both ends right anchors of two people and the run between them of odd length: the two
    // ends' parities disagree (someone spoke twice, or a third voice came in). Which end wins?
    if (
      end - t >= 2 &&
      before >= 0 &&
      after >= 0 &&
      tightRun(t - 1, end + 1) &&
      right(before) &&
      right(after)
    ) {
      const [a, z] = [ours(before), ours(after)];
      if (a && z && a !== z && (end - t) % 2 === 1)
        for (let k = t; k < end; k++) {
          addClue(
            mode,
            "ends disagree: the near end's parity",
            is(k, (k - t) % 2 ? a : z),
            right(k),
          );
          addClue(
            mode,
            "ends disagree: the far end's parity",
            is(k, (end - 1 - k) % 2 ? z : a),
            right(k),
          );
        }
    }
    // Blocks: two or more wrong turns in a row.
    for (let k = t; k < end;) {
      if (right(k) || !g(k)) {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < end && !right(e) && g(e)) e++;
      if (e - k >= 2) {
        let cls = "nothing a reader could use";
        const span = [...Array(e - k).keys()].map((i) => k + i);
        const from = k > t ? k - 1 : before;
        const voc = [from, ...span.slice(0, -1)].find(
          (u) =>
            u >= 0 &&
            between(u + 1).words === 0 &&
            calls(u).some((x) => x !== ours(u) && is(u + 1, x) && !is(u + 1, ours(u + 1))),
        );
        const third = span.find((u) => mentions(u).some((x) => x === ours(u) && !is(u, x)));
        const narr = span.find((u) => {
          if (between(u).words === 0) return false;
          const cue = narrationCue(u);
          return (is(u, cue.actor) || is(u, cue.at)) && !right(u);
        });
        const farEnd =
          after >= 0 &&
          e === end &&
          between(end).words === 0 &&
          right(after) &&
          (ours(end - 1) === ours(after) || is(k, (end - k) % 2 ? ours(end - 1) : ours(after)));
        if (voc !== undefined)
          cls = `a vocative: the one called speaks next${asks(voc) ? " (a question put to them)" : ""}`;
        else if (third !== undefined) cls = "a name spoken in the third person: not the speaker";
        else if (narr !== undefined)
          cls = narrationCue(narr).I
            ? "narration between, subject I: the narrator speaks"
            : narrationCue(narr).at && is(narr, narrationCue(narr).at)
              ? "narration between: the one looked at speaks"
              : "narration between: its actor speaks";
        else if (farEnd) cls = "the anchor at the far end disagrees with the start";
        // A phase swap: each wrong turn's gold speaker is ours for a turn beside it.
        const swap = span.every(
          (u) => (u > 0 && is(u, ours(u - 1))) || (u + 1 < end && is(u, ours(u + 1))),
        );
        if (LIST && withCast)
          for (const u of [from, ...span].filter((x) => x >= 0))
            console.log(
              `${story.name}\t${cls.slice(0, 12)}${swap ? " swap" : ""}\t${between(u).words > 0 ? "~ " : ""}${g(u)?.speaker ?? "-"} / ${ours(u)}\t${turns[
                u
              ]!.map((j) => final[j]!.text)
                .join(" ")
                .replace(/\s+/g, " ")
                .slice(0, 100)}`,
            );
        addBlock(mode, `${cls}${swap ? " (phase swap)" : " (a third voice or other)"}`, e - k);
        addBlock(mode, "all blocks", e - k);
        const where =
          between(k).words > 0
            ? "after narration"
            : k === t
              ? `at the run's first turn, the anchor before ${before < 0 ? "none" : `${right(before) ? "right" : "wrong"} (${turns[before]!.some((j) => ctx(j)?.tag) ? "a tag" : "a beat"})`}`
              : "mid-run, straight after a right turn";
        addBlock(mode, `~starts ${where}${swap ? " (phase swap)" : ""}`, e - k);
      }
      k = e;
    }
    addBlock(mode, "~runs (all)", end - t);
    t = end;
  }
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (LIST) refuseCheckSets("untagged-phase.ts", "--list prints text", dirs);
for (const dir of dirs)
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    survey(story, true);
    survey(story, false);
  }

const cell = (n: number | undefined, w = 6): string => String(n ?? 0).padStart(w);
console.log(
  `${"wrong blocks (2+ wrong turns in a row), first class that holds".padEnd(66)}  runs turns | no cast runs turns`,
);
for (const [k, r] of [...blocks].sort((x, y) => y[1][1]! - x[1][1]!))
  console.log(`${k.padEnd(66)}${cell(r[0])}${cell(r[1])} |${cell(r[2], 13)}${cell(r[3])}`);
console.log(
  "\n" +
    clues
      .lines(
        "clue over every run turn (cast | no cast)",
        58,
        " turns agree  ours cue+us- us+cue- | turns agree  ours cue+us- us+cue-",
      )
      .join("\n"),
);
