/**
 * Counts every paragraph whose first sentence tells a time, wherever in the sentence it sits,
 * by what it tells (a clock hour, a part of the day, a day or month or season, a span, "that
 * night", the light changing) and its form (fronted, a bare noun as the subject, after the verb,
 * in a subordinate clause), with the narration's person and tense (the story's: "I" against
 * "he" and "she", "was" and "had" against "is" and "has", outside quotes); and the ways out of
 * a flashback or a dream: the narrative's tense back after a past-perfect run, "Now ...", a
 * waking. Each firing is counted at a gold boundary's paragraph, one paragraph off, inside a
 * scene, or in a folder without scene gold (LitBank, speakers-dev: every firing there is read
 * as false), with whether a boundary is chosen there already.
 *
 *   npx tsx eval/time-told.ts DIR...            pooled counts, one line per form
 *   SHOW="clock" npx tsx eval/time-told.ts DIR  each firing whose key starts so, too
 */
import { refuseCheckSets } from "./check-sets";
import { StoryAnalyzer } from "../core/analyzer";
import { parseStory } from "../core/story";
import { candidatesOf } from "./scene-cues";
import { sceneGold } from "./scenes";
import { loadStories } from "./stories";

const PREP =
  "(?:(?:just |shortly |some ?time |not long |a little |well |long )?(?:after|before)|at|by|around|about|until|till|past|gone|in|on|during|through|since|towards?|near(?:ly)?|almost|into|late in|early in|late on|early on|for)\\s+(?:the\\s+)?";
const NUM =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}(?:[:.]\\d\\d)?)";
const KINDS: [string, string][] = [
  [
    "clock",
    `(?:(?:(?:a\\s+)?(?:quarter|half|twenty|ten|five|twenty-five)\\s+(?:past|to|after)\\s+)${NUM}|${NUM}\\s*(?:o['’]clock|[ap]\\.?m\\.?)|(?<=\\b(?:at|by|around|about|until|till|after|before|past|gone|nearly|almost)\\s+)${NUM}(?![\\p{L}\\d-])(?!\\s+(?:of|years|minutes|hours|days|weeks|months|miles|people|men|women|times|pounds|quid|dollars|feet|yards)))`,
  ],
  [
    "part of day",
    "(?:the\\s+)?(?:morning|afternoon|evening|night|midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|sundown|twilight|nightfall|lunchtime|teatime|dinnertime|suppertime|bedtime|blue hour|small hours|first light)",
  ],
  [
    "day or month",
    "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May(?= \\d| came| was| had)|June|July|August|September|October|November|December|spring|summer|autumn|fall(?= came)|winter|weekend)",
  ],
  [
    "span",
    "(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|\\d+)\\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\\s+(?:later|after|on|passed|went by|had passed)|the (?:next|following) (?:\\p{L}+)|next (?:morning|day|week|evening|night))",
  ],
  [
    "that night",
    "(?:that|this|the same|tonight|yesterday|tomorrow|last) ?(?:night|morning|evening|afternoon|day|week)?",
  ],
  [
    "light",
    "(?:the (?:light|sun|sky|dark)\\s+(?:came|went|was going|had gone|changed|faded|failed|rose|set|was up|was down|came up|went down|turned|goes|comes)|it (?:was|had grown|grew|got|is|gets|was getting|had got) (?:dark|light)|getting dark|the light (?:was|is) (?:going|low|fading))",
  ],
];
const DEICTIC_ONLY = /^(?:that|this|the same|last)$/iu;
const KIND_RES = KINDS.map(
  ([k, src]) => [k, new RegExp(`(?<![\\p{L}])(?:${PREP})?(${src})(?![\\p{L}])`, "iu")] as const,
);
const OPENING_CONJ = /^(?:(?:and|so|but|then|yet|now|later|still)[,]?\s+)+/iu;
const SUBORDINATOR =
  /(?<![\p{L}])(?:when|while|as|because|since|until|till|if|though|although|who|which|that|where|whom|whose|once|unless)(?![\p{L}])/iu;
const PRONOUN_NEXT =
  /^[,]?\s*(?:I|we|he|she|they|you|it|there|the|a|an|my|his|her|our|their|\p{Lu}\p{Ll}+)(?![\p{L}])/u;
const VERB_NEXT = /^\s+(?!(?:I|we|he|she|they|you|it|the|a|an)\b)\p{Ll}+/u;

const MOVES =
  /(?<![\p{L}])(?:I|we|he|she|they)\s+(?:\p{Ll}+ly\s+)?(?:go|goes|went|walk|walks|walked|drive|drives|drove|head|heads|headed|set off|set out|sets off|leave|leaves|left|cross|crosses|crossed|climb|climbs|climbed|get out|gets out|got out|get down|got down|go out|went out|went down|went up|go down|go up)(?![\p{L}])/u;
const QUOTE = /^[\s]*["“‘'—–-]/u;
const PAST_PERFECT =
  /(?<![\p{L}])(?:had|['’]d)\s+(?:\p{L}+\s+)?\p{Ll}+(?:ed|en|wn|ne|ught|id|ept|old|ot|ung|ade|ard|eft|ent|ost|elt|et|ut)(?![\p{L}])/gu;
const NOW_OPENING = /^(?:And\s+)?(?:Now|Today|Tonight|These days|Here,? now)(?![\p{L}])/u;
const WAKING =
  /(?<![\p{L}])(?:woke|awoke|wake|wakes|waking|woken|awakened|opened (?:my|his|her|their) eyes|open (?:my|his|her) eyes|came to|comes to|the first thing (?:I|she|he|they) knew)(?![\p{L}])/iu;

function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u)[0] ?? text;
}

function narration(text: string): string {
  return text.replace(/["“][^"”]*["”]/gu, " ");
}

/** The story's person and tense, read from its narration outside quotes. */
function voiceOf(paragraphs: readonly string[]): { person: string; tense: string } {
  const n = narration(paragraphs.join("\n"));
  const count = (re: RegExp): number => (n.match(re) ?? []).length;
  const first = count(/(?<![\p{L}])I(?![\p{L}'’])/gu);
  const third = count(/(?<![\p{L}])(?:he|she|He|She)(?![\p{L}])/gu);
  const past = count(/(?<![\p{L}])(?:was|were|had|did|said)(?![\p{L}])/giu);
  const present = count(/(?<![\p{L}])(?:is|are|am|has|does|says)(?![\p{L}])/giu);
  return {
    person: first > third * 0.5 ? "1st" : "3rd",
    tense: present > past ? "present" : "past",
  };
}

/** The form of the time phrase at `index` of `sentence`, `end` its end. */
function formOf(sentence: string, index: number, end: number): string {
  const prefix = sentence.slice(0, index).replace(OPENING_CONJ, "").trim();
  const after = sentence.slice(end);
  if (prefix === "") {
    const phrase = sentence.slice(index, end);
    const bare = !new RegExp(`^(?:${PREP})`, "iu").test(phrase);
    if (bare && VERB_NEXT.test(after) && !PRONOUN_NEXT.test(after)) return "subject";
    return bare ? "fronted bare" : "fronted";
  }
  if (SUBORDINATOR.test(prefix)) return "subordinate";
  if (/^[\p{L}'’-]+,?$/u.test(prefix) && !/,$/u.test(prefix)) return "fronted";
  return "after the verb";
}

type Where = "gold" | "off1" | "inside" | "nogold";

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  refuseCheckSets("time-told.ts", "it reads paragraphs", dirs);
  // key -> where -> [firings, chosen, stories at gold]
  const counts = new Map<string, Map<Where, { n: number; chosen: number; stories: Set<string> }>>();
  const show = process.env["SHOW"];
  const add = (key: string, where: Where, chosen: boolean, story: string, line: string): void => {
    const m = counts.get(key) ?? new Map();
    counts.set(key, m);
    const c = m.get(where) ?? { n: 0, chosen: 0, stories: new Set<string>() };
    c.n++;
    if (chosen) c.chosen++;
    c.stories.add(story);
    m.set(where, c);
    if (show && key.startsWith(show))
      console.log(`${story} ${where} chosen=${chosen} [${key}]: ${line}`);
  };
  for (const dir of dirs) {
    for (const story of await loadStories(dir)) {
      const gold = sceneGold(story.gold)?.boundaries ?? null;
      const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
        story.text,
        story.file,
      );
      const chosen = new Set(analysis.scenes.slice(1).map((s) => s.firstParagraph));
      const texts = parseStory(story.text).paragraphs.map((p) => p.text);
      const { person, tense } = voiceOf(texts);
      const name = `${dir.split("/").pop()}/${story.name}`;
      const candidates = candidatesOf(
        story.text,
        analysis.characters
          .filter((c) => !c.unnamed)
          .map((c) => ({ name: c.name, aliases: c.aliases })),
      );
      texts.forEach((text, i) => {
        if (i === 0 || QUOTE.test(text) || text.trim() === "") return;
        const where: Where = !gold
          ? "nogold"
          : gold.includes(i)
            ? "gold"
            : gold.some((g) => Math.abs(g - i) === 1)
              ? "off1"
              : "inside";
        const s = firstSentence(text);
        const line = s.slice(0, 110);
        const at = chosen.has(i);
        for (const [kind, re] of KIND_RES) {
          const m = re.exec(s);
          if (!m) continue;
          if (kind === "that night" && DEICTIC_ONLY.test(m[1]!.trim())) continue;
          if (
            kind === "part of day" &&
            /^(?:night|the night)$/iu.test(m[1]!) &&
            !m[0].includes(" ")
          )
            continue;
          const form = formOf(s, m.index, m.index + m[0].length);
          add(`${kind} | ${form}`, where, at, name, line);
          add(`${kind} | ${form} | ${person} ${tense}`, where, at, name, line);
          add(`any time | ${form}`, where, at, name, line);
          // Whether the detector reads a time there already, and how near the price it scores:
          // a new reading lifts only what it does not read, and a bonus only what scores near.
          const c = candidates.get(i);
          const read = (c?.cues?.time ?? 0) > 0 || (c?.cues?.clock ?? 0) > 0;
          const band = (c?.score ?? 0) >= 0.35 ? "0.35 or more" : "under 0.35";
          const talk = /["“”]|(?:^|\s)‘/u.test(texts[i - 1] ?? "")
            ? "after talk"
            : "after narration";
          add(
            `by reading | ${form} | ${read ? "read" : "unread"} | ${band}`,
            where,
            at,
            name,
            line,
          );
          add(
            `by reading | any | ${read ? "read" : "unread"} | ${band} | ${talk}`,
            where,
            at,
            name,
            line,
          );
          // The time with a pronoun moving in the same sentence ("so around midnight I go down
          // to the dock", "It was the blue hour when he went out"): scenes-35's arrival, widened.
          if (MOVES.test(s)) add(`time + a pronoun moves | ${form}`, where, at, name, line);
          // A short sentence whose news is the time: "I did the tiles at midnight."
          if (s.split(/\s+/u).length <= 12)
            add(`any time | ${form} | short`, where, at, name, line);
          break;
        }
        // Out of a flashback: the paragraph before holds two or more past perfects, this
        // opening none.
        const before = narration(texts[i - 1] ?? "");
        const perfects = (before.match(PAST_PERFECT) ?? []).length;
        if (perfects >= 2 && !s.match(PAST_PERFECT) && !QUOTE.test(texts[i - 1] ?? ""))
          add(`out of past perfect | ${person} ${tense}`, where, at, name, line);
        // A run: the two paragraphs before both hold past perfects, this opening none.
        const earlier = (narration(texts[i - 2] ?? "").match(PAST_PERFECT) ?? []).length;
        if (perfects >= 2 && earlier >= 2 && i >= 2 && !s.match(PAST_PERFECT))
          add(`out of a past-perfect run of two | ${person} ${tense}`, where, at, name, line);
        if (perfects >= 2 && NOW_OPENING.test(s))
          add("Now after past perfect", where, at, name, line);
        if (NOW_OPENING.test(s)) add(`Now opening | ${person} ${tense}`, where, at, name, line);
        if (WAKING.test(s)) {
          const opening = /^(?:\p{L}+\s+){0,3}(?:woke|awoke|wake|wakes|woken)/u.test(s);
          add(`waking | ${opening ? "opening" : "inside the sentence"}`, where, at, name, line);
        }
      });
    }
  }
  const rows: string[] = [];
  for (const [key, m] of [...counts].sort()) {
    const get = (w: Where): { n: number; chosen: number; stories: Set<string> } =>
      m.get(w) ?? { n: 0, chosen: 0, stories: new Set() };
    const g = get("gold");
    const off = get("off1");
    const ins = get("inside");
    const no = get("nogold");
    const all = g.n + off.n + ins.n + no.n;
    const p = all ? g.n / all : 0;
    const newGold = g.n - g.chosen;
    const newFalse = off.n - off.chosen + ins.n - ins.chosen + no.n - no.chosen;
    const pNew = newGold + newFalse ? newGold / (newGold + newFalse) : 0;
    const mark = p >= 0.7 && g.n >= 4 && g.stories.size >= 3 ? " **" : "";
    rows.push(
      `${key}: gold ${g.n} (chosen ${g.chosen}, ${g.stories.size} stories) | off1 ${off.n} (${off.chosen}) | inside ${ins.n} (${ins.chosen}) | nogold ${no.n} (${no.chosen}) | P ${p.toFixed(2)} | unchosen: gold ${newGold}, false ${newFalse}, P ${pNew.toFixed(2)}${mark}`,
    );
  }
  console.log(rows.join("\n"));
}

void main();
