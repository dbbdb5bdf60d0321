/**
 * Conversations as units: the second stage after each quote has been read on its own.
 *
 * A conversation is a run of paragraphs with dialogue, broken by a scene break or a long stretch
 * of narration. Each paragraph with dialogue is a turn. A turn whose speaker is tagged ("said
 * Ann") or shown by the paragraph's own narration is an anchor; the others are filled in from
 * the anchors as readers do: speakers take turns (A, B, A, B), the person a line addresses by
 * name ("Tom, look") answers next, and nobody is the person their own line addresses. The run
 * is read forwards, then backwards for the turns before the first anchor.
 *
 * Linear in the number of quotes: each turn looks only at its neighbours and at the last few
 * speakers of its conversation.
 */

import type { AttributedQuote } from "./speakers";

/** What the conversation pass needs to know about one paragraph with dialogue. */
export interface TurnInput {
  readonly paragraph: number;
  /** Indexes into the quote list, in order. */
  readonly quotes: readonly number[];
  /** People named as addressees inside the turn's quotes (vocatives). */
  readonly addressees: readonly string[];
  /** Of those, the ones called by a quote that is only their name and a stop ("Cy."): perhaps an answer. */
  readonly nameOnly: readonly string[];
  /**
   * Of those, the ones its last quote's closing question calls by name or by a title the cast's
   * one member holds ("Good talk. Tyler?", "Did you sleep, aunt?"), when nothing follows it in
   * its paragraph: the one asked answers the line straight after.
   */
  readonly asked: readonly string[];
  /**
   * People the turn's quotes speak of by name without calling them ("Nell owes me"): seldom the
   * speaker, who says "I" of themself (not their own name after "I'm" or "my name is").
   */
  readonly mentioned: readonly string[];
  /** People the narration names (outside quotes) in the turn's paragraph and since the last. */
  readonly present: readonly string[];
  /** Words of narration since the previous turn, and whether a scene break came between. */
  readonly gapWords: number;
  readonly breakBefore: boolean;
  /** Whether the turn's own paragraph has narration besides its quotes. */
  readonly narrated: boolean;
}

/**
 * The confidence of a line given to the one the line before asked by name: the one asked
 * answered 43 of 46 such open lines on speakers-dev, speakers-dev-2 and LitBank (the question
 * closing its paragraph), but nothing in the line itself says so; as sure as a fill beside its
 * anchor.
 */
const ASKED_ANSWERS = 0.55;
/** The confidence of a filled-in speaker far from any anchor: a guess. */
const LEAST_FILLED = 0.3;
/** Narration longer than this (in words) between two turns ends a conversation. */
const CONVERSATION_GAP = 120;
/** How far back (or ahead) the other participant is looked for. */
const RECENT_TURNS = 8;
/** Evidence that only guessed from turn-taking or nothing: the pass may replace it. */
const isWeak = (q: AttributedQuote): boolean => q.evidence === "turn" || q.evidence === "none";

const keyOf = (q: AttributedQuote): string | null => q.speaker ?? q.unnamed ?? null;

/** Who spoke last in a turn: the one the next turn answers. */
const lastOf = (t: Turn): string | null => t.ending ?? t.speaker;

interface Turn {
  readonly input: TurnInput;
  speaker: string | null;
  /**
   * Who speaks the turn's last anchored line: someone else than `speaker` when a paragraph holds
   * two people's lines ('Lucy felt selfish. "Charlotte, ..." "You must have it," said Miss
   * Bartlett.'). The next turn answers them, not the paragraph's first speaker.
   */
  ending: string | null;
  /** The first stage's guess, used when the conversation says nothing better. */
  readonly guess: string | null;
  /**
   * Whom the line before was said to, as the first stage read it (a name it called, "he told
   * her", "turned to him"): someone spoken to answers, though they have not spoken yet.
   */
  readonly answers: string | null;
  /** Whom the turn's last line is said to, as the first stage read it ("Tom told Kate"). */
  readonly saysTo: string | null;
  anchored: boolean;
  /** Anchored by a tag ("said Ann", "he asked"), not only by a beat. */
  tagged: boolean;
  /** How sure the first stage was of the turn's last anchored line (0 for an open turn). */
  readonly endingSure: number;
  /** Turns away from the nearest anchor, for the confidence of a filled-in speaker. */
  distance: number;
  /** Moved off the speaker of the tagged turn straight after it: the two sides disagreed. */
  moved?: boolean;
  /** Given to the one the turn straight before asked by name (askedBefore). */
  asked?: boolean;
}

/**
 * The one whom the turn straight before turn i (no narration between) put a question to by name,
 * when that is not who asked it and turn i's own line does not call them: they answer.
 */
function askedBefore(turns: readonly Turn[], i: number): string | null {
  const [prev, t] = [turns[i - 1], turns[i]!];
  if (!prev || t.anchored || t.input.gapWords > 0 || t.input.breakBefore) return null;
  const asker = lastOf(prev);
  return prev.input.asked.findLast((a) => a !== asker && !t.input.addressees.includes(a)) ?? null;
}

/** Gives turn i to the one the turn before asked, if any; whether it did. */
function answerAsked(turns: readonly Turn[], i: number): boolean {
  const asked = askedBefore(turns, i);
  if (!asked) return false;
  Object.assign(turns[i]!, { speaker: asked, distance: 0, asked: true });
  return true;
}

/**
 * Fills in and corrects the speakers of weakly attributed turns from their conversation.
 * Returns a new list; quotes with a tag or a beat of their own keep their speaker.
 */
export function settleConversations(
  quotes: readonly AttributedQuote[],
  turns: readonly TurnInput[],
  named: ReadonlySet<string>,
  saidTo: readonly (string | null)[] = [],
): AttributedQuote[] {
  const out = [...quotes];
  let start = 0;
  for (let i = 1; i <= turns.length; i++) {
    const t = turns[i];
    if (t && !t.breakBefore && t.gapWords <= CONVERSATION_GAP) continue;
    settle(
      out,
      turns.slice(start, i).map((input) => anchor(out, input, saidTo)),
      named,
    );
    start = i;
  }
  return out;
}

function anchor(
  quotes: readonly AttributedQuote[],
  input: TurnInput,
  saidTo: readonly (string | null)[],
): Turn {
  const strong = input.quotes.map((k) => quotes[k]!).filter((q) => !isWeak(q) && keyOf(q));
  const first = quotes[input.quotes[0]!]!;
  const [opening, closing] = [strong[0], strong[strong.length - 1]];
  return {
    input,
    guess: keyOf(first),
    answers: saidTo[input.quotes[0]!] ?? null,
    saysTo: saidTo[input.quotes[input.quotes.length - 1]! + 1] ?? null,
    speaker: opening ? keyOf(opening) : null,
    ending: closing ? keyOf(closing) : null,
    anchored: opening !== undefined,
    tagged: opening?.evidence === "tag",
    endingSure: closing?.confidence ?? 0,
    distance: 0,
  };
}

function settle(quotes: AttributedQuote[], turns: Turn[], named: ReadonlySet<string>): void {
  if (!turns.some((t) => t.anchored)) return;
  // Who is in the exchange: named by its narration, or speaking in it by the first stage. A line
  // that is only the name of someone not in it ("Who told you?" / "Cy.") answers a question
  // rather than calls them, so it hands them no turn.
  const inExchange = new Set<string>();
  for (const t of turns) {
    for (const p of t.input.present) inExchange.add(p);
    if (t.speaker) inExchange.add(t.speaker);
    if (t.guess) inExchange.add(t.guess);
  }
  // Backwards first: an open turn tied more closely to an anchor after it than to one before
  // it takes turns back from that anchor (a paragraph of narration between two lines can hand
  // the word back to the one who spoke last, so alternation holds only across lines that follow
  // one another directly).
  const fromRight = closerToTheRight(turns);
  for (let i = turns.length - 1; i >= 0; i--) {
    if (!fromRight[i] || answerAsked(turns, i)) continue;
    // As going forwards, the first stage's guess stands when it is not the neighbour's speaker.
    const g = turns[i]!.guess;
    const pick = g && g !== turns[i + 1]!.speaker ? g : next(turns, i, 1, inExchange);
    if (pick) {
      turns[i]!.speaker = pick;
      turns[i]!.distance = turns[i + 1]!.distance + 1;
    }
  }
  // Forwards: each open turn from the two before it.
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.anchored || fromRight[i] || answerAsked(turns, i)) continue;
    const prev = turns[i - 1];
    // The first stage's guess stands when it gives the turn to someone new: it read the
    // narration around the line (who came in, who was turned to). Straight after another line,
    // with no narration between, a newcomer is unlikely: then only someone already talking.
    const newcomer =
      t.input.gapWords === 0 &&
      !t.input.narrated &&
      t.guess !== null &&
      t.guess !== t.answers &&
      !turns.slice(Math.max(0, i - RECENT_TURNS), i).some((u) => u.speaker === t.guess);
    // Nobody is the one their own line calls ("I don't listen at doors, Inspector.").
    const callsGuess = t.guess !== null && t.input.addressees.includes(t.guess);
    if (t.guess && t.guess !== prev?.speaker && !(newcomer && prev?.speaker) && !callsGuess) {
      t.speaker = t.guess;
      t.distance = (prev?.distance ?? 0) + 1;
      continue;
    }
    if (!prev?.speaker) continue;
    const pick = next(turns, i, -1, inExchange);
    if (pick) {
      t.speaker = pick;
      t.distance = prev.distance + 1;
    }
  }
  // Backwards: the open turns before the first anchor.
  const first = turns.findIndex((t) => t.anchored);
  const forwards = turns.slice(0, first).map((t) => ({ speaker: t.speaker, distance: t.distance }));
  for (let i = first - 1; i >= 0; i--) {
    const t = turns[i]!;
    // The first stage's guess stands where narration led up to the line (who came in, who
    // turned to speak) and it is not the neighbour's speaker, as going forwards.
    const told = t.input.gapWords > 0 || t.input.narrated;
    const g = t.guess;
    const pick = told && g && g !== turns[i + 1]!.speaker ? g : next(turns, i, 1, inExchange);
    if (pick) {
      t.speaker = pick;
      t.distance = turns[i + 1]!.distance + 1;
    }
  }
  // The fill from the first turn forwards stands when the names its lines call agree with it
  // better: "Ann, why is he here?" / "Ask him." / "Cy?" / "It's for you, Ann." read from the
  // first speaker on, though a tag further on would hand the turns out the other way round.
  const backwards = turns.slice(0, first).map((t) => t.speaker);
  if (
    callsAgree(
      turns,
      forwards.map((f) => f.speaker),
    ) > callsAgree(turns, backwards)
  )
    forwards.forEach((f, i) => Object.assign(turns[i]!, f));
  chooseParities(turns);
  // The fill before the first anchor and a run's reading by parities weigh no question: the one
  // asked answers still. Where they moved the question to the one asked, or the answer to someone
  // else, the rule no longer holds: the line keeps the fill's speaker but not the asked confidence,
  // nor its shelter from the tag after it.
  for (let i = 1; i < turns.length; i++) {
    const t = turns[i]!;
    if (!answerAsked(turns, i) && t.asked)
      Object.assign(t, { asked: false, distance: turns[i - 1]!.distance + 1 });
  }
  // A new paragraph straight after another is a new speaker: an open turn is not the speaker of
  // the tagged turn that follows it with no narration between ("Go on." / "Fine," Ann said.). The
  // fill from the left gave it the one two turns back; the tag pins it from the right instead.
  // Not when the tagged line turns to someone ("What about you, Bo?" said Ann; "Tom told Kate"):
  // its speaker may be going on, now to another listener.
  for (let i = 0; i + 1 < turns.length; i++) {
    const [t, u] = [turns[i]!, turns[i + 1]!];
    if (t.anchored || t.asked || !u.tagged || u.input.gapWords > 0 || t.speaker !== u.speaker)
      continue;
    if (u.input.addressees.length > 0 || u.saysTo) continue;
    const pick = next(turns, i, 1, inExchange);
    if (pick && pick !== u.speaker) {
      t.speaker = pick;
      t.moved = true;
    }
  }
  for (const t of turns) {
    if (t.anchored || !t.speaker) continue;
    // A moved line is settled by elimination against the turn-taking that gave it its old
    // speaker (right 2 of 5 times on dev and LitBank): no surer than the farthest fill.
    const confidence = t.asked
      ? ASKED_ANSWERS
      : t.moved
        ? LEAST_FILLED
        : Math.max(LEAST_FILLED, 0.55 - 0.04 * t.distance);
    for (const k of t.input.quotes) {
      const q = quotes[k]!;
      if (q.evidence === "tag" || q.evidence === "continued") continue;
      const isNamed = named.has(t.speaker);
      const { unnamed: _unnamed, ...rest } = q;
      quotes[k] = {
        ...rest,
        speaker: isNamed ? t.speaker : null,
        confidence,
        evidence: "turn",
        ...(isNamed ? {} : { unnamed: t.speaker }),
      };
    }
  }
}

/**
 * Which open turns are tied more closely to the anchor after them than to the one before: the
 * count of lines that follow one another directly (no narration paragraph between) to the
 * nearest anchor on each side, a narration paragraph cutting the tie.
 */
function closerToTheRight(turns: readonly Turn[]): boolean[] {
  const n = turns.length;
  const tight = (i: number): boolean => i > 0 && i < n && turns[i]!.input.gapWords === 0;
  const left = new Array<number>(n).fill(Infinity);
  const right = new Array<number>(n).fill(Infinity);
  for (let i = 0; i < n; i++)
    left[i] = turns[i]!.anchored ? 0 : tight(i) ? left[i - 1]! + 1 : Infinity;
  // Only a tag anchors from the right: a beat after the run ("Anna crouched by the stone") is
  // too often someone else's (measured on LitBank and the held-out stories).
  for (let i = n - 1; i >= 0; i--) {
    const t = turns[i]!;
    if (t.tagged) right[i] = 0;
    else if (!t.anchored && tight(i + 1)) right[i] = right[i + 1]! + 1;
  }
  return turns.map((t, i) => !t.anchored && right[i]! < left[i]!);
}

/**
 * Who speaks turn i, judged from its neighbour on the side `step` points to (-1: the turns
 * before, 1: the turns after): the one the neighbour addressed, else someone else who spoke
 * lately. Going forwards that is the one who spoke two turns before (speakers take turns), else
 * the last other speaker before; going backwards, the last other speaker before turn i (someone
 * already in the conversation, not a newcomer who speaks after the neighbour), else the one who
 * speaks two turns after.
 */
function next(
  turns: readonly Turn[],
  i: number,
  step: -1 | 1,
  inExchange: ReadonlySet<string>,
): string | null {
  const near = turns[i + step];
  if (!near?.speaker) return null;
  // Going forwards the turn answers whoever spoke the neighbour's last line; going backwards it
  // leads up to the neighbour's first.
  const said = step < 0 ? lastOf(near) : near.speaker;
  const own = new Set(turns[i]!.input.addressees);
  // Going forwards the neighbour's addressee answers; going backwards, whoever the neighbour
  // addresses spoke just before. The last name a turn calls is who it ends up speaking to
  // ("Cy, hold the door. Ann, get in."), as for the first stage's addressee.
  const addressed = near.input.addressees.findLast(
    (a) => a !== said && !own.has(a) && (inExchange.has(a) || !near.input.nameOnly.includes(a)),
  );
  if (addressed) return addressed;
  // The neighbour's paragraph held two people's lines: the first of them spoke just before.
  if (step < 0 && near.speaker !== said && !own.has(near.speaker)) return near.speaker;
  // The last few turns only: a conversation can run for hundreds of turns.
  const other = (from: number, dir: -1 | 1): string | null => {
    for (let j = from, n = 0; j >= 0 && j < turns.length && n < RECENT_TURNS; j += dir, n++) {
      const s = turns[j]!.speaker;
      if (s && s !== said && !own.has(s)) return s;
    }
    return null;
  };
  const guess = turns[i]!.guess;
  // No one else is in reach and the line calls the one taking turns would give it ("Sorting
  // screws, Dan."): the neighbour's speaker goes on, the only one left who can say it.
  const onlyTwo = [near, turns[i]!].every((t) =>
    t.input.present.every((p) => p === said || own.has(p)),
  );
  const goesOn = step < 0 && onlyTwo && own.size > 0 && said && !own.has(said) ? said : null;
  return (
    (step < 0 ? other(i - 2, -1) : (other(i - 1, -1) ?? other(i + 2, 1))) ??
    (guess && guess !== said ? guess : null) ??
    goesOn
  );
}

/**
 * How well speakers given to the turns before the first anchor agree with the names their lines
 * call: a turn that calls someone is answered by them or answers them (one point), and is not
 * theirs (one point off). A line that is only a name and a stop may answer rather than call.
 */
function callsAgree(turns: readonly Turn[], early: readonly (string | null)[]): number {
  const at = (i: number): string | null =>
    i < 0 ? null : i < early.length ? early[i]! : (turns[i]?.speaker ?? null);
  let score = 0;
  for (let i = 0; i <= early.length && i < turns.length; i++) {
    const { addressees, nameOnly } = turns[i]!.input;
    for (const a of new Set(addressees)) {
      if (nameOnly.includes(a)) continue;
      if (at(i) === a) score--;
      else if (at(i - 1) === a || at(i + 1) === a) score++;
    }
  }
  return score;
}

/** How much better a reading of a run must agree with its evidence than today's to be taken. */
const PARITY_MARGIN = 1;

/**
 * A beat anchor the first stage was less sure of than this ("Shona looked at me over her
 * chips": a subject who looks, not one who speaks) is, by its own confidence, no likelier right
 * than wrong: it weighs nothing against the evidence inside the run, as a beat after the run
 * already weighs nothing.
 */
const SURE_BEAT = 0.5;

/**
 * Two people taking turns over a run of untagged lines: the fill goes forwards from the anchor
 * before the run, so one wrong anchor swaps every line of it, and one first-stage guess that
 * stood brings a third person into the middle of it. Each maximal run of open turns, straight
 * after one another, is read as every strict alternation of two of the people its fill gives
 * lines to (A, B, A ... and B, A, B ...), each reading weighed against today's by the evidence
 * inside it and at both ends: a line that calls someone by name is not theirs; the anchor before
 * the run (a tag, or a beat the first stage was at least even sure of) spoke before its first
 * line, and a tag straight after it answers its last; two lines in a row by one person, or a
 * third person straight after two who took turns, break the turn-taking. A reading is taken
 * only when it wins clearly and alone; a tie keeps today's.
 */
function chooseParities(turns: Turn[]): void {
  for (let i = 0; i < turns.length;) {
    const end = runEnd(turns, i);
    const run = turns.slice(i, end);
    const now = run.map((t) => t.speaker!);
    const people = [...new Set(now)];
    if (run.length >= 2 && people.length >= 2) {
      const base = parityScore(turns, i, now);
      const readings = people.flatMap((a) =>
        people.filter((b) => b !== a).map((b) => now.map((_, k) => (k % 2 === 0 ? a : b))),
      );
      const scores = readings.map((r) => parityScore(turns, i, r));
      const top = Math.max(...scores);
      const alone = scores.filter((s) => s === top).length === 1;
      if (top >= base + PARITY_MARGIN && alone)
        run.forEach((t, k) => (t.speaker = readings[scores.indexOf(top)]![k]!));
    }
    i = Math.max(end, i + 1);
  }
}

/** The end (exclusive) of the run of open turns straight after one another from turn i. */
function runEnd(turns: readonly Turn[], i: number): number {
  const open = (j: number): boolean => !turns[j]!.anchored && turns[j]!.speaker !== null;
  if (!open(i)) return i;
  let j = i + 1;
  while (j < turns.length && open(j) && turns[j]!.input.gapWords === 0) j++;
  return j;
}

/** Points against a reading of the run from turn `from`: each piece of evidence it breaks. */
function parityScore(turns: readonly Turn[], from: number, run: readonly string[]): number {
  let score = 0;
  run.forEach((s, k) => {
    const { addressees, nameOnly, mentioned } = turns[from + k]!.input;
    if (addressees.some((a) => a === s && !nameOnly.includes(a))) score--;
    if (mentioned.includes(s)) score--;
    if (k > 0 && run[k - 1] === s) score--;
    // Someone new straight after two who took turns, with no narration to bring them in.
    else if (k > 1 && run[k - 1] !== run[k - 2] && run[k - 2] !== s) score--;
  });
  const before = turns[from - 1];
  const weighs = before?.anchored && (before.tagged || before.endingSure >= SURE_BEAT);
  if (weighs && turns[from]!.input.gapWords === 0 && lastOf(before) === run[0]) score--;
  const after = turns[from + run.length];
  if (after?.tagged && after.input.gapWords === 0 && after.speaker === run[run.length - 1]) score--;
  return score;
}
