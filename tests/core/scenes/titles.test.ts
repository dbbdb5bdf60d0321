import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseStory } from "../../../core/story";
import {
  detectScenes,
  distinctTitles,
  paragraphFeatures,
  sceneTitle,
  type SceneCharacter,
} from "../../../core/scenes";

const cast = [{ name: "Mara", aliases: [] }];
const title = (text: string): string =>
  sceneTitle([paragraphFeatures(text, cast)], [text], "Mara", 0);

describe("sceneTitle", () => {
  it("takes the action after a dialogue tag, not the tag", () => {
    expect(title('"Run!" Mara yelled as she vaulted the garden wall.')).toBe(
      "Mara — vaulted the garden wall",
    );
  });

  it("skips a bare tag for the next sentence's action", () => {
    expect(title('"Tea?" said Mara. Mara filled the chipped blue pot slowly.')).toBe(
      "Mara — filled the chipped blue pot",
    );
  });

  it("reads an action with emphasis marks as its words, without the marks", () => {
    // With the marks counted, "had *never* trusted the _Westminster_" overran the room.
    expect(title("Mara had *never* trusted the _Westminster_.")).toBe(
      "Mara — had never trusted the Westminster",
    );
  });

  it("keeps a month's or a day's capital in a time title", () => {
    expect(title("In June Mara swept the broken seeds onto the compost heap.")).toBe(
      "Mara — in June",
    );
    expect(title("By Friday Mara had dug the whole plot over twice.")).toBe("Mara — by Friday");
    expect(title("The next morning Mara went down to the plot early.")).toBe(
      "Mara — the next morning",
    );
  });

  it("does not end on a dangling word", () => {
    expect(title("Mara counted the coins of the dead.")).toBe("Mara — counted the coins");
  });

  const titleOf = (...texts: string[]): string =>
    sceneTitle(
      texts.map((text) => paragraphFeatures(text, cast)),
      texts,
      "Mara",
      0,
    );

  it("stops an action where its clause ends, not on the word that opens the next", () => {
    expect(title("Mara unwrapped the parcel slowly while Tom watched from the door.")).toBe(
      "Mara — unwrapped the parcel slowly",
    );
    expect(title("Mara woke at half three to a knock on the door.")).toBe(
      "Mara — woke at half three",
    );
  });

  it("never runs past a comma or a dash, nor keeps the comma", () => {
    expect(title("Mara had meant to drive, but the car would not start.")).toBe(
      "Mara — had meant to drive",
    );
    expect(title("Mara had meant to drive--but the car would not start.")).toBe(
      "Mara — had meant to drive",
    );
  });

  it("keeps an object pronoun that closes the phrase", () => {
    expect(title("Mara had never known it to rain so hard.")).toBe("Mara — had never known it");
  });

  it("gives the name alone rather than a phrase cut inside (on 'she had', before a noun)", () => {
    for (const text of [
      "Mara was taller than she had expected, and stronger.",
      "Mara was sitting on an overturned barrel and whistling.",
      "Mara was beginning to get very tired of the wait.",
    ])
      expect(title(text), text).toBe("Mara");
  });

  it("reads the action from the prose under a heading or a title line, not the heading", () => {
    expect(titleOf("CHAPTER II", "Mara climbed the fence at dawn.")).toBe(
      "Mara — climbed the fence at dawn",
    );
    expect(titleOf("The Salt Road", "The ferry put Mara ashore at the point.")).toBe(
      "Mara — The ferry put Mara ashore",
    );
  });

  it("keeps the owner of a place that is someone's own", () => {
    expect(title("Mara went up to her own room and shut the door.")).toBe("Mara — her own room");
  });
});

describe("titles across a story", () => {
  const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
  const gold = JSON.parse(read("../../fixtures/seed/story.gold.json")) as {
    characters: SceneCharacter[];
  };

  it("gives no two scenes of the bundled story the same title", () => {
    const scenes = detectScenes(parseStory(read("../../../documents/story.txt")), {
      characters: gold.characters,
    });
    const titles = scenes.map((s) => s.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("never opens a title with a quotation mark", () => {
    const scenes = detectScenes(parseStory(read("../../../documents/story.txt")), {
      characters: gold.characters,
    });
    for (const s of scenes) expect(s.title).not.toMatch(/— ["“‘']/u);
  });

  it("titles a first-person scene by place or time, with no name in front", () => {
    const scenes = detectScenes(parseStory(read("../../fixtures/scenes/first_person.txt")), {
      characters: [{ name: "Ruth", aliases: ["Aunt Ruth"] }],
    });
    for (const s of scenes) expect(s.title).not.toMatch(/^(?:narrator|Ruth) —/u);
    expect(scenes.some((s) => /^Three weeks later$/u.test(s.title))).toBe(true);
  });

  it("takes a scene's next candidate when its first is taken, and numbers a last resort", () => {
    expect(
      distinctTitles([
        ["Mara — the roof", "Mara — dusk"],
        ["Mara — the roof", "Mara — the next morning"],
        ["Mara — the roof"],
      ]),
    ).toEqual(["Mara — the roof", "Mara — the next morning", "Mara — the roof (2)"]);
  });
});

describe("place titles", () => {
  it("reads a place out of context: 'that alley' and 'her room' become 'the'", () => {
    expect(title("Mara stood in that alley for an hour, counting the bins.")).toBe(
      "Mara — the alley",
    );
    expect(title("Mara sat down in her room and wept for the cat.")).toBe("Mara — the room");
  });
});
