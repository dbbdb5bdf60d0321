import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { CaretPage } from "./pages/caret-page";

describe("the story's ends and its scene boundaries, by keyboard (Chromium, bundled story)", () => {
  let app: AppHarness;
  let caret: CaretPage;
  beforeAll(async () => {
    app = await sharedApp();
    caret = new CaretPage(app.page);
    await app.page.locator("#editor .ProseMirror").click();
  });
  afterAll(() => app.close());

  it("reaches the end with Ctrl+End and the start with Ctrl+Home, in one press", async () => {
    await caret.toSceneBoundary(3);
    await app.page.keyboard.press("Control+End");
    const end = await caret.story();
    expect(end.atEnd).toBe(true);
    expect(end.caret).toBe(end.text.length);
    expect((await caret.caret()).visible).toBe(true);
    await app.page.keyboard.press("Control+Home");
    expect((await caret.story()).caret).toBe(0);
    expect((await caret.caret()).visible).toBe(true);
  });

  it("selects from the caret to the end of the story with Ctrl+Shift+End", async () => {
    await caret.toSceneBoundary(4);
    const from = (await caret.caret()).pos;
    await app.page.keyboard.press("Control+Shift+End");
    const selection = await caret.selection();
    expect(selection.anchor).toBe(from);
    expect((await caret.story()).atEnd).toBe(true);
  });

  it("types letters where and in the order typed at any scene boundary, after any move", async () => {
    // Chromium's own Ctrl+End, pressed twice, left the caret outside every paragraph: "ZQX"
    // typed there came out as a new paragraph, its letters out of order.
    const moves = ["Control+End", "Control+Home", "ArrowLeft", "ArrowRight", "End", "Home"];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(40),
        fc.array(fc.constantFrom(...moves), { maxLength: 3 }),
        fc.stringMatching(/^[A-Z]{1,4}$/),
        async (boundary, keys, letters) => {
          await caret.toSceneBoundary(boundary);
          const before = await caret.story();
          // No pause between the moves and the letters, as a writer types.
          for (const key of keys) await app.page.keyboard.press(key);
          await app.page.keyboard.type(letters);
          const after = await caret.story();
          const at = after.caret - letters.length;
          expect(after.paragraphs).toBe(before.paragraphs);
          expect(after.text.slice(at, after.caret)).toBe(letters);
          expect(after.text.slice(0, at) + after.text.slice(after.caret)).toBe(before.text);
          const last = keys.at(-1);
          if (last === "Control+End") expect(after.caret).toBe(after.text.length);
          if (last === "Control+Home") expect(at).toBe(0);
        },
      ),
      {
        numRuns: 40,
        examples: [
          [0, ["Control+End", "Control+End"], "ZQX"],
          // An arrow's move not yet read by the editor when Ctrl+Home came (the caret stayed).
          [0, ["ArrowRight", "Control+Home"], "A"],
        ],
      },
    );
  });
});
