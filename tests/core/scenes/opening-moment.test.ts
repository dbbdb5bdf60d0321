import { describe, expect, it } from "vitest";
import { paragraphFeatures } from "../../../core/scenes";
import { timeEvidence } from "../../../core/scenes/time-evidence";
import { FARM_CAST, farmStarts, YARD } from "./helpers";

const after = [
  "She brought a cake in a tin and a list of things that were wrong with the house, and she read the list out over the first cup of tea while Nell nodded at each thing on it.",
  "Nell let her read it. There was no stopping her once she had started, and most of what was on it was true, which made it worse, and the tea went cold in the pot between them.",
];

describe("an opening that sets its moment by someone's arrival", () => {
  it.each([
    "The lambs were three weeks old when Amos's sister came up from the coast to stay.",
    "The lambs were three weeks old by the time Amos's sister came over to stay with them.",
    "Her mother was still up when she got in, knitting with the radio low beside her.",
  ])("opens a scene: %s", (opening) => {
    const settled =
      " She had meant to stay a night and stayed four, and by the second day she had the kitchen drawers out on the table and the cupboards open.";
    expect(farmStarts(...YARD, opening + settled, ...after)).toEqual([3]);
  });

  it.each([
    // The arrival told after the main clause's "and": the scene's own next beat.
    "She was tired, and when Amos came back with the post driver she went in to make the tea.",
    // No state set down before the arrival: "when" opens the sentence.
    "When Amos came back with the post driver she was tired and went in to make the tea.",
    // A departure is a scene's end, not a new one's moment.
    "It was late when Amos went off down the lane with the post driver over his shoulder.",
  ])("leaves the scene going on: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).timeCue).toBe(0);
  });
});

describe("an opening that sets its hour by when something opens, starts or rings", () => {
  const shop = [
    "The lane was quiet when Nell went down it, and the shop had its blind still half down. She stood at the window with her basket and read the notices, the jumble sale and the lost cat, until the cold got into her feet.",
    "Amos came past with the dog and said nothing, which was his way, and the dog said nothing either. She watched them out of sight round the bend and then went home the long way, by the river, to use up the morning.",
    "There was nothing much to do when she got back. She swept the step and fed the hens and sat for a while in the kitchen with the radio, not listening, and the day went on without her the way days did.",
  ];

  it.each([
    "The shop opened at eight, and Nell was on the step with her basket and her list before the girl had the blind up, stamping her feet against the frost.",
    // Not "The chapel bell": a chapel the page before never named opens the scene without the hour.
    "The first bell rang at twenty past six, and Nell was in the back pew with her coat buttoned to the neck and her hands in her lap, watching the candles being lit.",
  ])("opens a scene: %s", (opening) => {
    expect(farmStarts(...shop, opening, ...after)).toEqual([3]);
  });

  it.each([
    // Someone arriving at an hour is the scene's business going on, not its hour set down.
    "The man from the mill came at eight with a sack over his shoulder.",
    // The hour inside a clause the opening did not start on.
    "Nell said the shop opened at eight and that she would be there.",
  ])("reads no clock time in: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).clockCue).toBe(0);
  });
});

describe("the hour told inside the opening, not as its news (srev-28)", () => {
  it.each([
    // A reported clause after the subject's own verb: the hour is what someone says.
    "The man said the shop opened at eight, and Nell wrote it down on the back of her list.",
    "Her mother said the film started at nine, so they would have to run for the bus.",
    // A relative clause: "who rang at eight" tells which woman, not the scene's hour.
    "The woman who rang at eight was his sister, and she wanted to know where he had been.",
    // Someone going at an hour is the scene's business, as someone coming at one is.
    "His father went at six, and Nell was left alone with the dishes and the radio.",
    "The boys went at ten and the house was quiet for the first time in a week.",
  ])("reads no clock time in: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).clockCue).toBe(0);
  });

  it.each([
    "The bus went at ten to nine and Nell missed it by a minute, running.",
    "The doctor's surgery opened at nine, and Nell was the first in the queue.",
    // "private" names a soldier too; the subject's head is "view".
    "The private view opened at seven, and Nell stood by the door with a glass she did not want.",
  ])("still reads a thing's hour in: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).clockCue).toBe(1);
  });
});

describe("what an arrival is and who tells it (srev-28)", () => {
  it.each([
    // Getting up from a chair or down from a stool is no arrival.
    "Nell was still talking when Amos got up, and she stopped and watched him go to the door.",
    "She was halfway through the letter when Amos got down off the stool to fetch the lamp.",
    // A state someone reports is their talk, as "Nell said the shop opened at eight" is.
    "She said she was still up when he got in, though he had not seen any light on.",
  ])("leaves the scene going on: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).timeCue).toBe(0);
  });

  it.each([
    // The same moment in a contraction, in the first person and in the present tense.
    "Nell wasn't home when Amos came back from the market with the van.",
    "I am still up when he gets in, sitting at the table with the crossword.",
    "I'm still up when he gets in, sitting at the table with the crossword.",
    "The kids are asleep by the time I get home, and the house smells of fish fingers.",
    "She's still up when he gets in, sitting at the table with the crossword.",
  ])("reads the moment as 'was ... when he came back' is read: %s", (opening) => {
    expect(paragraphFeatures(opening, FARM_CAST).timeCue).toBe(0.8);
  });
});

describe("the meal test's sentence as it was before scenes-28", () => {
  // The plates still out when someone comes down tell a later moment (the morning after):
  // a reader takes it as time passed, now through the arrival, as the meal reading never did.
  it("reads 'The dinner plates were still on the table when Anna came down.' as the arrival's weak sign", () => {
    const anna = [{ name: "Anna", aliases: [] }];
    const f = paragraphFeatures(
      "The dinner plates were still on the table when Anna came down.",
      anna,
    );
    expect(f.timeCue).toBe(0.8);
    expect(paragraphFeatures("The dinner plates were still on the table.", anna).timeCue).toBe(0);
  });
});

describe("the cost of reading the arrival (srev-28)", () => {
  // Not a budget (that is npm run bench's): a stop for a scan per "when" over the sentence
  // before it, which took 1.4 s on 4,000 clauses and grows with their square.
  it("reads a sentence of 12,000 clauses in one pass, not one per 'when'", () => {
    const clauses = Array.from({ length: 12_000 }, () => "when the wind rose and the dog barked,");
    const sentence = `She was tired and ${clauses.join(" ")} then it ended.`;
    const started = performance.now();
    expect(timeEvidence([sentence], false).cue).toBe(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("speech of several paragraphs in single quotes (srev-28)", () => {
  // A paragraph that opens on ‘ and never closes it is speech going on into the next, as one
  // opening on “ is: the arrival told in it is the speaker's story, not the scene's moment.
  it("reads no arrival in '‘My mother was still up when I got in, ...' running on", () => {
    const telling = [
      "Nell sat down by the stove with her cup and Amos waited, because he knew the look. After a while she told him about the night the barn burned, the whole of it, from the very start, as she had never told anyone.",
      "‘I had been at the dance in the village hall with the Pike girls, and I walked home the long way by the river so as to be later than I had said. I was fourteen. I thought it was clever.",
      "‘My mother was still up when I got in, sitting by the lamp with her coat on, and she never said a word about the time, only that the barn was alight and my father was up there with it.",
      "‘We went up together with the buckets. There was nothing to be done with buckets, but we did it anyway until the roof came in, and then we stood in the yard and watched it go.’",
      "Amos said nothing. Nell drank her tea and looked at the stove, and after a while he got up and put more wood on it, and they sat on without talking until the fire had caught again.",
    ];
    expect(paragraphFeatures(telling[2]!, FARM_CAST).timeCue).toBe(0);
    expect(farmStarts(...telling)).toEqual([]);
  });
});
