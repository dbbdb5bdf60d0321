import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Maggie", aliases: [] },
  { name: "Tom", aliases: [] },
];

const morning = [
  "Maggie had the range lit by six and the kettle on it, and she stood with her back to the warmth and watched the yard go from black to grey. The hens were still shut in. The dog lay across the doorway with his nose on his paws and one eye open.",
  "She made the tea strong and drank it standing, the way her mother had, and then she cut the bread for the sandwiches and wrapped them in greaseproof paper. There were eight rounds to do, and the cheese was hard at the end, and she did not hurry.",
  "When the sandwiches were done she wiped the table down and set out the cups for the men, who would come in wet and want them full. She counted the cups twice. Then she sat down at the end of the table with the accounts book and a pencil.",
];
const after = [
  "He put the letters down by the accounts book and stood dripping on the flags. There was one from the bank and one from the council, and one in her sister's writing, which she put in her apron pocket to read later, when the kitchen was her own again.",
  "Maggie poured him a cup of tea and pushed the sugar across. He drank it in three long swallows and set the cup down and said the top field was under water again, and the ewes would have to come down to the lower one before night.",
  "She said she would ring the council. He said the council would do nothing. She said she would ring them anyway, and he laughed, and went back out into the rain with his collar turned up and the dog at his heels.",
];

describe("a clock time opening a paragraph", () => {
  it("goes on with the scene when someone of the cast acts on the hour", () => {
    const opening =
      "At nine Tom came in from the yard with the post in his hand and his cap dark with rain, and shut the door on the weather with his heel.";
    const story = storyFromParagraphs([...morning, opening, ...after]);
    expect(paragraphFeatures(opening, cast).clockOnSomeone).toBe(true);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it("goes on with the scene when the weather is what happens on the hour", () => {
    const opening =
      "At nine the rain came on again, hard against the window, and the yard ran with it, and the hens went in under the cart.";
    const story = storyFromParagraphs([...morning, opening, ...after]);
    expect(paragraphFeatures(opening, cast).clockOnSomeone).toBe(true);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
    // The weather as the subject, not a word for it anywhere: "the rainwater" is no rain.
    const other = "At nine the rainwater butt was full and the kitchen windows ran with steam.";
    expect(paragraphFeatures(other, cast).clockOnSomeone).toBe(false);
  });

  it("still reads the hour alone, or the hour and the place, as a new moment set down", () => {
    const pronoun = "At nine she heard the gate, and then the boots on the step.";
    const place = "At nine the kitchen was full of steam and the windows ran with it.";
    expect(paragraphFeatures(pronoun, cast).clockOnSomeone).toBe(true);
    expect(paragraphFeatures(place, cast).clockOnSomeone).toBe(false);
    // "At nine The" cannot happen, but a capitalised word that is no one's name is not a person.
    expect(paragraphFeatures("At nine Tuesday's bread came.", cast).clockOnSomeone).toBe(false);
  });

  it("goes on with the scene when the hour is told in a line of its own", () => {
    // Something other than the cast acts on the hour, so only the line's length tells.
    const line = "At nine the telephone went.";
    expect(paragraphFeatures(line, cast).clockOnSomeone).toBe(false);
    const story = storyFromParagraphs([...morning, line, ...after]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it("reads the place those acting on the hour go about in as theirs, not a new place", () => {
    // The barn and the field are where the scene's business goes on, named after the hour and
    // someone acting: no sign of a scene setting itself down, as "the barn was" would be.
    const work =
      "At nine Tom carried the feed sacks down to the barn and stacked them by the door, one on another, until his back ached and the dog lost interest in him.";
    const weather =
      "In the afternoon the rain stopped and the sun came out, and the field below the house began to steam, and the hens came out from under the cart to look at it.";
    for (const opening of [work, weather]) {
      expect(paragraphFeatures(opening, cast).clockOnSomeone).toBe(true);
      const story = storyFromParagraphs([...morning, opening, ...after]);
      expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
    }
  });

  it("still opens a scene on the hour and a new place set down as its subject", () => {
    const place =
      "At nine the barn was dark and cold, and the feed sacks stood along the wall where the men had left them, and the dog would not go in.";
    expect(paragraphFeatures(place, cast).clockOnSomeone).toBe(false);
    const story = storyFromParagraphs([...morning, place, ...after]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([3]);
  });
});
