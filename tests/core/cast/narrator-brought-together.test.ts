/**
 * In a first-person stretch, narration that shows no one but one person (and "I") brings that
 * person and the narrator together: the bare line answering that person's next line is the
 * narrator's, though someone else spoke after the narrator before the narration.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [{ ...person("Jess"), narrator: true }, person("Tom"), person("Ada")];

/** Three talking in the kitchen, the narrator second. */
const kitchen = [
  "Ada and Tom were arguing about the fence when I came down for my breakfast. I made myself some toast and kept out of it, as I always do.",
  '"It leans," said Tom.',
  '"It has always leant," I said.',
  '"Then it can lean a bit more," said Ada.',
];

describe("narration that shows one person and the narrator", () => {
  it("gives the answer to that person's next line to the narrator", () => {
    expect(
      speakersOf(
        cast,
        ...kitchen,
        "Tom went to the window and looked at the fence for a long time.",
        '"It really does lean," he said.',
        '"It\'s fine."',
      ),
    ).toEqual(["Tom", "Jess", "Ada", "Tom", "Jess"]);
    expect(
      speakersOf(
        cast,
        ...kitchen,
        "Tom had heard all of this, and had gone pink to the top of his head.",
        '"The fence," said Tom. "Oh, good grief."',
        '"It\'s fine."',
      ),
    ).toEqual(["Tom", "Jess", "Ada", "Tom", "Tom", "Jess"]);
  });

  it("leaves the turns alone when the narration shows someone else too", () => {
    expect(
      speakersOf(
        cast,
        ...kitchen,
        "Tom went to the window, and Ada came after him with the teapot.",
        '"It really does lean," he said.',
        '"It\'s fine."',
      ),
    ).toEqual(["Tom", "Jess", "Ada", "Tom", "Ada"]);
  });

  it("leaves third-person narration alone", () => {
    expect(
      speakersOf(
        [person("Jess"), person("Tom"), person("Ada")],
        "Ada and Tom were arguing about the fence when Jess came down for her breakfast.",
        '"It leans," said Tom.',
        '"It has always leant," said Jess.',
        '"Then it can lean a bit more," said Ada.',
        "Tom went to the window and looked at the fence for a long time.",
        '"It really does lean," he said.',
        '"It\'s fine."',
      ),
    ).toEqual(["Tom", "Jess", "Ada", "Tom", "Ada"]);
  });
});
