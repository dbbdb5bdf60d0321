/**
 * What the speaker walk hands the ranker for each quote (ranker.ts's QuoteContext: beats before
 * and after, salient and recent people, calls in the quote, the tag) and its own weighed guess
 * for a quote without a tag: beats, the paragraph's previous speaker, turn-taking and names
 * given or called. Reads the walk's state (walk-state.ts) and writes nothing.
 */

import { KIN_TERMS, PERSON_NOUNS, PRONOUN_GENDER } from "./cues";
import type { Gender } from "./genders";
import type { ParagraphReading, Ref, Segment, Sentence } from "./refs";
import type { Tag } from "./tags";
import { givesOwnName } from "./line-calls";
import type { QuoteContext, TagKind } from "./ranker";
import { thinksIn } from "./inner-verbs";
import { actsIn, hearer } from "./role-bonus";
import { TO_TWO } from "./speech-words";
import { thirdParty, answerer } from "./walk-turns";
import { namedAddressee } from "./walk-tags";
import { awayAt } from "./walk-presence";
import type { Walk } from "./walk-state";
import type { AttributedQuote } from "./speakers";

/** How many of the people referred to lately are offered to the ranker as candidates. */
const SALIENT_CANDIDATES = 6;

/** What the ranker needs to know about quote k, read before the quote's speaker is spoken. */
export function quoteContext(
  walk: Walk,
  r: ParagraphReading,
  k: number,
  tag: Tag | null,
  tagKind: TagKind | null,
  tagKey: string | null,
  before: Segment,
  after: Segment,
  beforeConsumed: boolean,
  key: string | null,
): QuoteContext {
  const votes = (s: Sentence | undefined): Map<string, number> => {
    const m = new Map<string, number>();
    if (!s || s === tag?.sentence) return m;
    for (const ref of s.refs)
      for (const e of weighRef(walk, ref, 1, s)) m.set(e.key, (m.get(e.key) ?? 0) + e.weight);
    return m;
  };
  const pos = r.quotes[k]!.from;
  const salient = walk.salience.bySeen
    .latest(pos, SALIENT_CANDIDATES)
    .map((t) => ({ key: t.key, distance: pos - t.pos }));
  const q = r.local[k]!;
  const inQuote = new Map<string, boolean>();
  for (const m of r.mentions)
    if (
      m.from >= q.from &&
      m.to <= q.to &&
      !givesOwnName(r.quotes[k]!.text, k, m.from - q.from, m.to - q.from, walk.namesAsked)
    )
      inQuote.set(
        m.character,
        inQuote.get(m.character) === true ||
          walk.calls(r.quotes[k]!, m.from - q.from, m.to - q.from),
      );
  const narration = new Map<string, number>();
  for (const seg of r.segments)
    for (const s of seg.sentences)
      for (const ref of s.refs) {
        const rk = walk.resolved.get(ref);
        if (rk) narration.set(rk, (narration.get(rk) ?? 0) + 1);
      }
  const ref = tag && !("other" in tag.target) ? tag.target.ref : null;
  const tagGender =
    ref?.kind === "pronoun"
      ? (PRONOUN_GENDER.get(ref.key) ?? null)
      : ref?.kind === "description"
        ? (PERSON_NOUNS.get(ref.key.replace(/^the /, "")) ?? null)
        : null;
  const c = {
    tag: tagKind,
    tagKey,
    tagGender,
    before: beforeConsumed ? new Map<string, number>() : votes(before.sentences.at(-1)),
    after: votes(after.sentences[0]),
    salient,
    recent: [...walk.recent].reverse(),
    addressee: k === 0 ? walk.addressee : null,
    spokenTo: tag && !("other" in tag.target) ? namedAddressee(walk, tag.sentence) : null,
    inQuote,
    narration,
    opensParagraph: k === 0 && before.sentences.length === 0,
    firstPerson: walk.firstPerson,
    narrator: walk.narrator,
    away: awayAt(walk, r),
  };
  // Built by loops, not spread into arrays: this runs for every quote of the story.
  const keys = new Set<string>();
  for (const s of salient) keys.add(s.key);
  for (const k of c.recent) keys.add(k);
  for (const k of c.before.keys()) keys.add(k);
  for (const k of c.after.keys()) keys.add(k);
  for (const x of [tagKey, key, c.addressee]) if (x !== null) keys.add(x);
  const genders = new Map<string, Gender | null>();
  for (const x of keys) genders.set(x, walk.genderOf(x));
  const unnamed = new Set<string>();
  for (const x of keys) if (!walk.named.has(x)) unnamed.add(x);
  return { ...c, genders, unnamed };
}

/**
 * A reference's vote for who speaks: subjects by clause weight, objects a little. One who
 * hears ("He heard Henrietta's voice.", "Mary heard her say") is a listener, voting as an
 * object, and the one heard votes as the subject would.
 */
export function weighRef(
  walk: Walk,
  ref: Ref,
  subjectWeight: number,
  s: Sentence,
): { key: string; weight: number }[] {
  const key = walk.resolved.get(ref);
  if (!key || remembered(walk, key)) return [];
  const heard = hearer(s, ref);
  const acts = heard === "heard" || (actsIn(ref) && heard !== "hears" && !thinksIn(s, ref));
  return [{ key, weight: acts ? subjectWeight * (heard === "heard" ? 1 : ref.weight) : 0.5 }];
}

/**
 * "the way Dad used to test the paint": in first-person narration, someone called by a family
 * word ("Dad", "Mum") is the narrator's own parent, most often remembered or elsewhere; the
 * narration shows them doing something in the past, not on stage now, so it gives them no beat
 * and no entrance. A tag ("Mum says") still gives them their line. The same for "the father"
 * that a family word no cast member answers to stands for.
 */
function remembered(walk: Walk, key: string): boolean {
  return walk.firstPerson && KIN_TERMS.has(key.toLowerCase().replace(/^the /, ""));
}

/**
 * The speaker of quote k when no tag, introduction or open quote says: the beats either side,
 * the paragraph's previous speaker, turn-taking, and the names the line gives or calls.
 */
export function guessSpeaker(
  walk: Walk,
  r: ParagraphReading,
  k: number,
  before: Segment,
  after: Segment,
  beforeConsumed: boolean,
  previous: string | null,
): { key: string | null; confidence: number; evidence: AttributedQuote["evidence"] } {
  const scores = new Map<string, number>();
  const add = (key: string | undefined | null, n: number): void => {
    if (key) scores.set(key, (scores.get(key) ?? 0) + n);
  };
  const weigh = (s: Sentence | undefined, subjectWeight: number): void => {
    for (const ref of s?.refs ?? [])
      for (const e of weighRef(walk, ref, subjectWeight, s!)) add(e.key, e.weight);
  };
  const last = before.sentences[before.sentences.length - 1];
  if (!beforeConsumed) weigh(last, 2.5);
  const next = after.sentences[0];
  const leadsOn = after.sentences.length === 1 && k + 1 < r.quotes.length;
  weigh(next, leadsOn ? 1 : 2);
  let evidence: AttributedQuote["evidence"] = scores.size > 0 ? "beat" : "none";
  if (previous) add(previous, 1.5);
  else if (k === 0 && before.sentences.length === 0 && walk.entrance.length > 0) {
    for (const e of walk.entrance) add(e.key, e.weight);
    // The last speaker went on acting after their line, in their paragraph or in a paragraph
    // of narration since ('"In the drawer," said Bo.' / 'Bo folded the paper.'): the
    // narration, not turn-taking, says who speaks, as surely as a beat of this paragraph's.
    const last = walk.lastParagraphSpeaker ?? walk.recent[walk.recent.length - 1];
    if (walk.entrance.some((e) => e.key === last)) evidence = "beat";
  } else if (k === 0 && walk.lastParagraphSpeaker) {
    const third = TO_TWO.test(r.quotes[k]!.text) ? thirdParty(walk) : null;
    const other = third ?? walk.addressee ?? answerer(walk, walk.lastParagraphSpeaker);
    if (other) {
      add(other, 1);
      if (evidence === "none") evidence = "turn";
    }
  }
  const q = r.local[k]!;
  for (const m of r.mentions) {
    if (m.from < q.from || m.to > q.to) continue;
    const [quote, from, to] = [r.quotes[k]!, m.from - q.from, m.to - q.from];
    // "I'm Detective Sergeant Boateng": a name given as one's own says who speaks.
    if (givesOwnName(quote.text, k, from, to, walk.namesAsked)) {
      add(m.character, 3);
      evidence = "beat";
    } else add(m.character, walk.calls(quote, from, to) ? -3 : -0.5);
  }
  for (const [key, n] of scores)
    if (walk.unnamed.has(key) || key.startsWith("the ")) scores.set(key, n * 0.5);
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [key, n] of scores) {
    if (n > top) {
      second = top;
      top = n;
      best = key;
    } else if (n > second) second = n;
  }
  if (!best) return { key: null, confidence: 0, evidence: "none" };
  if (evidence === "none") evidence = previous ? "beat" : "turn";
  const confidence = Math.min(0.8, Math.max(0.3, 0.3 + 0.08 * top + 0.1 * (top - second)));
  return { key: best, confidence, evidence };
}
