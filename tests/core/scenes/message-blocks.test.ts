import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { boundariesOf } from "./helpers";

const cast = [
  { name: "Carys", aliases: [] },
  { name: "Huw", aliases: [] },
];

/** Carys's evening in the flat: a scene going on. */
const flat = [
  "Carys ate her tea standing at the counter, beans out of the pan, and watched the rain run down the window over the sink. The flat was cold. The landlord had promised to look at the boiler on Monday and had not come, and she had stopped ringing him.",
  "After she had washed the pan she sat on the settee with her coat on and the laptop on her knees and tried to finish the essay on the Chartists, which was due on Friday and was not going well. She wrote a paragraph and deleted it and wrote it again.",
  "By ten the radiator under the window had gone stone cold, and she gave up and went to bed in her socks and her jumper, with the laptop still open on the floor beside her and the essay still three hundred words short.",
];
/** Huw's morning at the depot, a scene after the messages. */
const depot = [
  "Huw read the messages again in the cab of the van before he started the engine, the depot yard grey and wet around him and the other drivers going past with their clipboards. He did not know what to say to her that would not start a row.",
  "He drove the first round with the radio off, Pontypridd and then Treforest and the long climb up to Beddau, and at every stop he took the phone out and looked at it and put it back in his pocket without typing anything at all.",
];
const messages = [
  "Huw: You up?",
  "Carys: No. Boiler's gone again. Freezing.",
  "Huw: Ring him in the morning. I'll come round after my shift if he doesn't.",
  "Carys: You don't have to.",
];

describe("a block of messages", () => {
  it("opens a scene where a run of message lines follows narration that does not bring them in", () => {
    const story = storyFromParagraphs([...flat, ...messages, ...depot]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toContain(3);
  });

  it("goes on with the scene where the narration brings the messages in", () => {
    const buzzed = [...flat.slice(0, 2), "Her phone buzzed on the arm of the settee."];
    const story = storyFromParagraphs([...buzzed, ...messages, ...depot]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).not.toContain(3);
  });

  it("does not read one message line alone as a block", () => {
    const story = storyFromParagraphs([...flat, messages[0]!, ...depot]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).not.toContain(3);
  });
});

describe("labelled lines that are no exchange of messages", () => {
  const after = (lines: readonly string[]): number[] =>
    boundariesOf(
      detectScenes(storyFromParagraphs([...flat, ...lines, ...depot]), { characters: cast }),
    );

  it("does not read a form, each label once, as messages", () => {
    const form = [
      "Name: Carys Morgan",
      "Address: Flat 2, 14 Taff Street",
      "Complaint: Boiler broken since October, no heating or hot water.",
    ];
    expect(after(form)).not.toContain(3);
  });

  it("does not read a list of who is who as messages", () => {
    const who = ["Carys: the tenant", "Huw: her boyfriend, a driver", "Mr Price: the landlord"];
    expect(after(who)).not.toContain(3);
  });

  it("does not read an interview's questions and answers as messages", () => {
    const interview = [
      "Q: When did the boiler go?",
      "A: Tuesday, I think. Maybe Monday.",
      "Q: And you rang him?",
      "A: Four times.",
    ];
    expect(after(interview)).not.toContain(3);
  });
});

describe("lines set as a script", () => {
  it("does not open a scene at each exchange after a short stage direction", () => {
    const script = [
      ...flat,
      "Huw comes in, wet.",
      "Huw: Boiler again?",
      "Carys: Boiler again.",
      "He puts the kettle on.",
      "Huw: I'll ring him.",
      "Carys: He won't come.",
      "Huw: He'll come for me.",
      ...depot,
    ];
    const story = storyFromParagraphs(script);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).not.toContain(7);
  });
});
