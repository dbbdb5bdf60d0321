/**
 * The conversation pass (core/cast/conversation.ts) on small stories of our own: who an untagged
 * line answers when the turn before it held more than one person's lines.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";
import type { Character } from "../../../core/model";
import { isVocative } from "../../../core/cast/vocatives";

describe("a turn with two people's lines", () => {
  it("hands the next bare line to the paragraph's first speaker, not back to its last", () => {
    const cast = [person("Nora"), person("Wren")];
    expect(
      speakers(
        cast,
        "The two women stood at the window of the inn.",
        '"It is a pity about the rooms," said Nora.',
        'Wren felt that she had been unkind. "Nora, you must not spoil me. You take the good one." "No, you must have it," said Nora, turning from the glass.',
        '"No, no. You take it."',
        '"We shall quarrel over it all night."',
      ),
    ).toEqual(["Nora", "Wren", "Nora", "Wren", "Nora"]);
  });

  it("still answers a paragraph's only speaker by turns", () => {
    const cast = [person("Nora"), person("Wren")];
    expect(
      speakers(
        cast,
        '"It is a pity about the rooms," said Nora.',
        'Wren turned from the glass. "You take the good one. I do not mind the yard."',
        '"No, you must have it."',
        '"Then we shall toss a coin."',
      ),
    ).toEqual(["Nora", "Wren", "Nora", "Wren"]);
  });
});

describe("a group in the exchange", () => {
  it("takes no turn by turn-taking: after its chorus, a bare line answers one person", () => {
    const cast = [person("Ann"), person("Bo"), person("The ladies")];
    expect(
      speakers(
        cast,
        "Ann and Bo sat with the ladies by the fire.",
        '"Will you tell it to us?" asked Ann.',
        '"Oh, do!" cried the ladies.',
        '"Tomorrow," said Bo.',
        '"Why not tonight?"',
      ),
    ).toEqual(["Ann", "The ladies", "Bo", "Ann"]);
  });
});

describe("a question that names who answers", () => {
  it("calls a name after a clause-opening 'and', 'but', 'now', 'well' or 'so'", () => {
    const cast = [person("Mrs. Hale"), person("Fergus"), person("Tom")];
    expect(
      speakers(
        cast,
        "Mrs. Hale set down the teapot and looked at her two boys.",
        '"That was bravely done!--and Fergus, what have you been doing?"',
        '"Badger-baiting."',
      ),
    ).toEqual(["Mrs. Hale", "Fergus"]);
    const at = (text: string, name: string): boolean =>
      isVocative(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at("Good. Now Fergus, sit down.", "Fergus")).toBe(true);
    expect(at("But Fergus, you promised!", "Fergus")).toBe(true);
    // A name joined to another by "and" is no call, nor one that a comma does not close.
    expect(at("I saw Ann and Fergus, who were late.", "Fergus")).toBe(false);
    expect(at("Well. And Fergus went home.", "Fergus")).toBe(false);
  });
});

describe("a line that calls someone by a title", () => {
  it("is not theirs, though the narration before it shows them acting", () => {
    const cast: Character[] = [
      { name: "Ruth Dale", aliases: ["Ruth", "Dale", "Inspector Dale"], voice: "unknown" },
      { name: "Ada Venn", aliases: ["Mrs Venn"], voice: "unknown" },
      { name: "Tom Cole", aliases: ["Cole", "Sergeant Cole"], voice: "unknown" },
    ];
    expect(
      speakers(
        cast,
        "Inspector Dale sat down across from Mrs Venn. Sergeant Cole stayed by the door.",
        '"When did you last see him?" asked Dale.',
        '"On Monday," said Mrs Venn.',
        '"Monday morning?" asked Cole.',
        "Dale wrote that down.",
        '"Yes, Inspector. It was bin day."',
      ),
    ).toEqual(["Ruth Dale", "Ada Venn", "Tom Cole", "Ada Venn"]);
  });
});

describe("before a conversation's first anchor", () => {
  it("reads the turns from the first speaker on when the names the lines call agree", () => {
    // A tag far on ("the girl offered") would hand the turns out the other way round.
    const cast = [person("Abe Lowry", "Abe"), person("Walter"), person("Pip"), person("Lottie")];
    expect(
      speakers(
        cast,
        "The shed smelled of oil. Abe was bent over the mower with his back to the door.",
        '"Walter, why is that boy holding a hammer?"',
        '"Ask the boy."',
        '"Pip?"',
        '"It is for the birdhouse, Abe. I am nearly done."',
        '"And where will it hang?"',
        '"On the fence?"',
        '"Not on my fence, it won\'t."',
        '"It could go on the pear tree," the girl offered.',
      ).slice(0, 7),
    ).toEqual(["Abe Lowry", "Walter", "Abe Lowry", "Pip", "Abe Lowry", "Pip", "Abe Lowry"]);
  });
});
