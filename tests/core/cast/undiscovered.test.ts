import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { undiscoveredReader } from "../../../eval/undiscovered";

describe("why a gold name was not discovered", () => {
  it("reads a name also written in lowercase as such ('Grace' beside 'some grace')", () => {
    const why = undiscoveredReader(
      storyFromParagraphs(['"Give me some grace," Tom said.', '"No," Grace said.']),
    );
    expect(why(["Grace"])).toBe("lowercase too: tagged");
  });

  it("tells a name also written in lowercase by its strongest evidence: a call, deeds, mid-sentence", () => {
    const why = (lines: string[]) => undiscoveredReader(storyFromParagraphs(lines))(["Hope"]);
    const hope = '"I hope so," Tom said.';
    expect(why([hope, '"Hope, sit down."', "Hope sat."])).toBe("lowercase too: called");
    expect(why([hope, "Hope sat. Hope laughed."])).toBe("lowercase too: deeds, never called");
    expect(why([hope, "Tom looked at Hope for a while."])).toBe("lowercase too: mid-sentence");
    expect(why([hope, '"Ask Hope."'])).toBe("lowercase too: else");
  });

  it("does not blame a title written in lowercase ('my aunt') for 'Aunt Rose'", () => {
    const why = undiscoveredReader(
      storyFromParagraphs(["My aunt came in.", '"Hello, Aunt Rose," Tom said. Rose was there.']),
    );
    expect(why(["Aunt Rose"])).not.toMatch(/^lowercase too/);
  });
});
