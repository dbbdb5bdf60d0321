/**
 * `npx tsx eval/pov-signs.ts DIR [DIR...]`: every paragraph where the POV-change cue
 * fires (`pov`), counted by the signs beside it, and every gold boundary between two scenes of
 * different gold POVs where it does not fire, counted by the gate that stopped it; pooled counts
 * only, so it may run on any folder. A firing is "gold" when a gold boundary is within one
 * paragraph (the eval's tolerance), "inside" otherwise ("gold POV change" when that boundary
 * also changes the gold POV). Each row gives, for a sign, the firings with it at gold (of them
 * under the price) and inside (of them over it: the extras it makes), and its precision.
 * `--list` prints each firing and miss by story and paragraph: it refuses the check sets.
 */
import { BOUNDARY_WEIGHTS, chooseBoundaries, type ParagraphFeatures } from "../core/scenes";
import { distance, MIN_SHIFT_EVIDENCE, pronounsOf, shares } from "../core/scenes/pov-evidence";
import {
  MIN_SHIFT_NARRATION_WORDS,
  MIN_STRETCH_EVIDENCE,
  toldInFirstPerson,
} from "../core/scenes/pov-shift";
import { stretch, sumEvidence } from "../core/scenes/stretch";
import { refuseCheckSets } from "./check-sets";
import { sceneGold, sectionsAsAnalyzed } from "./scenes";
import { type EvalStory, loadStories } from "./stories";

const QUOTED = /["“][^"”]*["”]|‘[^’]*’(?!\p{L})/gu;
const narration = (text: string): string => text.replace(QUOTED, " ");

/** Someone comes into the place the scene is in. */
const ARRIVAL =
  /\b(?:came|comes|come|walked|walks|stepped|steps|burst|bursts|hurried|wandered|strode|slipped|put (?:his|her) head) (?:in|into|through|back in|round the door|in through)\b|\b(?:the|a) door (?:opened|opens|swung|banged|went)|\b(?:entered|enters|appeared|appears) (?:in )?(?:the|a)?\s*(?:room|doorway|kitchen|door)?|\blet (?:him|her|them)sel(?:f|ves) in\b|\b(?:arrived|arrives)\b/iu;
/** A verb of perceiving or thinking. */
const MIND =
  "(?:saw|sees|watched|watches|noticed|notices|heard|hears|felt|feels|thought|thinks|wondered|wonders|knew|knows|realised|realized|realises|realizes|remembered|remembers|wanted|wants|wished|hoped|feared|smelled|smelt|smells|tasted|recognised|recognized|understood|decided|supposed|guessed|imagined|worried|sensed|considered|could see|could hear|could feel|could smell|looked at|looks at|was aware|is aware|was sure|is sure|did not know|didn't know|couldn't see|could not see)";
const mindOf = (subject: string): RegExp =>
  new RegExp(
    `\\b${subject}\\s+(?:\\p{L}+ly\\s+)?(?:had\\s+|has\\s+|would\\s+|did\\s+)?${MIND}\\b`,
    "iu",
  );
/** Free indirect style: a question, an exclamation or a judging adverb in the narration. */
const FREE_INDIRECT =
  /[?!]|\b(?:surely|perhaps|of course|must have|what if|how could|maybe|probably)\b/iu;

type Side = { gold: number; goldUnder: number; change: number; inside: number; insideOver: number };
const rows = new Map<string, Side>();
function tally(sign: string, gold: boolean, change: boolean, score: number): void {
  const r = rows.get(sign) ?? { gold: 0, goldUnder: 0, change: 0, inside: 0, insideOver: 0 };
  const over = score >= BOUNDARY_WEIGHTS.price;
  if (gold) {
    r.gold++;
    if (change) r.change++;
    if (!over) r.goldUnder++;
  } else {
    r.inside++;
    if (over) r.insideOver++;
  }
  rows.set(sign, r);
}
const misses = new Map<string, number>();
/** Every paragraph where someone named comes in: at a gold scene start or inside, and whose. */
const comers = new Map<string, number>();
const list = process.argv.includes("--list");

/** Why `povShift` gives nothing at paragraph k (its gates in order), or null when it fires. */
function gate(
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Record<string, number>>[],
  k: number,
): string | null {
  const w = BOUNDARY_WEIGHTS;
  const before = stretch(features, k, -1, w);
  const after = stretch(features, k, 1, w);
  const b = sumEvidence(evidence, before);
  const a = sumEvidence(evidence, after);
  const sb = shares(b);
  const sa = shares(a);
  const own = shares(evidence[k]!);
  if (!sb.top || !sa.top) return "a side follows no one named";
  if (sa.top === sb.top) return "the same lead on both sides";
  const f = features[k]!;
  if (f.spokenOnly || f.words * (1 - f.dialogue) < MIN_SHIFT_NARRATION_WORDS)
    return "the paragraph is speech or short";
  if (own.top !== sa.top || (evidence[k]![sa.top] ?? 0) < MIN_SHIFT_EVIDENCE)
    return "the paragraph does not follow the new lead";
  if (sa.share(sa.top) < 0.5 || sb.share(sb.top) < 0.5) return "a side shared";
  if (sb.share(sa.top) > 0.3) return "the new lead already leads before";
  if ((a[sa.top] ?? 0) < MIN_STRETCH_EVIDENCE || (b[sb.top] ?? 0) < MIN_STRETCH_EVIDENCE)
    return "a side's lead too thin";
  return distance(b, a) > 0 ? null : "no distance";
}

function signsAt(
  texts: readonly string[],
  features: readonly ParagraphFeatures[],
  evidence: readonly Readonly<Record<string, number>>[],
  k: number,
  from: string,
  to: string,
  since: number,
  firstPerson: boolean,
): string[] {
  const out: string[] = [];
  const pronounOf = pronounsOf(features);
  const at = (j: number) => (j >= 0 && j < texts.length ? narration(texts[j]!) : "");
  const own = at(k);
  const window = [at(k), at(k + 1), at(k + 2)].join(" ");
  if (ARRIVAL.test(own)) out.push("an arrival in the paragraph");
  else if (ARRIVAL.test(at(k - 1))) out.push("an arrival in the paragraph before");
  else out.push("no arrival");
  if (features[k]!.comesIn.includes(to)) out.push("the new lead comes in (toward the room)");
  else if (features[k - 1]!.comesIn.includes(to))
    out.push("the new lead came in the paragraph before");
  for (let j = k - 1; j >= Math.max(0, k - 8); j--)
    if (features[j]!.comesIn.includes(from)) {
      out.push(
        `the old lead came in ${k - j} paragraphs before`
          .replace(/ [2-4] /u, " 2-4 ")
          .replace(/ [5-8] /u, " 5-8 "),
      );
      break;
    }
  const subjects = (name: string): string => {
    const first = name.split(" ")[0]!;
    const p = pronounOf.get(name);
    return p ? `(?:${first}|${p})` : first;
  };
  const newMind = mindOf(subjects(to)).test(window);
  out.push(newMind ? "the new lead perceives or thinks (3 paragraphs)" : "the new lead only acts");
  if (FREE_INDIRECT.test(own)) out.push("free indirect (a question, 'perhaps', 'must have')");
  const samePronoun =
    pronounOf.get(from) !== undefined && pronounOf.get(from) === pronounOf.get(to);
  out.push(samePronoun ? "old and new share a pronoun" : "old and new differ in pronoun");
  const oldNamed = new RegExp(`\\b${from.split(" ")[0]}\\b`, "u").test(window);
  const oldMind = mindOf(from.split(" ")[0]!).test(window);
  out.push(
    oldMind
      ? "the old lead perceives after (named)"
      : oldNamed
        ? "the old lead named after, not perceiving"
        : "the old lead not named after",
  );
  const near = sumEvidence(
    evidence,
    [k, k + 1, k + 2].filter((j) => j < features.length),
  );
  if ((near[from] ?? 0) >= MIN_SHIFT_EVIDENCE) out.push("the old lead still acts (evidence)");
  const prev = features[k - 1]!;
  if (prev.dialogue >= 0.3) out.push("the paragraph before is talk");
  if (features[k]!.opensOnPronoun) out.push("opens on a pronoun");
  out.push(
    since < 300
      ? "since the last boundary: < 300 words"
      : since < 600
        ? "since the last boundary: 300-600 words"
        : "since the last boundary: >= 600 words",
  );
  out.push(firstPerson ? "told in the first person" : "told in the third person");
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dirs = argv.filter((a) => !a.startsWith("--"));
  if (list) refuseCheckSets("pov-signs.ts", "--list names stories and paragraphs", dirs);
  const stories: EvalStory[] = [];
  for (const dir of dirs) stories.push(...(await loadStories(dir)));
  for (const story of stories) {
    const g = sceneGold(story.gold);
    const gold = g?.boundaries ?? [];
    const povs = g?.povs ?? null;
    const changes = new Set(
      gold.filter((b, j) => {
        const x = povs?.[j];
        const y = povs?.[j + 1];
        return x != null && y != null && x !== y;
      }),
    );
    const { parsed, sections } = sectionsAsAnalyzed(story);
    const fired = new Set<number>();
    for (const s of sections) {
      const texts = s.features.map((_, k) => parsed.paragraphs[s.firstParagraph + k]!.text);
      const chosen = new Set(chooseBoundaries(s.features, s.candidates).map((c) => c.paragraph));
      const firstPerson = toldInFirstPerson(s.features, s.evidence);
      let since = 0;
      s.candidates.forEach((c, k) => {
        if (k > 0) since += s.features[k - 1]!.words;
        const shift = c.reasons.find((r) => r.startsWith("pov "));
        if (k > 0 && c.cues?.pov && shift) {
          const [from, to] = shift.slice(4).split(" -> ") as [string, string];
          const p = s.firstParagraph + k;
          fired.add(p);
          const near = gold.find((b) => Math.abs(b - p) <= 1);
          const atGold = near !== undefined;
          const change = near !== undefined && changes.has(near);
          const signs = signsAt(texts, s.features, s.evidence, k, from, to, since, firstPerson);
          const all = [
            "all firings",
            ...signs,
            chosen.has(k) ? "chosen" : "not chosen",
            (c.cues.pov ?? 0) < 0.5 ? "pov cue under 0.5" : "pov cue 0.5 or more",
          ];
          for (const sign of all) tally(sign, atGold, change, c.score);
          if (list)
            console.log(
              `FIRE ${atGold ? (change ? "gold-change" : "gold") : "inside"} ${story.name} ${p} ${c.score.toFixed(2)} ${from} -> ${to}: ${all.join("; ")}`,
            );
        }
        if (chosen.has(k)) since = 0;
      });
    }
    const starts = [0, ...gold];
    for (const s of sections)
      s.features.forEach((f, k) => {
        const p = s.firstParagraph + k;
        const scene = starts.filter((b) => b <= p).length - 1;
        const pov = povs?.[scene] ?? null;
        for (const name of f.comesIn) {
          const at = p > 0 && gold.some((b) => Math.abs(b - p) <= 1);
          const whose =
            pov === null ? "gold POV null" : pov === name ? "the comer's" : "someone else's";
          const key = `${at ? "at a gold start" : "inside a scene"}, the scene ${whose}`;
          comers.set(key, (comers.get(key) ?? 0) + 1);
          if (list) console.log(`COMES ${story.name} ${p} ${name}: ${key}`);
        }
      });
    for (const b of changes) {
      if ([b - 1, b, b + 1].some((p) => fired.has(p))) continue;
      const s = sections.find(
        (x) => b >= x.firstParagraph && b < x.firstParagraph + x.features.length,
      );
      const k = s ? b - s.firstParagraph : -1;
      const why =
        !s || k === 0
          ? "a section start (a break line or heading)"
          : gate(s.features, s.evidence, k);
      const reason = why ?? "fires but cut (conversation or pronoun)";
      misses.set(reason, (misses.get(reason) ?? 0) + 1);
      if (list) console.log(`MISS ${story.name} ${b}: ${reason}`);
    }
  }
  console.log("| sign | at gold (POV change; under the price) | inside (over it) | precision |");
  console.log("| --- | --: | --: | --: |");
  for (const [sign, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(
      `| ${sign} | ${r.gold} (${r.change}; ${r.goldUnder}) | ${r.inside} (${r.insideOver}) | ${(r.gold / (r.gold + r.inside)).toFixed(2)} |`,
    );
  console.log("\n| gold POV change without the cue: the first gate that stops it | count |");
  console.log("| --- | --: |");
  for (const [why, n] of [...misses].sort((a, b) => b[1] - a[1])) console.log(`| ${why} | ${n} |`);
  console.log("\n| a paragraph where someone named comes in | count |");
  console.log("| --- | --: |");
  for (const [key, n] of [...comers].sort((a, b) => b[1] - a[1])) console.log(`| ${key} | ${n} |`);
}

void main();
