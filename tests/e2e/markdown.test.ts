import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, type AppHarness } from "../support/harness";
import { EditorPage } from "./pages/editor-page";
import { ExportPage } from "./pages/export-page";
import { OutlinePage } from "./pages/outline-page";

const artifacts = path.resolve(import.meta.dirname, "../../test-results");
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
    app = await openApp({ story, storyName: "draft.md" });
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
    mkdirSync(artifacts, { recursive: true });
    await app.page
      .locator("#editor")
      .screenshot({ path: path.join(artifacts, "markdown-italics.png") });
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
    app = await openApp({ story, storyName: "plot.md" });
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
