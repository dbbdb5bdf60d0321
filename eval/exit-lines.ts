/**
 * Who is still in the talk: the turns after narration that sends someone out (an exit told in
 * a sentence whose subject is that person: "Bess went.", "She went up with the water", "he hung
 * up"), and whether the one sent out speaks again before narration brings them back (named
 * again, or "came back"). Counts only, no text, so it may run on any set; `--list` prints the
 * exits read and the lines after them, refused on the check sets.
 * `npx tsx eval/exit-lines.ts DIR [DIR ...] [--nocast] [--list]`.
 *
 * A turn is a paragraph with dialogue, read by its first quote (turnView); a conversation ends at
 * a break or more than 120 words of narration. An exit is read in the narration after a turn's
 * last quote and in the paragraphs of narration before the next, two ways: as the walk reads it
 * (exits.ts, "core") and by a wider reading (`WIDE`, "wide only": a verb of going closing its
 * sentence, "went up", "to bed", "disappeared", "the line went dead"). Its subject is a name, the
 * narrator's "I", or "he"/"she" when exactly one of the conversation's last six gold speakers is
 * of that sex. A person is out from the exit until narration names them again or a line of
 * theirs is given by the gold (the clue's failure: they spoke while read as out).
 *
 * For each turn with someone out: the gold speaker among those out (the clue wrong), ours among
 * them (ours right, wrong), and whether the walk's context already holds them away.
 */
import { refuseCheckSets } from "./check-sets";
import { exitsIn } from "../core/cast/exits";
import { castSexes } from "../core/cast/genders";
import { mentionsInParagraph } from "../core/cast/mentions";
import { readSegments, type Sentence } from "../core/cast/refs";
import { turnView } from "./story-lines";
import { loadStories, type EvalStory } from "./stories";

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith("--"));
const withCast = !args.includes("--nocast");
const list = args.includes("--list");
if (list) refuseCheckSets("exit-lines.ts", "--list prints text", dirs);

/** A wider reading of an exit, after the subject (and "had", "then"...): what core may miss. */
const WIDE =
  /^(?:(?:had|has|then|already|just|finally|quietly|soon|now)\s+)*(?:(?:went|gone|walked|stormed|slipped|headed|wandered|hurried|stalked|stomped|ran|trudged|padded|climbed|stumped|stamped|marched|disappeared|vanished)(?:\s*[.,;]|\s*$|\s+(?:out|inside|indoors|outside|home|upstairs|downstairs|off|away|up|back to bed|to bed|back up|back inside|back out|through the door|out of))|(?:left)(?:\s*[.,;]|\s*$|\s+(?:them|us|the room|the kitchen|the house|without|again|for))|(?:hung up|rang off|let (?:herself|himself) out|showed (?:herself|himself) out|shut the door behind|closed the door behind))/iu;
/** A call ended with no subject: "the line went dead", "then the line was dead". */
const LINE_DEAD = /\bline (?:went|was) dead\b|\bline clicked\b|\bwent to (?:dial )?tone\b/iu;
/** Coming back: "came back", "came in", "returned". */
const BACK =
  /^(?:(?:had|then|finally)\s+)*(?:(?:came|come|walked|stepped)\s+(?:back|in|into|down)\b|returned|reappeared)/iu;

type Row = number[];
/** lines, gold among out, ours among out, ours-out wrong, ours-out right, walk away, ours wrong. */
const rows = new Map<string, Row>();
const stories = new Map<string, Set<string>>();
const add = (key: string, story: string, v: readonly boolean[]): void => {
  const row = rows.get(key) ?? new Array<number>(1 + v.length).fill(0);
  row[0]!++;
  v.forEach((b, i) => b && row[i + 1]!++);
  rows.set(key, row);
  stories.set(key, (stories.get(key) ?? new Set()).add(story));
};

function survey(dir: string, story: EvalStory): void {
  const tv = turnView(story, withCast);
  const { text, final, turns, para, g, ours, is, between, matcher, narrator, ctx } = tv;
  const keys = tv.cast.map((c) => c.name);
  const sexes = castSexes(tv.cast);
  const goldKey = (t: number): string | null => keys.find((k) => is(t, k)) ?? null;
  /** key -> how it went out ("core" or "wide only"). */
  let out = new Map<string, string>();
  let recent: string[] = [];
  const said = new Map<string, string>();
  const subjectKey = (s: Sentence, at: number): string | null => {
    const ref = s.refs.filter((r) => r.subject && r.word <= at).at(-1);
    if (!ref) return null;
    if (ref.kind === "name") return ref.key;
    if (ref.key === "i") return narrator;
    if (ref.key !== "he" && ref.key !== "she") return null;
    const sex = ref.key === "he" ? "m" : "f";
    const fit = [...new Set(recent.slice(-6))].filter((k) => sexes.get(k) === sex);
    return fit.length === 1 ? fit[0]! : null;
  };
  const read = (s: Sentence, narr: string): void => {
    for (const ref of s.refs) if (ref.kind === "name") out.delete(ref.key);
    const core = new Set<string>();
    for (const ref of exitsIn(s)) {
      const k = subjectKey(s, ref.word);
      if (k) core.add(k);
    }
    for (const ref of s.refs) {
      if (!ref.subject) continue;
      const rest = narr.slice(s.words[ref.next]?.from ?? s.to, s.to);
      const k = subjectKey(s, ref.word);
      if (!k) continue;
      const how = core.has(k) ? "core" : WIDE.test(rest.trimStart()) ? "wide only" : null;
      if (how) {
        out.set(k, k === narrator ? `${how}, the narrator` : how);
        said.set(k, narr.slice(s.from, s.to));
      } else if (BACK.test(rest.trimStart())) out.delete(k);
    }
    if (LINE_DEAD.test(narr.slice(s.from, s.to))) {
      // The caller is the one of the last two who is not in the room: unknown here, so the one
      // of the last two gold speakers the paragraph does not name.
      const last = recent.at(-1);
      if (last && !out.has(last)) out.set(last, "line dead");
    }
  };
  for (let t = 0; t < turns.length; t++) {
    const b = between(t);
    if (b.broken) {
      out = new Map();
      recent = [];
    }
    // The narration after the last turn's last quote, then the paragraphs between.
    const from = t > 0 ? para(t - 1) : para(t);
    for (let p = from; p < para(t); p++) {
      const pt = text.paragraphs[p]!;
      if (pt.isBreak || !pt.text.trim()) continue;
      const quotesHere = final.filter((q) => q.paragraph === p);
      const tail = p === from && t > 0 ? (quotesHere.at(-1)?.to ?? pt.offset) - pt.offset : 0;
      const narr = pt.text.slice(tail);
      const segs = readSegments(narr, [], mentionsInParagraph(narr, matcher));
      for (const seg of segs) for (const s of seg.sentences) read(s, narr);
    }
    const gq = g(t);
    if (!gq) continue;
    const gk = goldKey(t);
    const o = ours(t);
    if (out.size > 0) {
      const kinds = new Set(out.values());
      const away = ctx(turns[t]![0]!)?.away ?? [];
      const v = [
        gk !== null && out.has(gk),
        o !== null && out.has(o),
        o !== null && out.has(o) && !is(t, o),
        o !== null && out.has(o) && is(t, o),
        [...out.keys()].every((k) => away.includes(k)),
        !is(t, o),
      ];
      add(`${dir}: all`, story.name, v);
      for (const k of kinds) add(`${dir}: ${k}`, story.name, v);
      add(`pooled: all`, story.name, v);
      for (const k of kinds) add(`pooled: ${k}`, story.name, v);
      if (list)
        console.log(
          [
            story.name,
            t,
            [...out].map(([k, w]) => `${k}(${w})`).join(","),
            `gold ${gk}`,
            `ours ${o}`,
            `away ${away.join(",")}`,
            final[turns[t]![0]!]!.text.slice(0, 50),
            [...out.keys()].map((k) => said.get(k) ?? "").join(" | "),
          ].join("\t"),
        );
    }
    if (gk) {
      out.delete(gk);
      recent.push(gk);
    }
  }
}

for (const dir of dirs)
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    survey(dir.replace(/.*fixtures\//u, ""), story);
  }
console.log(
  "| set: how the exit was read | turns with someone out | gold among out | ours among out | ... wrong | ... right | walk holds all away | ours wrong | stories |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`| ${key} | ${r.join(" | ")} | ${stories.get(key)!.size} |`);
