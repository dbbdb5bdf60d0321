/**
 * Untagged turn openers by the cue a careful reader would use, with the gold cast: how often the
 * cue's own answer is the gold speaker, and how often ours is. Counts only, no text, so it may run
 * on any set. `npx tsx eval/untagged-cues.ts DIR [DIR ...]`.
 *
 * The cue of a line is the first that holds: the line before called someone by name (they
 * answer); the line carries on the line before (it opens in lowercase or on a dash or dots, or
 * the line before broke off on one: the same speaker); the line before asked the group
 * ("anyone", "everybody", "you all": someone else answers); the line before asked a question (the
 * one asked, two turns back, answers); narration between the two lines (the person it referred to last
 * speaks); a beat in the line's own paragraph; else bare. Each cue's answer other than the
 * vocative's and the beat's is read from the gold turns before, so "cueOK" says how often the
 * cue's rule holds, not what a rule would score; "rooted" counts the lines whose line before and
 * two turns before we got right (turn-taking's own errors, not carried on).
 *
 * A second table takes the first untagged line after a paragraph of narration, where the two turns
 * before were two people's, and splits it by the narration's last sentence (its subject and verb)
 * and by whether the line asks (see `AfterRow`).
 *
 * `--only a_,b_` keeps the stories whose names start so (a group of the dev set).
 */
import { compileCastMatcher, mentionsInParagraph } from "../core/cast/mentions";
import { readSegments, type Ref, type Sentence } from "../core/cast/refs";
import { kindOf, readWithGoldCast } from "./speaker-kinds";
import { match, norm, type GoldQuote } from "./speakers";
import { loadStories } from "./stories";

const GROUP =
  /\b(anyone|anybody|everyone|everybody|you all|you guys|y'all|any of you|all of you)\b/i;
const BROKE_OFF = /(—|--|\.\.\.|…)\s*$/;
const CARRIES_ON = /^\s*(—|--|\.\.\.|…|[a-z])/;

interface Row {
  lines: number;
  cueRight: number;
  oursRight: number;
  cueRightOursWrong: number;
  oursRightCueWrong: number;
  /** Lines whose two turns before ours got right, and how many of those ours gets. */
  rooted: number;
  rootedRight: number;
}

const table = new Map<string, Row>();
const add = (cue: string, cueRight: boolean, oursRight: boolean, rooted: boolean): void => {
  const r = table.get(cue) ?? {
    lines: 0,
    cueRight: 0,
    oursRight: 0,
    cueRightOursWrong: 0,
    oursRightCueWrong: 0,
    rooted: 0,
    rootedRight: 0,
  };
  if (rooted) r.rooted++;
  if (rooted && oursRight) r.rootedRight++;
  r.lines++;
  if (cueRight) r.cueRight++;
  if (oursRight) r.oursRight++;
  if (cueRight && !oursRight) r.cueRightOursWrong++;
  if (oursRight && !cueRight) r.oursRightCueWrong++;
  table.set(cue, r);
};

/**
 * The second table: the first untagged line after a paragraph of narration inside talk, where the
 * two turns before were two people's. Split by the subject of the narration's last sentence ("I",
 * one of the two, someone else, no one), by whether its verb is one of watching or listening ("I
 * watched him", "she looked at me") and by whether the line is a question; per split, how often
 * the gold speaker is that subject, the other of the two, the one two turns back (taking turns),
 * the last speaker (going on), the first-person narrator, and how often ours is right.
 */
interface AfterRow {
  lines: number;
  subject: number;
  otherOfTwo: number;
  takesTurns: number;
  goesOn: number;
  narrator: number;
  ours: number;
  /**
   * Lines ours gets wrong where the subject, the other of the two, taking turns or the narrator
   * is right: what a rule giving every such line to that one would gain (it would lose the lines
   * ours gets right and it does not: ours minus (its count minus these)).
   */
  subjectOursWrong: number;
  otherOursWrong: number;
  turnsOursWrong: number;
  narratorOursWrong: number;
}
const after = new Map<string, AfterRow>();
const AFTER_KEYS = ["subject", "otherOfTwo", "takesTurns", "goesOn", "narrator", "ours"] as const;
const addAfter = (key: string, hits: Record<(typeof AFTER_KEYS)[number], boolean>): void => {
  const r = after.get(key) ?? {
    lines: 0,
    subject: 0,
    otherOfTwo: 0,
    takesTurns: 0,
    goesOn: 0,
    narrator: 0,
    ours: 0,
    subjectOursWrong: 0,
    otherOursWrong: 0,
    turnsOursWrong: 0,
    narratorOursWrong: 0,
  };
  r.lines++;
  for (const k of AFTER_KEYS) if (hits[k]) r[k]++;
  if (!hits.ours && hits.subject) r.subjectOursWrong++;
  if (!hits.ours && hits.otherOfTwo) r.otherOursWrong++;
  if (!hits.ours && hits.takesTurns) r.turnsOursWrong++;
  if (!hits.ours && hits.narrator) r.narratorOursWrong++;
  after.set(key, r);
};
/** Verbs of watching and listening: the subject attends to someone rather than acts. */
const ATTENDS =
  /^(watch|look|stare|star(ed|ing)|glanc|gaz|eye|stud(y|ie)|observ|saw$|see|notic|regard|peer|squint|listen|heard$|hear)/;
const ADVERB = /^(just|only|still|then|now|again|also|simply|merely)$|ly$/;
/** The main-clause subject of a sentence, and the verb straight after it. */
const subjectOf = (s: Sentence): { ref: Ref; verb: string } | null => {
  const ref = s.refs.find((r) => r.subject && r.weight >= 1) ?? s.refs.find((r) => r.subject);
  if (!ref) return null;
  let w = ref.next;
  while (w < s.words.length && ADVERB.test(s.words[w]!.lower)) w++;
  return { ref, verb: s.words[w]?.lower ?? "" };
};

const top = (m: ReadonlyMap<string, number>): string | null =>
  [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

const args = process.argv.slice(2);
const at = args.indexOf("--only");
const only = at >= 0 ? args.splice(at, 2)[1]!.split(",") : null;

for (const dir of args) {
  for (const story of await loadStories(dir)) {
    if (!story.cast || !Array.isArray(story.gold["quotes"])) continue;
    if (only && !only.some((p) => story.name.startsWith(p))) continue;
    const { text, cast, read, ranked, gold, judge } = readWithGoldCast(story);
    const matcher = compileCastMatcher(cast);
    const goldOf = new Map<number, GoldQuote>();
    match(gold, ranked).forEach((j, i) => j >= 0 && goldOf.set(j, gold[i]!));
    const openers: number[] = [];
    ranked.forEach((q, j) => {
      const opens = j === 0 || ranked[j - 1]!.paragraph !== q.paragraph;
      if (!opens) return;
      openers.push(j);
      const g = goldOf.get(j);
      const kind = kindOf(read.quotes[j]!, read.contexts[j]!);
      if (!g || (kind !== "untagged, beat" && kind !== "untagged, bare")) return;
      const t = openers.length - 1;
      if (t < 2) return;
      const prevLast = ranked[j - 1]!;
      const [g1, g2] = [openers[t - 1]!, openers[t - 2]!].map((k) => goldOf.get(k)?.speaker);
      const gLast = goldOf.get(j - 1)?.speaker;
      if (!g1 || !g2 || !gLast) return;
      const ctx = read.contexts[j]!;
      const oursRight = judge(g, ranked[j]!.speaker);
      const is = (s: string | null | undefined): boolean => !!s && judge(g, s);
      const narrated = q.paragraph - prevLast.paragraph > 1;
      const relation =
        norm(g.speaker) === norm(gLast)
          ? "goes on"
          : norm(g.speaker) === norm(g2)
            ? "takes turns"
            : "someone else";
      let cue: string;
      let pick: string | null | undefined;
      if (ctx.addressee && ctx.addressee !== norm(gLast) && !narrated) {
        cue = "the line before called someone";
        pick = ctx.addressee;
      } else if (!narrated && (CARRIES_ON.test(q.text) || BROKE_OFF.test(prevLast.text))) {
        cue = "carries on the line before";
        pick = gLast;
      } else if (!narrated && /\?\s*$/.test(prevLast.text) && GROUP.test(prevLast.text)) {
        cue = "the line before asked the group";
        pick = norm(g.speaker) !== norm(gLast) && norm(g.speaker) !== norm(g2) ? g.speaker : null;
      } else if (!narrated && /\?\s*$/.test(prevLast.text)) {
        cue = "the line before asked";
        pick = g2;
      } else if (narrated) {
        cue = "narration between";
        pick = ctx.salient[0]?.key;
      } else if (ctx.before.size > 0 || ctx.after.size > 0) {
        cue = "a beat in its paragraph";
        pick = top(ctx.before) ?? top(ctx.after);
      } else {
        cue = "bare, after a statement";
        pick = g2;
      }
      const rightAt = (k: number): boolean => {
        const gk = goldOf.get(k);
        return !!gk && judge(gk, ranked[k]!.speaker);
      };
      const rooted = rightAt(j - 1) && rightAt(openers[t - 1]!) && rightAt(openers[t - 2]!);
      add(`${cue} | ${relation}`, is(pick), oursRight, rooted);
      add(`${cue} | all`, is(pick), oursRight, rooted);
      // The second table: the first line after a paragraph of narration between two talkers.
      const narration = text.paragraphs[q.paragraph - 1];
      if (narrated && norm(gLast) !== norm(g2) && narration && !narration.isBreak) {
        const segs = readSegments(narration.text, [], mentionsInParagraph(narration.text, matcher));
        const sentence = segs[segs.length - 1]?.sentences.at(-1);
        const subj = sentence ? subjectOf(sentence) : null;
        const ref = subj?.ref;
        const two = [gLast, g2];
        const asGold = (name: string): GoldQuote => ({ ...g, speaker: name });
        const sexOf = (name: string): string | null | undefined =>
          [...ctx.genders].find(([k]) => judge(asGold(name), k))?.[1];
        const key =
          ref?.kind === "name"
            ? ref.key
            : ref?.key === "i"
              ? ctx.narrator
              : ref?.kind === "pronoun"
                ? (() => {
                    // "He" after a name of that sex earlier in the paragraph is that person;
                    // else the one of the two talkers of that sex.
                    const sex = ref.key === "he" ? "m" : ref.key === "she" ? "f" : null;
                    const named = segs
                      .flatMap((sg) => sg.sentences.flatMap((x) => x.refs))
                      .filter((r) => r.kind === "name" && r.from < ref.from)
                      .findLast((r) => ctx.genders.get(r.key) === sex);
                    if (named) return named.key;
                    const fits = two.filter((n) => sex && sexOf(n) === sex);
                    return fits.length === 1 ? fits[0]! : null;
                  })()
                : null;
        const ofTwo = key ? two.find((n) => judge(asGold(n), key)) : undefined;
        const subjectKind = !ref
          ? "no person subject"
          : ref.key === "i"
            ? `subject I (${ofTwo ? (ofTwo === gLast ? "the last speaker" : "two back") : "not talking"})`
            : ofTwo
              ? `subject one of the two (${ofTwo === gLast ? "the last speaker" : "two back"})`
              : key
                ? "subject someone else"
                : "subject unresolved";
        const verb = !ref ? "-" : ATTENDS.test(subj.verb) ? "attends" : "acts";
        const question = /\?/.test(q.text) ? "question" : "statement";
        const other = ofTwo ? two.find((n) => n !== ofTwo) : undefined;
        const hits = {
          subject: is(key),
          otherOfTwo: !!other && norm(g.speaker) === norm(other),
          takesTurns: norm(g.speaker) === norm(g2),
          goesOn: norm(g.speaker) === norm(gLast),
          narrator: ctx.firstPerson && is(ctx.narrator),
          ours: oursRight,
        };
        const stretch = ctx.firstPerson ? "first-person" : "third-person";
        for (const k of new Set([
          "all",
          stretch,
          `line: ${question}`,
          `verb: ${verb}`,
          subjectKind.replace(/ \(.*\)$/, ""),
          subjectKind,
          `${subjectKind} | ${verb}`,
          `${subjectKind} | ${question}`,
          `${stretch} | ${subjectKind} | ${verb} | ${question}`,
        ]))
          addAfter(k, hits);
      }
    });
  }
}

const cell = (n: number): string => String(n).padStart(6);
console.log(
  `${"cue | gold relation".padEnd(58)}  lines cueOK oursOK cue+us- us+cue- rooted rootOK`,
);
for (const [k, r] of [...table].sort()) {
  console.log(
    `${k.padEnd(58)}${cell(r.lines)}${cell(r.cueRight)}${cell(r.oursRight)}${cell(r.cueRightOursWrong)}${cell(r.oursRightCueWrong)}${cell(r.rooted)}${cell(r.rootedRight)}`,
  );
}
console.log(
  `\n${"after a narration paragraph (two were talking)".padEnd(72)}  lines  subj other2 turns goesOn narr.  ours subj+us- oth+us- trn+us- nar+us-`,
);
for (const [k, r] of [...after].sort()) {
  console.log(
    `${k.padEnd(72)}${cell(r.lines)}${cell(r.subject)}${cell(r.otherOfTwo)}${cell(r.takesTurns)}${cell(r.goesOn)}${cell(r.narrator)}${cell(r.ours)}${cell(r.subjectOursWrong)}${cell(r.otherOursWrong)}${cell(r.turnsOursWrong)}${cell(r.narratorOursWrong)}`,
  );
}
