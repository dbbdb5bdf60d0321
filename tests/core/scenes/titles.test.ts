import { describe, expect, it } from "vitest";
import { paragraphFeatures, sceneTitle } from "../../../core/scenes";

const cast = [{ name: "Mara", aliases: [] }];
const title = (text: string): string =>
  sceneTitle([paragraphFeatures(text, cast)], [text], "Mara", 0);

describe("sceneTitle", () => {
  it("takes the action after a dialogue tag, not the tag", () => {
    expect(title('"Run!" Mara yelled as she vaulted the garden wall.')).toBe(
      "Mara — vaulted the garden wall",
    );
  });

  it("skips a bare tag for the next sentence's action", () => {
    expect(title('"Tea?" said Mara. Mara filled the chipped blue pot slowly.')).toBe(
      "Mara — filled the chipped blue pot",
    );
  });

  it("does not end on a dangling word", () => {
    expect(title("Mara counted the coins of the dead.")).toBe("Mara — counted the coins");
  });
});
