/**
 * A scene-break line typed in the editor is a scene break at once: found on a writer's day, a
 * typed "* * *" stayed a line of prose until the story was opened again, so the outline showed
 * no new scene and the exports wrote the line as prose (left-aligned in HTML, indented in DOCX).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHtml } from "../core/export/readers";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { EditorPage } from "./pages/editor-page";
import { ExportPage } from "./pages/export-page";
import { OutlinePage } from "./pages/outline-page";

const STORY = [
  "The tide tables had been wrong all week, and Maud took it personally.",
  "‘It's the moon,’ said Mr Abernethy from the bait hut.",
  "‘It's the Admiralty,’ Maud said. ‘Somebody has made a sum wrong.’",
].join("\n\n");

describe("a scene-break line the writer types", () => {
  let app: AppHarness;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-typed-")), "tide.txt");
    writeFileSync(file, STORY + "\n");
    app = await sharedApp({ story: file, storyName: "tide.txt" });
  });
  afterAll(() => app.close());

  it("opens a scene in the outline and exports as a scene break", async () => {
    const editor = new EditorPage(app.page);
    const outline = new OutlinePage(app.page);
    expect(await outline.sceneCount()).toBe(1);
    await editor.typeAtEndOf(2, "");
    await editor.press("Enter");
    await app.page.keyboard.type("* * *");
    await editor.press("Enter");
    await app.page.keyboard.type("Danny found the boat hire man asleep in his van.");
    await waitForAnalysis(app.page);
    expect(await outline.sceneCount()).toBe(2);
    expect(await editor.editor.locator(".scene-break").allInnerTexts()).toEqual(["* * *"]);

    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.open();
    await exporter.chooseFormat("html");
    await exporter.setBreakStyle("asterisks");
    await exporter.exportTo(path.join(app.dir, "tide.html"));
    const blocks = readHtml(readFileSync(path.join(app.dir, "tide.html"), "utf8")).blocks;
    const typed = blocks.filter((b) => b.text === "* * *");
    expect(typed).toHaveLength(1);
    expect(typed[0]!.attrs.align).toBe("center");
    expect(blocks[blocks.length - 1]!.text).toBe(
      "Danny found the boat hire man asleep in his van.",
    );
  });
});
