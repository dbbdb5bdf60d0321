/**
 * The ranker's work kept from one pass to the next, so that the pass after an edit builds
 * candidate rows only for quotes whose inputs changed.
 *
 * A quote's rows read the quote (not where it stands), its context, what `earlierTurns` reads
 * of the quotes before it, and how many lines each candidate has had (ranker.ts), never a quote
 * after it. So:
 * - while the quotes up to i are the last pass's and quote i's context is the same object (the
 *   speaker walk resumed after an edit hands back the contexts it kept before its checkpoint),
 *   quote i's rows and answer are the last pass's;
 * - after that, a quote whose context reads the same (compared by value: the walk made it
 *   anew), whose rules' answer and earlier turns are the same, and whose candidates have had
 *   as many lines as then, gets the rows built for it last time (the ranker decides again:
 *   that is cheap, and the answer carries the quote's new place).
 */
import type {
  CandidateRow,
  candidateRows,
  EarlierTurns,
  earlierTurns,
  QuoteContext,
  SpeakerModel,
} from "./ranker";
import type { AttributedQuote } from "./speakers";

/** What one quote's rows were built from. */
interface RowInputs {
  readonly turns: EarlierTurns;
  /** The lines each candidate (the rows' keys, in order) had had. */
  readonly lines: readonly number[];
}

/** One pass's ranking: its inputs, rows and answers. */
interface Ranking {
  readonly quotes: readonly AttributedQuote[];
  readonly contexts: readonly QuoteContext[];
  readonly named: ReadonlySet<string>;
  readonly model: SpeakerModel;
  readonly rows: readonly (readonly CandidateRow[] | null)[];
  readonly inputs: readonly (RowInputs | undefined)[];
  readonly answers: readonly AttributedQuote[];
}

/** A holder a caller keeps across passes (the analyzer keeps one with the speaker walk's). */
export interface RankerMemo {
  ranking?: Ranking;
}

/** Where a quote stands: what may differ while its rows stay the same. */
const PLACE = new Set(["paragraph", "index", "from", "to"]);

/** A quote's own reading (speaker, evidence, confidence, text), wherever it stands. */
function sameReading(a: AttributedQuote, b: AttributedQuote): boolean {
  const keys = Object.keys(a) as (keyof AttributedQuote)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => PLACE.has(k) || sameValue(a[k], b[k]));
}

/**
 * Equality of plain data: primitives, arrays, maps, sets and objects of them. Maps and sets in
 * the same order too: candidates are listed in it, and the first of two equal scores wins.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Map || a instanceof Set) {
    if (!(b instanceof (a instanceof Map ? Map : Set)) || a.size !== (b as Set<unknown>).size)
      return false;
    const other = (b as Iterable<unknown>)[Symbol.iterator]();
    for (const x of a as Iterable<unknown>) if (!sameValue(x, other.next().value)) return false;
    return true;
  }
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) && a.length === b.length && a.every((v, k) => sameValue(v, b[k] as unknown))
    );
  }
  if (Array.isArray(b) || b instanceof Map || b instanceof Set) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return (
    keys.length === Object.keys(y).length && keys.every((k) => k in y && sameValue(x[k], y[k]))
  );
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameTurns(a: EarlierTurns, b: EarlierTurns): boolean {
  return (
    a.samePara === b.samePara &&
    a.afterNarration === b.afterNarration &&
    a.turns.length === b.turns.length &&
    a.turns.every((t, k) => t === b.turns[k])
  );
}

/** The ranker's own functions, passed in so that this file imports only its types. */
interface RowBuilder {
  readonly build: typeof candidateRows;
  readonly turnsOf: typeof earlierTurns;
}

/** One ranking pass with the last pass's work at hand (rankSpeakers drives it). */
export class RankingPass {
  private readonly last: Ranking | undefined;
  /** Leading quotes whose rows and answers are the last pass's without comparing more. */
  private readonly kept: number;
  /** The last pass's index of this pass's quote i is i + shift (quotes after an edit). */
  private readonly shift: number;
  private readonly inputs: (RowInputs | undefined)[] = [];

  constructor(
    last: Ranking | undefined,
    private readonly quotes: readonly AttributedQuote[],
    private readonly contexts: readonly QuoteContext[],
    private readonly named: ReadonlySet<string>,
    private readonly model: SpeakerModel,
    private readonly ranker: RowBuilder,
  ) {
    this.last = last && last.model === model && sameSet(last.named, named) ? last : undefined;
    this.shift = this.last ? this.last.quotes.length - quotes.length : 0;
    let i = 0;
    if (this.last) {
      const n = Math.min(quotes.length, this.last.quotes.length);
      while (
        i < n &&
        contexts[i] === this.last.contexts[i] &&
        sameValue(quotes[i], this.last.quotes[i])
      )
        i++;
    }
    this.kept = i;
  }

  /** Stands in for `candidateRows`: the last pass's rows where their inputs are unchanged. */
  readonly rowsOf = (
    quotes: readonly AttributedQuote[],
    contexts: readonly QuoteContext[],
    i: number,
    spoken: ReadonlyMap<string, number>,
  ): CandidateRow[] => {
    const last = this.last;
    if (last && i < this.kept && last.rows[i]) {
      this.inputs[i] = last.inputs[i];
      return last.rows[i] as CandidateRow[];
    }
    const turns = this.ranker.turnsOf(quotes, i);
    const j = i + this.shift;
    const old = last && j >= 0 ? last.inputs[j] : undefined;
    const oldRows = old && last!.rows[j];
    if (
      old &&
      oldRows &&
      sameTurns(turns, old.turns) &&
      oldRows.every((r, k) => (spoken.get(r.key) ?? 0) === old.lines[k]) &&
      sameReading(quotes[i]!, last!.quotes[j]!) &&
      sameValue(contexts[i], last!.contexts[j])
    ) {
      this.inputs[i] = old;
      return oldRows as CandidateRow[];
    }
    const rows = this.ranker.build(quotes, contexts, i, spoken);
    this.inputs[i] = { turns, lines: rows.map((r) => spoken.get(r.key) ?? 0) };
    return rows;
  };

  /** The last pass's answer for quote i, when its inputs were all the same. */
  keptAnswer(i: number): AttributedQuote | undefined {
    return i < this.kept ? this.last!.answers[i] : undefined;
  }

  /** This pass, for the next to take up. */
  done(
    rows: readonly (readonly CandidateRow[] | null)[],
    answers: readonly AttributedQuote[],
  ): Ranking {
    return {
      quotes: this.quotes,
      contexts: [...this.contexts],
      named: this.named,
      model: this.model,
      rows,
      inputs: this.inputs,
      answers,
    };
  }
}
