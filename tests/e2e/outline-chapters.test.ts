/**
 * Chapters in the outline: a story with chapter headings shows each chapter as a row above its
 * scenes, titled as the writer wrote it (a Markdown draft's `#` headings too, which the app only
 * reads when the analysis knows the file name), with word counts; chapters collapse and expand
 * by mouse and keyboard; a draft without headings shows no chapter row.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { openApp, SEED_STORY, waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";
import { OutlinePage } from "./pages/outline-page";

const seed = readFileSync(SEED_STORY, "utf8")
  .split(/\r?\n\s*\r?\n/u)
  .filter((p) => p.trim());

/** The seed story's paragraphs with heading lines put before paragraphs `at`, in a temp file. */
function storyWithHeadings(name: string, headings: readonly [number, string][]): string {
  const out: string[] = [];
  seed.forEach((p, i) => {
    for (const [at, heading] of headings) if (at === i) out.push(heading);
    out.push(p);
  });
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-chapters-"));
  const file = path.join(dir, name);
  writeFileSync(file, out.join("\n\n") + "\n");
  return file;
}

describe("chapters in the outline", () => {
  let app: AppHarness | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  /** The app on `file`: the test process's running app reset, or (`start`) an app started on it. */
  async function open(
    file?: string,
    { start = false } = {},
  ): Promise<{ editor: EditorPage; outline: OutlinePage }> {
    const options = file ? { story: file, storyName: path.basename(file) } : {};
    app = start ? await openApp(options) : await sharedApp(options);
    return { editor: new EditorPage(app.page), outline: new OutlinePage(app.page) };
  }

  // Found on a writer's day: the count appeared only once the caret moved or the writer typed.
  it("counts the caret's chapter in the status bar as soon as the story opens", async () => {
    const { editor, outline } = await open(
      storyWithHeadings("opening.txt", [
        [0, "Chapter 1"],
        [12, "Chapter 2"],
      ]),
      // What the launch shows: a start, not an open in place.
      { start: true },
    );
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1", "Chapter 2"]);
    await waitForAnalysis(app!.page);
    expect(await editor.chapterWordCount()).toBe(await outline.chapterWords(0));
  });

  it("shows chapters above their scenes, titled as written, the opening one by the file name", async () => {
    const file = storyWithHeadings("willow-draft.txt", [
      [2, "Chapter One: The PEZ"],
      [12, "Chapter 2"],
      [21, "CHAPTER III"],
    ]);
    const { editor, outline } = await open(file);
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["willow-draft", "Chapter One: The PEZ", "Chapter 2", "CHAPTER III"]);
    // Every chapter row is followed by its scenes, in story order.
    const rows = await outline.shownRows();
    const sceneCount = await outline.items.count();
    expect(rows.filter((r) => r.startsWith("S:"))).toEqual(
      Array.from({ length: sceneCount }, (_, i) => `S:${i}`),
    );
    expect(rows[0]).toBe("C:willow-draft");
    rows.forEach((row, i) => {
      if (row.startsWith("C:")) expect(rows[i + 1]).toMatch(/^S:/u);
    });
    // A chapter's count is its scenes' counts, and the chapters add up to the story.
    await expect.poll(() => outline.chapterWords(3)).toBeGreaterThan(0);
    const sceneWords = await outline.items
      .locator(".outline-words")
      .allInnerTexts()
      .then((ws) => ws.map((w) => Number(w.replace(/[^0-9]/g, ""))));
    const chapterOfScene: number[] = [];
    let chapter = -1;
    for (const row of rows)
      if (row.startsWith("C:")) chapter++;
      else chapterOfScene.push(chapter);
    const totals = [0, 1, 2, 3].map((k) =>
      sceneWords.reduce((n, w, i) => (chapterOfScene[i] === k ? n + w : n), 0),
    );
    for (const k of [0, 1, 2, 3]) expect(await outline.chapterWords(k)).toBe(totals[k]);
    expect(totals.reduce((a, b) => a + b, 0)).toBe(await editor.wordCount());
    // The status bar counts the caret's chapter.
    const lastChapterScene = chapterOfScene.indexOf(3);
    await outline.jumpTo(lastChapterScene);
    await expect.poll(() => editor.chapterWordCount()).toBe(totals[3]);
    await outline.jumpTo(0);
    await expect.poll(() => editor.chapterWordCount()).toBe(totals[0]);

    await outline.toggleChapter(2);
    for (const theme of ["light", "dark"]) {
      await app!.emit({ type: "command", command: "view.theme", arg: theme });
      await screenshot(app!.page.locator("#left-panel"), `outline-chapters-${theme}.png`);
    }
  });

  it("reads a Markdown draft's # headings as chapters, without the marks", async () => {
    const file = storyWithHeadings("pez.md", [
      [0, "# The PEZ"],
      [10, "## Ice Cream"],
      [20, "# Riley"],
    ]);
    const { outline } = await open(file);
    await expect.poll(() => outline.chapterTitles()).toEqual(["The PEZ", "Ice Cream", "Riley"]);
  });

  it("collapses and expands chapters by mouse and keyboard, and keeps them so while editing", async () => {
    const file = storyWithHeadings("three.txt", [
      [0, "Chapter 1"],
      [10, "Chapter 2"],
      [20, "Chapter 3"],
    ]);
    const { editor, outline } = await open(file);
    await expect.poll(() => outline.chapterTitles()).toHaveLength(3);
    const scenesUnder = async (title: string): Promise<number> => {
      const rows = await outline.shownRows();
      const at = rows.indexOf(`C:${title}`);
      const next = rows.findIndex((r, i) => i > at && r.startsWith("C:"));
      return rows.slice(at + 1, next < 0 ? undefined : next).length;
    };
    const under = await scenesUnder("Chapter 1");
    expect(under).toBeGreaterThan(0);

    await outline.toggleChapter(0);
    expect(await outline.chapterExpanded(0)).toBe(false);
    expect(await scenesUnder("Chapter 1")).toBe(0);
    await outline.toggleChapter(0);
    expect(await scenesUnder("Chapter 1")).toBe(under);

    await outline.pressOnChapter(0, "ArrowLeft");
    expect(await scenesUnder("Chapter 1")).toBe(0);
    // Down from a collapsed chapter goes to the next chapter, past its hidden scenes.
    await app!.page.keyboard.press("ArrowDown");
    expect(await outline.chapters.nth(1).evaluate((e) => e === document.activeElement)).toBe(true);
    await app!.page.keyboard.press("ArrowRight");
    expect(await outline.chapterExpanded(1)).toBe(true);
    await app!.page.keyboard.press(" ");
    expect(await outline.chapterExpanded(1)).toBe(false);
    await app!.page.keyboard.press(" ");
    expect(await outline.chapterExpanded(1)).toBe(true);

    // Editing the story (typing, renaming a scene) keeps chapter 1 collapsed.
    await editor.typeAtEndOf(25, " More words here.");
    const last = (await outline.items.count()) - 1;
    await outline.rename(last, "The end");
    await waitForAnalysis(app!.page);
    await expect.poll(() => outline.titles().then((t) => t[last])).toBe("The end");
    expect(await outline.chapterExpanded(0)).toBe(false);
    expect(await scenesUnder("Chapter 1")).toBe(0);
    expect(await scenesUnder("Chapter 3")).toBeGreaterThan(0);
  });

  it("adds a chapter break at the caret in the draft's style, as one undo step", async () => {
    const file = storyWithHeadings("roman.txt", [
      [0, "CHAPTER I"],
      [10, "CHAPTER II"],
    ]);
    const original = readFileSync(file);
    const { editor, outline } = await open(file);
    await expect.poll(() => outline.chapterTitles()).toEqual(["CHAPTER I", "CHAPTER II"]);
    // The caret at the end of a paragraph of the second chapter; the outline's button.
    await editor.typeAtEndOf(16, "");
    await outline.panel.locator('[data-command="outline.chapterBreak"]').click();
    await waitForAnalysis(app!.page);
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["CHAPTER I", "CHAPTER II", "CHAPTER III"]);
    // The new chapter opens with its own scene, beneath its row.
    const rows = await outline.shownRows();
    expect(rows[rows.indexOf("C:CHAPTER III") + 1]).toMatch(/^S:/u);
    await editor.save();
    const saved = readFileSync(app!.storyPath, "utf8");
    expect(saved).toContain(`${seed[14]}\n\nCHAPTER III\n\n${seed[15]}`);
    await editor.editor.focus();
    await editor.press("Control+z");
    await waitForAnalysis(app!.page);
    await expect.poll(() => outline.chapterTitles()).toEqual(["CHAPTER I", "CHAPTER II"]);
    await editor.save();
    expect(readFileSync(app!.storyPath).equals(original)).toBe(true);
  });

  it("moves a whole chapter by keyboard and by drag and drop, each one undo step", async () => {
    const file = storyWithHeadings("moves.txt", [
      [0, "Chapter 1"],
      [9, "Chapter 2"],
      [18, "Chapter 3"],
    ]);
    const original = readFileSync(file);
    const { editor, outline } = await open(file);
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 1", "Chapter 2", "Chapter 3"]);
    const idsBefore = await outline.ids();
    const rowsBefore = await outline.shownRows();
    const scenesOf = (rows: string[], title: string): number => {
      const at = rows.indexOf(`C:${title}`);
      const next = rows.findIndex((r, i) => i > at && r.startsWith("C:"));
      return (next < 0 ? rows.length : next) - at - 1;
    };
    const counts = ["Chapter 1", "Chapter 2", "Chapter 3"].map((t) => scenesOf(rowsBefore, t));

    // Alt+Down on chapter 1's row: it goes below chapter 2, its scenes with it; focus stays.
    await outline.pressOnChapter(0, "Alt+ArrowDown");
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 2", "Chapter 1", "Chapter 3"]);
    expect(await outline.chapters.nth(1).evaluate((e) => e === document.activeElement)).toBe(true);
    const ids = await outline.ids();
    expect(ids).toEqual([
      ...idsBefore.slice(counts[0]!, counts[0]! + counts[1]!),
      ...idsBefore.slice(0, counts[0]!),
      ...idsBefore.slice(counts[0]! + counts[1]!),
    ]);
    await editor.editor.focus();
    await editor.save();
    const saved = readFileSync(app!.storyPath, "utf8");
    expect(saved.indexOf("Chapter 2")).toBeLessThan(saved.indexOf("Chapter 1"));
    expect(saved).toContain(`Chapter 2\n\n${seed[9]}`);
    expect(saved).toContain(`Chapter 1\n\n${seed[0]}`);
    // One undo step brings back the original order and bytes.
    await outline.pressOnChapter(1, "Control+z");
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 1", "Chapter 2", "Chapter 3"]);
    await editor.editor.focus();
    await editor.save();
    expect(readFileSync(app!.storyPath).equals(original)).toBe(true);

    // Alt+Up on the first chapter does nothing; on the third it goes above the second.
    await outline.pressOnChapter(0, "Alt+ArrowUp");
    expect(await outline.chapterTitles()).toEqual(["Chapter 1", "Chapter 2", "Chapter 3"]);
    await outline.pressOnChapter(2, "Alt+ArrowUp");
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 1", "Chapter 3", "Chapter 2"]);
    await outline.pressOnChapter(1, "Control+z");
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 1", "Chapter 2", "Chapter 3"]);

    // Drag chapter 3's row onto the top of chapter 1's row: it becomes the first chapter.
    await outline.dragChapterAbove(2, 0);
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 3", "Chapter 1", "Chapter 2"]);
    const dragged = await outline.ids();
    expect(dragged.slice(0, counts[2]!)).toEqual(idsBefore.slice(counts[0]! + counts[1]!));
    await waitForAnalysis(app!.page);
    expect(await outline.chapterTitles()).toEqual(["Chapter 3", "Chapter 1", "Chapter 2"]);
    await screenshot(app!.page.locator("#left-panel"), "outline-chapter-moved.png");
    await outline.pressOnChapter(0, "Control+z");
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 1", "Chapter 2", "Chapter 3"]);
    await editor.editor.focus();
    await editor.save();
    expect(readFileSync(app!.storyPath).equals(original)).toBe(true);
  });

  it("renames a chapter from its row: the heading line changes in its style, one undo step", async () => {
    // Chapter 2 stands under a part's heading and title: one chapter, named and renamed by its
    // own heading line.
    const file = storyWithHeadings("names.txt", [
      [0, "Chapter 1: The PEZ"],
      [10, "PART TWO"],
      [10, "THE WINTER"],
      [10, "Chapter 2"],
    ]);
    const original = readFileSync(file);
    const { editor, outline } = await open(file);
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1: The PEZ", "Chapter 2"]);
    await outline.renameChapter(0, "Ice Cream");
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1: Ice Cream", "Chapter 2"]);
    await outline.renameChapter(1, "Riley");
    await waitForAnalysis(app!.page);
    expect(await outline.chapterTitles()).toEqual(["Chapter 1: Ice Cream", "Chapter 2: Riley"]);
    await editor.editor.focus();
    await editor.save();
    const saved = readFileSync(app!.storyPath, "utf8");
    expect(saved.startsWith(`Chapter 1: Ice Cream\n\n${seed[0]}`)).toBe(true);
    expect(saved).toContain(`\n\nPART TWO\n\nTHE WINTER\n\nChapter 2: Riley\n\n${seed[10]}`);
    await outline.chapters.nth(0).locator(".outline-chapter-title").dblclick();
    await screenshot(app!.page.locator("#left-panel"), "outline-chapter-rename.png");
    await app!.page.keyboard.press("Escape");
    // Each rename is one undo step.
    await outline.pressOnChapter(1, "Control+z");
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1: Ice Cream", "Chapter 2"]);
    await outline.pressOnChapter(0, "Control+z");
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1: The PEZ", "Chapter 2"]);
    await editor.editor.focus();
    await editor.save();
    expect(readFileSync(app!.storyPath).equals(original)).toBe(true);
  });

  it("gives a title and byline over Chapter 1 to the first chapter, no row of their own", async () => {
    const file = storyWithHeadings("ledger.txt", [
      [0, "The Lighthouse Keeper's Ledger"],
      [0, "by A. Writer"],
      [0, "Chapter 1"],
      [12, "Chapter 2"],
    ]);
    const { editor, outline } = await open(file);
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1", "Chapter 2"]);
    // No opening row titled by the file name: the title lines are Chapter 1's first scene's.
    await screenshot(app!.page.locator("#left-panel"), "outline-chapter-title-line.png");
    // A rename edits the chapter's heading, never the title line above it.
    await outline.renameChapter(0, "Landfall");
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1: Landfall", "Chapter 2"]);
    await editor.editor.focus();
    await editor.save();
    const saved = readFileSync(app!.storyPath, "utf8");
    expect(
      saved.startsWith(`The Lighthouse Keeper's Ledger\n\nby A. Writer\n\nChapter 1: Landfall\n\n`),
    ).toBe(true);
  });

  it("keeps a rename box, and what was typed in it, while an analysis lands", async () => {
    const file = storyWithHeadings("typing.txt", [
      [0, "Chapter 1: The PEZ"],
      [10, "Chapter 2"],
    ]);
    const { outline } = await open(file);
    await expect.poll(() => outline.chapterTitles()).toEqual(["Chapter 1: The PEZ", "Chapter 2"]);
    // The first rename sends the story to the worker; the second box is open when it answers.
    await outline.renameChapter(0, "Ice Cream");
    await outline.pressOnChapter(1, "F2");
    const input = outline.chapters.nth(1).locator(".outline-chapter-rename");
    await input.fill("Ri");
    await waitForAnalysis(app!.page);
    // Still in the outline, still focused, still holding "Ri".
    expect(await input.count()).toBe(1);
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.pressSequentially("ley");
    await input.press("Enter");
    await expect
      .poll(() => outline.chapterTitles())
      .toEqual(["Chapter 1: Ice Cream", "Chapter 2: Riley"]);
  });

  it("renames a Markdown chapter by its # heading, keeping the marks", async () => {
    const file = storyWithHeadings("marks.md", [
      [0, "# The PEZ"],
      [10, "## Ice Cream"],
    ]);
    const { editor, outline } = await open(file);
    await expect.poll(() => outline.chapterTitles()).toEqual(["The PEZ", "Ice Cream"]);
    await outline.renameChapter(1, "Sundaes");
    await expect.poll(() => outline.chapterTitles()).toEqual(["The PEZ", "Sundaes"]);
    await editor.editor.focus();
    await editor.save();
    expect(readFileSync(app!.storyPath, "utf8")).toContain(`\n\n## Sundaes\n\n${seed[10]}`);
  });

  it("shows no chapter row and no chapter count for a draft without headings", async () => {
    const { editor, outline } = await open();
    expect(await outline.items.count()).toBeGreaterThan(1);
    expect(await outline.chapters.count()).toBe(0);
    expect(await editor.chapterWordCount()).toBeNull();
  });
});
