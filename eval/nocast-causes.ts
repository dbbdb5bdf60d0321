/**
 * Where the no-cast run loses the quotes the cast run gets right, by cause. For each gold quote
 * right with the gold cast and wrong without one, the discovered cast is read against the gold
 * cast (a discovered character holds a gold one when any of its names or aliases is a form only
 * that gold character owns, as the speakers score reads names):
 *
 * - narrator: the gold speaker tells the story (the gold's narrator, or the one "I said" tags
 *   most), and the line went to no one, to someone else, or to "narrator" where the score does
 *   not take that for them;
 * - not discovered: no discovered character holds the gold speaker, told apart by whether the
 *   gold speaker is a name or a description ("A man", "Our master"), which only a cast can name;
 * - merged with another: a character that holds the gold speaker holds another gold person too;
 * - split name: two or more discovered characters hold the gold speaker;
 * - no gold person given it: the line went to a discovered name that holds no gold person (a
 *   non-person, or someone the gold does not list);
 * - listed under another form: one character holds the gold speaker, but under a name the score
 *   does not take for them (held by an alias only);
 * - attribution: the speaker was discovered cleanly and the line went elsewhere, or to no one.
 *
 * The counts are names-free, so a held-out folder can be read by its table alone.
 */
import type { Character, Quote } from "../core/model";
import { UNDISCOVERED_REASONS, type UndiscoveredReason } from "./undiscovered";

export const NOCAST_CAUSES = [
  "narrator: no speaker",
  "narrator: someone else",
  "narrator: 'narrator', scored wrong",
  "not discovered: a name",
  "not discovered: a description",
  "merged with another",
  "split name",
  "no gold person given it",
  "listed under another form",
  "attribution",
] as const;
export type NoCastCause = (typeof NOCAST_CAUSES)[number];

export interface NoCastCauses {
  /** Quotes right with the cast and wrong without, by cause. */
  lost: Record<NoCastCause, number>;
  /** Quotes wrong with the cast and right without. */
  gained: number;
  /** The "not discovered: a name" quotes, by why discovery missed the name. */
  unfound: Record<UndiscoveredReason, number>;
  /** Per story only: "cause: gold -> given" with counts (names only, no text). */
  readonly lines?: Record<string, number>;
}

export const emptyCauses = (): NoCastCauses => ({
  lost: Object.fromEntries(NOCAST_CAUSES.map((k) => [k, 0])) as Record<NoCastCause, number>,
  gained: 0,
  unfound: Object.fromEntries(UNDISCOVERED_REASONS.map((k) => [k, 0])) as Record<
    UndiscoveredReason,
    number
  >,
});

export function addCauses(into: NoCastCauses, c: NoCastCauses): void {
  for (const k of NOCAST_CAUSES) into.lost[k] += c.lost[k];
  for (const k of UNDISCOVERED_REASONS) into.unfound[k] += c.unfound[k];
  into.gained += c.gained;
}

/** A gold speaker written as a description, not a name. */
const DESCRIPTION = /^(?:the|a|an|one|other|another|some|my|his|her|our|their|that|this)\b/i;

/** What the cause reading needs from the speakers score. */
export interface CauseInputs {
  /** The gold speaker of each gold quote. */
  readonly goldSpeakers: readonly (string | null)[];
  /** Whether each gold quote was right with the cast, and without. */
  readonly rightWithCast: readonly boolean[];
  readonly rightNoCast: readonly boolean[];
  /** The no-cast output quote paired with each gold quote, or null. */
  readonly noCastQuote: readonly (Quote | null)[];
  /** The gold speakers who tell the story. */
  readonly narrators: ReadonlySet<string>;
  /** The gold cast's names, normalised as the score does, with the forms each owns alone. */
  readonly goldForms: ReadonlyMap<string, ReadonlySet<string>>;
  /** The discovered cast of the no-cast run. */
  readonly discovered: readonly Character[];
  /** The forms a written name is scored as ("John" for "Master John"), normalised. */
  readonly formsOfName: (name: string) => readonly string[];
  readonly norm: (s: string | null | undefined) => string;
  /** Why discovery missed a gold name, when it did. */
  readonly whyUndiscovered?: (speaker: string) => UndiscoveredReason;
}

/** Counts the causes for one story. */
export function noCastCauses(inp: CauseInputs): NoCastCauses {
  const lines: Record<string, number> = {};
  const out = { ...emptyCauses(), lines };
  // Gold people each discovered character holds, by any of its names; and by its name alone.
  const heldBy = new Map<Character, Set<string>>();
  const namedFor = new Map<Character, Set<string>>();
  for (const d of inp.discovered) {
    const all = new Set([d.name, ...d.aliases].flatMap(inp.formsOfName));
    const own = new Set(inp.formsOfName(d.name));
    const held = new Set<string>();
    const named = new Set<string>();
    for (const [g, forms] of inp.goldForms) {
      if ([...forms].some((f) => all.has(f))) held.add(g);
      if ([...forms].some((f) => own.has(f))) named.add(g);
    }
    heldBy.set(d, held);
    namedFor.set(d, named);
  }
  const byName = new Map(inp.discovered.map((d) => [d.name, d]));
  inp.goldSpeakers.forEach((speaker, i) => {
    const withCast = inp.rightWithCast[i]!;
    const without = inp.rightNoCast[i]!;
    if (!withCast && without) out.gained++;
    if (!withCast || without || inp.noCastQuote[i] === null) return;
    const g = inp.norm(speaker);
    const given = inp.noCastQuote[i]!.speaker;
    const holders = inp.discovered.filter((d) => heldBy.get(d)!.has(g));
    const to = given === null ? undefined : byName.get(given);
    let cause: NoCastCause;
    if (inp.narrators.has(g))
      cause =
        given === "narrator"
          ? "narrator: 'narrator', scored wrong"
          : given === null
            ? "narrator: no speaker"
            : "narrator: someone else";
    else if (holders.length === 0)
      cause = DESCRIPTION.test(speaker ?? "")
        ? "not discovered: a description"
        : "not discovered: a name";
    else if (holders.some((d) => heldBy.get(d)!.size > 1)) cause = "merged with another";
    else if (holders.length > 1) cause = "split name";
    else if (to && heldBy.get(to)!.size === 0) cause = "no gold person given it";
    else if (!namedFor.get(holders[0]!)!.has(g)) cause = "listed under another form";
    else cause = "attribution";
    out.lost[cause]++;
    if (cause === "not discovered: a name" && inp.whyUndiscovered)
      out.unfound[inp.whyUndiscovered(speaker ?? "")]++;
    const line = `${cause}: ${speaker} -> ${given}`;
    lines[line] = (lines[line] ?? 0) + 1;
  });
  return out;
}
