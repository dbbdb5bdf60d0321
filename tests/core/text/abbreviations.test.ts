import { describe, expect, it } from "vitest";
import { readSegments } from "../../../core/cast/refs";
import { paragraphFeatures } from "../../../core/scenes";
import { TITLE_ABBREVIATIONS } from "../../../core/text/abbreviations";

const paragraph = (title: string): string => `He bowed to ${title}. Aubert. She smiled at him.`;

describe("a title's full stop", () => {
  it("ends no sentence for the speakers' reading, for every title in the list", () => {
    for (const title of TITLE_ABBREVIATIONS) {
      const [segment] = readSegments(paragraph(title), [], []);
      const sentences = segment!.sentences.map((s) => paragraph(title).slice(s.from, s.to));
      expect(sentences, title).toEqual([`He bowed to ${title}. Aubert.`, " She smiled at him."]);
    }
  });

  it("ends no sentence for the scenes' reading, for every title in the list", () => {
    // "She" opens the second sentence, weighed as such; a third would weigh less.
    const second = paragraphFeatures("He bowed. She smiled at him.", []).pronouns.she;
    for (const title of TITLE_ABBREVIATIONS)
      expect(paragraphFeatures(paragraph(title), []).pronouns.she, title).toBe(second);
  });
});
