import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { undiscoveredReader } from "../../../eval/undiscovered";

describe("why a gold name was not discovered", () => {
  it("reads a name also written in lowercase as such ('Grace' beside 'some grace')", () => {
    const why = undiscoveredReader(
      storyFromParagraphs(['"Give me some grace," Tom said.', '"No," Grace said.']),
    );
    expect(why(["Grace"])).toBe("written in lowercase too");
  });

  it("does not blame a title written in lowercase ('my aunt') for 'Aunt Rose'", () => {
    const why = undiscoveredReader(
      storyFromParagraphs(["My aunt came in.", '"Hello, Aunt Rose," Tom said. Rose was there.']),
    );
    expect(why(["Aunt Rose"])).not.toBe("written in lowercase too");
  });
});
