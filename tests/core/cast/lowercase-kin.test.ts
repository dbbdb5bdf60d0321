import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { discoverCast } from "../../../core/cast/discover";

const names = (cast: readonly Character[]) => cast.map((c) => c.name);

describe("discoverCast and a parent named only in lowercase tags", () => {
  const lines = [
    "The morning of the test my mom made pancakes. My little brother Eli was at the counter.",
    '"Eat something," my mom said. "You can\'t park on an empty stomach."',
    '"That\'s not a real rule," Eli said.',
    '"It is now," said my mom.',
    '"Big day," my dad said, stealing a pancake.',
  ];

  it("lists 'my mom said' twice as 'Mom', the family's word, not the description 'the mom'", () => {
    const cast = discoverCast(storyFromParagraphs(lines));
    const mom = cast.find((c) => c.name === "Mom");
    expect(mom?.aliases).toEqual(["the mom"]);
    expect(mom?.unnamed).toBeFalsy();
    expect(names(cast)).not.toContain("the mom");
  });

  it("lists a parent tagged once with a possessive ('my dad said') as 'Dad' too", () => {
    const cast = discoverCast(storyFromParagraphs(lines));
    expect(cast.find((c) => c.name === "Dad")?.aliases).toEqual(["the dad"]);
  });

  it("leaves 'said my mother' (the plain noun: a description), 'said the mother' and an untagged 'my mom' as they were", () => {
    const plain = lines.map((t) => t.replace(/my mom said|said my mom/, "said my mother"));
    expect(names(discoverCast(storyFromParagraphs(plain)))).not.toContain("Mother");
    const titled = lines.map((t) => t.replace(/my mom said|said my mom/, "said the mother"));
    expect(names(discoverCast(storyFromParagraphs(titled)))).not.toContain("Mother");
    const untagged = ["My mom was at the stove. Eli watched her.", '"Can I have one?" Eli asked.'];
    expect(names(discoverCast(storyFromParagraphs(untagged)))).toEqual(["Eli"]);
  });
});

describe("the dialect possessive 'me' before a family word ('said me mum')", () => {
  const text = [
    "Friday night is chippy night, and me mum drives there even though it is at the bottom of our road.",
    "‘Right,’ said me mum, pulling the handbrake on. ‘What are we having?’",
    "‘Fish and chips,’ I said.",
    "‘Proper order, that,’ me mum said. ‘Go on then.’",
  ].join("\n\n");

  it("lists her as 'Mum' and gives her the lines it tags, without a cast", () => {
    const analysis = analyzeStory(text, { file: "chippy.txt" });
    expect(analysis.characters.map((c) => c.name)).toContain("Mum");
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Mum", "Mum", "narrator", "Mum", "Mum"]);
  });

  it("leaves 'me' before any other word the object pronoun it is", () => {
    const other = text.replace(/me mum/g, "me Sam").replace("said me Sam", "said Sam to me");
    const analysis = analyzeStory(other, { file: "chippy.txt" });
    expect(analysis.characters.map((c) => c.name)).not.toContain("Mum");
  });
});
