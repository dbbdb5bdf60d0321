/**
 * The narration straight after a line, with the gold cast: who its first sentence opens on, and
 * whether that one said the line (going on) or heard it (the listener's response: '"Come look." /
 * He comes and looks.'). Counts only, no text, so it may run on any set.
 * `npx tsx eval/response-beats.ts DIR [DIR ...] [--only g_,h_]`.
 *
 * A line L counts when it is the last quote of its paragraph with no narration after it, a
 * paragraph of narration follows, and the gold gives L and the turn before it to two different
 * people. The subject X is the person the narration's first sentence opens on ("Dee waited.",
 * "I laughed", "She didn't answer"): a name, "I" in a first-person stretch (the narrator), or
 * "he"/"she" when exactly one of the two talkers has that sex. Its verb is sorted into being ("was
 * seventy"), speaking ("resumed"), leaving ("hung up", "went out"), and any other deed. Per row:
 * how often X said L, said the line before L, or is someone else; how often the gold's next turn
 * after the narration is X's; and, where X is one of the two, how often ours gives L to X, right
 * and wrong (what a rule "L is not X's" would gain and lose at L itself).
 */
import { compileCastMatcher, mentionsInParagraph } from "../core/cast/mentions";
import { exitsIn } from "../core/cast/exits";
import { readSegments, type Sentence } from "../core/cast/refs";
import { readWithGoldCast } from "./speaker-kinds";
import { match, norm, type GoldQuote } from "./speakers";
import { loadStories } from "./stories";
import { turnsOf } from "./turns";

const BEING = new Set(["is", "was", "were", "are", "had been", "has been"]);
const SPEAKING = /^(said|says|asked|asks|replied|answered|continued|added|resumed|went on)$/;

interface Row {
  lines: number;
  saidL: number;
  heardL: number;
  else: number;
  /** The gold's next turn after the narration is X's. */
  nextX: number;
  /** Ours gives L to X: right (X said it) and wrong (X heard it). */
  oursXRight: number;
  oursXWrong: number;
}
const rows = new Map<string, Row>();
const add = (key: string, role: "saidL" | "heardL" | "else", nextX: boolean, oursX: boolean) => {
  const r = rows.get(key) ?? {
    lines: 0,
    saidL: 0,
    heardL: 0,
    else: 0,
    nextX: 0,
    oursXRight: 0,
    oursXWrong: 0,
  };
  r.lines++;
  r[role]++;
  if (nextX) r.nextX++;
  if (oursX && role === "saidL") r.oursXRight++;
  if (oursX && role !== "saidL") r.oursXWrong++;
  rows.set(key, r);
};

/** What the verb after the sentence's opening subject does. */
function verbKind(s: Sentence, next: number): string {
  const one = s.words[next]?.lower ?? "";
  const two = `${one} ${s.words[next + 1]?.lower ?? ""}`;
  if (BEING.has(one) || BEING.has(two)) return "being";
  if (SPEAKING.test(one) || SPEAKING.test(two)) return "speaking";
  return "deed";
}

const args = process.argv.slice(2);
const at = args.indexOf("--only");
const only = at >= 0 ? args.splice(at, 2)[1]!.split(",") : null;

for (const dir of args) {
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    if (only && !only.some((p) => story.name.startsWith(p))) continue;
    const { text, cast, read, ranked, gold, judge } = readWithGoldCast(story);
    const matcher = compileCastMatcher(cast);
    const goldOf = new Map<number, GoldQuote>();
    match(gold, ranked).forEach((j, i) => j >= 0 && goldOf.set(j, gold[i]!));
    // Each turn's first and last quote.
    const turns = turnsOf(ranked).map((t): [number, number] => [t[0]!, t[t.length - 1]!]);
    for (let t = 1; t + 1 < turns.length; t++) {
      const l = turns[t]![1];
      const q = ranked[l]!;
      const para = text.paragraphs[q.paragraph]!;
      const narration = text.paragraphs[q.paragraph + 1];
      const nextTurn = ranked[turns[t + 1]![0]]!;
      if (!narration || narration.isBreak || nextTurn.paragraph === q.paragraph + 1) continue;
      // L ends its paragraph: nothing but closing marks after it.
      if (/[\p{L}\p{N}]/u.test(para.text.slice(q.to - para.offset))) continue;
      const [g, before, next] = [
        goldOf.get(l),
        goldOf.get(turns[t - 1]![1]),
        goldOf.get(turns[t + 1]![0]),
      ];
      if (!g?.speaker || !before?.speaker || !next?.speaker) continue;
      if (norm(g.speaker) === norm(before.speaker)) continue;
      const segs = readSegments(narration.text, [], mentionsInParagraph(narration.text, matcher));
      const s = segs[0]?.sentences[0];
      const ref = s?.refs[0];
      if (!s || !ref || ref.word !== 0 || !ref.subject) continue;
      const ctx = read.contexts[l]!;
      const asGold = (name: string): GoldQuote => ({ ...g, speaker: name });
      const sexOf = (name: string) => [...ctx.genders].find(([k]) => judge(asGold(name), k))?.[1];
      const two = [g.speaker, before.speaker];
      let x: string | undefined;
      if (ref.kind === "name") x = ref.key;
      else if (ref.key === "i" && ctx.firstPerson) x = ctx.narrator;
      else if (ref.key === "he" || ref.key === "she") {
        const fits = two.filter((n) => sexOf(n) === (ref.key === "he" ? "m" : "f"));
        if (fits.length === 1) x = [...ctx.genders.keys()].find((k) => judge(asGold(fits[0]!), k));
      }
      if (!x) continue;
      const saidL = judge(g, x);
      const heardL = judge(before, x);
      const role = saidL ? "saidL" : heardL ? "heardL" : "else";
      const kind = exitsIn(s).includes(ref) ? "leaving" : verbKind(s, ref.next);
      const oursX = ranked[l]!.speaker === x;
      const stretch = ctx.firstPerson ? "first-person" : "third-person";
      const tagged = ctx.tag ? "L tagged" : "L untagged";
      for (const key of ["all", stretch, tagged, `verb: ${kind}`, `subject: ${ref.kind}`])
        add(key, role, judge(next, x), oursX);
    }
  }
}

console.log(
  "first narration sentence after a line    lines  X said L  X heard L  else  X next  ours X right/wrong",
);
for (const [key, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `${key.padEnd(40)} ${String(r.lines).padStart(6)} ${String(r.saidL).padStart(9)} ${String(r.heardL).padStart(10)} ${String(r.else).padStart(5)} ${String(r.nextX).padStart(7)}  ${r.oursXRight} / ${r.oursXWrong}`,
  );
