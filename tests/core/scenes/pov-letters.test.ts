import { describe, expect, it } from "vitest";
import { detectScenes } from "../../../core/scenes";
import { storyFromParagraphs } from "../../../core/story";

const cast = [
  { name: "Edith", aliases: [] },
  { name: "Tom", aliases: [] },
];

// Edith's own narration, in the third person, around a letter her son writes in the first.
const before = [
  "Edith found the envelope wedged in the door of the shed when she went out for the eggs. She knew the hand at once, and she stood in the wet grass and turned it over twice before she wondered whether to open it at all.",
  "She took it inside and sat at the table by the range. She felt the kettle's warmth on her knees and thought how long it had been since anything came from him that was not a card.",
];
const letter = [
  "Dear Mum,",
  "I am sorry I have not written. I know I said I would, and I meant it, and then the weeks went. I have a room now above a baker's, and I am up at four, and I like it more than I thought I would.",
  "I think about the farm more than you would guess. I am not coming back yet, but I wanted you to know I am well, and I have not forgotten the hens or the gate I never mended.",
  "Love,\nTom",
];
const after = [
  "Two days later Edith walked to the post office in the village with her answer in her coat pocket. She thought the walk had never been so short, and she knew she had said too little.",
  "She stood a while by the box before she let the letter go, and she felt lighter on the way home than she had in a year.",
];

describe("a letter in a story told in the third person", () => {
  it("is the scene of the one who signs it, not the narrator's", () => {
    // Break lines around the letter: boundaries are not what is read here.
    const story = storyFromParagraphs([...before, "* * *", ...letter, "* * *", ...after]);
    const scenes = detectScenes(story, {
      characters: cast,
    });
    const pov = (p: number) =>
      scenes.find((s) => s.firstParagraph <= p && p <= s.lastParagraph)?.pov;
    expect(pov(4)).toBe("Tom");
    expect(pov(0)).toBe("Edith");
    expect(pov(9)).toBe("Edith");
  });

  it("stays the narrator's in a story told all in letters by one writer", () => {
    const second = [
      "Dear Mum,",
      "The baker has given me Sundays off. I walked out along the river to the weir and sat there half the day, and I thought of you and the hens and the gate.",
      "Love,\nTom",
    ];
    const scenes = detectScenes(storyFromParagraphs([...letter, ...second]), {
      characters: cast,
    });
    expect(scenes.map((s) => s.pov)).not.toContain("Tom");
  });
});

describe("the signer of a letter whose last lines close a paragraph of its text", () => {
  const withRuth = [...cast, { name: "Ruth", aliases: [] }];
  const povOfLetter = (closing: string) => {
    const story = storyFromParagraphs([
      ...before,
      "* * *",
      ...letter.slice(0, -1),
      closing,
      "* * *",
      ...after,
    ]);
    const scenes = detectScenes(story, { characters: withRuth });
    return scenes.find((s) => s.firstParagraph <= 4 && 4 <= s.lastParagraph)?.pov;
  };

  it("is the one the sign-off names, not one the letter's last sentence sends love to", () => {
    expect(povOfLetter("Give Ruth my love, and tell her the gate can wait.\nLove,\nTom")).toBe(
      "Tom",
    );
  });

  it("is no one the letter's text names when the sign-off names no one in the cast", () => {
    expect(povOfLetter("Tell Ruth the gate can wait.\nLove,\nYour son")).not.toBe("Ruth");
    expect(povOfLetter("I have not forgotten the hens. Give Ruth a kiss. Love, Robin")).not.toBe(
      "Ruth",
    );
  });
});
