/**
 * A story with scene-break lines still gets its scenes read: the worker's detection regroups
 * the outline (titles, point of view) around the writer's markers, two markers in a row
 * included, and the file keeps its bytes. The story is our own, written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { OutlinePage } from "./pages/outline-page";

const MARA = [
  "Mara waited by the bus shelter with her hands in her pockets. She thought about the letter in her bag and wondered whether she should have opened it.",
  "She watched the buses come and go. She counted them, because counting kept her from thinking, and she felt the cold creep into her shoes.",
  '"You\'re late," she said when Jonah finally came round the corner.',
  "Mara knew he would have an excuse. She decided not to listen to it.",
];
const JONAH = [
  "Jonah sat in the diner and stared at his pancakes. He could not stop thinking about the look on her face at the shelter.",
  "He wondered whether he should have told her the truth. He remembered the letter and felt sick.",
  '"More coffee?" the waitress asked him.',
  "He nodded without looking up. He knew he would have to call her before midnight.",
];

function storyWith(markers: readonly string[]): string {
  return [...MARA, ...markers, ...JONAH, ""].join("\n\n");
}

describe.each([
  ["one scene-break line", ["* * *"]],
  ["two scene-break lines in a row", ["* * *", "* * *"]],
])("a story with %s (Chromium)", (_name, markers) => {
  let app: AppHarness;
  let outline: OutlinePage;
  let file: string;
  const text = storyWith(markers);

  beforeAll(async () => {
    file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-marked-")), "shelter.txt");
    writeFileSync(file, text);
    app = await sharedApp({ story: file, storyName: "shelter.txt" });
    outline = new OutlinePage(app.page);
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("shows the detected scenes' points of view around the markers", async () => {
    await expect(outline.items.count()).resolves.toBe(2);
    const povs = await outline.items.evaluateAll((rows) =>
      rows.map((row) => row.querySelector(".outline-chip.pov")?.getAttribute("title") ?? null),
    );
    expect(povs.every((pov) => pov !== null)).toBe(true);
    await expect(outline.scene(0).locator(".outline-chip.pov").innerText()).resolves.toBe("Mara");
    await expect(outline.scene(1).locator(".outline-chip.pov").innerText()).resolves.toBe("Jonah");
    // A screen reader hears which chip is the point of view (a fill and a title said nothing).
    await expect(outline.scene(0).locator(".outline-chips").ariaSnapshot()).resolves.toContain(
      "Mara (point of view)",
    );
  });

  it("leaves the file's bytes as they were", () => {
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
