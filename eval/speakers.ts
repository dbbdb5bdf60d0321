/**
 * The speakers section: how many quotes are found and who is said to speak them, with the gold
 * cast given and with no cast at all (discovery only), pooled, per half and per story, with the
 * wrong speakers sorted by kind.
 *
 * The matching is ported from LitBank's scorer (tests/fixtures/litbank/score.mjs): one-to-one,
 * greedy by overlap, largest first; a pair counts when the overlap of the [from, to) offsets
 * covers at least half the shorter span. A speaker is right when it equals, case-insensitively
 * with white space collapsed, the gold speaker's name or one of that character's aliases in the
 * gold cast; "narrator" is right for the gold speaker of the lines tagged "I said" (the
 * contract's name for a narrator the cast does not name). A discovered name counts as the gold
 * speaker's when it is a form of that character's names that no other gold character shares, as
 * the analysis links names to a given cast ("Cotter" for "Mr Cotter", "Master John" for "John
 * Rolfe", "the girl" for "A girl"); a name two gold people share ("Bennet") is no one's. Gold without offsets (the bundled story's labels) is matched by paragraph and index.
 *
 * LitBank (dbamman/litbank) is CC BY 4.0: Bamman, Popat and Shen (2019), "An Annotated Dataset of
 * Literary Entities", NAACL; Sims, Park and Bamman (2019), ACL; Bamman, Lewke and Mansoor (2020),
 * LREC; the quotation layer: https://arxiv.org/pdf/2004.13980.pdf. The excerpts and gold files in
 * tests/fixtures/litbank are derived from it (see the README there).
 *
 * The stories are split by name order into an even and an odd half: rules are developed on the
 * even half, and the odd half shows whether they generalise.
 */
import { analyzeStory } from "../core/analyze";
import { impliedForms } from "../core/cast/names";
import { narratorOf } from "../core/cast/speakers";
import { parseStory } from "../core/story";
import type { Character, Quote } from "../core/model";
import type { EvalSection, SectionResult } from "./section";
import {
  addKinds,
  addTurns,
  emptyKinds,
  emptyTurns,
  kindLines,
  storyKinds,
  turnLines,
} from "./speaker-kinds";
import { addMisses, emptyMisses, missLines } from "./pronoun-misses";
import {
  addCauses,
  emptyCauses,
  NOCAST_CAUSES,
  noCastCauses,
  type NoCastCauses,
} from "./nocast-causes";
import { UNDISCOVERED_REASONS, undiscoveredReader } from "./undiscovered";
import type { EvalStory } from "./stories";

export interface GoldQuote {
  readonly paragraph: number;
  readonly index: number;
  readonly from?: number;
  readonly to?: number;
  readonly text?: string;
  readonly speaker: string | null;
}

export const ERROR_KINDS = [
  "no speaker",
  "addressee named",
  "narrator",
  "name form not linked",
  "other character",
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface SpeakerTally {
  gold: number;
  output: number;
  matched: number;
  right: number;
  /**
   * Right by the official scorer's rule alone (score.mjs): the gold name or an alias, exactly.
   * `right` also takes "narrator" for a named narrator and a form only the gold person owns.
   */
  official: number;
  errors: Record<ErrorKind, number>;
}

const MIN_COVER = 0.5;
export const norm = (s: string | null | undefined): string =>
  String(s ?? "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const nameWords = (s: string): string[] =>
  (norm(s).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !TITLE_WORDS.has(w));
const TITLE_WORDS = new Set("mr mrs ms miss dr sir lady lord the a an".split(" "));
const FIRST_PERSON_TAG =
  /^\W{0,4}\s*(?:I\s+\w+ed\b|I\s+(?:said|cried|asked|replied|answered|began|went on|told|thought)\b|(?:said|cried|asked|replied|answered)\s+I\b)/;

const emptyTally = (): SpeakerTally => ({
  gold: 0,
  output: 0,
  matched: 0,
  right: 0,
  official: 0,
  errors: Object.fromEntries(ERROR_KINDS.map((k) => [k, 0])) as Record<ErrorKind, number>,
});

function add(into: SpeakerTally, t: SpeakerTally): void {
  into.gold += t.gold;
  into.output += t.output;
  into.matched += t.matched;
  into.right += t.right;
  into.official += t.official;
  for (const k of ERROR_KINDS) into.errors[k] += t.errors[k];
}

/** Pairs gold quotes with output quotes as LitBank's scorer does; returns output index per gold. */
export function match(gold: readonly GoldQuote[], out: readonly Quote[]): number[] {
  const pairs: { i: number; j: number; cover: number; overlap: number }[] = [];
  const byPosition = gold.every((g) => g.from === undefined);
  if (byPosition) {
    const at = new Map(out.map((o, j) => [`${o.paragraph}/${o.index}`, j]));
    return gold.map((g) => at.get(`${g.paragraph}/${g.index}`) ?? -1);
  }
  // Both lists are in text order: a sweep keeps this linear in the number of quotes.
  let start = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    while (start < out.length && out[start]!.to <= g.from!) start++;
    for (let j = start; j < out.length && out[j]!.from < g.to!; j++) {
      const o = out[j]!;
      const overlap = Math.min(g.to!, o.to) - Math.max(g.from!, o.from);
      if (overlap <= 0) continue;
      const cover = overlap / Math.min(g.to! - g.from!, o.to - o.from);
      if (cover >= MIN_COVER) pairs.push({ i, j, cover, overlap });
    }
  }
  pairs.sort((a, b) => b.cover - a.cover || b.overlap - a.overlap || a.i - b.i || a.j - b.j);
  const used = new Array<number>(gold.length).fill(-1);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (used[p.i] !== -1 || taken.has(p.j)) continue;
    used[p.i] = p.j;
    taken.add(p.j);
  }
  return used;
}

/** What kind of mistake a wrong speaker is. */
function errorKind(
  story: EvalStory,
  g: GoldQuote,
  o: Quote,
  names: ReadonlySet<string>,
): ErrorKind {
  const text = story.text;
  const after = text.slice(o.to, o.to + 40);
  const before = text.slice(Math.max(0, o.from - 40), o.from);
  if (
    norm(g.speaker) === "narrator" ||
    o.speaker === "narrator" ||
    FIRST_PERSON_TAG.test(after) ||
    /\bI\s+(?:said|cried|asked|replied|answered)\W*$/.test(before)
  )
    return "narrator";
  if (o.speaker === null) return "no speaker";
  const got = norm(o.speaker);
  const inQuote = norm(o.text);
  const said = nameWords(o.speaker);
  if (said.length > 0 && said.every((w) => new RegExp(`\\b${w}\\b`, "u").test(inQuote)))
    return "addressee named";
  const goldWords = new Set([...names].flatMap(nameWords));
  if (!names.has(got) && said.some((w) => goldWords.has(w))) return "name form not linked";
  return "other character";
}

/**
 * Whether the narration tags gold quote `q` "I said" (or "said I", "I turned"): in its own
 * paragraph, after its close and before any next quote opens, or just before it. The next
 * line's own "I carried" is the next speaker's words, not a tag.
 */
const saidByI = (text: string, q: GoldQuote): boolean => {
  if (q.from === undefined) return false;
  const after = text.slice(q.to, q.to! + 40).split(/\n|(?<=\S\s*)["“‘]/u)[0]!;
  return (
    FIRST_PERSON_TAG.test(after) ||
    /\bI\s+(?:said|cried|asked|replied|answered)\W*$/.test(text.slice(q.from - 40, q.from))
  );
};

/**
 * The gold speaker of the story's first-person narration: the gold file's `narrator` when it
 * names one, else whoever the gold gives most of the lines tagged "I said". The analysis calls
 * the narrator "narrator" when the cast does not name them (CONTRACT.md), which counts as right
 * for that speaker.
 */
export function goldNarrator(story: EvalStory, gold: readonly GoldQuote[]): string | null {
  const named = story.gold["narrator"];
  if (typeof named === "string" && named !== "") return named;
  const votes = new Map<string, number>();
  for (const q of gold)
    if (q.speaker && saidByI(story.text, q)) votes.set(q.speaker, (votes.get(q.speaker) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Which of a quote's candidate speakers (the ranker's rows) the gold names: a key that is the
 * gold speaker's name or an alias in the story's gold cast, or a narrator's key when the gold
 * speaker is the story's narrator; -1 when none is. `named` is the analysis's named keys,
 * `cast` the cast it read with (whose narrator's name is a narrator's key too).
 */
export function goldCandidate(
  story: EvalStory,
  cast: readonly Character[],
  named: { has(key: string): boolean },
  narrator: string | null,
): (speaker: string, candidates: readonly { readonly key: string }[]) => number {
  const namesOf = new Map<string, Set<string>>();
  for (const c of story.cast ?? [])
    namesOf.set(norm(c.name), new Set([c.name, ...c.aliases].map(norm)));
  const narratorKeys = new Set(named.has("narrator") ? ["narrator"] : []);
  for (const c of cast) if (c.narrator) narratorKeys.add(c.name);
  return (speaker, candidates) => {
    const ok = namesOf.get(norm(speaker)) ?? new Set([norm(speaker)]);
    return candidates.findIndex(
      (c) => ok.has(norm(c.key)) || (narratorKeys.has(c.key) && speaker === narrator),
    );
  };
}

/** "The girl" and "a girl" are one description. */
const described = (s: string): string => norm(s).replace(/^(?:a|an|the)\s+/, "");

/**
 * The forms each gold character is known by: its names, aliases and the shorter forms only it
 * could own, keyed by its normalised name.
 */
export function goldForms(cast: readonly Character[]): Map<string, Set<string>> {
  const implied = impliedForms(cast);
  const out = new Map<string, Set<string>>();
  for (const c of cast)
    out.set(
      norm(c.name),
      new Set([c.name, ...c.aliases, ...(implied.get(c.name) ?? [])].map(described)),
    );
  return out;
}

/** An output speaker's name and the shorter forms it implies ("John" for "Master John"). */
export function formsOfSpeaker(name: string): string[] {
  const implied = impliedForms([{ name, aliases: [], voice: "unknown" }]).get(name) ?? [];
  return [name, ...implied].map(described);
}

/** Each gold character's names and aliases, normalised, keyed by its normalised name. */
function goldNames(cast: readonly Character[]): Map<string, Set<string>> {
  return new Map(cast.map((c) => [norm(c.name), new Set([c.name, ...c.aliases].map(norm))]));
}

/** The names that count as the gold speaker's: theirs and their aliases, else the name itself. */
const namesOfGold = (namesOf: Map<string, Set<string>>, g: GoldQuote): Set<string> =>
  namesOf.get(norm(g.speaker)) ?? new Set([norm(g.speaker)]);

/** Whether `speaker` (an output quote's, or a ranker candidate's key) is the gold speaker of `g`. */
export type SpeakerJudge = (g: GoldQuote, speaker: string | null) => boolean;

/**
 * The one rule for a right speaker, shared by the scores and the table by kind of evidence: the
 * gold speaker's name or alias, a form only that gold character owns, "narrator" for the
 * narrator's lines, or no speaker where the gold has none.
 */
export function speakerJudge(story: EvalStory, gold: readonly GoldQuote[]): SpeakerJudge {
  const narrator = goldNarrator(story, gold);
  const cast = story.cast ?? [];
  const namesOf = goldNames(cast);
  const formsOf = goldForms(cast);
  return (g, speaker) => {
    if (speaker === null) return g.speaker === null;
    if (namesOfGold(namesOf, g).has(norm(speaker))) return true;
    const forms = formsOf.get(norm(g.speaker)) ?? new Set([described(g.speaker ?? "")]);
    if (formsOfSpeaker(speaker).some((f) => forms.has(f))) return true;
    return speaker === "narrator" && (g.speaker === narrator || norm(g.speaker) === "narrator");
  };
}

/** The official scorer's rule (score.mjs): the gold speaker's name or one of its aliases, exactly. */
export function officialJudge(story: EvalStory): SpeakerJudge {
  const namesOf = goldNames(story.cast ?? []);
  return (g, speaker) => speaker !== null && namesOfGold(namesOf, g).has(norm(speaker));
}

/** Scores one analysis of a story against its gold quotes. */
export function scoreSpeakers(story: EvalStory, quotes: readonly Quote[]): SpeakerTally {
  return judgeSpeakers(story, quotes).tally;
}

/** The score, with whether each gold quote was right and the output quote paired with it. */
function judgeSpeakers(
  story: EvalStory,
  quotes: readonly Quote[],
): { tally: SpeakerTally; right: boolean[]; paired: (Quote | null)[] } {
  const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
  const isGold = speakerJudge(story, gold);
  const isOfficial = officialJudge(story);
  const namesOf = goldNames(story.cast ?? []);
  const t = emptyTally();
  t.gold = gold.length;
  t.output = quotes.length;
  const pairs = match(gold, quotes);
  const right = gold.map(() => false);
  const paired = pairs.map((j) => (j < 0 ? null : quotes[j]!));
  gold.forEach((g, i) => {
    const j = pairs[i]!;
    if (j < 0) return;
    t.matched++;
    const o = quotes[j]!;
    if (isOfficial(g, o.speaker)) t.official++;
    if (isGold(g, o.speaker)) {
      t.right++;
      right[i] = true;
    } else t.errors[errorKind(story, g, o, namesOfGold(namesOf, g))]++;
  });
  return { tally: t, right, paired };
}

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + "%" : "-");

export interface StoryScore {
  readonly name: string;
  readonly withCast: SpeakerTally;
  readonly noCast: SpeakerTally;
  /** The quotes the no-cast run loses against the cast run, by cause. */
  readonly causes: NoCastCauses;
}

/** Analyses a story twice (gold cast, no cast), scores both and reads what the no-cast run lost. */
export function scoreStory(story: EvalStory): StoryScore {
  const run = (cast: readonly Character[]) => analyzeStory(story.text, { file: story.file, cast });
  const withCast = judgeSpeakers(story, run(story.cast ?? []).quotes);
  const bare = run([]);
  const noCast = judgeSpeakers(story, bare.quotes);
  const gold = (story.gold["quotes"] as GoldQuote[] | undefined) ?? [];
  const narrator = goldNarrator(story, gold);
  // The cast's own narrator too (marked, or called "I"), as the analysis reads a cast.
  const told = [narrator, narratorOf(story.cast ?? []), "narrator"].filter(
    (n): n is string => typeof n === "string",
  );
  const whyNot = undiscoveredReader(parseStory(story.text));
  const causes = noCastCauses({
    goldSpeakers: gold.map((g) => g.speaker),
    rightWithCast: withCast.right,
    rightNoCast: noCast.right,
    noCastQuote: noCast.paired,
    narrators: new Set(told.map(norm)),
    goldForms: goldForms(story.cast ?? []),
    discovered: bare.characters,
    formsOfName: formsOfSpeaker,
    norm,
    whyUndiscovered: (speaker) => {
      const c = story.cast?.find((c) => norm(c.name) === norm(speaker));
      return whyNot(c ? [c.name, ...c.aliases] : [speaker]);
    },
  });
  return { name: story.name, withCast: withCast.tally, noCast: noCast.tally, causes };
}

function row(label: string, s: { withCast: SpeakerTally; noCast: SpeakerTally }): string {
  const w = s.withCast;
  return [
    label.padEnd(28).slice(0, 28),
    String(w.gold).padStart(5),
    pct(w.matched, w.gold).padStart(7),
    pct(w.matched, w.output).padStart(7),
    pct(w.right, w.matched).padStart(7),
    pct(w.right, w.gold).padStart(7),
    pct(s.noCast.right, s.noCast.matched).padStart(7),
    pct(s.noCast.right, s.noCast.gold).padStart(7),
  ].join(" ");
}

/** The same quotes judged by the official scorer's rule alone, over the quotes found. */
function officialRow(label: string, s: { withCast: SpeakerTally; noCast: SpeakerTally }): string {
  return [
    label.padEnd(28).slice(0, 28),
    pct(s.withCast.official, s.withCast.matched).padStart(21),
    pct(s.noCast.official, s.noCast.matched).padStart(16),
  ].join(" ");
}

function pooled(scores: readonly StoryScore[]): { withCast: SpeakerTally; noCast: SpeakerTally } {
  const withCast = emptyTally();
  const noCast = emptyTally();
  for (const s of scores) {
    add(withCast, s.withCast);
    add(noCast, s.noCast);
  }
  return { withCast, noCast };
}

/** The no-cast run's losses against the cast run, by cause, pooled and per half. */
function causeLines(scores: readonly StoryScore[]): string[] {
  const pool = (keep: (i: number) => boolean): NoCastCauses => {
    const c = emptyCauses();
    scores.forEach((s, i) => keep(i) && addCauses(c, s.causes));
    return c;
  };
  const halves = [pool(() => true), pool((i) => i % 2 === 0), pool((i) => i % 2 === 1)];
  const cell = (n: number): string => String(n).padStart(6);
  return [
    "right with the cast, wrong without    all  even   odd",
    ...NOCAST_CAUSES.map((k) => `  ${k.padEnd(34)}${halves.map((c) => cell(c.lost[k])).join("")}`),
    `  ${"(wrong with the cast, right without)".padEnd(34)}${halves.map((c) => cell(c.gained)).join("")}`,
    "  names not discovered, by why:",
    ...UNDISCOVERED_REASONS.map(
      (k) => `    ${k.padEnd(32)}${halves.map((c) => cell(c.unfound[k])).join("")}`,
    ),
  ];
}

export const speakersSection: EvalSection = {
  name: "speakers",
  run(stories): SectionResult | null {
    const scored = stories.filter((s) => Array.isArray(s.gold["quotes"]));
    if (scored.length === 0) return null;
    const scores = scored.map(scoreStory);
    const kinds = scored.map((s) => (s.cast ? storyKinds(s) : null));
    const kindsPooled = emptyKinds();
    for (const k of kinds) if (k) addKinds(kindsPooled, k.kinds);
    const turnsPooled = emptyTurns();
    for (const k of kinds) if (k) addTurns(turnsPooled, k.turns);
    const missesPooled = emptyMisses();
    for (const k of kinds) if (k) addMisses(missesPooled, k.pronounMisses);
    const all = pooled(scores);
    const even = pooled(scores.filter((_, i) => i % 2 === 0));
    const odd = pooled(scores.filter((_, i) => i % 2 === 1));
    const header = `${"story".padEnd(28)} quotes recall   prec.   cast:found/all  nocast:found/all`;
    const lines = [
      "speaker right, as a share of the quotes found and of all gold quotes (LitBank's two figures),",
      "with the gold cast given and with no cast",
      "",
      header,
      row(`pooled (${scores.length})`, all),
      row("even half", even),
      row("odd half", odd),
      "",
      "the official scorer's rule (tests/fixtures/litbank/score.mjs: the gold name or an alias,",
      'exactly; "narrator" for a named narrator and a short form of a name count wrong), of the found',
      `${"".padEnd(28)} ${"cast".padStart(21)} ${"nocast".padStart(16)}`,
      officialRow(`pooled (${scores.length})`, all),
      officialRow("even half", even),
      officialRow("odd half", odd),
      "",
      "wrong speakers by kind    cast  nocast",
      ...ERROR_KINDS.map(
        (k) =>
          `  ${k.padEnd(22)} ${String(all.withCast.errors[k]).padStart(5)} ${String(all.noCast.errors[k]).padStart(7)}`,
      ),
      "  (unmatched gold quotes:  " + `${all.withCast.gold - all.withCast.matched})`,
      "",
      ...kindLines(kindsPooled),
      "",
      ...turnLines(turnsPooled),
      "",
      ...missLines(missesPooled),
      "",
      ...causeLines(scores),
      "",
      header,
      ...scores.filter((s) => s.withCast.gold > 0).map((s) => row(s.name, s)),
    ];
    return {
      lines,
      json: {
        pooled: all,
        even,
        odd,
        kinds: kindsPooled,
        turns: turnsPooled,
        stories: scores.map((s, i) => ({
          ...s,
          kinds: kinds[i]?.kinds,
          sexes: kinds[i]?.sexes,
          confusions: kinds[i]?.confusions ?? [],
        })),
      },
    };
  },
};
