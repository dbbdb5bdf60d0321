import { describe, expect, it } from "vitest";
import { detectScenes } from "../../../core/scenes";
import { storyFromParagraphs } from "../../../core/story";

const cast = [{ name: "Matthew", aliases: [] }];

// A workhouse boy's first night, told in the third person, with the author speaking up once.
const night = [
  "Matthew was put to bed in a loft above the laundry, among a row of boys who did not look up.",
  "I need not trouble the reader with the supper that followed. I have said enough of such places already. I know how they were kept, for I saw a great many of them, and I will only add that I never saw one worse.",
  "The blanket smelt of soap and smoke. The rain ran down the slates all night.",
  "Somewhere below a door banged, and a dog barked twice in the yard.",
  "At the far end of the row someone was crying, very quietly, so that no one would come.",
  "Matthew pulled the blanket over his head and counted the drops until he slept.",
];

describe("an author's aside in a third-person scene", () => {
  it("leaves the scene to the one the narration follows, not to the narrator", () => {
    const scenes = detectScenes(storyFromParagraphs(night), { characters: cast });
    expect(scenes.map((s) => s.pov)).toEqual(["Matthew"]);
  });

  it("gives a scene whose narration says 'I' throughout to the narrator", () => {
    const told = night.map((p) => p.replace(/\bMatthew\b/g, "I").replace(/\bhe\b/g, "I"));
    const scenes = detectScenes(storyFromParagraphs(told), { characters: cast });
    expect(scenes.map((s) => s.pov)).toEqual(["narrator"]);
  });
});
