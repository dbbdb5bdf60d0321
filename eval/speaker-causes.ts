/**
 * The wrong speakers with the gold cast, by the official scorer's rule, each given one cause, the
 * first that holds:
 *
 * (a) no speaker given;
 * (d) a pronoun tag ("he said") given to someone else;
 * (f) a description tag ("said the old man") given to someone else;
 * (b) the addressee given: ours is called by name in the line, or the tag or the paragraph's
 *     narration turns the line to them ("said to Ann", "turned to Ann");
 * (c) an untagged line (a beat, bare, or carried on) in talk between two people, given to the
 *     other of the two: the gold speakers of the exchange's turns around it (two each side,
 *     not across a scene break or 120 words of narration) are two;
 * (g) an untagged line in talk among three or more (that window holds three gold speakers);
 * (e) any other line of a first-person narrator given to someone else, or someone's line given
 *     to the narrator (a name, "I" or introducing tag, or an untagged line given to someone not
 *     in the talk);
 * (h) other: a name, "I" or introducing tag given wrongly, an untagged line given to someone not
 *     in the exchange, and a line our judge takes that the official rule refuses (a form of the
 *     name, "narrator" for a named narrator).
 *
 * Each wrong line also says whether the narrator is one side of it (`narrator`), so the
 * narrator's share of every cause shows. Text only when a caller prints it.
 */
import { analyzeStory } from "../core/analyze";
import { narratorOf } from "../core/cast/speakers";
import { kindOf, readWithGoldCast, type EvidenceKind } from "./speaker-kinds";
import { goldNarrator, match, norm, officialJudge, type GoldQuote } from "./speakers";
import type { EvalStory } from "./stories";

export const CAUSES = [
  "(a) no speaker given",
  "(b) the addressee given",
  "(c) two-person alternation, wrong side",
  "(d) pronoun tag resolved wrongly",
  "(e) first-person narrator, else",
  "(f) description tag resolved wrongly",
  "(g) three or more talking, untagged",
  "(h) untagged, ours not in the talk",
  "(h) name, I or intro tag",
  "(h) a form only our judge takes",
] as const;
export type Cause = (typeof CAUSES)[number];

export interface WrongLine {
  readonly cause: Cause;
  readonly kind: EvidenceKind;
  readonly paragraph: number;
  readonly gold: string | null;
  readonly ours: string | null;
  /** The first-person narrator's line, or a line given to the narrator. */
  readonly narrator: boolean;
  /** Ours is named in the line or the narration turns the line to them (whatever the cause). */
  readonly addressed: boolean;
  readonly text: string;
}

/** Words of narration between two turns that end an exchange (as untagged-runs.ts reads it). */
const GAP = 120;
/** Turns read either side of a line for how many talk. */
const WINDOW = 2;

const TITLES = new Set("mr mrs ms miss dr sir lady lord the a an".split(" "));
const escaped = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every wrong line of one story with the gold cast, with its cause. */
export function wrongLines(story: EvalStory): WrongLine[] {
  const { text, read, gold, judge } = readWithGoldCast(story);
  // The speakers as the analysis gives them (described speakers under their shown names), each
  // with the rules' reading of the same quote.
  const final = analyzeStory(story.text, { file: story.file, cast: story.cast ?? [] }).quotes;
  const readAt = new Map(read.quotes.map((q, j) => [`${q.from}:${q.to}`, j]));
  const official = officialJudge(story);
  const narrators = new Set(
    [goldNarrator(story, gold), narratorOf(story.cast ?? []), "narrator"]
      .filter((n): n is string => !!n)
      .map(norm),
  );
  const isNarrator = (s: string | null | undefined): boolean => !!s && narrators.has(norm(s));
  const wordsOf = (key: string): string[] => {
    const c = (story.cast ?? []).find((c) => norm(c.name) === norm(key));
    const names = c ? [c.name, ...c.aliases] : [key];
    return [
      ...new Set(
        names.flatMap((n) =>
          n
            .split(/\s+/)
            .filter((w) => /^\p{Lu}/u.test(w) && !TITLES.has(norm(w).replace(/\.$/, ""))),
        ),
      ),
    ];
  };
  const namedIn = (s: string, key: string, before = ""): boolean =>
    wordsOf(key).some((w) =>
      new RegExp(`${before}(?<![\\p{L}\\p{N}])${escaped(w)}(?![\\p{L}\\p{N}])`, "u").test(s),
    );

  // Turns: each paragraph with dialogue, read by its first quote's gold speaker.
  const pairs = match(gold, final);
  const goldAt = new Map<number, GoldQuote>();
  pairs.forEach((j, i) => j >= 0 && goldAt.set(j, gold[i]!));
  const turnParas = [...new Set(final.map((q) => q.paragraph))];
  const turnGold = turnParas.map(
    (p) => goldAt.get(final.findIndex((q) => q.paragraph === p))?.speaker ?? null,
  );
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  const breakBefore = turnParas.map((p, t) => {
    if (t === 0) return true;
    let w = 0;
    for (let k = turnParas[t - 1]! + 1; k < p; k++) {
      const pt = text.paragraphs[k]!;
      if (pt.isBreak) return true;
      w += words(pt.text);
    }
    return w > GAP;
  });
  const talkers = (t: number): Set<string> => {
    const out = new Set<string>();
    for (let k = t; k >= Math.max(0, t - WINDOW); k--) {
      if (turnGold[k]) out.add(norm(turnGold[k]));
      if (breakBefore[k]) break;
    }
    for (let k = t + 1; k <= Math.min(turnParas.length - 1, t + WINDOW); k++) {
      if (breakBefore[k]) break;
      if (turnGold[k]) out.add(norm(turnGold[k]));
    }
    return out;
  };

  const out: WrongLine[] = [];
  gold.forEach((g, i) => {
    const j = pairs[i]!;
    if (j < 0) return;
    const q = final[j]!;
    if (official(g, q.speaker)) return;
    const r = readAt.get(`${q.from}:${q.to}`);
    if (r === undefined) throw new Error(`${story.name}: no reading of the quote at ${q.from}`);
    const c = read.contexts[r]!;
    const kind = kindOf(read.quotes[r]!, c);
    const para = text.paragraphs[q.paragraph]!;
    // The paragraph's narration: its text with every quote blanked out.
    let narration = para.text;
    for (const o of final)
      if (o.paragraph === q.paragraph)
        narration =
          narration.slice(0, o.from - para.offset) +
          " ".repeat(o.to - o.from) +
          narration.slice(o.to - para.offset);
    const ours = q.speaker;
    const narrator = isNarrator(g.speaker) || isNarrator(ours);
    const addressed =
      ours !== null &&
      (c.inQuote.get(ours) === true ||
        c.spokenTo === ours ||
        namedIn(q.text, ours) ||
        namedIn(narration, ours, "\\b(?:to|at|toward|towards)\\s+(?:the\\s+)?"));
    let cause: Cause;
    if (judge(g, ours)) cause = "(h) a form only our judge takes";
    else if (ours === null) cause = "(a) no speaker given";
    else if (c.tag === "pronoun") cause = "(d) pronoun tag resolved wrongly";
    else if (c.tag === "description") cause = "(f) description tag resolved wrongly";
    else if (addressed) cause = "(b) the addressee given";
    else if (c.tag !== null)
      cause = narrator ? "(e) first-person narrator, else" : "(h) name, I or intro tag";
    else {
      const t = turnParas.indexOf(q.paragraph);
      const talk = talkers(t);
      if (talk.size >= 3) cause = "(g) three or more talking, untagged";
      else if ([...talk].some((s) => official({ ...g, speaker: s }, ours)))
        cause = "(c) two-person alternation, wrong side";
      else if (narrator) cause = "(e) first-person narrator, else";
      else cause = "(h) untagged, ours not in the talk";
    }
    out.push({
      cause,
      kind,
      paragraph: q.paragraph,
      gold: g.speaker,
      ours,
      narrator,
      addressed,
      text: q.text,
    });
  });
  return out;
}
