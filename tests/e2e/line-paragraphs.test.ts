/**
 * A draft saved from Word or Google Docs as plain text puts each paragraph on its own line, and
 * the contract reads it as one paragraph: the editor says so when it opens and offers to
 * separate the paragraphs, as one edit the writer can undo and that is written only on save.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { openApp, SEED_STORY, waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { separateLineParagraphs } from "../../core/text/line-paragraphs";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";
import { OutlinePage } from "./pages/outline-page";

/** Looked at by whoever changes the notice: before and after its button. */
const SHOTS = ["line-paragraphs-1.png", "line-paragraphs-2.png"];

/** The bundled story as "Save as plain text" writes it: its 30 paragraphs, one a line. */
const LINES =
  readFileSync(SEED_STORY, "utf8")
    .split(/\n(?:[ \t]*\n)+/)
    .filter((p) => p.trim() !== "")
    .join("\n") + "\n";
const SEPARATED = separateLineParagraphs(LINES);

// The first group's story is a start of its own (the notice a launch shows); the others open in
// place in the test process's running app, reset.

/** The app on a fresh copy of LINES, with the page objects the tests below use. */
async function openOnePerLine(): Promise<{
  app: AppHarness;
  editor: EditorPage;
  banners: BannerPage;
}> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-lines-")), "draft.txt");
  writeFileSync(file, LINES);
  const app = await sharedApp({ story: file, storyName: "draft.txt" });
  return { app, editor: new EditorPage(app.page), banners: new BannerPage(app.page) };
}

describe("a file with one paragraph per line (Chromium)", () => {
  let app: AppHarness;
  let editor: EditorPage;
  let banners: BannerPage;
  let outline: OutlinePage;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-lines-")), "draft.txt");
    writeFileSync(file, LINES);
    app = await openApp({ story: file, storyName: "draft.txt" });
    editor = new EditorPage(app.page);
    outline = new OutlinePage(app.page);
    banners = new BannerPage(app.page, (path) => app.dialogs.open.push(path));
  });
  afterAll(() => app.close());

  it("says so when it opens, with a button to separate the paragraphs", async () => {
    await banners.waitFor(/own line/);
    expect(await banners.message("line-paragraphs")).toBe(
      "This file puts each paragraph on its own line. Draftwise separates paragraphs with a " +
        "blank line, so it reads these 30 lines as one paragraph.",
    );
    expect(await banners.actions("line-paragraphs")).toEqual(["Separate paragraphs", "Dismiss"]);
    expect(await editor.editor.locator("p").count()).toBe(1);
    expect(await outline.items.count()).toBe(1);
    await screenshot(app.page, SHOTS[0]!);
  });

  it("separates them in one edit, finds the scenes again, and writes nothing to the file", async () => {
    await banners.click("line-paragraphs", "Separate paragraphs");
    await editor.waitForParagraphs(30);
    await waitForAnalysis(app.page);
    // The CLI finds 6 to 12 scenes in the bundled story (tests/cli/analyze.test.ts).
    expect(await outline.items.count()).toBeGreaterThanOrEqual(6);
    // The caret stays at the start the writer is reading, not at the story's end.
    expect(await editor.textBeforeCaret()).toBe("");
    expect(await banners.text()).toBe(SEPARATED);
    expect(await banners.byId("line-paragraphs").count()).toBe(0);
    expect(await editor.status.innerText()).toMatch(/Separated into 30 paragraphs/);
    expect(await app.page.title()).toMatch(/^• draft\.txt/);
    expect(readFileSync(app.storyPath, "utf8")).toBe(LINES);
    await screenshot(app.page, SHOTS[1]!);
  });

  it("puts the lines back with one Undo, and separates them again with Redo", async () => {
    await editor.editor.focus();
    await editor.press("Control+z");
    await editor.waitForParagraphs(1);
    expect(await banners.text()).toBe(LINES);
    await editor.press("Control+Shift+z");
    await editor.waitForParagraphs(30);
    expect(await banners.text()).toBe(SEPARATED);
  });

  it("writes the separated text when the writer saves, every other byte as it was", async () => {
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(SEPARATED);
  });

  it("says nothing about a story that separates its paragraphs with blank lines", async () => {
    const other = path.join(app.dir, "separated.txt");
    writeFileSync(other, readFileSync(SEED_STORY, "utf8"));
    expect(await banners.open(other)).toBe(true);
    expect(await editor.fileLabel()).toMatch(/separated\.txt/);
    expect(await banners.byId("line-paragraphs").count()).toBe(0);
    // Nothing to separate: the edit does not apply, and the text stays as it was.
    await editor.runCommand("edit.separateParagraphs");
    expect(await banners.text()).toBe(readFileSync(SEED_STORY, "utf8"));
  });

  it("offers nothing for hard-wrapped prose, whose paragraphs also hold line breaks", async () => {
    // A LitBank excerpt (CC BY 4.0, see tests/fixtures/litbank/README.md): Gutenberg's wrapping.
    const wrapped = readFileSync(
      path.resolve(import.meta.dirname, "../fixtures/litbank/1342_pride_and_prejudice.txt"),
      "utf8",
    );
    const other = path.join(app.dir, "wrapped.txt");
    writeFileSync(other, wrapped);
    expect(await banners.open(other)).toBe(true);
    expect(await editor.fileLabel()).toMatch(/wrapped\.txt/);
    expect(await banners.byId("line-paragraphs").count()).toBe(0);
    await app.page.locator(".app-menu-button").click();
    await expect(
      app.page.locator('.app-menu-item[data-command="edit.separateParagraphs"]').isDisabled(),
    ).resolves.toBe(true);
    await app.page.keyboard.press("Escape");
    await editor.runCommand("edit.separateParagraphs");
    expect(await banners.text()).toBe(wrapped);
    // Electron's menu cannot grey the item out: chosen there, the status bar says why.
    await app.emit({ type: "command", command: "edit.separateParagraphs" });
    await expect(editor.status.locator("[data-status=message]").innerText()).resolves.toMatch(
      /for a file that puts each paragraph on its own line/,
    );
    expect(await banners.text()).toBe(wrapped);
  });
});

describe("a file with one paragraph per line whose scenes take long to find (Chromium)", () => {
  let app: AppHarness;
  let editor: EditorPage;
  let banners: BannerPage;

  beforeAll(async () => {
    ({ app, editor, banners } = await openOnePerLine());
  });
  afterAll(() => app.close());

  it("still puts the lines back with one Undo", async () => {
    await banners.waitFor(/own line/);
    // A novel's scenes take longer than the half second that ends an undo step: each read of
    // the page's clock here is a second after the last, so only one edit stays one step.
    await app.page.evaluate(() => {
      const now = Date.now.bind(Date);
      let reads = 0;
      Object.assign(window, { realDateNow: now });
      Date.now = () => now() + 1000 * reads++;
    });
    await banners.click("line-paragraphs", "Separate paragraphs");
    await editor.waitForParagraphs(30);
    await app.page.evaluate(() => {
      Date.now = (window as unknown as { realDateNow: () => number }).realDateNow;
    });
    await editor.editor.focus();
    await editor.press("Control+z");
    await editor.waitForParagraphs(1);
    expect(await banners.text()).toBe(LINES);
  });
});

describe("an indented file with one paragraph per line, CRLF and a BOM (Chromium)", () => {
  const INDENTED =
    "\uFEFF" +
    [
      '\t"Are you coming down to the harbour with us tonight?" asked Ann from the doorway.',
      '\t"Not tonight," said Jonah, and he shut the door before she could say any more.',
      "\tShe waited on the step for a long while after that, watching the boats come in.",
      '\t"Jonah?" she called at last, but he did not answer, and the lights went out.',
      "",
    ].join("\r\n");
  let app: AppHarness;
  let editor: EditorPage;
  let banners: BannerPage;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-lines-")), "harbour.txt");
    writeFileSync(file, INDENTED);
    app = await sharedApp({ story: file, storyName: "harbour.txt" });
    editor = new EditorPage(app.page);
    banners = new BannerPage(app.page);
  });
  afterAll(() => app.close());

  it("lets the writer dismiss the notice, and separate later from the Edit menu", async () => {
    await banners.waitFor(/these 4 lines as one paragraph/);
    await banners.click("line-paragraphs", "Dismiss");
    expect(await banners.byId("line-paragraphs").count()).toBe(0);
    expect(await banners.text()).toBe(INDENTED);
    await editor.chooseFromMenu("edit.separateParagraphs");
    await editor.waitForParagraphs(4);
    expect(await banners.text()).toBe(separateLineParagraphs(INDENTED));
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(
      "\uFEFF" + INDENTED.slice(1).replace(/\r\n(?=\t)/g, "\r\n\r\n"),
    );
  });
});

describe("a notice that no longer fits the text (Chromium)", () => {
  let app: AppHarness;
  let editor: EditorPage;
  let banners: BannerPage;

  beforeAll(async () => {
    ({ app, editor, banners } = await openOnePerLine());
  });
  afterAll(() => app.close());

  it("closes and says why when the text was rewritten after it opened", async () => {
    await banners.waitFor(/own line/);
    // The writer replaces the whole draft before pressing the button (as restoring recovered,
    // already separated work does): nothing is one paragraph per line any more.
    await editor.typeAtEndOf(0, "");
    await editor.press("Control+a");
    await app.page.keyboard.type("A new start.");
    await banners.click("line-paragraphs", "Separate paragraphs");
    expect(await banners.byId("line-paragraphs").count()).toBe(0);
    await expect(editor.status.locator("[data-status=message]").innerText()).resolves.toMatch(
      /for a file that puts each paragraph on its own line/,
    );
    expect(await banners.text()).toBe("A new start.\n");
  });
});

describe("a classic Mac file, its lines ended by a carriage return alone (Chromium)", () => {
  const MAC = [
    "\u201cYou\u2019re late,\u201d said Marnie, not looking up from the crossword on the table.",
    "\u201cThe bus broke down outside the station, again.\u201d Owen hung his coat on the peg by the door and sat down.",
    "She filled in seven across and did not look up. \u201cCoffee or tea?\u201d she asked him.",
    "* * *",
    "The next morning the rain had gone, and the street smelt of wet leaves and diesel from the buses going past.",
    "\u201cHe\u2019s got something for us,\u201d Owen said at the window. \u201cA parcel, by the look of it.\u201d",
    "",
  ].join("\r");
  let app: AppHarness;
  let editor: EditorPage;
  let banners: BannerPage;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-lines-")), "kettle.txt");
    writeFileSync(file, MAC);
    app = await sharedApp({ story: file, storyName: "kettle.txt" });
    editor = new EditorPage(app.page);
    banners = new BannerPage(app.page);
  });
  afterAll(() => app.close());

  it("says it reads the file as one paragraph, and why", async () => {
    await banners.waitFor(/carriage return alone/);
    expect(await banners.message("line-ends")).toBe(
      "This file ends its lines with a carriage return alone (classic Mac OS), which Draftwise " +
        "does not read as a line end, so it reads the whole file as one paragraph. Use LF line " +
        "ends to read its paragraphs; saving then writes LF.",
    );
    expect(await banners.actions("line-ends")).toEqual(["Use LF line ends", "Dismiss"]);
    expect(await editor.editor.locator("p").count()).toBe(1);
  });

  it("makes the line ends LF in one edit, then offers to separate the lines, writing on save", async () => {
    await banners.click("line-ends", "Use LF line ends");
    await banners.waitFor(/these 5 lines as 2 paragraphs/);
    expect(await banners.byId("line-ends").count()).toBe(0);
    expect(await banners.text()).toBe(MAC.replaceAll("\r", "\n"));
    expect(readFileSync(app.storyPath, "utf8")).toBe(MAC);
    await banners.click("line-paragraphs", "Separate paragraphs");
    await editor.waitForParagraphs(5);
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(
      separateLineParagraphs(MAC.replaceAll("\r", "\n")),
    );
  });
});
