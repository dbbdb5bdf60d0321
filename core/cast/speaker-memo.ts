/**
 * What the speaker walk keeps across passes so that the pass after an edit resumes the walk
 * just before the first paragraph that changed, and stops a few paragraphs after the edit,
 * instead of running from the story's start to its end.
 *
 * The walk is a left-to-right fold: the attributor's state before paragraph i depends only on
 * paragraphs 0..i-1 (their text, offsets, quotes, whether they lie in a first-person stretch)
 * and on the story-wide inputs (cast, genders, narrator). When those are the same as in the
 * pass before, the state saved at a checkpoint before the first difference is the state a
 * fresh walk would reach there, and the quotes and contexts read before it are the same too.
 *
 * After the edit the paragraphs are the old ones moved: by a few characters and, when
 * paragraphs came or went, by a few places. Once the walk reaches an old checkpoint in that
 * moved tail with a state that does there what the old state did (`Converges`: the same, with
 * the positions since the edit moved as the text moved), the rest of the walk is the old one
 * moved, as a spell checker or an incremental parser reuses what lies past an edit.
 */
import type { QuoteSpan } from "./quotes";

/**
 * A checkpoint at least every this many paragraphs: a copy of the salience table each. The walk
 * after an edit reads from the checkpoint before it to the first one past it where the state
 * converges, about twice this many paragraphs (on the bench's novel: 80 at 40, 40 at 20, each
 * a few times a plain paragraph's cost); a full walk's copies cost little beside (103 of about
 * 165 entries each at 20 on the novel's 2,051 paragraphs).
 */
export const CHECKPOINT_EVERY = 20;

/** One paragraph as the walk saw it: what its reading and its state depend on. */
export interface WalkedParagraph {
  readonly text: string;
  readonly isBreak: boolean;
  readonly offset: number;
  readonly quotes: readonly QuoteSpan[];
  readonly firstPerson: boolean;
}

/** How the old walk's tail moved: `by` characters and `paragraphs` places. */
export interface TailMove {
  readonly by: number;
  readonly paragraphs: number;
}

/**
 * The attributor's state before `paragraph`, and how many quotes were read before it. A
 * checkpoint taken over from the old walk past an edit holds the last known state and the moves
 * that relate it to this walk's, applied in one go when a pass first needs the state (most never
 * do).
 */
export class Checkpoint<State, Move> {
  private constructor(
    readonly paragraph: number,
    readonly quotes: number,
    private known: State | undefined,
    /**
     * A checkpoint whose state is known, the moves since it (oldest first) and how they apply,
     * until the state is worked out (then let go).
     */
    private from:
      | {
          readonly root: Checkpoint<State, Move>;
          readonly moves: readonly Move[];
          readonly apply: (state: State, moves: readonly Move[]) => State;
        }
      | undefined,
  ) {}

  static of<State, Move>(paragraph: number, quotes: number, state: State): Checkpoint<State, Move> {
    return new Checkpoint<State, Move>(paragraph, quotes, state, undefined);
  }

  /**
   * This checkpoint in a walk that moved it (places, quotes) and its state (`move`, which
   * `apply` applies after the moves pending here).
   */
  moved(
    places: number,
    quotes: number,
    move: Move,
    apply: (state: State, moves: readonly Move[]) => State,
  ): Checkpoint<State, Move> {
    const pending = this.from;
    const next = new Checkpoint(this.paragraph + places, this.quotes + quotes, undefined, {
      root: pending?.root ?? this,
      moves: pending ? [...pending.moves, move] : [move],
      apply,
    });
    // A checkpoint far from every edit would gather moves for ever: work them out now and then.
    if (next.from!.moves.length >= MAX_PENDING_MOVES) next.state();
    return next;
  }

  state(): State {
    if (this.known === undefined) {
      const { root, moves, apply } = this.from!;
      this.known = apply(root.state(), moves);
      this.from = undefined;
    }
    return this.known;
  }
}

/** Moves kept pending on a checkpoint before they are applied. */
const MAX_PENDING_MOVES = 16;

/** A saved walk: the inputs, the states at checkpoints and what each paragraph produced. */
export interface SpeakerWalk<State, Read, Context, Move> {
  /** The story-wide inputs, serialized: cast, genders, narrator. */
  readonly key: string;
  readonly paragraphs: readonly WalkedParagraph[];
  /** In paragraph order; the first is before paragraph 0. */
  readonly checkpoints: readonly Checkpoint<State, Move>[];
  readonly read: readonly Read[];
  readonly contexts: readonly Context[];
}

/** A holder a caller keeps across passes (the analyzer keeps one). */
export interface SpeakerMemo<State, Read, Context, Move> {
  walk?: SpeakerWalk<State, Read, Context, Move>;
}

/** What the walk does with the attributor, and how its state and answers move with the text. */
export interface Walker<State, Read, Context, Move extends TailMove> {
  snapshot(): State;
  /** Takes up a saved state and the contexts read before it. */
  restore(state: State, contexts: readonly Context[]): void;
  /** Reads paragraph i: its answers (its contexts go where `contexts` reads them). */
  paragraph(i: number): readonly Read[];
  /** The contexts read so far, in order. */
  contexts(): readonly Context[];
  /** Appends contexts taken over from the old walk. */
  takeContexts(contexts: readonly Context[]): void;
  /**
   * How `now` relates to the old walk's `old`, if from here on the walk does what the old one
   * did, moved: null when that is not proven. `reachFrom` is the least story position the rest
   * of the walk reads, in either walk; `rest` is what the old walk read from `old` on.
   */
  converges(
    now: State,
    old: State,
    tail: TailMove,
    reachFrom: number,
    rest: { readonly read: readonly Read[]; readonly contexts: readonly Context[] },
  ): Move | null;
  /** A later old state as this walk has it: `moves` (oldest first) applied in one go. */
  moveState(state: State, moves: readonly Move[]): State;
  moveRead(read: Read, move: TailMove): Read;
}

function sameQuote(a: QuoteSpan, b: QuoteSpan, move: TailMove): boolean {
  return (
    a.paragraph === b.paragraph + move.paragraphs &&
    a.index === b.index &&
    a.from === b.from + move.by &&
    a.to === b.to + move.by &&
    a.text === b.text &&
    a.open === b.open &&
    a.close === b.close &&
    a.dash === b.dash
  );
}

/** Whether paragraph a is b moved (an unmoved paragraph with no move). */
function sameParagraph(a: WalkedParagraph, b: WalkedParagraph, move: TailMove): boolean {
  return (
    a.text === b.text &&
    a.isBreak === b.isBreak &&
    a.offset === b.offset + move.by &&
    a.firstPerson === b.firstPerson &&
    a.quotes.length === b.quotes.length &&
    a.quotes.every((q, k) => sameQuote(q, b.quotes[k]!, move))
  );
}

const STILL: TailMove = { by: 0, paragraphs: 0 };

/**
 * The index of the first paragraph the walk must read again: the first that differs from the
 * saved walk's (all of them when the story-wide inputs differ).
 */
export function firstChanged(
  saved: { readonly key: string; readonly paragraphs: readonly WalkedParagraph[] } | undefined,
  key: string,
  paragraphs: readonly WalkedParagraph[],
): number {
  if (!saved || saved.key !== key) return 0;
  const n = Math.min(saved.paragraphs.length, paragraphs.length);
  for (let i = 0; i < n; i++)
    if (!sameParagraph(paragraphs[i]!, saved.paragraphs[i]!, STILL)) return i;
  return n;
}

/**
 * The longest run of paragraphs at the story's end that are the saved walk's last ones moved,
 * all by the same amount: where it starts (this pass's index) and the move.
 */
function movedTail(
  saved: readonly WalkedParagraph[],
  paragraphs: readonly WalkedParagraph[],
): { readonly start: number; readonly move: TailMove } {
  const places = paragraphs.length - saved.length;
  const last = paragraphs.at(-1);
  const oldLast = saved.at(-1);
  if (!last || !oldLast) return { start: paragraphs.length, move: STILL };
  const move = { by: last.offset - oldLast.offset, paragraphs: places };
  let start = paragraphs.length;
  while (
    start > 0 &&
    start - 1 - places >= 0 &&
    sameParagraph(paragraphs[start - 1]!, saved[start - 1 - places]!, move)
  )
    start--;
  return { start, move };
}

/**
 * The walk over `paragraphs`, resumed from the saved walk's last checkpoint before the first
 * paragraph that differs (from the start when the story-wide inputs changed), and ended at the
 * first old checkpoint after the edit where the state converges; saves this walk in the memo.
 */
export function walkWithMemo<State, Read, Context, Move extends TailMove>(
  memo: SpeakerMemo<State, Read, Context, Move>,
  key: string,
  paragraphs: readonly WalkedParagraph[],
  walker: Walker<State, Read, Context, Move>,
): Read[] {
  const saved = memo.walk?.key === key ? memo.walk : undefined;
  const changed = firstChanged(saved, key, paragraphs);
  const checkpoints: Checkpoint<State, Move>[] = [];
  let read: Read[] = [];
  let start = 0;
  if (saved && changed > 0) {
    let c = 0;
    while (c + 1 < saved.checkpoints.length && saved.checkpoints[c + 1]!.paragraph <= changed) c++;
    const at = saved.checkpoints[c]!;
    checkpoints.push(...saved.checkpoints.slice(0, c));
    read = saved.read.slice(0, at.quotes);
    walker.restore(at.state(), saved.contexts.slice(0, at.quotes));
    start = at.paragraph;
  }
  const tail = saved ? movedTail(saved.paragraphs, paragraphs) : undefined;
  // The old checkpoints in the moved tail, in order: where the walk may stop.
  let next = saved ? saved.checkpoints.findIndex((c) => c.paragraph >= start) : -1;
  let lastCheckpoint = -Infinity;
  for (let i = start; i < paragraphs.length; i++) {
    while (next >= 0 && next < saved!.checkpoints.length) {
      const old = saved!.checkpoints[next]!;
      if (old.paragraph + tail!.move.paragraphs >= i) break;
      next++;
    }
    const old = next >= 0 ? saved!.checkpoints[next] : undefined;
    const atOld =
      old !== undefined && i >= tail!.start && old.paragraph + tail!.move.paragraphs === i;
    if (!atOld && i - lastCheckpoint < CHECKPOINT_EVERY) {
      for (const q of walker.paragraph(i)) read.push(q);
      continue;
    }
    const state = walker.snapshot();
    checkpoints.push(Checkpoint.of<State, Move>(i, read.length, state));
    lastCheckpoint = i;
    if (atOld) {
      const reachFrom = Math.min(paragraphs[i]!.offset, saved!.paragraphs[old.paragraph]!.offset);
      const rest = {
        read: saved!.read.slice(old.quotes),
        contexts: saved!.contexts.slice(old.quotes),
      };
      const move = walker.converges(state, old.state(), tail!.move, reachFrom, rest);
      if (move) {
        for (const q of rest.read) read.push(walker.moveRead(q, move));
        walker.takeContexts(rest.contexts);
        const shift = read.length - saved!.read.length;
        // walker.moveState alone, not a closure made here, which would keep the walk's whole
        // scope (its attributor and every paragraph's reading) alive while a move is pending.
        for (const c of saved!.checkpoints.slice(next + 1))
          checkpoints.push(c.moved(move.paragraphs, shift, move, walker.moveState));
        break;
      }
    }
    for (const q of walker.paragraph(i)) read.push(q);
  }
  memo.walk = { key, paragraphs, checkpoints, read, contexts: [...walker.contexts()] };
  return read;
}
