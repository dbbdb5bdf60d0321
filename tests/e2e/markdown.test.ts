import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emphasisTexts, readDocx, readHtml } from "../core/export/readers";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";
import { ExportPage } from "./pages/export-page";
import { OutlinePage } from "./pages/outline-page";
import { CastPage } from "./pages/cast-page";

// The test process's running app, reset for each group's story.
const DRAFT = [
  "She was *very* tired, and the _Times_ lay unread on the table by the window.",
  "Two * three * four is arithmetic; snake_case_names stay as they are typed.",
  "He said nothing at all.",
].join("\n\n");

describe("italics in a Markdown draft (Chromium)", () => {
  let app: AppHarness;
  let editor: EditorPage;
  /** Each emphasised text on the page (its marks drawn apart) and whether it is in italics. */
  const italics = () =>
    app.page.evaluate(() =>
      [...document.querySelectorAll("#editor .md-em:not(.md-mark)")].map((e) => ({
        text: e.textContent ?? "",
        italic: getComputedStyle(e).fontStyle === "italic",
      })),
    );

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-md-"));
    const story = path.join(dir, "draft.md");
    writeFileSync(story, `${DRAFT}\n`);
    app = await sharedApp({ story, storyName: "draft.md" });
    editor = new EditorPage(app.page);
  });
  afterAll(() => app.close());

  it("shows *emphasis* and _emphasis_ in italics, marks and all, and nothing else", async () => {
    const shown = await italics();
    expect(shown.map((s) => s.text)).toEqual(["very", "Times"]);
    // The marks stay in the text, drawn quietly beside it.
    const marks = await app.page.locator("#editor .md-mark").allTextContents();
    expect(marks).toEqual(["*", "*", "_", "_"]);
    expect(shown.every((s) => s.italic)).toBe(true);
    await screenshot(app.page.locator("#editor"), "markdown-italics.png");
  });

  it("draws new emphasis as it is typed, and keeps the marks in the file", async () => {
    await editor.typeAtEndOf(2, " Then *softly* he left.");
    await expect.poll(async () => (await italics()).map((s) => s.text)).toContain("softly");
    await editor.save();
    const saved = readFileSync(app.storyPath, "utf8");
    expect(saved).toContain("She was *very* tired");
    expect(saved).toContain("Then *softly* he left.");
  });

  it("exports the italics to AO3 HTML", async () => {
    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.open();
    await exporter.chooseFormat("html");
    await exporter.exportTo(path.join(app.dir, "draft.html"));
    const html = readFileSync(path.join(app.dir, "draft.html"), "utf8");
    expect([...html.matchAll(/<em>(.*?)<\/em>/g)].map((m) => m[1])).toEqual([
      "very",
      "Times",
      "softly",
    ]);
  });
});

/**
 * Found on writer-22's day: the Export dialog's "One chapter" menu listed a Markdown draft's
 * chapters as "# Chapter One", marks and all, where the outline reads "Chapter One".
 */
describe("chapters of a Markdown draft in the Export dialog", () => {
  let app: AppHarness;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-md-"));
    const story = path.join(dir, "plot.md");
    const text = [
      "# Chapter One",
      "The seed packets were labelled in a spidery hand.",
      "## The Slugs",
      "The slugs came in May and ate every lettuce there was.",
    ].join("\n\n");
    writeFileSync(story, `${text}\n`);
    app = await sharedApp({ story, storyName: "plot.md" });
    await new OutlinePage(app.page).chapters.nth(1).waitFor();
  });
  afterAll(() => app.close());

  it("names them as the outline does, without the marks", async () => {
    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.open();
    const outlined = await new OutlinePage(app.page).chapterTitles();
    expect(outlined).toEqual(["Chapter One", "The Slugs"]);
    expect(await exporter.chapterChoices()).toEqual(outlined);
    await exporter.close();
  });
});

/**
 * Found on day-23: a plain-text draft that marks italics with `*word*` (as fan-fiction writers
 * do) kept literal asterisks in every export, and on AO3.
 */
describe("italics in a plain-text draft (Chromium)", () => {
  const TXT = [
    "She had *never* trusted the _Gazette_, and tonight she knew why.",
    "Five * three is fifteen, the ledger said; the file was notes_final_v2.",
    "* * *",
    '"*Now*," said Ivo, and the lamp went out.',
  ].join("\n\n");
  let app: AppHarness;
  let exporter: ExportPage;
  const out = (name: string): string => path.join(app.dir, name);
  const docxItalics = async (file: string): Promise<string[]> =>
    emphasisTexts((await mammoth.convertToHtml({ buffer: readFileSync(file) })).value);

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-txt-"));
    const story = path.join(dir, "gazette.txt");
    writeFileSync(story, `${TXT}\n`);
    app = await sharedApp({ story, storyName: "gazette.txt" });
    exporter = new ExportPage(app.page, app.dialogs);
  });
  afterAll(() => app.close());

  it("shows the spans in italics with the marks dimmed, as a Markdown draft does", async () => {
    const shown = await app.page.evaluate(() =>
      [...document.querySelectorAll("#editor .md-em:not(.md-mark)")].map((e) => ({
        text: e.textContent ?? "",
        italic: getComputedStyle(e).fontStyle === "italic",
      })),
    );
    expect(shown.map((s) => s.text)).toEqual(["never", "Gazette", "Now"]);
    expect(shown.every((s) => s.italic)).toBe(true);
    expect(await app.page.locator("#editor .md-mark").allTextContents()).toEqual([
      "*",
      "*",
      "_",
      "_",
      "*",
      "*",
    ]);
    await screenshot(app.page.locator("#editor"), "txt-italics.png");
  });

  it("names scenes and lines without the marks: outline, lines view; the text keeps them", async () => {
    const outline = new OutlinePage(app.page);
    await waitForAnalysis(app.page);
    // The first scene's title is detected from "She had *never* trusted the _Gazette_".
    const titles = await outline.titles();
    expect(titles[0]).toContain("had never trusted");
    expect(titles.join(" ")).not.toMatch(/[*_]/u);
    // The Export dialog lists the scenes as the outline names them.
    await exporter.open();
    expect((await exporter.sceneTitles()).map((t) => t.trim())).toEqual(titles);
    await exporter.close();
    const cast = new CastPage(app.page);
    await cast.open();
    await cast.waitForCharacter("Ivo");
    await cast.showLines("Ivo");
    expect(await cast.lines()).toEqual(["“Now,”"]);
    expect((await cast.lineScenes()).join(" ")).not.toMatch(/[*_]/u);
    expect(readFileSync(app.storyPath, "utf8")).toBe(`${TXT}\n`);
    expect(await app.page.locator("#editor .md-mark").count()).toBe(6);
  });

  it("offers Asterisks as italics, ticked; exports <em> to AO3 HTML and italic runs to DOCX", async () => {
    await exporter.open();
    expect(await exporter.italicsChoice()).toEqual({ shown: true, checked: true, enabled: true });
    await exporter.chooseFormat("html");
    await screenshot(app.page, "export-dialog-italics.png");
    // The body for AO3's HTML field, as pasted.
    expect(emphasisTexts(await exporter.copyForAo3())).toEqual(["never", "Gazette", "Now"]);
    await exporter.exportTo(out("gazette.html"));
    const html = readFileSync(out("gazette.html"), "utf8");
    expect(emphasisTexts(html)).toEqual(["never", "Gazette", "Now"]);
    expect(readHtml(html).blocks.map((b) => b.text)).toContain(
      "Five * three is fifteen, the ledger said; the file was notes_final_v2.",
    );

    await exporter.open();
    await exporter.chooseFormat("docx");
    await exporter.exportTo(out("gazette.docx"));
    expect(await docxItalics(out("gazette.docx"))).toEqual(["never", "Gazette", "Now"]);
  });

  it("prints the marks as typed when the writer unticks it; txt is the file either way", async () => {
    await exporter.open();
    await exporter.chooseFormat("docx");
    await exporter.setAsterisksAsItalics(false);
    await exporter.exportTo(out("gazette-marks.docx"));
    expect(await docxItalics(out("gazette-marks.docx"))).toEqual([]);
    expect(await readDocx(readFileSync(out("gazette-marks.docx")))).toContain(
      "She had *never* trusted the _Gazette_, and tonight she knew why.",
    );

    await exporter.open();
    // Not remembered: each export starts from what the draft uses.
    expect((await exporter.italicsChoice()).checked).toBe(true);
    await exporter.chooseFormat("txt");
    // Plain text keeps its marks: nothing to choose.
    expect(await exporter.italicsChoice()).toMatchObject({ shown: true, enabled: false });
    await exporter.exportTo(out("gazette-copy.txt"));
    expect(readFileSync(out("gazette-copy.txt"))).toEqual(readFileSync(app.storyPath));
  });
});

// Found in review: the scene titles lost their marks but the chapter rows and the Export
// dialog's chapter list still showed "The *Long* Night".
describe("chapter headings with emphasis in a Markdown draft (Chromium)", () => {
  let app: AppHarness;
  beforeAll(async () => {
    const body = (who: string) =>
      [`${who} crossed the yard before the light came.`, `${who} waited by the gate.`].join("\n\n");
    app = await sharedApp({
      text:
        ["# The *Long* Night", body("Mara"), "# _Morning_ Again", body("Ivo")].join("\n\n") + "\n",
      storyName: "chapters.md",
    });
  });
  afterAll(() => app.close());

  it("names chapters without the marks in the outline and the Export dialog; the text keeps them", async () => {
    const outline = new OutlinePage(app.page);
    await expect.poll(() => outline.chapterTitles()).toEqual(["The Long Night", "Morning Again"]);
    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.open();
    expect((await exporter.chapterChoices()).map((t) => t.trim())).toEqual([
      "The Long Night",
      "Morning Again",
    ]);
    await exporter.close();
    expect(readFileSync(app.storyPath, "utf8")).toContain("# The *Long* Night");
  });
});
