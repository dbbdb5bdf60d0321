import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";

const cast = ["Dr. Hale", "Nora", "Ted", "Meg"].map((name) => ({
  name,
  aliases: [],
  voice: "unknown" as const,
}));

const lastChapter = [
  "Dr. Hale closed his bag and looked at Nora.",
  '"He will sleep now," said Dr. Hale.',
  '"Thank you, doctor," said Nora.',
  '"Shall I send for his uncle?"',
  '"Yes. Do you know when he will come?"',
  '"No, sir."',
  "The doctor shook his head.",
];

const speakers = (heading: string, chapter: readonly string[]): (string | null)[] =>
  analyzeStory([...lastChapter, heading, ...chapter].join("\n\n"), {
    file: "river.txt",
    cast,
  }).quotes.map((q) => q.speaker);

const river = [
  "A week later Ted and Meg walked down to the river. The water was high and brown, and the path was thick with mud.",
  '"It is cold," said Meg.',
  '"Too cold to stay out long."',
];

describe("a chapter heading", () => {
  it("starts a new exchange: the last chapter's speakers do not take turns in it ('II')", () => {
    expect(speakers("II", river).at(-1)).toBe("Ted");
  });

  it("does so for a worded heading too ('Chapter 2')", () => {
    expect(speakers("Chapter 2", river).at(-1)).toBe("Ted");
  });

  it("lets the last chapter's speakers go on when the new chapter names them before its first line", () => {
    const visit = [
      "A week later Dr. Hale came back and found Nora at the window.",
      '"How is he?"',
      '"Better, sir."',
    ];
    expect(speakers("II", visit).slice(-2)).toEqual(["Dr. Hale", "Nora"]);
  });
});

describe("a scene break", () => {
  it("ends the exchange: the last scene's speaker does not answer in the next", () => {
    const text = [
      '"Pass me the rope," Odile said.',
      '"Which rope?" Bram asked.',
      '"The only rope."',
      '"There are two ropes."',
      "***",
      "By dusk the camp was quiet. Odile sat by the fire mending a sock, and Sefton had fallen asleep against a pack.",
      '"Are you awake?"',
      '"I am now."',
      '"Good. I heard something by the river."',
    ].join("\n\n");
    const cast = [
      { name: "Odile Marsh", aliases: ["Odile"], voice: "unknown" as const },
      { name: "Bram Tully", aliases: ["Bram"], voice: "unknown" as const },
      { name: "Sefton Ray", aliases: ["Sefton"], voice: "unknown" as const },
    ];
    const speakers = analyzeStory(text, { file: "camp.txt", cast }).quotes.map((q) => q.speaker);
    expect(speakers.slice(4)).toEqual(["Odile Marsh", "Sefton Ray", "Odile Marsh"]);
  });
});
