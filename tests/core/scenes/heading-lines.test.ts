import { describe, expect, it } from "vitest";
import { parseStory } from "../../../core/story";
import { detectScenes } from "../../../core/scenes";
import { isSceneHeading, sectionNumber } from "../../../core/scenes/heading-lines";
import { FARM_CAST, YARD } from "./helpers";

describe("isSceneHeading", () => {
  it("reads a line that names a scene's time, place or viewpoint", () => {
    const headings = [
      ...["Later that night", "Later", "Later.", "Ten years earlier", "Three weeks later"],
      ...["Present day", "Flashback", "End flashback", "The next morning", "Meanwhile"],
      ...["Sunnydale, 1997", "London, 1887", "Giles's apartment, 9 p.m.", "June 3, 2004"],
      ...["Sunnydale, California", "The Bronze, Sunnydale", "21:40", "Summer 1997"],
      ...["Buffy's POV", "POV: Spike", "Willow POV", "Xander's point of view"],
      ...["~Later that night~", "- Willow -", "[The Bronze]", "(Flashback)", "*Three days later*"],
    ];
    for (const h of headings) expect(isSceneHeading(h), h).toBe(true);
  });

  it("reads a line that is only a section's number, as novels number their parts", () => {
    for (const h of ["II", "III.", "IV", "XIV", "XXXIX", "12", "3."])
      expect(isSceneHeading(h), h).toBe(true);
  });

  it("gives a section's number its value", () => {
    const values = { I: 1, "IV.": 4, IX: 9, XIV: 14, XCIX: 99, "12.": 12, "007": 7 };
    for (const [line, value] of Object.entries(values))
      expect(sectionNumber(line), line).toBe(value);
    for (const line of ["Nell", "IIII", "1997", "I think"])
      expect(sectionNumber(line), line).toBeNull();
  });

  it("reads no word in capitals that only looks like a number", () => {
    for (const p of ["IIII", "VX", "MIX", "CIVIL", "XL-sized", "4321", "I think", "II was"])
      expect(isSceneHeading(p), p).toBe(false);
  });

  it("never reads a short paragraph of prose, a line of speech or a name as one", () => {
    const prose = [
      ...["No.", "Oh.", "Hmm.", "...", "Silence.", "Nothing.", "Oh God!", "Now.", "Then."],
      ...["Later, she said.", "It was 1997.", "She was born in 1997", '"Later," he said.'],
      ...["“Three weeks later”", "Spike", "Buffy Summers", "Later?", "*Oh no*", "*sigh*"],
      ...["The end of the world, again", "— I'm grand, he said", "Dear Judy,", "Love, Mum"],
      ...["He waited until nine. Then ten.", "Later that night\nshe went out"],
    ];
    for (const p of prose) expect(isSceneHeading(p), p).toBe(false);
  });
});

describe("a scene heading in detection", () => {
  const accounts = [
    "Nell sat with the accounts spread out in front of her. The figures would not come right however she added them, and the lamp smoked, and the clock ticked on the wall.",
    "Amos came in with the dog and sat down across from her. He looked at the pages and then at her face and did not ask what they said, which she was grateful for.",
    "Nell put the pages away in the drawer and they sat a long time without talking while the fire burned down and the dog slept across their feet on the rug.",
  ];
  const starts = (heading: string) =>
    detectScenes(parseStory([...YARD, heading, ...accounts].join("\n\n")), {
      characters: FARM_CAST,
    })
      .slice(1)
      .map((s) => s.firstParagraph);

  it("opens a scene at a heading no phrase of the opening sentence reads", () => {
    for (const heading of ["Sunnydale, 1997", "Ten years earlier", "Nell's POV", "~Later~"])
      expect(starts(heading), heading).toEqual([3]);
  });

  it("opens none at the heading of a letter the narration announces", () => {
    const announced = [...YARD.slice(0, 2), `${YARD[2]!} The note ran as follows:`];
    const text = [...announced, "Sunnydale, 1997", ...accounts].join("\n\n");
    expect(detectScenes(parseStory(text), { characters: FARM_CAST }).length).toBe(1);
  });

  it("opens a scene at a section's number set alone ('II'), as a book heads its parts", () => {
    for (const [first, next] of [
      ["I", "II"],
      ["III.", "IV."],
      ["6", "7"],
    ]) {
      const text = [first!, ...YARD, next!, ...accounts].join("\n\n");
      const found = detectScenes(parseStory(text), { characters: FARM_CAST });
      expect(
        found.slice(1).map((s) => s.firstParagraph),
        next,
      ).toEqual([4]);
    }
  });

  it("keeps a heading with the paragraph it heads, when that one opens on a time too", () => {
    const text = [...YARD, "II", `It was a week later. ${accounts[0]!}`, ...accounts.slice(1)];
    text.unshift("I");
    const found = detectScenes(parseStory(text.join("\n\n")), { characters: FARM_CAST });
    expect(found.slice(1).map((s) => s.firstParagraph)).toEqual([4]);
  });

  it("opens scenes at numbers that count their sections ('1', '2', '3')", () => {
    const text = ["1", ...YARD, "2", ...accounts, "3", ...YARD].join("\n\n");
    const found = detectScenes(parseStory(text), { characters: FARM_CAST });
    expect(found.slice(1).map((s) => s.firstParagraph)).toEqual([4, 8]);
  });

  it("opens none at a number that counts nothing: 'I.' said, a letter's 'V.', a text's '12'", () => {
    for (const line of ["I", "I.", "V.", "X", "XXX", "12", "3"])
      expect(starts(line), line).toEqual([]);
  });

  it("opens none at a countdown's numbers ('3', '2', '1')", () => {
    const text = [...YARD, "3", "2", "1", ...accounts].join("\n\n");
    expect(detectScenes(parseStory(text), { characters: FARM_CAST }).length, "3 2 1").toBe(1);
  });

  it("opens none at a one-word paragraph of prose", () => {
    for (const line of ["Nothing.", "Silence.", "No."]) expect(starts(line), line).toEqual([]);
  });
});
