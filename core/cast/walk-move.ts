/**
 * When the speaker walk after an edit may stop: the attributor's state, met at an old
 * checkpoint past the edit, does from there on what the old state did, moved with the text.
 *
 * The state holds story positions (`pos`, `rank` = a position plus a role bonus). The rest of
 * the walk uses them only in ways that a move of the whole text leaves alone: positions and
 * ranks compared with each other (with the unknown-gender penalty between), the distance from
 * a quote back to a person, and a reach back from the current position. Each person in the
 * state is the old state's person either moved (last seen after the edit in both walks: the
 * old numbers moved by the edit's length) or still: untouched since before the edit (the same
 * numbers), or changed by it (the edit named them last, or no longer does). Still people do
 * what they did provided no comparison involving them can come out otherwise:
 * - every moved person lies after every still one, in both walks;
 * - a changed person's position and rank compare with everyone else's as in the old walk, with
 *   any penalty or bonus on either side; so do a moved and a still person's ranks;
 * - everyone the rest of the walk touches outranks every still person in both walks (it lies
 *   after `reachFrom`, more than any penalty or bonus past their ranks);
 * - no still person is within any reach back from the rest of the walk;
 * - no still person is among the most recent people a later quote's context lists for the
 *   ranker (its distance would differ): the old walk's contexts show it, since the same people
 *   come first in both walks.
 * The other fields hold no positions and must be equal.
 */
import type { QuoteContext } from "./ranker";
import type { TailMove } from "./speaker-memo";
import type { AttributedQuote, AttributorState } from "./speakers";

/** The attributor's constants the proof leans on (speakers.ts passes its own). */
export interface WalkBounds {
  /** The longest reach back from a position (descriptions, relations). */
  readonly reach: number;
  /**
   * What a score may add to a rank (0, minus the unknown-gender penalty, any bonus): two
   * people compare alike when their ranks' difference, give or take any difference of two of
   * these, falls on the same side of zero in both walks.
   */
  readonly offsets: readonly number[];
}

type Salient = AttributorState["salience"][number][1];

/**
 * How a later state of the old walk reads in this one: people last seen after `after` moved
 * `by` characters, the changed ones (while untouched since) as this walk has them.
 */
export interface StateMove extends TailMove {
  readonly after: number;
  readonly changed: ReadonlyMap<string, Salient>;
}

function sameFields(a: AttributorState, b: AttributorState): boolean {
  return (
    a.lastParagraphSpeaker === b.lastParagraphSpeaker &&
    a.addressee === b.addressee &&
    a.entranceAddressee === b.entranceAddressee &&
    a.continuing === b.continuing &&
    a.lastGuessedGender === b.lastGuessedGender &&
    a.namesAsked === b.namesAsked &&
    a.recent.length === b.recent.length &&
    a.recent.every((k, i) => k === b.recent[i]) &&
    a.carried.length === b.carried.length &&
    a.carried.every((k, i) => k === b.carried[i]) &&
    a.away.length === b.away.length &&
    a.away.every((k, i) => k === b.away[i]) &&
    a.newcomers.length === b.newcomers.length &&
    a.newcomers.every(([k, n], i) => k === b.newcomers[i]![0] && n === b.newcomers[i]![1]) &&
    a.openedAlone === b.openedAlone &&
    (a.shownSince === null
      ? b.shownSince === null
      : b.shownSince !== null &&
        a.shownSince.length === b.shownSince.length &&
        a.shownSince.every((k, i) => k === b.shownSince![i])) &&
    a.entrance.length === b.entrance.length &&
    a.entrance.every(
      (e, i) => e.key === b.entrance[i]!.key && e.weight === b.entrance[i]!.weight,
    ) &&
    (a.introduced === b.introduced ||
      (a.introduced !== null &&
        b.introduced !== null &&
        a.introduced.key === b.introduced.key &&
        a.introduced.confidence === b.introduced.confidence &&
        a.introduced.byTag === b.introduced.byTag))
  );
}

/**
 * Whether x compares with y in this walk as x0 with y0 in the old: their positions, and their
 * ranks with any of the `gaps` (differences of two score offsets) added.
 */
function comparesAlike(
  x: Salient,
  y: Salient,
  x0: Salient,
  y0: Salient,
  gaps: readonly number[],
): boolean {
  const sign = Math.sign;
  return (
    sign(x.pos - y.pos) === sign(x0.pos - y0.pos) &&
    gaps.every((g) => sign(x.rank - y.rank + g) === sign(x0.rank - y0.rank + g))
  );
}

/**
 * The move that relates `now` to the old walk's `old`, if from here on the walk does what the
 * old one did moved (module comment); null when that is not proven.
 */
export function converges(
  now: AttributorState,
  old: AttributorState,
  tail: TailMove,
  reachFrom: number,
  rest: { readonly read: readonly AttributedQuote[]; readonly contexts: readonly QuoteContext[] },
  bounds: WalkBounds,
): StateMove | null {
  if (!sameFields(now, old) || now.salience.length !== old.salience.length) return null;
  const n = now.salience.length;
  const kind: ("fixed" | "moved" | "changed")[] = [];
  for (let i = 0; i < n; i++) {
    const [key, e] = now.salience[i]!;
    const [oldKey, o] = old.salience[i]!;
    if (key !== oldKey || e.gender !== o.gender) return null;
    if (e.pos === o.pos && e.rank === o.rank) kind.push("fixed");
    else if (e.pos === o.pos + tail.by && e.rank === o.rank + tail.by) kind.push("moved");
    else kind.push("changed");
  }
  const changed = new Map<string, Salient>();
  // The highest position and rank of a still person, in either walk.
  let stillPos = -Infinity;
  let stillRank = -Infinity;
  let after = -Infinity;
  for (let i = 0; i < n; i++) {
    if (kind[i] === "moved") continue;
    const [key, e] = now.salience[i]!;
    const o = old.salience[i]![1];
    if (kind[i] === "changed") changed.set(key, e);
    stillPos = Math.max(stillPos, e.pos, o.pos);
    stillRank = Math.max(stillRank, e.rank, o.rank);
    after = Math.max(after, o.pos);
  }
  const move = { ...tail, after, changed };
  const gaps = [...new Set(bounds.offsets.flatMap((a) => bounds.offsets.map((b) => a - b)))];
  const span = Math.max(...gaps);
  // All moved with the text (or nothing moved, nothing changed): the old walk, moved.
  if (stillPos === -Infinity || (tail.by === 0 && changed.size === 0)) return move;
  if (stillPos > reachFrom - bounds.reach || stillRank >= reachFrom - span) return null;
  for (let i = 0; i < n; i++) {
    const e = now.salience[i]![1];
    const o = old.salience[i]![1];
    if (kind[i] === "moved" && Math.min(e.pos, o.pos) <= stillPos) return null;
    // A moved person far enough past every still one outranks them in both walks.
    if (kind[i] === "fixed" || (kind[i] === "moved" && Math.min(e.rank, o.rank) - span > stillRank))
      continue;
    for (let j = 0; j < n; j++) {
      if (j === i || (kind[i] === "moved" && kind[j] === "moved")) continue;
      const y = now.salience[j]![1];
      const y0 = old.salience[j]![1];
      if (!comparesAlike(e, y, o, y0, gaps)) return null;
    }
  }
  // A still person lies further back from a quote than anyone seen since.
  for (let k = 0; k < rest.contexts.length; k++) {
    const limit = rest.read[k]!.from - after;
    for (const s of rest.contexts[k]!.salient) if (s.distance >= limit) return null;
  }
  return move;
}

/**
 * A later old state as this walk would have it: `moves` (StateMove, oldest first) applied in one
 * go, each person's numbers carried through them with no state, entry or person made between
 * (what applying them one by one gives).
 */
export function moveState(state: AttributorState, moves: readonly StateMove[]): AttributorState {
  const active = moves.filter((m) => m.by !== 0 || m.changed.size !== 0);
  if (active.length === 0) return state;
  return {
    ...state,
    salience: state.salience.map((entry) => {
      const key = entry[0];
      // The person as last given (kept or a move's `changed`), and its numbers since.
      let e = entry[1];
      let pos = e.pos;
      let rank = e.rank;
      for (const move of active) {
        if (pos > move.after) {
          pos += move.by;
          rank += move.by;
          continue;
        }
        const changed = move.changed.get(key);
        if (changed) {
          e = changed;
          pos = e.pos;
          rank = e.rank;
        }
      }
      if (pos !== e.pos || rank !== e.rank) return [key, { gender: e.gender, pos, rank }] as const;
      return e === entry[1] ? entry : ([key, e] as const);
    }),
  };
}

/** An old answer where its quote is now. */
export function moveRead(q: AttributedQuote, move: TailMove): AttributedQuote {
  if (move.by === 0 && move.paragraphs === 0) return q;
  return {
    ...q,
    paragraph: q.paragraph + move.paragraphs,
    from: q.from + move.by,
    to: q.to + move.by,
  };
}
