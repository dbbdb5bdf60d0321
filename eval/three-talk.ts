/**
 * Open lines (no tag, beat or carried line: the walk's evidence "turn" or "none") in talk among
 * three or more, and the clue a careful reader uses to know who says each, with the gold cast.
 * Counts only, no text, so it may run on any set. `npx tsx eval/three-talk.ts DIR [DIR ...]`.
 *
 * A line is in talk among three or more when the gold speakers of the turns two either side of it
 * (inside one conversation: a scene break or more than 120 words of narration ends it) are three
 * or more people (speaker-causes.ts's class (g)). Each clue gives an answer (someone speaks, or
 * someone does not); for each, over the open lines in such talk and then over every open line
 * (what a rule, which cannot see the gold window, would meet): the lines where it applies, how
 * often its answer holds by the gold ("agrees"), how often ours is right, the lines a rule
 * following it would win (clue right, ours wrong) and lose (ours right, clue wrong), and the
 * stories of its wins. The clues:
 *
 * - the turn before (no narration between) calls X by name, and X is not its own speaker: X
 *   answers; split by the form of the call: the line before ends on a question whose sentence
 *   holds X's name ("Good talk. Tyler?", "Did you, Sam?"), or the call sits elsewhere; and the
 *   question closing its paragraph, no narration after it (the rule kept in conversation.ts);
 * - the turn after (no narration between) calls X: X spoke this line, split the same way;
 * - a narration paragraph between: its last sentence's actor speaks (the narrator for "I"), the
 *   one it looks or turns at speaks;
 * - the line speaks of X in the third person: X is not its speaker;
 * - the two turns before (no narration between) are A then B, two people: A speaks (A B A), read
 *   by the gold of those turns and by ours (what a rule could see);
 * - none of these.
 */
import { turnView } from "./story-lines";
import { loadStories, type EvalStory } from "./stories";

const WINDOW = 2;
const TITLES = new Set("mr mrs ms miss dr sir lady lord the a an".split(" "));

/** Per clue and scope: [lines, agrees, ours right, win, lose], and the stories of its wins. */
const rows = new Map<string, { n: number[]; stories: Set<string> }>();
const add = (scope: string, key: string, story: string, agrees: boolean, ok: boolean): void => {
  const k = `${scope}\t${key}`;
  const row = rows.get(k) ?? { n: [0, 0, 0, 0, 0], stories: new Set<string>() };
  row.n[0]!++;
  if (agrees) row.n[1]!++;
  if (ok) row.n[2]!++;
  if (agrees && !ok) {
    row.n[3]!++;
    row.stories.add(story);
  }
  if (ok && !agrees) row.n[4]!++;
  rows.set(k, row);
};

function survey(story: EvalStory, setName: string): void {
  const {
    text,
    cast,
    final,
    turns,
    ctx,
    calls,
    mentions,
    between,
    open,
    g,
    ours,
    is,
    narrationCue,
    narrator,
  } = turnView(story, true);
  const wordsOf = (key: string): string[] => {
    const c = cast.find((c) => c.name === key);
    const names = c ? [c.name, ...c.aliases] : [key];
    return names.flatMap((n) =>
      n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(w.toLowerCase())),
    );
  };
  /** The last sentence of turn t's last quote asks, and holds a word of X's name. */
  const asksOf = (t: number, x: string): boolean => {
    const s = final[turns[t]!.at(-1)!]!.text.trim();
    if (!/\?\W*$/.test(s)) return false;
    const last = s.split(/(?<=[.!?])\s+/).at(-1) ?? s;
    return wordsOf(x).some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(last));
  };
  /** Nothing but marks follows turn t's last quote in its paragraph. */
  const closesParagraph = (t: number): boolean => {
    const q = final[turns[t]!.at(-1)!]!;
    const p = text.paragraphs[q.paragraph]!;
    return !/\p{L}/u.test(p.text.slice(q.to - p.offset));
  };
  /** The conversation's first turn at or before t. */
  const startOf = (t: number): number => {
    let s = t;
    while (s > 0 && !between(s).broken) s--;
    return s;
  };
  const threeOrMore = (t: number): boolean => {
    const who = new Set<string>();
    const s = startOf(t);
    for (let k = Math.max(s, t - WINDOW); k <= t + WINDOW && k < turns.length; k++) {
      if (k > t && between(k).broken) break;
      const sp = g(k)?.speaker;
      if (sp) who.add(sp);
    }
    return who.size >= 3;
  };

  for (let t = 0; t < turns.length; t++) {
    if (!open(t) || !g(t)?.speaker) continue;
    const ok = is(t, ours(t));
    const scopes = threeOrMore(t) ? ["all open", "3+ talk"] : ["all open"];
    const name = `${setName}/${story.name}`;
    const tight = between(t).words === 0 && t > 0 && !between(t).broken;
    let any = false;
    for (const scope of scopes) {
      add(scope, "(all lines)", name, true, ok);
      if (tight) {
        const called = calls(t - 1).filter((x) => x !== ours(t - 1) && !calls(t).includes(x));
        for (const x of called) {
          const form = asksOf(t - 1, x) ? "a question to X" : "a call elsewhere in the line";
          add(scope, `the turn before calls X: X answers (all)`, name, is(t, x), ok);
          add(scope, `the turn before calls X: X answers (${form})`, name, is(t, x), ok);
          if (asksOf(t - 1, x) && closesParagraph(t - 1))
            add(
              scope,
              "the turn before calls X: X answers (a question to X, closing)",
              name,
              is(t, x),
              ok,
            );
          any = true;
        }
      }
      const after = t + 1 < turns.length && between(t + 1).words === 0 && !between(t + 1).broken;
      if (after) {
        for (const x of calls(t + 1).filter((x) => !calls(t).includes(x))) {
          const form = asksOf(t + 1, x) ? "a question to X" : "a call elsewhere in the line";
          add(scope, `the turn after calls X: X spoke this (${form})`, name, is(t, x), ok);
          any = true;
        }
      }
      if (!tight && t > 0 && !between(t).broken) {
        const cue = narrationCue(t);
        if (cue.I && ctx(turns[t]![0]!)?.firstPerson) {
          add(scope, "narration before: subject I, the narrator speaks", name, is(t, narrator), ok);
          any = true;
        } else if (cue.actor) {
          add(scope, "narration before: its actor speaks", name, is(t, cue.actor), ok);
          any = true;
        }
        if (cue.at) {
          add(scope, "narration before: the one looked at speaks", name, is(t, cue.at), ok);
          any = true;
        }
      }
      for (const x of mentions(t)) {
        add(scope, "speaks of X: not X", name, !is(t, x), ok);
        if (ours(t) === x) add(scope, "speaks of X, ours gives it to X", name, !is(t, x), ok);
        any = true;
      }
      if (tight && t >= 2 && between(t - 1).words === 0 && !between(t - 1).broken) {
        const [a, b] = [g(t - 2)?.speaker, g(t - 1)?.speaker];
        if (a && b && a !== b) {
          add(scope, "A B A by the gold: A speaks", name, is(t, a), ok);
          any = true;
        }
        const [oa, ob] = [ours(t - 2), ours(t - 1)];
        if (oa && ob && oa !== ob) add(scope, "A B A by ours: A speaks", name, is(t, oa), ok);
      }
      if (!any) add(scope, "none of these", name, false, ok);
    }
  }
}

const dirs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
for (const dir of dirs)
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    survey(story, dir.replace(/\/$/, "").split("/").at(-1)!);
  }

const cell = (n: number | undefined, w = 6): string => String(n ?? 0).padStart(w);
console.log(`${"scope\tclue".padEnd(66)} lines agree  ours   win  lose  stories`);
for (const [k, r] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${k.padEnd(66)}${r.n.map((n) => cell(n)).join("")}  ${r.stories.size}`);
