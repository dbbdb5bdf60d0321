/**
 * Where one conversation ends and the next begins: the untagged lines whose speaker a fill from
 * the neighbouring turns could carry across narration that says the exchange ended, and whether
 * the fill from that side, the fill from the other side or ours is right. Counts only, no text,
 * so it may run on any set (the check sets pooled). `npx tsx eval/conversation-ends.ts DIR ...`
 *
 * A turn is a paragraph with dialogue (its first quote); an open turn is one the walk left to
 * turn-taking (evidence "turn" or "none"). A conversation is what the conversation pass reads as
 * one: a scene break or more than 120 words of narration paragraphs ends it. The narration
 * between two turns is the narration paragraphs between them and the later turn's lead-in (its
 * paragraph's text before its first quote). A sign that the exchange ended, read in it:
 *
 * - a lapse of time: the scene detector's time evidence (time-evidence.ts) of any of its
 *   paragraphs at least 0.8, or an opening "Later", "Afterwards", "After dinner" (a meal, "that",
 *   "a while") the scene lists leave out;
 * - a scene boundary the scene detector finds at the later turn or a paragraph between;
 * - someone leaving or arriving (a verb of going out or coming in, told in the narration);
 * - a stretch of narration, by its length in words (1-20, 21-40, 41-80, 81-120);
 * - a lead-in of the turn after (narration in the tagged or beaten paragraph itself, before its
 *   line), with no narration paragraph between: the case the conversation pass reads as "straight
 *   after".
 *
 * For each open turn k with a sign on its left (between k-1 and k) and for each with a sign on its
 * right (between k and k+1), inside one conversation: ours right; the fill from the left
 * (turn-taking from the turns before: ours for k-2 when it differs from ours for k-1) right; the
 * fill from the right (ours for k+2 when it differs from ours for k+1) right; the gold speaker the
 * one of the turn on the far side of the sign (going on across it).
 */
import { timeEvidence } from "../core/scenes/time-evidence";
import { CONVERSATION_GAP, turnView } from "./story-lines";
import { loadStories, type EvalStory } from "./stories";

/** Openings of bare lapses the scene lists leave out ("Later, when the dishes were done"). */
const BARE_LAPSE =
  /^[\s"'“‘]*(?:later|afterwards?|after (?:dinner|supper|lunch|tea|breakfast|that|a while|the meal)|when (?:they|we|he|she) had (?:eaten|finished)|the rest of the (?:day|evening|night))\b/iu;
/** Someone leaving or arriving, told in the narration. */
const COMES_OR_GOES =
  /\b(?:left(?! (?:hand|side|arm|leg|foot|eye|ear|shoulder|of|behind|alone|it|him|her|them))|walked (?:out|off|away|in|into)|went (?:out|off|away|in|inside|upstairs|downstairs|home|back)|came (?:in|into|back|through|down|up|over|out)|arrived|entered|was gone|had gone|were gone|slammed the door|shut the door behind|the door (?:opened|closed|banged|slammed))\b/iu;
const QUOTE_OPEN = /["“‘']/u;

/**
 * Per row, with the cast then without: lines, ours right, left fill right, right fill right, gold
 * the far side's speaker, and the own side's fill (the right fill for a sign on the left, the left
 * fill for one on the right) right where ours is wrong (+) and wrong where ours is right (-).
 */
const WIDTH = 7;
const rows = new Map<string, number[]>();
const add = (mode: number, key: string, v: readonly boolean[]): void => {
  const row = rows.get(key) ?? new Array<number>(2 * WIDTH).fill(0);
  const [ours, left, right] = v;
  const own = key.startsWith("left") ? right : left;
  row[mode * WIDTH]!++;
  [...v, own && !ours, ours && !own].forEach((b, i) => b && row[mode * WIDTH + 1 + i]!++);
  rows.set(key, row);
};

const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));

function survey(story: EvalStory, withCast: boolean): void {
  const mode = withCast ? 0 : 1;
  const { text, final, sceneStarts, turns, para, evidence, open, g, ours, is } = turnView(
    story,
    withCast,
  );
  /** The narration before turn t: its paragraphs' words, whether broken, and its signs. */
  const before = (t: number) => {
    let words = 0;
    let broken = false;
    const texts: string[] = [];
    for (let p = para(t - 1) + 1; p < para(t); p++) {
      const pt = text.paragraphs[p]!;
      if (pt.isBreak) broken = true;
      else if (pt.text.trim()) texts.push(pt.text);
      words += pt.text.split(/\s+/).filter(Boolean).length;
    }
    const own = text.paragraphs[para(t)]!;
    const leadIn = own.text
      .slice(0, final[turns[t]![0]!]!.from - own.offset)
      .replace(QUOTE_OPEN, "");
    const lead = /\p{L}{2,}/u.test(leadIn) ? leadIn : "";
    const all = [...texts, lead].filter(Boolean);
    const lapse = all.some(
      (x) => timeEvidence(sentences(x).slice(0, 2), false).cue >= 0.8 || BARE_LAPSE.test(x),
    );
    let scene = false;
    for (let p = para(t - 1) + 1; p <= para(t); p++) if (sceneStarts.has(p)) scene = true;
    return {
      words,
      broken: broken || words > CONVERSATION_GAP,
      lapse,
      scene,
      comes: all.some((x) => COMES_OR_GOES.test(x)),
      leadOnly: texts.length === 0 && lead !== "",
    };
  };
  const signs = (t: number): string[] => {
    const b = before(t);
    const out: string[] = [];
    if (b.lapse) out.push("a lapse of time");
    if (b.scene) out.push("a scene boundary found");
    if (b.comes) out.push("someone leaves or arrives");
    if (b.words > 0)
      out.push(
        `narration paragraphs, ${b.words <= 20 ? "1-20" : b.words <= 40 ? "21-40" : b.words <= 80 ? "41-80" : "81-120"} words`,
      );
    if (b.leadOnly) out.push("only a lead-in in the later turn's paragraph");
    if (b.leadOnly && b.lapse) out.push("only a lead-in, and it is a lapse");
    return out;
  };
  const fill = (a: number, b: number): string | null => {
    if (a < 0 || b < 0 || a >= turns.length || b >= turns.length) return null;
    const [x, y] = [ours(a), ours(b)];
    return x && x !== y ? x : null;
  };
  for (let k = 1; k < turns.length; k++) {
    if (!open(k) || !g(k)) continue;
    const left = before(k);
    if (!left.broken && (left.words > 0 || left.leadOnly)) {
      const rf = k + 2 < turns.length && !before(k + 1).broken && !before(k + 2).broken;
      const lf = k >= 2 && !before(k - 1).broken;
      for (const s of signs(k))
        add(mode, `left: ${s}`, [
          is(k, ours(k)),
          lf && is(k, fill(k - 2, k - 1)),
          rf && is(k, fill(k + 2, k + 1)),
          is(k, ours(k - 1)),
        ]);
    }
    if (k + 1 >= turns.length) continue;
    const right = before(k + 1);
    if (!right.broken && (right.words > 0 || right.leadOnly)) {
      const lf = k >= 2 && !before(k - 1).broken && !left.broken;
      const rf = k + 2 < turns.length && !before(k + 2).broken;
      // The conversation pass's move: an open turn is not the speaker of a tag straight after it.
      const tagAfter = evidence(turns[k + 1]![0]!) === "tag";
      const moves = tagAfter && right.leadOnly && lf && fill(k - 2, k - 1) === ours(k + 1);
      const extra = moves
        ? [`${right.lapse ? "a lapse" : "any"} lead-in of a tag, the left fill its speaker`]
        : [];
      for (const s of [...signs(k + 1), ...extra])
        add(mode, `right: ${s}${open(k + 1) ? "" : " (anchor after)"}`, [
          is(k, ours(k)),
          lf && is(k, fill(k - 2, k - 1)),
          rf && is(k, fill(k + 2, k + 1)),
          is(k, ours(k + 1)),
        ]);
    }
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
  "| open line beside narration, by sign | cast: lines, ours, left fill, right fill, far side's, own side +/- | no cast |",
);
console.log("| --- | --- | --- |");
const cells = (r: readonly number[]): string => `${r.slice(0, 5).join(" / ")}, +${r[5]} / -${r[6]}`;
for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`| ${key} | ${cells(r.slice(0, WIDTH))} | ${cells(r.slice(WIDTH))} |`);
