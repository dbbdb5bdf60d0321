import { describe, expect, it } from "vitest";
import { cohesionDips, contentTerms, gapSimilarities } from "../../../core/scenes/cohesion";
import { detectScenes } from "../../../core/scenes";
import { parseStory } from "../../../core/story";

const paragraph = (text: string) => ({
  words: text.split(/\s+/).length,
  terms: contentTerms(text),
});

// Two runs of paragraphs about different things: a kitchen, then a boat.
const kitchen = Array.from({ length: 8 }, (_, i) =>
  paragraph(`The kettle boiled on the stove while bread cooled by the kitchen window, loaf ${i}.`),
);
const boat = Array.from({ length: 8 }, (_, i) =>
  paragraph(`Waves slapped the hull and the sail cracked above the deck of the boat, mile ${i}.`),
);

describe("lexical cohesion", () => {
  it("keeps content words, stemmed, and drops function words", () => {
    expect(contentTerms("The lamps were lit and she polished them")).toEqual([
      "lamp",
      "lit",
      "polish",
    ]);
  });

  it("is lowest where the vocabulary changes", () => {
    const sim = gapSimilarities([...kitchen, ...boat], 40);
    const lowest = sim.indexOf(Math.min(...sim.slice(1)));
    expect(lowest).toBe(8);
  });

  it("gives the change the deepest dip, and no dip to a run too short to compare", () => {
    const dips = cohesionDips([...kitchen, ...boat], 40);
    expect(dips.indexOf(Math.max(...dips))).toBe(8);
    expect(cohesionDips(kitchen.slice(0, 5))).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("detectScenes weights", () => {
  it("takes other weights: a price no cue can pay leaves one scene", () => {
    const kitchenScene =
      "Ann stood in the kitchen and waited for the kettle. She watched the rain on the window and thought about the letter. The tea was strong and too hot to drink. She held the cup anyway.";
    const boatScene =
      "Ben rowed out past the harbour wall. He felt the oars bite and the cold come off the water. The lights of the town grew small behind him. He did not look back.";
    const text = [
      kitchenScene,
      kitchenScene,
      kitchenScene,
      "Hours later, at the harbour, Ben untied the boat. " + boatScene,
      boatScene,
      boatScene,
    ].join("\n\n");
    const story = parseStory(text);
    const characters = [
      { name: "Ann", aliases: [] },
      { name: "Ben", aliases: [] },
    ];
    expect(detectScenes(story, { characters }).length).toBe(2);
    expect(detectScenes(story, { characters, weights: { price: 100 } }).length).toBe(1);
  });
});
