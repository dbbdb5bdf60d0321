/**
 * A hard-wrapped draft (a Project Gutenberg text, an editor that wraps at 70 columns) in the
 * editor: its paragraphs flow at the window's width, its verse keeps its lines, and the file
 * keeps every byte the writer did not type. writer-25's first item left.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { sharedApp } from "../support/app-reuse";
import type { AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";

/** Prose lines of at most `width` columns, breaking mid-sentence, as an editor's wrap leaves them. */
function wrap(words: string, width = 60): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
const SENTENCES = [
  "The keeper climbed the stair at dusk with the oil can in one hand and the lamp glass in the other,",
  "counting the steps as his father had counted them, though he had known for years that there were",
  "one hundred and nine and that the ninth from the top rocked when the wind came round to the east.",
  "Below him the tide worked at the rocks with the patience of a thing that had all the time there was,",
  "and the gulls had given up their quarrelling for the night and sat in rows along the gallery rail.",
];
const prose = wrap(SENTENCES.join(" "));
const more = wrap([...SENTENCES].reverse().join(" "));
const VERSE = ["The lamp is lit,", "the tide is in,", "and no one comes."];
/** Two wrapped paragraphs with a verse between them, in the file's own line ending. */
const draft = (eol: string): string =>
  [prose.join(eol), VERSE.join(eol), more.join(eol)].join(eol + eol) + eol;

// The test process's running app, reset for each test's draft.
let app: AppHarness | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe("a hard-wrapped draft (Chromium)", () => {
  it("flows a wrapped paragraph at the window's width and keeps a verse's lines", async () => {
    app = await sharedApp({ text: draft("\n") });
    const editor = new EditorPage(app.page);
    await screenshot(app.page, "hard-wrapped.png");
    const shown = await editor.shownParagraphs();
    expect(shown[0]).toBe(prose.join(" "));
    expect(shown[1]).toBe(VERSE.join("\n"));
    expect(shown[2]).toBe(more.join(" "));
    // The window's line holds more than the file's 60 columns: fewer lines than the file has.
    expect(await editor.shownLines(0)).toBeLessThan(prose.length);
    expect(await editor.shownLines(1)).toBe(VERSE.length);
  });

  it("saves a wrapped draft edited in one word with every other byte as it was", async () => {
    const text = draft("\r\n");
    app = await sharedApp({ text });
    const editor = new EditorPage(app.page);
    // "hundred", on the third line: a word in the middle of a wrapped paragraph.
    await editor.clickAfter("one hundred");
    for (let i = 0; i < "hundred".length; i++) await editor.press("Backspace");
    await app.page.keyboard.type("thousand");
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(text.replace("one hundred", "one thousand"));
  });

  it("types at a wrap point on the side the caret is, and Enter there breaks the paragraph", async () => {
    const text = draft("\n");
    app = await sharedApp({ text });
    const editor = new EditorPage(app.page);
    const [first, second, third, fourth] = prose;
    // At a line's end the caret is before the wrap: a letter goes on that line.
    await editor.clickAfter(first!);
    await app.page.keyboard.type("s");
    // One step right crosses the wrap (shown as a space): a letter opens the next line.
    await editor.press("ArrowRight");
    await app.page.keyboard.type("Q");
    // Enter at the next line's end: the paragraph breaks there, and the line end goes with it.
    await editor.clickAfter(second!.slice(-12));
    await editor.press("Enter");
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(
      text.replace(`${first}\n${second}\n${third}`, `${first}s\nQ${second}\n\n${third}`),
    );
    const shown = await editor.shownParagraphs();
    expect(shown[1]).toBe(`${third} ${fourth} ${prose.slice(4).join(" ")}`);
  });
});

describe("a wrap after a closed dash (qa-29, Chromium)", () => {
  it("shows well-|ordered as one word, as the exports join it, and keeps the file's line end", async () => {
    // The last wrapped line ends in a hyphen: the editor drew "well- ordered".
    const text = draft("\n").replace("sat in rows\nalong", "sat in well-\nordered rows along");
    app = await sharedApp({ text });
    const editor = new EditorPage(app.page);
    const joined = app.page.locator("#editor .wrap-break.wrap-joined");
    expect(await joined.count()).toBe(1);
    expect(await joined.evaluate((e) => e.getBoundingClientRect().width)).toBe(0);
    // Every other wrap still shows its space.
    const spaced = await app.page
      .locator("#editor .wrap-break:not(.wrap-joined)")
      .evaluateAll((es) => es.map((e) => e.getBoundingClientRect().width));
    expect(spaced.length).toBeGreaterThan(0);
    for (const width of spaced) expect(width).toBeGreaterThan(0);
    await screenshot(app.page, "hard-wrapped-hyphen.png");
    await editor.clickAfter("the gallery");
    await app.page.keyboard.type("s");
    await editor.press("Backspace");
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(text);
  });
});

describe("keys beside a wrap after a closed dash (qrev-29, Chromium)", () => {
  it("step over the unseen break and delete what is shown: the dash, not the line end", async () => {
    // Each arrow press across "well-|ordered" moved the caret nowhere to be seen, and
    // Backspace before "ordered" took out the file's line end and nothing the writer saw.
    const text = draft("\n").replace("sat in rows\nalong", "sat in well-\nordered rows along");
    app = await sharedApp({ text });
    const editor = new EditorPage(app.page);
    await editor.clickAfter("sat in well");
    // Each key waits until ProseMirror read where the last one left the caret, as a writer's do.
    await editor.press("ArrowRight");
    await editor.waitForCaretRead();
    await editor.press("ArrowRight");
    await editor.waitForCaretRead();
    await app.page.keyboard.type("X");
    expect(await editor.textBeforeCaret()).toMatch(/well-oX$/);
    await editor.press("Backspace");
    await editor.press("ArrowLeft");
    await editor.waitForCaretRead();
    await editor.press("Backspace");
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(
      text.replace("well-\nordered", "well\nordered"),
    );
  });
});

describe("copying from a hard-wrapped draft (Chromium)", () => {
  it("puts the text on the clipboard as it is shown: a wrap as a space, a verse's line ends kept", async () => {
    app = await sharedApp({ text: draft("\n") });
    const editor = new EditorPage(app.page);
    await editor.clickAfter(prose[0]!);
    await editor.press("Control+a");
    expect(await editor.copiedText()).toBe(
      [prose.join(" "), VERSE.join("\n"), more.join(" ")].join("\n\n"),
    );
  });
});

describe("editing beside a wrap (wrev-26, Chromium)", () => {
  it("deletes a word beside a wrap with Ctrl+Backspace and Ctrl+Delete as beside a space, and undoes it", async () => {
    const text = draft("\n");
    app = await sharedApp({ text });
    const editor = new EditorPage(app.page);
    const [first, second, third] = prose;
    // Ctrl+Backspace with the caret after the wrap: the first line's last word goes, and the
    // wrap with it, as a word and the space after it would.
    await editor.clickAfter(first!);
    await editor.press("ArrowRight");
    await editor.press("Control+Backspace");
    // Ctrl+Delete at the second line's end: the wrap and the third line's first word go.
    await editor.clickAfter(second!);
    await editor.press("Control+Delete");
    await editor.save();
    const cut = first!.slice(0, first!.lastIndexOf(" ") + 1);
    const rest = third!.slice(third!.indexOf(" "));
    expect(readFileSync(app.storyPath, "utf8")).toBe(
      text.replace(`${first}\n${second}\n${third}`, `${cut}${second}${rest}`),
    );
    await editor.undo();
    await editor.undo();
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(text);
  });

  it("gives the wrap back on Backspace straight after Enter beside it", async () => {
    const text = draft("\n");
    app = await sharedApp({ text });
    const editor = new EditorPage(app.page);
    await editor.clickAfter(prose[0]!);
    await editor.press("Enter");
    await editor.press("Backspace");
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(text);
  });

  it("pastes a phrase copied across a wrap with a space where the wrap was, not a line end", async () => {
    const text = draft("\n");
    app = await sharedApp({ text });
    const editor = new EditorPage(app.page);
    const [first, second] = prose;
    const word = second!.split(" ")[0]!;
    // The first line's last word, the wrap and the next line's first word.
    const phrase = `${first!.split(" ").pop()} ${word}`;
    await editor.selectShown(phrase);
    const copied = await editor.copied();
    expect(copied.text).toBe(phrase);
    await editor.clickAfter("lamp is lit");
    await editor.paste(copied);
    await editor.save();
    expect(readFileSync(app.storyPath, "utf8")).toBe(
      text.replace("lamp is lit", `lamp is lit${phrase}`),
    );
  });
});
