import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Nell", aliases: [] },
  { name: "Amos", aliases: [] },
];

const yard = [
  "Nell carried the bucket across the yard and set it down by the gate. The hens came at once, loud and greedy, and she scattered the grain wide so the small ones got their share.",
  "Amos was at the fence with the post driver, swearing at a stone. She watched him a while, then went to help him hold the post straight while he drove it down into the ground.",
  "It was the third post that week, and the ground was all rock under there. They worked on until the light began to go and the hens had gone in to roost by themselves.",
];
const after = [
  "She brought a cake in a tin and a list of things that were wrong with the house, and she read the list out over the first cup of tea while Nell nodded at each thing on it.",
  "Nell let her read it. There was no stopping her once she had started, and most of what was on it was true, which made it worse, and the tea went cold in the pot between them.",
];
const starts = (...paragraphs: string[]) =>
  boundariesOf(detectScenes(storyFromParagraphs(paragraphs), { characters: cast }));

describe("an opening that sets its moment by someone's arrival", () => {
  it.each([
    "The lambs were three weeks old when Amos's sister came up from the coast to stay.",
    "The lambs were three weeks old by the time Amos's sister came over to stay with them.",
    "Her mother was still up when she got in, knitting with the radio low beside her.",
  ])("opens a scene: %s", (opening) => {
    const settled =
      " She had meant to stay a night and stayed four, and by the second day she had the kitchen drawers out on the table and the cupboards open.";
    expect(starts(...yard, opening + settled, ...after)).toEqual([3]);
  });

  it.each([
    // The arrival told after the main clause's "and": the scene's own next beat.
    "She was tired, and when Amos came back with the post driver she went in to make the tea.",
    // No state set down before the arrival: "when" opens the sentence.
    "When Amos came back with the post driver she was tired and went in to make the tea.",
    // A departure is a scene's end, not a new one's moment.
    "It was late when Amos went off down the lane with the post driver over his shoulder.",
  ])("leaves the scene going on: %s", (opening) => {
    expect(paragraphFeatures(opening, cast).timeCue).toBe(0);
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
    "The chapel bell rang at twenty past six, and Nell was in the back pew with her coat buttoned to the neck and her hands in her lap, watching the candles being lit.",
  ])("opens a scene: %s", (opening) => {
    expect(starts(...shop, opening, ...after)).toEqual([3]);
  });

  it.each([
    // Someone arriving at an hour is the scene's business going on, not its hour set down.
    "The man from the mill came at eight with a sack over his shoulder.",
    // The hour inside a clause the opening did not start on.
    "Nell said the shop opened at eight and that she would be there.",
  ])("reads no clock time in: %s", (opening) => {
    expect(paragraphFeatures(opening, cast).clockCue).toBe(0);
  });
});
