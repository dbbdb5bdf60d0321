import { describe, expect, it } from "vitest";
import { StoryAnalyzer } from "../../../core/analyzer";
import {
  BOUNDARY_WEIGHTS,
  detectScenes,
  paragraphFeatures,
  scoreBoundaries,
} from "../../../core/scenes";
import { reweighed } from "../../../core/scenes/place-turnover";
import { storyFromParagraphs } from "../../../core/story";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Lena", aliases: [] },
  { name: "Marco", aliases: [] },
  { name: "Dev", aliases: [] },
];

/** Lena's kitchen before service: some 300 words with no sign of a new time or place. */
const KITCHEN = [
  "Lena had the stock on by four and the onions sweating in the big pan, and she stood over them with the spoon and did not let them colour. The extractor roared. The tickets had not started yet, and the rail above the pass was empty and clean, and the radio on the shelf by the dry store was playing something old that her father used to whistle.",
  "Lena tasted the stock and added salt and tasted it again. She thought it was too thin, and she thought that about it every night, and every night it was fine by the time the first plates went. She turned the heat down and wiped the spoon on her apron.",
  "Lena set the bread to prove under a cloth and scrubbed down the board and laid out the knives in the order she used them. She counted the lemons, which was a thing she did when she was worried, and there were fourteen, and fourteen would not be enough.",
  "Lena wiped the steel down twice and checked the fridges and wrote the specials on the board in her square capitals, a hake with brown shrimps and a pork belly she was not sure of. She rubbed the pork out and wrote it in again. There was nothing else it could be.",
  "Marco came through from the front with the reservations book and set it on the pass. Lena looked at the page without touching it. Forty covers, two large tables, a birthday at eight that wanted a candle in something.",
];

/** Their talk over the book, Marco's lines the most. */
const TALK = [
  '"We haven\'t got the staff for forty," Marco said. "Not with Ray off."',
  '"We\'ve got the staff we\'ve got," Lena said. "I\'ll run the pass myself if I have to."',
  '"You\'ll run the pass," Marco said. "And who does the floor? The birthday?"',
];

/** Hours later, in the alley: the place named after a preposition, no verb of moving there. */
const ALLEY =
  "Lena ate her supper on a milk crate in the alley behind the restaurant, with the rain dripping off the fire escape and the bins steaming where the dish machine vented. The box of rice was cold before she had half finished it.";

/** In the alley, Dev with her: someone who did not act on the page before. */
const WITH_DEV = [
  "Dev came out with a cigarette and sat on the step beside her. He was nineteen and washed pots four nights a week and had never once asked her for anything, and she liked him for it more than she could have said.",
  "Dev thought she looked done in. He knew better than to say so. He smoked the cigarette down in silence and then lit another from it. Lena watched the rain run along the gutter and into the drain, and she thought about the books upstairs, and the bank.",
  "When the second cigarette was done Dev stood and stretched and went back in without a word. Lena sat on a while longer, until the cold got into her hands, and then she followed him.",
];

/** The same alley with the same two people: Marco follows her out. */
const WITH_MARCO = [
  "Marco came out with a cigarette and sat on the step beside her. He had run the floor himself in the end, and the birthday had had its candle, and he said nothing about the forty covers and neither did she.",
  "Marco smoked the cigarette down in silence and then lit another from it. Lena watched the rain run along the gutter and into the drain, and she thought about the books upstairs, and the bank.",
  "When the second cigarette was done Marco stood and stretched and went back in without a word. Lena sat on a while longer, until the cold got into her hands, and then she followed him.",
];

/** Lena still the one the page follows, Dev come out to her only for a moment. */
const LENA_LEADS = [
  "Lena sat on with the box on her knees and did not eat. She thought about the books upstairs, and the bank, and the letter she had not opened, and she thought about Ray, who would be off for a fortnight at least.",
  "Dev came out with a cigarette and sat on the step beside her. Dev thought she looked done in, and knew better than to say so.",
  "Lena watched the rain run along the gutter and into the drain. She finished the rice in the end because she would be hungry at midnight otherwise, and she folded the box flat and stood up and went back in to the pass.",
  "Dev had the pots stacked by ten and the floor mopped soon after, and he worked round the kitchen behind her without being asked, wiping what she had wiped already. He hummed under his breath the whole time, the same four bars over and over.",
  "Dev took the bins out last, two at a time, and came back in with his hair flat from the rain and stood at the pass with his hands in his apron as if waiting to be told he could go.",
];

/** The next morning, in the kitchen: a new time, a cue over the price. */
const MORNING =
  "The next morning Lena was in before anyone. She had the stock on and the onions sweating in the big pan before the delivery came, and she stood over them with the spoon. The fish man was late again. She rang him twice and got no answer, and she wrote his name on the board with a question mark after it, where Marco would see it.";

const starts = (...paragraphs: string[]): number[] =>
  boundariesOf(detectScenes(storyFromParagraphs(paragraphs), { characters: cast }));

describe("a new place after talk, the people on the page turning over", () => {
  it("opens a scene where someone new acts and whom the page follows turns", () => {
    // A place noun alone, not moved to: the new place cue, under the price by itself.
    const f = paragraphFeatures(ALLEY, cast);
    expect(f.placeCue).toBe(0);
    expect(f.openingPlace).toBe("alley");
    expect(starts(...KITCHEN, ...TALK, ALLEY, ...WITH_DEV)).toEqual([8]);
  });

  it("goes on with the scene when the same people act after it", () => {
    expect(starts(...KITCHEN, ...TALK, ALLEY, ...WITH_MARCO)).toEqual([]);
  });

  it("goes on with the scene when whom the page follows stays the same", () => {
    // Lena has the talk's last word and the page after: Dev is new, but the page is hers.
    const talk = [
      '"We haven\'t got the staff for forty," Lena said. "Not with Ray off."',
      '"We\'ve got the staff we\'ve got," Marco said. "Ring his sister. She did it at Easter."',
      '"Then I\'ll run the pass myself," Lena said. "And you can do the floor."',
    ];
    expect(starts(...KITCHEN, ...talk, ALLEY, ...LENA_LEADS)).toEqual([]);
  });

  it("goes on with the scene when narration comes between the talk and the place", () => {
    // The talk ended a paragraph before: the scene went on past it.
    const service =
      "Marco went back through to the front with the book under his arm, and the first tickets came down soon after, and then there was no more time to talk about anything at all.";
    expect(starts(...KITCHEN, ...TALK, service, ALLEY, ...WITH_DEV)).toEqual([]);
  });

  it("goes on with the scene when the place is named in a line", () => {
    const line = "Lena ate her supper in the alley behind the restaurant.";
    expect(starts(...KITCHEN, ...TALK, line, ...WITH_DEV)).toEqual([]);
  });

  it("goes on with the scene when a scene opened a few lines before", () => {
    // The kitchen's talk follows a new morning by two short paragraphs: the alley is
    // that scene's own, not another one yet.
    const found = starts(...KITCHEN, MORNING, ...TALK, ALLEY, ...WITH_DEV);
    expect(found).toEqual([5]);
  });

  it("goes on with the scene when the scene before opened on its own turnover a few lines back", () => {
    // The alley opened a scene by this very cue; a hundred words on, the office is that
    // scene's own place, as it is after a scene opened by any other cue over the price.
    const talk = [
      '"You should go home," Dev said. "I can lock up."',
      '"I\'ll go when the books are done," Lena said. "Not before."',
    ];
    const office =
      "Lena did the books at the desk in the office above the restaurant, with the heater ticking and the rain loud on the skylight. Marco had left the day sheets in a pile by the till roll, every one of them with a coffee ring.";
    const withMarco = [
      "Marco came up the stairs with two glasses and the end of a bottle and sat on the filing cabinet. He had run the floor himself in the end, and he said nothing about the forty covers.",
      "Marco poured and pushed a glass across to her. Lena added the column again and got a third answer and laid the pencil down.",
      "Marco drank his off and stood and went down without a word. Lena sat on a while longer, and then she turned out the light.",
    ];
    const later = `Hours later, ${ALLEY[0]!.toLowerCase()}${ALLEY.slice(1)}`;
    const rest = [WITH_DEV[0]!, ...talk, office, ...withMarco];
    // A scene opened by the hour keeps the office as its own ...
    expect(starts(...KITCHEN, ...TALK, later, ...rest)).toEqual([8]);
    // ... and so does one opened by the turnover.
    expect(starts(...KITCHEN, ...TALK, ALLEY, ...rest)).toEqual([8]);
  });

  it("leaves a move to the place to its own cue", () => {
    // Walked into the alley: a move (`place`), which pays the price without this cue.
    const walked =
      "Lena walked into the alley behind the restaurant and ate her supper on a milk crate, with the rain dripping off the fire escape and the bins steaming where the dish machine vented. The box of rice was cold before she had half finished it.";
    const scenes = detectScenes(storyFromParagraphs([...KITCHEN, ...TALK, walked, ...WITH_DEV]), {
      characters: cast,
    });
    expect(boundariesOf(scenes)).toEqual([8]);
    expect(scenes[1]!.reasons).toContain("place: the alley");
    expect(scenes[1]!.reasons).not.toContain("the people on the page turn over");
  });
  it("counts the words before it from a break line or a chapter heading, as from a scene's start", () => {
    // Under 300 words from the break to the alley: the alley is the new section's own place.
    const rest = [KITCHEN[3]!, KITCHEN[4]!, ...TALK, ALLEY, ...WITH_DEV];
    expect(starts(...KITCHEN.slice(0, 3), "* * *", ...rest)).toEqual([4]);
    const chapter = storyFromParagraphs([...KITCHEN.slice(0, 3), "Chapter Two", ...rest]);
    expect(boundariesOf(detectScenes(chapter, { characters: cast, chapterStarts: [3] }))).toEqual([
      3,
    ]);
    // With the kitchen whole after the break the alley opens a scene of its own.
    expect(starts("* * *", ...KITCHEN, ...TALK, ALLEY, ...WITH_DEV)).toEqual([9]);
  });
});

describe("the turnover after an edit", () => {
  it("gives what a fresh analysis gives when an edit away from the place turns it on or off", () => {
    // Each edit works on the text the last one left: the alley's people, the talk before it,
    // the kitchen's length, paragraphs up to three from the alley and beyond. The pass reads
    // the section's every paragraph (the words since the last cue over the price), so a memo
    // that kept a section's boundaries for the same evidence alone would fail at the fourth
    // paragraph's cut, which leaves its people as they were.
    const edits: ((p: string[]) => string[])[] = [
      (p) => p.toSpliced(10, 1, WITH_MARCO[1]!),
      (p) => p.toSpliced(9, 1, WITH_MARCO[0]!),
      (p) => p.toSpliced(9, 2, ...WITH_DEV.slice(0, 2)),
      (p) => p.toSpliced(5, 1, "Marco set the book down and looked at the rota on the wall."),
      (p) => p.toSpliced(5, 1, TALK[0]!),
      (p) => p.toSpliced(7, 1, "The extractor roared on, and the tickets had still not started."),
      (p) => p.toSpliced(7, 1, TALK[2]!),
      // Fewer words before the talk, the same people acting: under the length the cue needs.
      (p) => p.toSpliced(3, 1, KITCHEN[3]!.replace(/ down twice.* of\./u, " down.")),
      (p) => p.toSpliced(3, 1, KITCHEN[3]!),
      (p) => p.toSpliced(1, 3),
      (p) => p.toSpliced(1, 0, ...KITCHEN.slice(1, 4)),
    ];
    const warm = new StoryAnalyzer();
    let paragraphs = [...KITCHEN, ...TALK, ALLEY, ...WITH_DEV];
    const seen = new Set<string>();
    for (const edit of [(p: string[]) => p, ...edits]) {
      paragraphs = edit(paragraphs);
      const text = paragraphs.join("\n\n");
      const again = warm.analyze(text).scenes;
      expect(again).toEqual(new StoryAnalyzer().analyze(text).scenes);
      seen.add(JSON.stringify(boundariesOf(again)));
    }
    // The edits did turn the boundary on and off.
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe("the turnover under other weights", () => {
  it("re-weighs a run as scoring it afresh with those weights does", () => {
    // The morning pays the default price, so the alley is its scene's own place; at a higher
    // price it does not, and the alley after the talk comes 300 words after no scene's start.
    const features = [...KITCHEN, MORNING, ...TALK, ALLEY, ...WITH_DEV].map((p) =>
      paragraphFeatures(p, cast),
    );
    const w = { ...BOUNDARY_WEIGHTS, price: 1.2 };
    const fresh = scoreBoundaries(features, undefined, w);
    expect(fresh[9]!.cues?.placeTurnover).toBe(1);
    expect(
      reweighed(
        features,
        features.map((f) => f.pov),
        scoreBoundaries(features),
        w,
      ),
    ).toEqual(fresh);
  });
});
