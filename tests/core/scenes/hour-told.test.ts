import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Maggie", aliases: [] },
  { name: "Tom", aliases: [] },
];

/** A kitchen at dawn, Maggie's: a scene going on for a paragraph to follow. */
const kitchen = [
  "Maggie had the range lit by six and the kettle on it, and she stood with her back to the warmth and watched the yard go from black to grey. The hens were still shut in. The dog lay across the doorway with his nose on his paws and one eye open.",
  "She made the tea strong and drank it standing, the way her mother had, and then she cut the bread for the sandwiches and wrapped them in greaseproof paper. There were eight rounds to do, and the cheese was hard at the end, and she did not hurry.",
  "When the sandwiches were done she wiped the table down and set out the cups for the men, who would come in wet and want them full. She counted the cups twice. Then she sat down at the end of the table with the accounts book and a pencil.",
];
/** The mart, Tom's, after an opening that takes him there. */
const mart = [
  "The auctioneer was a thin man with a cough, and he sold fast, and the farmers along the rail bid with a finger or a nod or not at all. Tom watched the prices and did the sums on the back of an envelope and did not like them.",
  "He sold the six bullocks in the end for less than he had paid for them as calves, and he shook hands on it, and went to stand in the queue at the office for the cheque with his cap in his hand and the envelope in his pocket.",
];

describe("an hour told after the opening's verb", () => {
  it("opens a scene where someone gets somewhere at the hour", () => {
    const opening =
      "Tom got to the mart at half past ten with the six bullocks in the trailer, and backed them into the pens by the ring.";
    expect(paragraphFeatures(opening, cast).clockCue).toBeGreaterThan(0);
    const story = storyFromParagraphs([...kitchen, opening, ...mart]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([3]);
  });

  it("reads arriving and leaving in the present and with a pronoun, as the past", () => {
    for (const opening of [
      "She arrives at the surgery at ten to nine, and the waiting room is already full.",
      "I left the flat at six in the morning with the van keys and a flask.",
      "He reaches the top of the lane a little after eleven.",
    ])
      expect(paragraphFeatures(opening, cast).clockCue, opening).toBeGreaterThan(0);
  });

  it("does not read someone coming in at an hour, a look back, a clause or someone's words", () => {
    for (const opening of [
      // Coming in is to where the scene already is.
      "Tom came in at half past ten with his cap dark with rain and the post in his hand.",
      "Tom had got to the mart at half past ten, and by eleven the bullocks were sold.",
      "The man who got there at ten had taken the last of the good pens.",
      "Tom said he got to the mart at half past ten and the pens were full.",
      "If Tom gets to the mart at ten he will have a pen by the ring.",
      // Getting or reaching something is not getting somewhere.
      "Maggie got the kettle on at six and stood with her back to the range.",
      "Maggie reached for the kettle at six and filled it at the tap.",
    ])
      expect(paragraphFeatures(opening, cast).clockCue, opening).toBe(0);
  });

  it("does not read a wish, a plan, a habit, a turn to the left or what is left", () => {
    for (const opening of [
      "Maggie wanted to get there at ten, before the good pens went.",
      "Tom hoped to arrive at noon with the trailer.",
      "Maggie was supposed to get home at six.",
      "We usually get home at six, when the milking is done.",
      "Tom gets to the mart at half past ten every week.",
      "Tom turned left at ten past eleven, into the lane to the mart.",
      "There was nothing left at six but the crusts.",
    ])
      expect(paragraphFeatures(opening, cast).clockCue, opening).toBe(0);
  });
});

describe("an hour that something happens at ('It was gone ten when')", () => {
  it("goes on with the scene when the hour is when someone comes or something starts", () => {
    const opening =
      "It was gone ten when Tom came in from the yard with the post in his hand and his cap dark with rain, and he shut the door with his heel.";
    expect(paragraphFeatures(opening, cast).clockOnSomeone).toBe(true);
    const story = storyFromParagraphs([...kitchen, opening]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
    const started = "It was after six when the trouble started, out in the yard by the pens.";
    expect(paragraphFeatures(started, cast).clockOnSomeone).toBe(true);
  });

  it("still sets a new moment down where the hour is when someone gets somewhere", () => {
    for (const opening of [
      "It was gone midnight when Tom got home from the mart, and the house was dark.",
      "It was gone midnight when I got home from the mart, and the house was dark.",
      "It was after two when Tom arrived back at the farm.",
    ])
      expect(paragraphFeatures(opening, cast).clockOnSomeone, opening).toBe(false);
    const home = "It was gone midnight when Tom got home from the mart, and the house was dark.";
    const story = storyFromParagraphs([...kitchen, home, ...mart]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([3]);
  });

  it("still sets a new moment down where the hour frames a state", () => {
    const opening =
      "It was gone one when she was alone in the kitchen again, and the cups were washed and back on their hooks.";
    expect(paragraphFeatures(opening, cast).clockCue).toBeGreaterThan(0);
    expect(paragraphFeatures(opening, cast).clockOnSomeone).toBe(false);
  });
});
