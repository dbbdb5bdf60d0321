/**
 * Who is present after a paragraph in the speaker walk: those the narration sends out (away
 * until named again), bystanders who only react or are heard, the floor kept after a silence,
 * the one shown talking as narration ends, and whether the talk after narration opened between
 * one speaker and the narrator. Reads the paragraph's resolved references; writes the walk's
 * away list, entrance and opening (walk-state.ts).
 */

import type { ParagraphReading, Segment, Sentence } from "./refs";
import { exitsIn, seenGoing } from "./exits";
import { reactsIn } from "./reactions";
import { silenceIn } from "./silences";
import { spokenOfByKin } from "./spoken-of";
import { actsIn, hearer } from "./role-bonus";
import { TALKING } from "./speech-words";
import type { Walk } from "./walk-state";
import type { AttributedQuote } from "./speakers";

/**
 * Who the talk after a paragraph of narration is between: the first paragraph of lines after
 * it, all one person's, when neither that narration nor the paragraph's own shows anyone else
 * (the narrator aside).
 */
export function noteOpening(
  walk: Walk,
  out: readonly AttributedQuote[],
  narration: readonly Sentence[],
): void {
  const shown = new Set<string>();
  for (const s of narration)
    for (const ref of s.refs) {
      const key = walk.resolved.get(ref);
      if (key) shown.add(key);
    }
  if (out.length === 0) {
    if (narration.length === 0) return;
    walk.shownSince ??= new Set();
    for (const k of shown) walk.shownSince.add(k);
    walk.openedAlone = null;
    return;
  }
  const speaker = out[0]!.speaker ?? out[0]!.unnamed ?? null;
  const since = walk.shownSince;
  walk.shownSince = null;
  walk.openedAlone = null;
  if (!since || !speaker || out.some((q) => (q.speaker ?? q.unnamed ?? null) !== speaker)) return;
  for (const k of [...since, ...shown]) if (k !== speaker && k !== walk.narrator) return;
  walk.openedAlone = speaker;
}

/**
 * While two people talk, a third shown only reacting ("Oz shook his head.") or only heard in
 * the background ("she heard Danny say something under his breath") has not taken the
 * floor: the next bare line goes to the one who spoke before the last line, unless the last
 * line called the one reacting. Someone who spoke one of the last two lines is no bystander.
 */
export function dropBystanders(walk: Walk, shown: Sentence): string[] {
  const pair = walk.recent.slice(-2);
  if (pair.length < 2) return [];
  const reacting = shown.refs.flatMap((ref) => {
    const heard = hearer(shown, ref) === "heard";
    const key = actsIn(ref) || heard ? walk.resolved.get(ref) : undefined;
    return key && (heard || reactsIn(shown, ref)) ? [key] : [];
  });
  // "I glanced up in surprise.": the one telling the story looks up to speak, not as a bystander.
  const bystanders = reacting.filter(
    (k) => !pair.includes(k) && k !== walk.addressee && k !== walk.narrator,
  );
  if (bystanders.length === 0) return [];
  // The one who spoke before the last line answers it, as turns go between the two.
  const kept = walk.entrance.filter((e) => !bystanders.includes(e.key));
  walk.entrance = [...kept, { key: pair[0]!, weight: 1.5 }];
  // One only heard in the background ("she heard Danny say something to his shirts") is out
  // of the talk, as one who left is, until named again or given a line.
  return bystanders.filter((k) =>
    shown.refs.some((ref) => hearer(shown, ref) === "heard" && walk.resolved.get(ref) === k),
  );
}

/**
 * "Eli doesn't answer. He pulls the tarp off.": narration after the last line that says it went
 * unanswered (silences.ts) leaves the next bare line with whoever spoke it, though the silent
 * one acts; someone else acting after the silence has come in, and keeps the entrance.
 */
export function keepFloorAfterSilence(walk: Walk, sentences: readonly Sentence[]): void {
  const last = walk.recent[walk.recent.length - 1];
  const at = sentences.findLastIndex((s) => silenceIn(s) !== null);
  if (last === undefined || at < 0) return;
  const silent = silenceIn(sentences[at]!)!.subject;
  const silentKey = silent ? walk.resolved.get(silent) : undefined;
  if (silentKey === last) return;
  const comesIn = sentences.slice(at + 1).some((s) =>
    s.refs.some((ref) => {
      const key = actsIn(ref) ? walk.resolved.get(ref) : undefined;
      return key !== undefined && key !== silentKey && key !== last;
    }),
  );
  if (!comesIn) walk.entrance = [{ key: last, weight: 1.5 }];
}

/**
 * The one a paragraph of narration shows talking as it ends ("while she pulled books off the
 * shelves, talking the whole time"): the last subject before the participle, whose line the
 * next bare one goes on, though another is the sentence's main subject.
 */
export function talkingIn(walk: Walk, s: Sentence): string | undefined {
  const at = s.words.findIndex((w) => TALKING.has(w.lower));
  if (at < 0) return undefined;
  const ref = s.refs.findLast((r) => r.subject && r.word < at);
  return ref ? walk.resolved.get(ref) : undefined;
}

/**
 * Those the narration after a paragraph's last line sends out ("Priya had gone inside") are
 * away: they take no bare line by turns, nor the next line as the closing actor, until they
 * speak again or the narration names them ("Priya came back with a box"). `speakers`: each of
 * the paragraph's lines' sure speaker (by tag or beat), whom their own line never sends out.
 */
export function leave(
  walk: Walk,
  r: ParagraphReading,
  last: Segment,
  speakers: readonly (string | null)[],
): void {
  walk.away = stillAway(walk, r);
  // "Ann went out to look. Bo heard her calling from the hall.": seen again after the exit,
  // still in the talk.
  const leaving = new Set<string>();
  for (const s of last.sentences) {
    for (const ref of s.refs) if (!seenGoing(s, ref)) leaving.delete(walk.resolved.get(ref) ?? "");
    for (const ref of exitsIn(s)) {
      const key = walk.resolved.get(ref);
      if (key) leaving.add(key);
    }
  }
  // "When she had gone, Nora turned to Priya.": gone before the paragraph's lines, and still.
  for (const key of walk.goneHere) leaving.add(key);
  // "Dad says you have to walk him": spoken of to the listener, not in the talk.
  const calls = (k: number, from: number, to: number): boolean =>
    walk.calls(r.quotes[k]!, from, to);
  for (const key of spokenOfByKin(r, calls, (k) => speakers[k] ?? null)) leaving.add(key);
  // The one telling the story is not sent out: "I went out to the yard" takes the talk along.
  leaving.delete(walk.narrator);
  for (const key of leaving) {
    if (walk.recent.includes(key) && !walk.away.includes(key)) walk.away = [...walk.away, key];
    walk.entrance = walk.entrance.filter((e) => e.key !== key);
  }
}

/**
 * Who is away for a line of paragraph r: those sent out before it, less those its narration
 * names again, and those its narration says had gone ("When she had gone, Nora turned").
 */
export function awayAt(walk: Walk, r: ParagraphReading): string[] {
  const out = stillAway(walk, r);
  for (const k of walk.goneHere) if (!out.includes(k)) out.push(k);
  return out;
}

/** Those sent out before paragraph r whom its narration does not name again, in order. */
function stillAway(walk: Walk, r: ParagraphReading): string[] {
  if (walk.away.length === 0) return [];
  const named = new Set<string>();
  for (const seg of r.segments)
    for (const s of seg.sentences)
      for (const ref of s.refs) if (ref.kind === "name" && !seenGoing(s, ref)) named.add(ref.key);
  return walk.away.filter((k) => !named.has(k));
}
