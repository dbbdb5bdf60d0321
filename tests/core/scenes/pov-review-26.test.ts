import { describe, expect, it } from "vitest";
import { detectScenes, paragraphFeatures, resolveEvidence } from "../../../core/scenes";
import { pronounsOf } from "../../../core/scenes/pov-evidence";
import { storyFromParagraphs } from "../../../core/story";

const pair = [
  { name: "Ada", aliases: [] },
  { name: "Piet", aliases: [] },
];
const read = (text: string) => paragraphFeatures(text, pair);

describe("a thought told of a name", () => {
  it("weighs as a pronoun's does when the name opens the sentence behind a modal", () => {
    // "She could see the island" weighs as a thought; "Ada could see" did only as a subject.
    // For the scene's POV a thought weighs 3 (SCENE_INNER): over a subject's 1, 2 in the
    // opening sentence (x2); over "Ada saw", read as a thought already (2), 1.
    expect(read("Ada could see the island from the quay.").innerNamed["Ada"]).toBe(4);
    expect(read("Ada had expected the boat to be smaller.").innerNamed["Ada"]).toBe(4);
    expect(read("Ada saw the island.").innerNamed["Ada"]).toBe(2);
  });

  it("is not a name that is the object of 'let', 'made' or 'help'", () => {
    expect(read("He would let Ada know when the boat came in.").innerNamed["Ada"]).toBeUndefined();
    expect(read("Piet made Ada see the letter.").innerNamed["Ada"]).toBeUndefined();
  });

  it("is read past an adverb or a contracted modal", () => {
    expect(read("The boat was smaller than Ada had always expected.").innerNamed["Ada"]).toBe(5.6);
    const inner = (text: string) => read(text).innerPronouns.she;
    expect(inner("The boat was smaller than she had always expected.")).toBe(6);
    expect(inner("She could hardly believe the size of it.")).toBe(4);
    expect(inner("She can't see the island from here.")).toBe(4);
    // A thought that was not had ("If he could have known that he was an orphan", Oliver Twist).
    expect(inner("If she could have known what it meant, she might have stayed.")).toBe(0);
  });

  it("is not 'sense' or 'hope' the noun after 'had'", () => {
    expect(read("She had sense enough to keep quiet.").innerPronouns.she).toBe(0);
    expect(read("She had hope left, a little.").innerPronouns.she).toBe(0);
  });
});

describe("a 'she' after a described woman opened a sentence", () => {
  it("is the one named as a subject since, where the story says that one is 'she'", () => {
    const cast = [
      { name: "Ada", aliases: [] },
      { name: "Rory", aliases: [] },
    ];
    const pov = (visit: string) => {
      const features = [
        "Ada walked up from the harbour, and she thought about the boat all the way.",
        "Rory was at the gate, and he waved to her.",
        visit,
      ].map((t) => paragraphFeatures(t, cast));
      return resolveEvidence(features, new Set(["Ada", "Rory"]), "scene POV")[2]!;
    };
    // Ada's "She sat" is hers; after "Rory sat down" (a "he") the "She" is still the mother's.
    const hers = pov(
      "Her mother was asleep in the chair. Ada sat down by her. She watched the window.",
    );
    const mothers = pov(
      "Her mother was asleep in the chair. Rory sat down by her. She watched the window.",
    );
    expect(hers["Ada"]).toBeGreaterThan(2);
    expect(mothers["Ada"] ?? 0).toBe(0);
  });

  it("is not one after a relative clause of that pronoun ('The girl she had been')", () => {
    const f = read("The girl she had been was gone. She looked down at the water.");
    expect(f.pronouns.she).toBeGreaterThan(0);
    expect(f.describedPronouns.she).toBe(0);
  });

  it("still is the described woman's in the paragraph that tells only her", () => {
    const f = read("His mother listened with her head on one side. She said nothing.");
    expect(f.pronouns.she).toBeGreaterThan(0);
    expect(f.describedPronouns.she).toBe(f.pronouns.she);
  });
});

describe("the given name's pronoun, where the story's cues say nothing", () => {
  const cast = [
    { name: "Jean", aliases: [] },
    { name: "Evelyn", aliases: [] },
    { name: "Edith", aliases: [] },
  ];
  const features = ["Jean and Evelyn came up the path with Edith's case."].map((t) =>
    paragraphFeatures(t, cast),
  );

  it("is not guessed for a name another language or the other sex gives as often", () => {
    const pronouns = pronounsOf(features, true);
    expect(pronouns.get("Jean")).toBeUndefined();
    expect(pronouns.get("Evelyn")).toBeUndefined();
    expect(pronouns.get("Edith")).toBe("she");
  });
});

describe("a name the story tells only by a possessive and its pronoun", () => {
  it("keeps the story's pronoun over its given name's ('George's hair ..., and she')", () => {
    const cast = [
      { name: "George", aliases: [] },
      { name: "Julian", aliases: [] },
    ];
    const hers = [
      "George's hair was cut as short as a boy's, and she scowled at anyone who called her Georgina.",
      "The boat belonged to George. Julian had asked twice to row it, and twice her answer had been no.",
      "She rowed out past the rocks alone. She knew every current in the bay, and she felt the tide turn under the keel.",
      "She thought of the island and of the wreck that lay off it. She knew no one else had ever seen it.",
    ];
    const his = [
      "Julian walked up from the beach with the others, and he thought about the map they had found.",
      "He knew George would not like it. He wondered how to tell her.",
      "He sat on the wall and waited for the boat to come in. He saw it round the point at last.",
    ];
    const features = [...hers, ...his].map((t) => paragraphFeatures(t, cast));
    expect(pronounsOf(features, true).get("George")).toBe("she");
    const scenes = detectScenes(storyFromParagraphs([...hers, "* * *", ...his]), {
      characters: cast,
    });
    expect(scenes.map((s) => s.pov)).toEqual(["George", "Julian"]);
  });

  it("is not the pronoun of the person the possessive names ('Ada's brother ... he')", () => {
    const features = ["Ada's brother came in from the yard, and he shut the door."].map((t) =>
      paragraphFeatures(t, pair),
    );
    expect(pronounsOf(features, true).get("Ada")).toBe("she");
  });
});
