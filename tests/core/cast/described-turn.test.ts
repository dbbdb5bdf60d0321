import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { person } from "./helpers";

const cast = [person("Dick"), person("Mr. Greyson")];

const speakers = (text: string): (string | null)[] =>
  analyzeStory(text, { file: "street.txt", cast }).quotes.map((q) => q.speaker);

describe("a description tag opening a new turn", () => {
  it("is the other one in the exchange, not the man who spoke the paragraph before", () => {
    const text = [
      "Dick sat on his box by the curb. Mr. Greyson came along the street and stopped.",
      '"Shine your boots, sir?" said Dick.',
      '"How much do you ask?" said Mr. Greyson.',
      '"Ten cents," said Dick, who had already set to work.',
      '"That is a fair price," said the gentleman, with a glance at the hole in Dick\'s coat.',
    ].join("\n\n");
    expect(speakers(text)).toEqual(["Dick", "Mr. Greyson", "Dick", "Mr. Greyson"]);
  });
});
