/**
 * Who "I" is when the cast does not say: the story's own evidence, read in one pass.
 *
 * Two kinds of evidence count. Self-naming in the narration (or in the narrator's own tagged
 * lines): "my name is X", "I am X" at a sentence start, "called myself X", "they called me X",
 * "called me X", "call me X", "I, X,", and a tagged line of the narrator's that is only a name
 * (`"Yes," I said, "Jonathan Harker."`). And vocatives addressed to the narrator: the names
 * called in the quotes of the dialogue turns just before and just after a turn the narrator
 * surely speaks ("I said", "said I"), as in `"Watson, look here." / "I see it," I answered.`
 * A name wins only when it is called at least twice (a self-naming counts once, twice when in
 * so many words: "my name is", "called myself", a full name as the whole line) and clearly
 * more than any other: a wrong narrator moves every "I said" line to someone else, so a weak
 * guess is worse than none. First-person narration writes "I" where a third person's name
 * would stand, so the one name called that the narration hides (never writes it; without a
 * cast, one discovery does not list) counts once more when it leads: "Jane" called once beside
 * "I asked", never in the narration, beside "Jack" the narration names. A name the narration
 * tags a line with ("Mr. Hale said") is someone it speaks of, never "I", however often called. */

import type { Character } from "../model";
import { isListedGivenName } from "./cues";
import { impliedForms } from "./names";
import { isTitle, narratorClues, type NarratorClues } from "./narrator-clues";
import type { LocalQuote } from "./quotes";

/** One paragraph as the inference reads it: its text and its quotes (local offsets). */
export interface NarratorParagraph {
  readonly text: string;
  readonly isBreak: boolean;
  readonly quotes: readonly LocalQuote[];
}

/** A name the narration shows acting in this many paragraphs is a third person, not "I". */
const ACTING_PARAGRAPHS = 2;
/** Turns of dialogue this many prose paragraphs apart are still neighbours. */
const TURN_GAP = 1;
/**
 * A name must be called this many times. Self-naming counts as one call ("I am Nell" may be a
 * role), except in so many words ("my name is", "called myself"), which is evidence enough alone.
 */
const MIN_EVIDENCE = 2;

/**
 * The narrator's name the story gives, or null when the evidence is weak.
 * `resolve` maps a name as written to a character (a cast member owning that form), or null
 * when it names no one the caller accepts. Names that only ever open a sentence in a quote
 * ("Come, ...") count only when `resolve` knows them as a character's (`known`) or the story
 * shows them as a name elsewhere.
 */
export function inferNarrator(
  paragraphs: readonly NarratorParagraph[],
  resolve: (name: string) => { readonly name: string; readonly known: boolean } | null,
  cluesOf: (p: NarratorParagraph) => NarratorClues = (p) => narratorClues(p.text, p.quotes),
  formsOf: (name: string) => readonly string[] = (name) => [name],
): string | null {
  const clues = paragraphs.map((p) => (p.isBreak ? null : cluesOf(p)));
  // Where each name is called or self-named: paragraph numbers, one per piece of evidence.
  const seen = new Map<string, number[]>();
  const add = (name: string, at: number): void => {
    (seen.get(name) ?? seen.set(name, []).get(name)!).push(at);
  };
  // The dialogue turn next to paragraph i, in direction step, within TURN_GAP prose paragraphs.
  const neighbour = (i: number, step: number): number | null => {
    for (let j = i + step, gap = 0; j >= 0 && j < clues.length; j += step) {
      const c = clues[j];
      if (!c) return null;
      if (paragraphs[j]!.quotes.length > 0) return j;
      if (++gap > TURN_GAP) return null;
    }
    return null;
  };
  // The turns next to the narrator's, each once (a turn between two of the narrator's is one).
  const answering = new Set<number>();
  clues.forEach((c, i) => {
    if (!c) return;
    for (const s of [...c.selfNames, ...c.namesSaid]) {
      const who = resolve(s);
      if (who) add(who.name, i);
    }
    // A line said to the narrator calls the narrator, wherever it stands.
    if (c.toNarrator && !c.narratorSpeaks) answering.add(i);
    if (!c.narratorSpeaks) return;
    for (const j of [neighbour(i, -1), neighbour(i, 1)])
      // Someone else's turn: the narrator does not call themself by name.
      if (j !== null && !clues[j]!.narratorSpeaks) answering.add(j);
  });
  // A name no one knows counts where it opens a sentence ("Nell, come") only once it is seen
  // as a name elsewhere: called inside a sentence, or self-named ("Come, sit" names no one).
  const confirmed = new Set<string>();
  const called = new Set<string>();
  for (const c of clues) for (const s of c?.selfNames ?? []) confirmed.add(s);
  for (const j of answering)
    for (const v of clues[j]!.vocatives())
      if (!v.initial || isGivenName(v.name)) confirmed.add(v.name);
  for (const j of answering)
    for (const v of clues[j]!.vocatives()) {
      const who = resolve(v.name);
      if (who && (who.known || confirmed.has(v.name) || isPartOf(v.name, confirmed))) {
        add(who.name, j);
        called.add(who.name);
      }
    }
  const folded = foldParts(seen);
  const byCount = (m: ReadonlyMap<string, number[]>) =>
    [...m].sort((a, b) => b[1].length - a[1].length);
  // A name the narration tags a line with ("Mr. Ferraro said"), or shows acting in two
  // paragraphs ("Mr. Hale started the engine"), is someone it speaks of: the narrator's own
  // lines and acts say "I". Called beside the narrator's turns as a listener is. Acting once
  // may be a preface's ("A/N: Rosie finally brings Theo home") or a heading's.
  const spokenOf = (name: string): boolean => {
    const holds = anyWordOf([name], formsOf);
    const is = (w: string): boolean => (resolve(w)?.name ?? w) === name;
    const read = clues.filter((c) => c?.holds(holds));
    return (
      read.some((c) => c!.tagging().some(is)) ||
      read.filter((c) => c!.acting().some(is)).length >= ACTING_PARAGRAPHS
    );
  };
  // A name no one knows that the story also writes in lowercase ('"Home," I said.' beside "drove
  // him home") is a word answered, not the narrator's name.
  const aWord = (name: string): boolean =>
    resolve(name)?.known !== true && writtenInLowercase(name, paragraphs);
  const named = decide(byCount(folded));
  if (named !== null) return spokenOf(named) || aWord(named) ? null : named;
  // Where no call beside a turn the narrator surely speaks names them (a story that never tags
  // a line "I said", or whose calls to the narrator are answered untagged), any line other than
  // the narrator's own may be said to them. The one name called in two such lines that the
  // narration never writes (it writes "I" there) is theirs, a given name the lists hold or one
  // discovery lists; one call may be to anyone in the room.
  if (toldAsI(clues)) {
    const calls = new Map<string, number[]>();
    clues.forEach((c, i) => {
      // The narrator's own lines call others, and so do lines said to someone else ("Dmitri
      // asked the old man").
      if (c?.narratorSpeaks || c?.toOther) return;
      for (const v of c?.vocatives() ?? []) {
        const who = resolve(v.name);
        if (!who || !(isGivenName(v.name) || who.known)) continue;
        const at = calls.get(who.name) ?? [];
        if (!at.includes(i)) at.push(i);
        calls.set(who.name, at);
      }
    });
    const twice = new Map([...calls].filter(([, at]) => at.length >= 2));
    const lone = hiddenName(twice, clues, resolve, formsOf, () => true);
    if (lone !== null && !spokenOf(lone) && !aWord(lone)) return lone;
    // Where the calls name no one, the name given in an untagged line ("I'm Cass.") that
    // another line calls.
    const introduced = introducedName(clues, resolve, formsOf);
    if (introduced !== null && !spokenOf(introduced)) return introduced;
    const answered = answeredCall(clues, resolve, formsOf);
    if (answered !== null && !spokenOf(answered) && !aWord(answered)) return answered;
  }
  // First-person narration writes "I" where it would write the narrator's name: the one name
  // the narration never writes counts once more, when others call it (a self-naming alone,
  // "I am Nell", may be a role) and no name has more evidence. Read only when one more piece
  // of evidence can name someone: the narration's names are a scan of the whole story.
  const withCall = (name: string): string | null => {
    const more = new Map(folded);
    more.set(name, [...folded.get(name)!, folded.get(name)![0]!]);
    return decide(byCount(more));
  };
  if (folded.size === 0) return null;
  const top = byCount(folded)[0]![1].length;
  const isCalled = (name: string): boolean =>
    [...called].some((c) => c === name || name.split(" ").includes(c));
  const hopeful = [...folded.keys()].filter(
    (name) => folded.get(name)!.length === top && isCalled(name) && withCall(name) === name,
  );
  if (hopeful.length === 0) return null;
  // A lone given name must be called twice in the story, beside "I said" or not ("Nora,
  // right?" / "That's me."): one call may be to anyone in the room. Once is enough where it
  // opens the reply straight after the narrator's line ('"What did he say?" I asked.' /
  // '"Jane, I don't like questioners."'): an answer's first word calls the one it answers.
  const calledTwice = (name: string): boolean => {
    const holds = anyWordOf([name], formsOf);
    const calls = clues.filter(
      (c) => c?.holds(holds) && c.vocatives().some((v) => v.name === name),
    );
    return calls.length >= 2 || clues.some((c, i) => repliesWith(name, i, c));
  };
  const repliesWith = (name: string, i: number, c: NarratorClues | null): boolean => {
    const reply = clues[i + 1];
    return (
      !!c?.narratorSpeaks &&
      !!reply &&
      !reply.narratorSpeaks &&
      opensWithCall(paragraphs[i + 1]!, name) &&
      reply.vocatives().some((v) => v.name === name && v.initial)
    );
  };
  const lone = hiddenName(folded, clues, resolve, formsOf, calledTwice);
  return lone !== null && hopeful.includes(lone) && !spokenOf(lone) && !aWord(lone) ? lone : null;
}

/**
 * The narrator introducing themself in a line nothing tags (not "I said", not "she said",
 * "Dora said" or "the woman said": that line is someone else's): the one name given in a quote
 * ("I'm Cass.", "My name's Will") that a line in another paragraph calls ("Thanks, Cass.") and
 * that the narration never writes, by any form of it (it writes "I" there): a word of it, or a
 * short form opening one ("Theo" for "Theodore"). Whoever else introduces themself so is a
 * third person the narration names ("I'm Marcus" beside "Marcus smiles"). A word the story also
 * writes in lowercase counts: it is given as a name here. Read only where the names called
 * twice name no one: they are the surer evidence.
 */
function introducedName(
  clues: readonly (NarratorClues | null)[],
  resolve: (name: string) => { readonly name: string; readonly known: boolean } | null,
  formsOf: (name: string) => readonly string[],
): string | null {
  const given = new Map<string, Set<number>>();
  clues.forEach((c, i) => {
    for (const n of c?.introduced() ?? []) {
      const who = resolve(n);
      if (who) (given.get(who.name) ?? given.set(who.name, new Set()).get(who.name)!).add(i);
    }
  });
  if (given.size === 0) return null;
  const called = (name: string, at: ReadonlySet<number>): boolean =>
    clues.some(
      (c, i) =>
        !at.has(i) &&
        !!c &&
        !c.narratorSpeaks &&
        c.vocatives().some((v) => resolve(v.name)?.name === name),
    );
  // Any form of the name, the first name or a short form opening it ("Theo" for "Theodore").
  const written = (name: string): boolean => {
    const parts = [name, ...formsOf(name)]
      .flatMap((n) => n.split(/\s+/))
      .filter((w) => !isTitle(w));
    const formOf = (w: string): boolean =>
      parts.some(
        (p) =>
          p === w || (Math.min(p.length, w.length) >= 3 && (p.startsWith(w) || w.startsWith(p))),
      );
    return clues.some((c) =>
      c?.written().some(
        (w) =>
          resolve(w)?.name === name ||
          w
            .split(/\s+/)
            .filter((p) => !isTitle(p))
            .some(formOf),
      ),
    );
  };
  const hidden = [...given].filter(([name, at]) => called(name, at) && !written(name));
  return hidden.length === 1 ? hidden[0]![0] : null;
}

/**
 * The one name a line calls once that "I" answers, where nothing else names the narrator: the
 * call closes its sentence after a comma ("Oh my God, Maddie.", "What does he say, Van?",
 * "Don't put your feet up there, Huckleberry;"), in a line neither the narrator's nor said to
 * someone else, and the narration after it, in its paragraph or the next, says "I" or "me"
 * ("I told him.", "Then she hugged me"): the one called answers next, or is acted on. A call
 * answered by someone else ('"Am I right, Jack?"' / '"That's my principle," said my uncle')
 * is to a listener, and so is a name the narrator's own line calls ('"Wren, stop it," I said')
 * or one said to someone else: that name is not "I". The name is no one discovery lists and the narration never writes it (it
 * writes "I" there). A word standing alone as a line ("Liar.", "Seatbelt," he said) or opening
 * one ("Cross. She wanted to come") is as often an answer as a call, so only this shape counts.
 * Null when none or several names are so called.
 */
function answeredCall(
  clues: readonly (NarratorClues | null)[],
  resolve: (name: string) => { readonly name: string; readonly known: boolean } | null,
  formsOf: (name: string) => readonly string[],
): string | null {
  const called = new Set<string>();
  // A name the narrator's own line calls, or a line said to someone else, is a listener's.
  const listeners = new Set<string>();
  clues.forEach((c, i) => {
    if (!c) return;
    const heard = c.narratorSpeaks || c.toOther;
    for (const v of c.vocatives()) {
      if (!heard && (!v.closes || !(v.meAfter || clues[i + 1]?.saysMe))) continue;
      const who = resolve(v.name);
      if (who && !who.known) (heard ? listeners : called).add(who.name);
    }
  });
  for (const name of listeners) called.delete(name);
  if (called.size === 0) return null;
  const holds = anyWordOf([...called], formsOf);
  const written = new Set<string>();
  for (const c of clues)
    for (const w of c?.holds(holds) ? c.written() : [])
      for (const part of w.split(/\s+/)) if (!isTitle(part)) written.add(part);
  const hidden = [...called].filter((name) =>
    name.split(/\s+/).every((w) => isTitle(w) || !written.has(w)),
  );
  return hidden.length === 1 ? hidden[0]! : null;
}

/**
 * Whether the narration says "I" (or "my", "we") in at least a third of the paragraphs that
 * have any: a story told by its narrator throughout, not one whose "I" is a letter read out or
 * a stretch of unmarked speech in a third-person story ("the youth", whose name only the
 * dialogue calls, is hidden from the narration as "I" is). A paragraph whose only words
 * outside its quotes are a short tag ("she said") is talk, not narration: it tells nothing of
 * who narrates, and a first-person story whose others' lines are tagged has many. Each
 * paragraph's reading is its clues' (`narration`), kept with them.
 */
function toldAsI(clues: readonly (NarratorClues | null)[]): boolean {
  let prose = 0;
  let first = 0;
  for (const c of clues) {
    if (!c || c.narration === "none") continue;
    prose++;
    if (c.narration === "first") first++;
  }
  return prose > 0 && 3 * first >= prose;
}

/** Whether the paragraph opens with a quote whose first word is the name, then a comma or stop. */
function opensWithCall(p: NarratorParagraph, name: string): boolean {
  const first = p.quotes[0];
  if (!first || p.text.slice(0, first.from - first.open.length).trim() !== "") return false;
  const said = p.text.slice(first.from, first.to);
  return said.startsWith(name) && /^[,.!]/.test(said.slice(name.length));
}

/** Whether every word of the name is also written in lowercase somewhere in the story. */
function writtenInLowercase(name: string, paragraphs: readonly NarratorParagraph[]): boolean {
  const words = name.split(/\s+/).filter((w) => !isTitle(w));
  return (
    words.length > 0 &&
    words.every((w) => {
      const word = w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const lower = new RegExp(`(?<![\\p{L}'\u2019])${word}(?![\\p{L}])`, "u");
      return w !== w.toLowerCase() && paragraphs.some((p) => lower.test(p.text));
    })
  );
}

/**
 * The name with the evidence, ranked most first: called at least MIN_EVIDENCE times and twice
 * as often as any other, and not one of two narrators in turn.
 */
function decide(ranked: readonly (readonly [string, readonly number[]])[]): string | null {
  const [top, second] = ranked;
  if (!top || top[1].length < MIN_EVIDENCE || top[1].length < 2 * (second?.[1].length ?? 0))
    return null;
  // A story told by two narrators in turn (journals, letters) has no one name for "I": another
  // name called as often as the winner where it is called, and twice, is a second narrator.
  for (const [, at] of ranked.slice(1)) {
    if (at.length < MIN_EVIDENCE) break;
    const [from, to] = [Math.min(...at), Math.max(...at)];
    if (top[1].filter((p) => p >= from && p <= to).length < at.length) return null;
  }
  return top[0];
}

/**
 * The one name among those called that the narration hides as it hides "I": a person the
 * caller knows (a cast member, a discovered character) whom the narration never writes, by any
 * form the caller resolves to it or any word of it past a title; or, without a cast, a name
 * discovery does not list (the narration never shows it acting) that is surely a person's:
 * two words or more ("Mr. Lockwood"), one word the narration writes in a fuller name
 * ("Quatermain" of "Allan Quatermain"), or a given name a list holds ("Nora") called twice in
 * the story; never another lone word ("My Friend.--Welcome").
 * Null when none or several are hidden.
 */
function hiddenName(
  called: ReadonlyMap<string, readonly number[]>,
  clues: readonly (NarratorClues | null)[],
  resolve: (name: string) => { readonly name: string; readonly known: boolean } | null,
  formsOf: (name: string) => readonly string[],
  calledTwice: (name: string) => boolean,
): string | null {
  if (called.size === 0) return null;
  // Only paragraphs that hold a word of a name called, or of a form of it, can write it: the
  // names of the rest are not read (a scan of every paragraph's names cost a long novel twice
  // the inference's time).
  const holds = anyWordOf([...called.keys()], formsOf);
  const people = new Set<string>();
  const words = new Set<string>();
  const inFuller = new Set<string>();
  for (const c of clues)
    for (const w of c?.holds(holds) ? c.written() : []) {
      const who = resolve(w);
      if (who) people.add(who.name);
      const parts = w.split(/\s+/);
      for (const part of parts) words.add(part);
      if (parts.filter((p) => !isTitle(p)).length > 1) for (const part of parts) inFuller.add(part);
    }
  const hidden = [...called.keys()].filter((name) => {
    const parts = name.split(/\s+/);
    if (resolve(name)?.known)
      return !people.has(name) && !parts.some((w) => !isTitle(w) && words.has(w));
    return parts.length > 1 || inFuller.has(name) || (isGivenName(name) && calledTwice(name));
  });
  return hidden.length === 1 ? hidden[0]! : null;
}

/**
 * A pattern for any word, past a title, of the names or their forms: the paragraphs it fails
 * cannot write those names, so their names need not be read.
 */
function anyWordOf(names: readonly string[], formsOf: (name: string) => readonly string[]): RegExp {
  const parts = new Set(
    names
      .flatMap((n) => [n, ...formsOf(n)])
      .flatMap((n) => n.split(/\s+/))
      .filter((w) => !isTitle(w)),
  );
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}])(?:${[...parts].map(escape).join("|")})(?![\\p{L}])`, "u");
}

/**
 * A one-word name the given-name lists hold ("Nora", "Tom"): a person's, however it is placed.
 * "Come," and "Friend." open a called line as often, and no list holds them.
 */
const isGivenName = (name: string): boolean =>
  !name.includes(" ") && isListedGivenName(name.toLowerCase());

/** Whether the name is one word of a confirmed longer name ("Nell" of "Nell Ashby"). */
function isPartOf(name: string, names: ReadonlySet<string>): boolean {
  for (const n of names) if (n !== name && n.split(" ").includes(name)) return true;
  return false;
}

/**
 * Tallies by name, a name that is one word of exactly one longer name ("Nell" beside "Nell
 * Ashby") counted for the longer: the same person, called short and named in full.
 */
function foldParts(seen: ReadonlyMap<string, readonly number[]>): Map<string, number[]> {
  const folded = new Map([...seen].map(([name, at]) => [name, [...at]]));
  for (const [name, at] of [...folded]) {
    const longer = [...folded.keys()].filter((o) => o !== name && o.split(" ").includes(name));
    if (longer.length !== 1) continue;
    folded.get(longer[0]!)!.push(...at);
    folded.delete(name);
  }
  return folded;
}

/** Who a name as written is: a character known by that form, or (when open) a new person. */
export interface NameOwners {
  resolve(
    written: string,
    open: boolean,
  ): { readonly name: string; readonly known: boolean } | null;
  /** Every form, as the cast writes it, that `resolve` gives to the member of that name. */
  formsOf(name: string): readonly string[];
}

/**
 * The owner of each name form of the cast: name, alias or implied form (names.ts); a form two
 * characters share names no one (unless it is exactly one's name), and without `open` neither
 * does a form no one owns.
 */
export function nameOwners(cast: readonly Character[]): NameOwners {
  const owners = new Map<string, string | null>();
  const pool = cast.filter((c) => !c.unnamed);
  const forms = impliedForms(pool);
  const own = (key: string, name: string, taken: ReadonlySet<string>): void => {
    if (taken.has(key)) return;
    const owner = owners.get(key);
    owners.set(key, owner === undefined || owner === name ? name : null);
  };
  for (const c of pool) own(c.name.toLowerCase(), c.name, new Set());
  // A member called exactly "Rudolf" owns the form over one who has it as an alias.
  const names = new Set(owners.keys());
  for (const c of pool)
    for (const n of [...c.aliases, ...(forms.get(c.name) ?? [])])
      own(n.toLowerCase(), c.name, names);
  // Each member's forms as written, for a search that must match their capitals.
  const written = new Map<string, string[]>();
  for (const c of pool)
    for (const n of [c.name, ...c.aliases, ...(forms.get(c.name) ?? [])])
      if (owners.get(n.toLowerCase()) === c.name)
        (written.get(c.name) ?? written.set(c.name, []).get(c.name)!).push(n);
  return {
    resolve(written, open) {
      const owner = owners.get(written.toLowerCase());
      if (owner !== undefined) return owner === null ? null : { name: owner, known: true };
      return open ? { name: written, known: false } : null;
    },
    formsOf: (name) => written.get(name) ?? [name],
  };
}

/**
 * The cast with its narrator marked: a member the writer marked always wins; else the inferred
 * name's member, or (without a given cast) a new character of that name.
 */
export function withNarrator(cast: readonly Character[], name: string | null): Character[] {
  if (name === null || cast.some((c) => c.narrator)) return [...cast];
  if (cast.some((c) => c.name === name))
    return cast.map((c) => (c.name === name ? { ...c, narrator: true } : c));
  return [...cast, { name, aliases: [], voice: "unknown", narrator: true }];
}
