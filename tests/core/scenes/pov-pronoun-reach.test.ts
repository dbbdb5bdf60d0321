import { describe, expect, it } from "vitest";
import { detectScenes } from "../../../core/scenes";
import { storyFromParagraphs } from "../../../core/story";

const povs = (paragraphs: readonly string[], names: readonly string[]): (string | null)[] =>
  detectScenes(storyFromParagraphs(paragraphs), {
    characters: names.map((name) => ({ name, aliases: [] })),
  }).map((s) => s.pov);

describe("a pronoun before a name in its own sentence", () => {
  // Two boys, each a viewpoint. In Rob's second scene Sam opens as the subject, and every "he"
  // after it has Sam's name later in its sentence: "He had told Sam" is not Sam.
  const sams = [
    "Sam carried the crate down to the boat and set it on the slip. He thought the tide was late.",
    "Sam wiped his hands on his jeans. He knew the engine would not start on the first pull.",
    "Sam pulled the cord twice and the engine caught. He felt it shake under his feet.",
  ];
  const robsFirst = [
    "Rob locked the shop at six and stood a while under the awning. He thought about the letter.",
    "Rob walked home by the harbour wall. He could smell the diesel from the boats.",
    "Rob let himself in and put the kettle on. He knew he should ring his mother.",
  ];
  const robs = [
    "Sam was at the table by the window when Rob came in out of the rain.",
    "He had told Sam he would be late. He had not told Sam why, and he was glad Sam did not ask.",
    "He heard Sam laugh at something on his phone. He wondered how long Sam would stay.",
    "He put the letter in his pocket before Sam looked up.",
  ];

  it("is someone else, so the scene is the other's", () => {
    const story = [...sams, "* * *", ...robsFirst, "* * *", ...robs];
    expect(povs(story, ["Sam", "Rob"])).toEqual(["Sam", "Rob", "Rob"]);
  });
});

describe("a pronoun no viewpoint character of its sex can take", () => {
  // A long story of Ada's; her father is named once, in the short scene at its end that is his,
  // and is "he" after. He leads too few paragraphs to be one of the story's viewpoints, and no
  // viewpoint is a "he", so his "he" was no one's; it is the one "he" in view.
  const days = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "the next Monday",
  ];
  const adas = days.flatMap((day) => [
    `On ${day} Ada walked to the library in the rain. She found a desk by the radiator.`,
    "Ada wrote three pages and crossed out two. She felt better for the one that was left.",
    "Ada ate her lunch on the steps. She could hear the traffic on the ring road.",
    "Ada walked home the long way. She thought about ringing her mother and did not.",
    "Ada read in bed until late. She knew she would be tired in the morning.",
  ]);
  const his = [
    "Frank Pell read the message from his daughter four times at the kitchen table in the dark.",
    "He knew what fine meant. He had said fine to his own father for forty years.",
    "He got up and took the clock down from the wall, and set it right, and went to bed.",
  ];

  it("is the one of that sex in view", () => {
    const scenes = povs([...adas, "* * *", ...his], ["Ada", "Frank Pell"]);
    expect(scenes.at(-1)).toBe("Frank Pell");
  });
});
