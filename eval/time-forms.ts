/**
 * Counts the forms of time told in a paragraph's first two sentences that a reader takes as a
 * scene's moment, and of message and letter blocks, at dev gold boundaries against inside
 * scenes, with whether the detector reads a time cue there and whether a boundary is chosen.
 * Prints pooled counts; SHOW=FORM (a form's first words, or "message") also prints each
 * matching opening, so the check folders are refused.
 *
 *   npx tsx eval/time-forms.ts DIR...
 *   SHOW="arrives" npx tsx eval/time-forms.ts tests/fixtures/scenes
 */
import { refuseCheckSets } from "./check-sets";
import { StoryAnalyzer } from "../core/analyzer";
import { parseStory } from "../core/story";
import { candidatesOf } from "./scene-cues";
import { sceneGold } from "./scenes";
import { loadStories } from "./stories";

const CLOCK_WORD =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|midday|\\d{1,2}(?:[:.]\\d\\d)?(?:\\s*[ap]\\.?m\\.?)?)";
const CLOCK = `(?:(?:(?:a\\s+)?(?:quarter|half|twenty|ten|five|twenty-five)\\s+(?:past|to|after)\\s+)?${CLOCK_WORD}(?:\\s+o['’]clock)?)`;
const BY_HOUR = `(?:${CLOCK}|noon|midday|midnight|nightfall|morning|evening|afternoon|dusk|dawn|daybreak|sunset|sundown|sunrise|lunchtime|lunch|teatime|dinnertime|suppertime|bedtime|mid-morning|mid-afternoon|the afternoon|the evening|the morning|dark|late afternoon|early evening)(?:\\s+(?:that|the next|on \\p{L}+)\\s+(?:night|morning|evening|day|afternoon))?`;
const PERSON =
  "mother|father|mum|mam|dad|sister|brother|wife|husband|son|daughter|aunt|uncle|girl|boy|man|woman|men|women|kids|children|guests|family|doctor|nurse|police|others|two|three";
const WEATHER = "rain|snow|wind|fog|mist|sun|sky|frost|storm|cloud|clouds|heat|light|dark";
const FEAST =
  "Christmas(?: Eve| Day| morning| night)?|Easter(?: Sunday| Monday| Saturday)?|Boxing Day|New Year['’]s(?: Eve| Day)?|Thanksgiving|Halloween|Hogmanay|Bonfire Night|Guy Fawkes(?: Night)?|Good Friday|Whitsun|Midsummer(?:['’]s)?(?: Eve| Day)?|(?:August |May |Easter |spring |Spring |late |summer )?[Bb]ank [Hh]oliday(?: Monday| weekend)?|Labor Day|Memorial Day|(?:the )?Fourth of July|Independence Day|Valentine['’]s(?: Day)?|Mother['’]s Day|Father['’]s Day|St\\.? Patrick['’]s Day|Shrove Tuesday|Pancake Day|Remembrance Sunday|Armistice Day";
const FORMS: [string, RegExp][] = [
  [
    "arrives or leaves at HOUR",
    new RegExp(
      `^(?:(?!\\b(?:had|'d|who|that|which|when|if)\\b)[^,;])*?\\b(?:get|gets|got|arrive|arrives|arrived|reach|reaches|reached|leave|leaves|left|go|goes|went)\\b(?:\\s+[\\p{L}'’-]+){0,6}?\\s+(?:at|just after|a little after|after)\\s+${CLOCK}\\b`,
      "u",
    ),
  ],
  [
    "comes at HOUR",
    new RegExp(
      `^(?:(?!\\b(?:had|'d|who|that|which|when|if)\\b)[^,;])*?\\b(?:come|comes|came)\\b(?:\\s+[\\p{L}'’-]+){0,6}?\\s+(?:at|just after|a little after|after)\\s+${CLOCK}\\b`,
      "u",
    ),
  ],
  ["by the time, opening", /^By the time\b/u],
  ["by the time, inside", /(?<!^)\bby the time\b/u],
  [
    "It was HOUR/dark when",
    new RegExp(
      `^It was\\s+(?:(?:nearly|almost|gone|after|past|just after|well after|close to|long after|getting on for)\\s+)?(?:${CLOCK}|dark|light|late|morning|evening|night)\\b[^.]*\\bwhen\\b`,
      "u",
    ),
  ],
  [
    "clock after a preposition, inside",
    new RegExp(
      `(?<!^)\\b(?:at|until|till|after|before|around|about|past|by)\\s+(?:(?:a little|just|nearly|almost|gone)\\s+(?:after|before|past)?\\s*)?${CLOCK}\\b(?!\\s+(?:of|votes|pounds|quid|years|minutes|hours|miles|yards|feet|people|men|women|times|days))`,
      "u",
    ),
  ],
  [
    "all morning/afternoon/...",
    /\ball (?:morning|afternoon|evening|night|day|week|weekend|summer|winter)\b/iu,
  ],
  ["by then / by now", /\bby (?:then|now|that time|this time)\b/iu],
  [
    "That/This evening ... opening",
    /^(?:That|This|The same) (?:evening|night|morning|afternoon|week|weekend|summer|winter|autumn|spring)\b/u,
  ],
  ["the X after", /\bthe (?:morning|day|night|week|evening|afternoon|summer|winter) after\b/iu],
  [
    "N units after/before (an event)",
    /\b(?:\w+|a) (?:days?|weeks?|months?|years?|hours?) (?:after|before) (?!that|this|then)\w/iu,
  ],
  [
    "The summer/year I was",
    /^The (?:summer|winter|spring|autumn|year|day|night|morning) (?:I|he|she|we|they|you|my|his|her|our)\b/u,
  ],
  [
    "In the morning/evening ... opening",
    /^(?:In|During) the (?:morning|afternoon|evening|night)\b/u,
  ],
  // scenes-36: "By ten the kitchen was full", split by what follows the hour.
  [
    "By HOUR opening, person",
    new RegExp(
      `^By\\s+${BY_HOUR}[,]?\\s+(?:(?:I|he|she|they|we|you)\\b|(?!The\\b|This\\b|That\\b|Then\\b|Now\\b)\\p{Lu}\\p{Ll}+\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:had|was|were|is|\\p{Ll}+(?:ed|s)\\b)|(?:my|his|her|our|their|the)\\s+(?:${PERSON})\\b)`,
      "u",
    ),
  ],
  [
    "By HOUR opening, weather",
    new RegExp(`^By\\s+${BY_HOUR}[,]?\\s+(?:the\\s+)?(?:${WEATHER})\\b`, "u"),
  ],
  ["By HOUR opening, any", new RegExp(`^By\\s+${BY_HOUR}\\b`, "u")],
  // A named day or holiday as the opening's subject: "August bank holiday was hot", "Christmas
  // Eve came", not "Christmas Eve, she drove" or "Christmas Eve she drove".
  [
    "named day as subject",
    new RegExp(
      `^(?:The\\s+)?(?:${FEAST})(?!,)\\s+(?!(?:I|he|she|they|we|you|my|his|her|our|their|the|a|an)\\b)(?!\\p{Lu})\\p{Ll}`,
      "u",
    ),
  ],
  ["named day opening, any", new RegExp(`^(?:The\\s+)?(?:${FEAST})\\b`, "u")],
  [
    "weekday/month as subject",
    /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/u,
  ],
];
const MESSAGE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?:\s+\S/u;
const QUOTE = /^[\s]*["“‘'—–-]/u;
const HAS_QUOTE = /["“”]|(?:^|\s)‘/u;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])["”’]?\s+(?=["“‘]?\p{Lu})/u).slice(0, 2);
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  refuseCheckSets("time-forms.ts", "it reads paragraphs", dirs);
  // form -> bucket -> [all, read, chosen]
  const counts = new Map<string, Map<string, [number, number, number]>>();
  const add = (form: string, bucket: string, read: boolean, chosen: boolean): void => {
    const m = counts.get(form) ?? new Map<string, [number, number, number]>();
    counts.set(form, m);
    const c = m.get(bucket) ?? [0, 0, 0];
    c[0]++;
    if (read) c[1]++;
    if (chosen) c[2]++;
    m.set(bucket, c);
  };
  const show = process.env["SHOW"];
  for (const dir of dirs) {
    for (const story of await loadStories(dir)) {
      const gold = sceneGold(story.gold)?.boundaries ?? null;
      const analysis = new StoryAnalyzer(story.cast ? { cast: story.cast } : {}).analyze(
        story.text,
        story.file,
      );
      const chosen = new Set(analysis.scenes.slice(1).map((s) => s.firstParagraph));
      const texts = parseStory(story.text).paragraphs.map((p) => p.text);
      const characters = analysis.characters
        .filter((c) => !c.unnamed)
        .map((c) => ({ name: c.name, aliases: c.aliases }));
      const candidates = candidatesOf(story.text, characters);
      texts.forEach((text, i) => {
        if (i === 0 || QUOTE.test(text)) return;
        const where = !gold
          ? "nogold"
          : gold.includes(i)
            ? "gold"
            : gold.some((g) => Math.abs(g - i) === 1)
              ? "off1"
              : "inside";
        const afterTalk = HAS_QUOTE.test(texts[i - 1] ?? "") ? "+talk" : "";
        const cues = candidates.get(i)?.cues ?? {};
        const read = (cues.time ?? 0) > 0 || (cues.clock ?? 0) > 0;
        // A message line ("Dad: Home. Traffic was bad.", "Denise: bus gets in at 4:40"): a
        // sender's name and a colon, 25 words or fewer. A block's first line, and the first
        // paragraph of prose after a block.
        const isMessage = (t: string | undefined): boolean =>
          t !== undefined && MESSAGE.test(t) && t.split(/\s+/u).length <= 25;
        const bucket = `${dir.split("/").pop()}:${where}`;
        if (isMessage(text) && !isMessage(texts[i - 1]))
          add(
            `message block starts${isMessage(texts[i + 1]) ? " (2+ lines)" : " (1 line)"}`,
            bucket,
            read,
            chosen.has(i),
          );
        if (!isMessage(text) && isMessage(texts[i - 1]))
          add("prose after a message block", bucket, read, chosen.has(i));
        if (show === "message" && isMessage(text) !== isMessage(texts[i - 1]))
          console.log(`${story.name} ${i} ${where} chosen=${chosen.has(i)}: ${text.slice(0, 80)}`);
        const ss = sentences(text);
        for (const [form, re] of FORMS) {
          const k = ss.findIndex((s) => re.test(s));
          if (k < 0) continue;
          const pos = k === 0 ? "s1" : "s2";
          add(form, `${dir.split("/").pop()}:${where}`, read, chosen.has(i));
          add(
            `${form} [${pos}${afterTalk}]`,
            `${dir.split("/").pop()}:${where}`,
            read,
            chosen.has(i),
          );
          if (show && form.startsWith(show) && !dir.includes("check"))
            console.log(
              `${story.name} ${i} ${where}${afterTalk} read=${read} chosen=${chosen.has(i)}: ${ss[k]!.slice(0, 110)}`,
            );
        }
      });
    }
  }
  for (const [form, m] of [...counts].sort()) {
    const row = [...m].map(([b, [n, r, c]]) => `${b} ${n} (read ${r}, chosen ${c})`).join("; ");
    console.log(`${form}: ${row}`);
  }
}

void main();
