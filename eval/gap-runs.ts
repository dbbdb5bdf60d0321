/**
 * Untagged runs across narration, read from the anchor after them: the ceiling of a rule that
 * reads a conversation's open lines as alternations agreeing with the anchors on both sides.
 * Counts only, no text, so it may run on any set (the check sets pooled).
 * `npx tsx eval/gap-runs.ts DIR [DIR ...]`.
 *
 * A turn is a paragraph with dialogue, read by its first quote (as untagged-phase.ts reads it).
 * An anchor is a turn the rules settled from its own paragraph (evidence other than "turn" or
 * "none"); a run is a maximal stretch of open turns inside one conversation (a scene break or
 * more than 120 words of narration ends it), narration paragraphs between its lines included.
 * Only runs with an anchor straight after them (no break between) count, split by whether that
 * anchor is a tag or a beat and whether ours gives it its gold speaker.
 *
 * The run is read as two people taking turns back from the anchor after: its last turn is the
 * other one's (Y), the one before it the anchor's speaker (Z), and so on to the run's start,
 * across narration paragraphs as if they were not there. Y is the anchor before's speaker when
 * that is not Z, else ours' most frequent other speaker in the run. Each open turn is counted by
 * whether narration stands between it and the anchor after (the "across a gap" lines, which
 * today's parity reading never reaches), with: how often the far end's parity gives the gold
 * speaker ("agrees"), how often ours does, the lines it would win (far right, ours wrong) and
 * lose (ours right, far wrong). The same for the near end's parity (from the anchor before, when
 * it is right), and for the lines where both ends' parities agree.
 */
import { ClueTally } from "./clue-tally";
import { turnView } from "./story-lines";
import { loadStories, type EvalStory } from "./stories";

const rows = new ClueTally();
const add = rows.add.bind(rows);

function survey(story: EvalStory, withCast: boolean): void {
  const mode = withCast ? 0 : 1;
  const { turns, ctx, evidence, between, g, ours, is } = turnView(story, withCast);
  const anchored = (t: number): boolean =>
    turns[t]!.some((j) => !["turn", "none"].includes(evidence(j)));
  const tagged = (t: number): boolean => turns[t]!.some((j) => !!ctx(j)?.tag);
  const right = (t: number): boolean => is(t, ours(t));
  for (let t = 0; t < turns.length;) {
    if (anchored(t)) {
      t++;
      continue;
    }
    let end = t + 1;
    while (end < turns.length && !anchored(end) && !between(end).broken) end++;
    const before = t > 0 && !between(t).broken ? t - 1 : -1;
    const after = end < turns.length && !between(end).broken ? end : -1;
    const z = after >= 0 ? ours(after) : null;
    if (after < 0 || !z) {
      t = end;
      continue;
    }
    const counts = new Map<string, number>();
    for (let k = t; k < end; k++) {
      const s = ours(k);
      if (s && s !== z) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    const a = before >= 0 ? ours(before) : null;
    const y = a && a !== z ? a : ([...counts].sort((p, q) => q[1] - p[1])[0]?.[0] ?? null);
    if (!y) {
      t = end;
      continue;
    }
    const end_ = `${tagged(after) ? "tag" : "beat"} after ${right(after) ? "right" : "wrong"}`;
    // Two people by the gold (where the class is) and by ours (what a rule could see).
    const span = [...Array(end - t + (before >= 0 ? 2 : 1)).keys()].map(
      (i) => i + (before >= 0 ? before : t),
    );
    const goldTwo = span.every((k) => !g(k) || is(k, y) || is(k, z));
    const oursTwo = span.every((k) => ours(k) === y || ours(k) === z);
    const talk = `${goldTwo ? "gold two" : "gold 3+"}, ${oursTwo ? "ours two" : "ours 3+"}`;
    const nearOk = before >= 0 && right(before) && a !== null;
    for (let k = t; k < end; k++) {
      if (!g(k)) continue;
      let gap = false;
      for (let m = k + 1; m <= end; m++) if (between(m).words > 0) gap = true;
      const far = (end - k) % 2 === 1 ? y : z;
      const where = gap ? "across a gap" : "no gap to the end";
      add(mode, `${end_}, ${where}: far parity`, is(k, far), right(k));
      add(mode, `all runs, ${where}: far parity`, is(k, far), right(k));
      add(mode, `${talk}, ${where}: far parity`, is(k, far), right(k));
      if (nearOk) {
        const other = a === z ? y : z;
        const near = (k - before) % 2 === 0 ? a : other;
        add(mode, `all runs, ${where}: near parity (right anchor before)`, is(k, near), right(k));
        if (near === far) add(mode, `all runs, ${where}: both ends agree`, is(k, far), right(k));
        else add(mode, `all runs, ${where}: ends disagree, far`, is(k, far), right(k));
      }
    }
    t = end;
  }
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
for (const dir of dirs)
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    survey(story, true);
    survey(story, false);
  }

console.log(
  rows
    .lines(
      "open turns before an anchor (cast | no cast)",
      64,
      " turns agree  ours  wins  loss | turns agree  ours  wins  loss",
    )
    .join("\n"),
);
