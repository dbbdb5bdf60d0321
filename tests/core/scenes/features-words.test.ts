import { describe, expect, it } from "vitest";
import { paragraphFeatures } from "../../../core/scenes";

const cast = [{ name: "Ann Lee", aliases: ["Ann"] }];

describe("paragraphFeatures: capitalised words, places and mentions", () => {
  it("takes a capitalised word only where no letter comes before its capital", () => {
    const f = paragraphFeatures("McAdam met Éloise at Dover; 'Tis OK, said O'Hara.", cast);
    expect(f.capitalised).toEqual(["Mc", "Éloise", "Dover", "Tis", "Hara"]);
  });

  it("takes a place noun only as a whole word, whatever its case", () => {
    const f = paragraphFeatures(
      "The backyard led to the KITCHEN, the kitchens and the Barn. A barnyard.",
      cast,
    );
    expect(f.places).toEqual(["kitchen", "barn"]);
    expect(f.openingPlace).toBe("kitchen");
  });

  it("lists every cast member mentioned, in the quotes too, and reads subjects again", () => {
    const first = paragraphFeatures('"Ann Lee," he said. She ran. He sat.', cast);
    const second = paragraphFeatures('"Ann Lee," he said. She ran. He sat.', cast);
    expect(first.mentioned).toEqual(["Ann Lee"]);
    expect(second.pronouns).toEqual(first.pronouns);
    expect(first.pronouns.she).toBeGreaterThan(0);
    expect(first.pronouns.he).toBeGreaterThan(0);
  });
});
