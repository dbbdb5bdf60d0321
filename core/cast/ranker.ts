/**
 * The third stage: a learned ranker over candidate speakers for each quote the rules could not
 * settle with a name.
 *
 * The rules (speakers.ts, conversation.ts) read each quote and its conversation; they leave,
 * beside their answer, what they saw around the quote (a `QuoteContext`): the tag and who it
 * resolved to, who the narration before and after points at, who was prominent lately, who
 * spoke last, who was addressed. Every person seen there is a candidate. A conditional logit
 * model (weights in speaker-model.json, trained on LitBank by eval/train-speakers.ts;
 * speaker-model.md says how, and credits LitBank) scores each candidate from those facts; the
 * best one speaks, and its share of the softmax is the confidence, so a confidence reads as the
 * chance of being right on text like LitBank's.
 *
 * A name tag ("said Ann", "Ann said") and "I said" stay with the rules: they are right nearly
 * always. Deterministic, linear in the number of quotes (a few dozen candidates at most each).
 */

import type { AttributedQuote } from "./speakers";
import type { Gender } from "./genders";
import { RankingPass, type RankerMemo } from "./ranker-memo";
import MODEL from "./speaker-model.json";
import { isSomeoneKey } from "./tag-subjects";

/** How a quote's tag named its speaker, if it had a tag. */
export type TagKind = "name" | "i" | "pronoun" | "description" | "other" | "intro";

/** What the first stage saw around one quote: plain data, read by the ranker's features. */
export interface QuoteContext {
  readonly tag: TagKind | null;
  /** Who the tag resolved to before turn-taking reconsidered it. */
  readonly tagKey: string | null;
  /** The sex the tag's pronoun or description says ("he", "the old woman"). */
  readonly tagGender: Gender | null;
  /** Votes from the sentence before the quote and the one after (subjects weigh most). */
  readonly before: ReadonlyMap<string, number>;
  readonly after: ReadonlyMap<string, number>;
  /** People referred to lately, most recent first, with how far back (characters). */
  readonly salient: readonly { readonly key: string; readonly distance: number }[];
  /** The last speakers, most recent first. */
  readonly recent: readonly string[];
  /** Who the previous line was said to. */
  readonly addressee: string | null;
  /** Who the tag says this line is said to ("said he to Temple"): never its speaker. */
  readonly spokenTo?: string | null;
  /** People named inside the quote: true when called by name (a vocative). */
  readonly inQuote: ReadonlyMap<string, boolean>;
  /** People referred to in this paragraph's narration. */
  readonly narration: ReadonlyMap<string, number>;
  readonly opensParagraph: boolean;
  readonly firstPerson: boolean;
  /** Each candidate's sex as known when the quote was read. */
  readonly genders: ReadonlyMap<string, Gender | null>;
  /** Unnamed descriptions ("the parson") among the candidates. */
  readonly unnamed: ReadonlySet<string>;
  readonly narrator: string;
  /** Those the narration sent out (exits.ts) and has not named since. */
  readonly away?: readonly string[];
}

/** One candidate speaker for one quote, with its features (the model's inputs). */
export interface CandidateRow {
  readonly key: string;
  readonly features: readonly number[];
}

export const FEATURES = [
  "rule answer",
  "rule answer x confidence",
  "rule: pronoun tag",
  "rule: description tag",
  "rule: came the reply",
  "rule: tag introduced",
  "rule: continued",
  "rule: beat",
  "rule: turn",
  "tag resolved to",
  "beat before",
  "beat after",
  "spoke earlier in paragraph",
  "spoke last turn",
  "spoke two turns ago",
  "addressed by last line",
  "called by name in quote",
  "named in quote",
  "salience rank",
  "log distance",
  "sex fits tag",
  "sex contradicts tag",
  "narrator, first person",
  "narrator, not first person",
  "unnamed description",
  "log lines so far",
  "in paragraph narration",
  "opens paragraph x spoke last turn",
  "opens paragraph x addressed",
  "recent speaker rank",
  "no tag",
  "spoke last turn, after narration",
  "spoke two turns ago, after narration",
] as const;

type Feature = (typeof FEATURES)[number];
const feature = new Map(FEATURES.map((f, i) => [f, i]));

const RULE_EVIDENCE: Partial<Record<TagKind | AttributedQuote["evidence"], Feature>> = {
  pronoun: "rule: pronoun tag",
  description: "rule: description tag",
  other: "rule: came the reply",
  intro: "rule: tag introduced",
  continued: "rule: continued",
  beat: "rule: beat",
  turn: "rule: turn",
};

/** The confidence of a name tag ("said Ann"), the surest the rules are. */
const NAME_TAG_CONFIDENCE = 0.95;
/**
 * A line with no tag at all is at most this sure, below the editor's 0.85: on LitBank's held-out
 * halves such lines are right about 60% of the time, whatever the softmax says.
 */
const UNTAGGED_CEILING = 0.8;

const keyOf = (q: AttributedQuote): string | null => q.speaker ?? q.unnamed ?? null;

/**
 * Whether the rules' answer stands without the ranker: a name tag, "I said", or "somebody
 * (else) asked", which says in so many words that no one the ranker knows is speaking.
 */
export function isSettledByTag(q: AttributedQuote, c: QuoteContext): boolean {
  return (
    q.evidence === "tag" &&
    (c.tag === "name" || c.tag === "i" || (c.tag === "description" && isSomeoneKey(c.tagKey ?? "")))
  );
}

/** What a quote's candidates read of the quotes before it (ranker-memo.ts compares it). */
export interface EarlierTurns {
  /** The rules' answer for the previous quote in the same paragraph. */
  readonly samePara: string | null;
  /** The rules' answers for the last two turns (paragraphs) before it, most recent first. */
  readonly turns: readonly (string | null)[];
  /** A paragraph or more of narration since the last line: turn-taking counts for less. */
  readonly afterNarration: boolean;
}

/** The previous quote in quote i's paragraph, and the last two turns (paragraphs) before it. */
export function earlierTurns(quotes: readonly AttributedQuote[], i: number): EarlierTurns {
  const q = quotes[i]!;
  let samePara: string | null = null;
  const turns: (string | null)[] = [];
  let lastTurnParagraph = -1;
  for (let j = i - 1, para = q.paragraph; j >= 0 && turns.length < 2; j--) {
    const p = quotes[j]!;
    if (p.paragraph === q.paragraph) {
      samePara ??= keyOf(p);
      continue;
    }
    if (p.paragraph !== para) {
      turns.push(keyOf(p));
      if (lastTurnParagraph < 0) lastTurnParagraph = p.paragraph;
      para = p.paragraph;
    }
  }
  const afterNarration = lastTurnParagraph >= 0 && q.paragraph - lastTurnParagraph > 1;
  return { samePara, turns, afterNarration };
}

/**
 * The candidates for quote i and their features. Reads quote i (not where it stands: its
 * paragraph only through `earlierTurns`), its context, `earlierTurns` and the lines each
 * candidate has had (`spoken`), nothing else: ranker-memo.ts keeps rows while these stay.
 */
export function candidateRows(
  quotes: readonly AttributedQuote[],
  contexts: readonly QuoteContext[],
  i: number,
  spoken: ReadonlyMap<string, number>,
): CandidateRow[] {
  const q = quotes[i]!;
  const c = contexts[i]!;
  const rule = keyOf(q);
  const { samePara, turns, afterNarration } = earlierTurns(quotes, i);
  const keys = new Set<string>();
  const addKey = (k: string | null | undefined): void => {
    if (k) keys.add(k);
  };
  addKey(rule);
  addKey(c.tagKey);
  // Descriptions in the narration ("the man") come in only through the tag or the rules: a
  // named person is likelier, and LitBank's casts name most speakers.
  const addNamed = (k: string): void => {
    if (!c.unnamed.has(k)) keys.add(k);
  };
  for (const k of c.before.keys()) addNamed(k);
  for (const k of c.after.keys()) addNamed(k);
  for (const s of c.salient) addNamed(s.key);
  for (const k of c.recent) addKey(k);
  addKey(c.addressee);
  for (const t of turns) addKey(t);
  addKey(samePara);
  if (c.spokenTo) keys.delete(c.spokenTo);
  // "he said", "she cried": never the one who says "I".
  if (c.tag === "pronoun" && c.tagGender !== null) keys.delete(c.narrator);
  // One who has left the scene ("When she had gone, Nora turned to Priya") says no bare line
  // until the narration shows them again or a tag gives them one.
  if (c.tag === null && c.away) for (const k of c.away) keys.delete(k);
  const salientRank = new Map(c.salient.map((s, r) => [s.key, r]));
  const distance = new Map(c.salient.map((s) => [s.key, s.distance]));
  const evidence = q.evidence === "tag" ? c.tag : q.evidence;
  const ruleFeature = evidence ? RULE_EVIDENCE[evidence] : undefined;
  return [...keys].map((key) => {
    const f = new Array<number>(FEATURES.length).fill(0);
    const set = (name: Feature, v: number | boolean): void => {
      f[feature.get(name)!] = Number(v);
    };
    const isRule = key === rule;
    set("rule answer", isRule);
    set("rule answer x confidence", isRule ? (q.confidence ?? 0) : 0);
    if (isRule && ruleFeature) set(ruleFeature, 1);
    set("tag resolved to", key === c.tagKey);
    set("beat before", c.before.get(key) ?? 0);
    set("beat after", c.after.get(key) ?? 0);
    set("spoke earlier in paragraph", key === samePara);
    set("spoke last turn", key === turns[0]);
    set("spoke two turns ago", key === turns[1]);
    set("addressed by last line", key === c.addressee);
    const called = c.inQuote.get(key);
    set("called by name in quote", called === true);
    set("named in quote", called === false);
    const rank = salientRank.get(key);
    set("salience rank", rank === undefined ? 0 : 1 / (1 + rank));
    const d = distance.get(key);
    set("log distance", d === undefined ? 1.5 : Math.log1p(d) / 8);
    const g = c.genders.get(key) ?? null;
    if (c.tagGender && g) set(g === c.tagGender ? "sex fits tag" : "sex contradicts tag", 1);
    if (key === c.narrator)
      set(c.firstPerson ? "narrator, first person" : "narrator, not first person", 1);
    set("unnamed description", c.unnamed.has(key));
    set("log lines so far", Math.log1p(spoken.get(key) ?? 0) / 4);
    set("in paragraph narration", Math.min(3, c.narration.get(key) ?? 0));
    set("opens paragraph x spoke last turn", c.opensParagraph && key === turns[0]);
    set("opens paragraph x addressed", c.opensParagraph && key === c.addressee);
    const recent = c.recent.indexOf(key);
    set("recent speaker rank", recent < 0 ? 0 : 1 / (1 + recent));
    set("no tag", c.tag === null);
    set("spoke last turn, after narration", afterNarration && key === turns[0]);
    set("spoke two turns ago, after narration", afterNarration && key === turns[1]);
    return { key, features: f };
  });
}

/** The model: one weight per feature, in FEATURES order. */
export interface SpeakerModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
}

/** Softmax over the candidates' scores; the probabilities in the rows' order. */
export function rank(rows: readonly CandidateRow[], weights: readonly number[]): number[] {
  const scores = rows.map((r) => r.features.reduce((s, x, k) => s + x * (weights[k] ?? 0), 0));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/**
 * Every quote's candidates, for training (null where a name tag settles it). `rowsOf` stands
 * in for `candidateRows` (a memo that keeps rows whose inputs are unchanged).
 */
export function allCandidateRows(
  quotes: readonly AttributedQuote[],
  contexts: readonly QuoteContext[],
  rowsOf: typeof candidateRows = candidateRows,
): (CandidateRow[] | null)[] {
  // Lines already given to each speaker (the rules' answers), counted as the story goes.
  const spoken = new Map<string, number>();
  return quotes.map((q, i) => {
    const rows = isSettledByTag(q, contexts[i]!) ? null : rowsOf(quotes, contexts, i, spoken);
    const k = keyOf(q);
    if (k) spoken.set(k, (spoken.get(k) ?? 0) + 1);
    return rows;
  });
}

/**
 * The ranker's answer for every quote a name tag does not settle. Quotes keep their evidence;
 * speaker and confidence come from the model. With a memo, rows whose inputs are the last
 * pass's are kept, and so are the answers of the leading quotes that read as then
 * (ranker-memo.ts); this pass is kept for the next.
 */
export function rankSpeakers(
  quotes: readonly AttributedQuote[],
  contexts: readonly QuoteContext[],
  named: ReadonlySet<string>,
  model: SpeakerModel = MODEL,
  memo?: RankerMemo,
): AttributedQuote[] {
  const pass = memo
    ? new RankingPass(memo.ranking, quotes, contexts, named, model, {
        build: candidateRows,
        turnsOf: earlierTurns,
      })
    : null;
  const rows = allCandidateRows(quotes, contexts, pass?.rowsOf);
  const answers = quotes.map(
    (q, i) =>
      pass?.keptAnswer(i) ??
      decide(
        q,
        rows[i] ?? null,
        named,
        model,
        contexts[i]!.tag ? NAME_TAG_CONFIDENCE : UNTAGGED_CEILING,
      ),
  );
  if (memo && pass) memo.ranking = pass.done(rows, answers);
  return withParagraphFloor(withSharedTags(quotes, answers, contexts), contexts);
}

/**
 * Whether the rules read quotes i - 1 and i, in one paragraph, under one pronoun or description
 * tag ('"You could come," he said. "It is an hour."'): the same tag, resolved to the same one.
 */
function sharesTag(read: readonly AttributedQuote[], contexts: readonly QuoteContext[], i: number) {
  const [q, p] = [read[i]!, read[i - 1]!];
  const [c, d] = [contexts[i]!, contexts[i - 1]!];
  return (
    q.paragraph === p.paragraph &&
    q.evidence === "tag" &&
    p.evidence === "tag" &&
    (c.tag === "pronoun" || c.tag === "description") &&
    c.tag === d.tag &&
    c.tagKey === d.tagKey &&
    keyOf(q) === keyOf(p)
  );
}

/**
 * A quote broken by its tag is one speaker's: the ranker weighs each half apart (the second has
 * the first as "spoke earlier in paragraph", and the salience its line moved), and could give
 * the halves of one pronoun-tagged line to two people. The later half takes the earlier's answer.
 */
function withSharedTags(
  read: readonly AttributedQuote[],
  answers: readonly AttributedQuote[],
  contexts: readonly QuoteContext[],
): AttributedQuote[] {
  const out = [...answers];
  for (let i = 1; i < out.length; i++) {
    if (!sharesTag(read, contexts, i)) continue;
    const { unnamed: _unnamed, ...rest } = out[i]!;
    const first = out[i - 1]!;
    // Halves that already agree keep their own confidence: the later half is often the surer
    // one (it follows its own tag), and lowering it would hide the line from the voice notes.
    if (rest.speaker === first.speaker) continue;
    out[i] = {
      ...rest,
      speaker: first.speaker,
      confidence: first.confidence,
      ...(first.unnamed ? { unnamed: first.unnamed } : {}),
    };
  }
  return out;
}

/**
 * How sure a line is when its own paragraph's name tag names the same speaker: a paragraph is
 * one speaker's turn, and in LitBank's gold 91% of a paragraph's later quotes are its first
 * quote's speaker's. The ranker's softmax spreads that share over everyone lately present.
 * Measured with the gold casts: the lines this raises are right 79 of 95 times, and all lines
 * at 0.85 or more 89.1% (89.5% without it).
 */
const SAME_PARAGRAPH_CONFIDENCE = 0.86;

/**
 * Raises to SAME_PARAGRAPH_CONFIDENCE a line, untagged or with a pronoun tag, that the ranker
 * gives to the speaker a name tag settled earlier in its paragraph, with no other speaker's line
 * between. Only the confidence moves: who speaks is the ranker's answer.
 */
function withParagraphFloor(
  answers: AttributedQuote[],
  contexts: readonly QuoteContext[],
): AttributedQuote[] {
  let paragraph = -1;
  let tagged: string | null = null;
  return answers.map((q, i) => {
    if (q.paragraph !== paragraph) [paragraph, tagged] = [q.paragraph, null];
    const c = contexts[i]!;
    if (isSettledByTag(q, c)) {
      tagged = q.speaker;
      return q;
    }
    if (tagged === null || q.speaker !== tagged) {
      tagged = null;
      return q;
    }
    const sure =
      (c.tag === null || c.tag === "pronoun") && (q.confidence ?? 0) < SAME_PARAGRAPH_CONFIDENCE;
    return sure ? { ...q, confidence: SAME_PARAGRAPH_CONFIDENCE } : q;
  });
}

/** The best candidate speaks; its share of the softmax is the confidence. */
function decide(
  q: AttributedQuote,
  candidates: readonly CandidateRow[] | null,
  named: ReadonlySet<string>,
  model: SpeakerModel,
  ceiling: number,
): AttributedQuote {
  if (!candidates || candidates.length === 0) return q;
  const p = rank(candidates, model.weights);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const key = candidates[best]!.key;
  const isNamed = named.has(key);
  const { unnamed: _unnamed, ...rest } = q;
  return {
    ...rest,
    speaker: isNamed ? key : null,
    // Never surer than a name tag: a lone candidate has a softmax share of 1, not a certainty.
    confidence: Math.round(Math.min(ceiling, p[best]!) * 100) / 100,
    ...(isNamed ? {} : { unnamed: key }),
  };
}
