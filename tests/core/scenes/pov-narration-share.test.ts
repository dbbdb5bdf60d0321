import { describe, expect, it } from "vitest";
import { detectScenes } from "../../../core/scenes";
import { storyFromParagraphs } from "../../../core/story";

const cast = [
  { name: "Helen", aliases: [] },
  { name: "Len", aliases: [] },
];

describe("a scene's POV read from its narration, not its lines of dialogue", () => {
  it("follows the one whose head the narration is in, not the one who talks in every paragraph", () => {
    const scenes = detectScenes(
      storyFromParagraphs([
        "Helen unlocked the hall at seven and stood in the cold for a minute with the keys.",
        "Len looked up from the boiler. \"You're early. I've only just put the heating on, and the urn takes an hour, so there'll be no tea for anyone until half past at the earliest, and don't ask me about the chairs.\"",
        'Len wiped his hands. "The chairs are in the back. Somebody stacked them wrong again, and I\'m not doing it twice, not with my back the way it is this winter, so they can wait for the scouts."',
        'Len went on. "And the ballot boxes came Friday. I signed for them myself and put them under the stage where nobody would trip on them, which is more than the council ever did."',
        'Len sat down on the stage. "Mind you, the last count we had here, the lights went at ten past eleven and we finished by torchlight, so I\'ve brought the big torch, just in case."',
        "Helen counted the chairs along the wall and wondered whether anyone would come at all.",
      ]),
      { characters: cast },
    );
    expect(scenes.map((s) => s.pov)).toEqual(["Helen"]);
  });
});
