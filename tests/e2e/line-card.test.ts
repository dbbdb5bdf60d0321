import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";
import { NotesPage } from "./pages/notes-page";
import { CastPage } from "./pages/cast-page";

/** Lets the pointer's next frame run (the cards read the pointer once a frame). */
const frames = (app: AppHarness): Promise<void> =>
  app.page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

describe("one card over a line whose words carry a note (bundled story, Chromium)", () => {
  let app: AppHarness;
  let editor: EditorPage;
  let notes: NotesPage;
  let cast: CastPage;
  const quoteCards = (): Promise<number> => app.page.locator(".quote-card:not([hidden])").count();
  const focusIn = (selector: string): Promise<boolean> =>
    app.page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);

  beforeAll(async () => {
    app = await sharedApp();
    editor = new EditorPage(app.page);
    notes = new NotesPage(app.page);
    cast = new CastPage(app.page);
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("shows the note and, under it, the line's speaker with its select, and no second card", async () => {
    await notes.hover("voice", "gonna");
    expect(await notes.card.innerText()).toMatch(/Spike speaks British English/);
    expect(await notes.line.locator(".quote-card-speaker").innerText()).toBe("Spike");
    expect(await notes.line.locator("select.quote-card-select").count()).toBe(1);
    await frames(app);
    expect(await quoteCards()).toBe(0);
    await screenshot(app.page, "line-card-gonna.png");
    // Along the line's other words the same card stays; the quote card does not open over it.
    await cast.hoverQuote("Listen, I'll");
    await frames(app);
    expect(await notes.card.count()).toBe(1);
    expect(await quoteCards()).toBe(0);
    await app.page.mouse.move(5, 5);
    await notes.card.waitFor({ state: "hidden" });
  });

  it("reaches the speaker by keyboard; browsing its names records nothing, and Escape closes", async () => {
    await notes.openPanel();
    await notes.goTo("voice", "gonna");
    await editor.press("Alt+Enter");
    await notes.card.waitFor();
    await notes.tabToLineSpeaker();
    const select = notes.line.locator("select");
    await editor.press("ArrowDown");
    // A name shows in the select; nothing is recorded and the card stays, focus in it.
    expect(await select.inputValue()).not.toBe("");
    await frames(app);
    expect(await notes.card.count()).toBe(1);
    expect(await notes.line.locator(".quote-card-speaker").innerText()).toBe("Spike");
    // The first Escape takes the name back, the second closes the card.
    await editor.press("Escape");
    expect(await select.inputValue()).toBe("");
    expect(await focusIn(".note-card")).toBe(true);
    await editor.press("Escape");
    await expect.poll(() => notes.card.count()).toBe(0);
    expect(await focusIn(".ProseMirror")).toBe(true);
  });

  it("records the name chosen with Enter, and the correction wins: the voice note and the lines follow", async () => {
    await notes.goTo("voice", "gonna");
    await editor.press("Alt+Enter");
    await notes.card.waitFor();
    await notes.tabToLineSpeaker();
    const select = notes.line.locator("select");
    const names = await select.locator("option").allInnerTexts();
    const steps = names.indexOf("Willow");
    expect(steps).toBeGreaterThan(0);
    for (let i = 0; i < steps; i++) await editor.press("ArrowDown");
    expect(await select.inputValue()).toBe("Willow");
    await editor.press("Enter");
    await expect.poll(() => notes.card.count()).toBe(0);
    expect(await focusIn(".ProseMirror")).toBe(true);
    await waitForAnalysis(app.page);
    // Willow's "gonna" is no slip of a British voice.
    expect(await notes.noted("voice", "gonna")).toBe(false);
    await cast.open();
    await cast.showLines("Willow");
    expect((await cast.lines()).some((l) => l.includes("Now I'm gonna kill you"))).toBe(true);
  });

  it("takes the correction back with Ctrl+Z, leaving the text, and makes it again with Ctrl+Shift+Z", async () => {
    const text = await notes.storyText();
    // Willow was only found: the correction adopted her into the writer's cast, in its own step.
    await cast.open();
    expect(await cast.isFound("Willow")).toBe(false);
    await app.page.locator("#editor .ProseMirror").focus();
    await editor.press("Control+z");
    await waitForAnalysis(app.page);
    expect(await notes.noted("voice", "gonna")).toBe(true);
    await expect.poll(() => cast.isFound("Willow")).toBe(true);
    expect(await notes.storyText()).toBe(text);
    await notes.hover("voice", "gonna");
    expect(await notes.line.locator(".quote-card-speaker").innerText()).toBe("Spike");
    await app.page.mouse.move(5, 5);
    await app.page.locator("#editor .ProseMirror").focus();
    await editor.press("Control+Shift+z");
    await waitForAnalysis(app.page);
    expect(await notes.noted("voice", "gonna")).toBe(false);
    expect(await notes.storyText()).toBe(text);
    await expect.poll(() => cast.isFound("Willow")).toBe(false);
  });

  it("opens the speaker of the line at the caret from the keyboard, where the line has no note", async () => {
    await cast.clickInto("I-I didn't do anything");
    await expect.poll(quoteCards).toBe(0);
    await editor.press("Alt+Shift+Enter");
    await cast.quoteCard.waitFor();
    // A card that takes focus is a (non-modal) dialog, as the note's card is, not a tooltip.
    expect(await cast.quoteCard.getAttribute("role")).toBe("dialog");
    expect(
      await app.page.evaluate(() => document.activeElement?.matches(".quote-card-select")),
    ).toBe(true);
    await screenshot(app.page, "line-card-keyboard.png");
    // The pointer moving over the story leaves a card opened from the keyboard alone.
    await app.page.mouse.move(200, 300, { steps: 3 });
    await frames(app);
    expect(await quoteCards()).toBe(1);
    await editor.press("Escape");
    await expect.poll(quoteCards).toBe(0);
    expect(await focusIn(".ProseMirror")).toBe(true);
  });

  it("holds back no quote card once the note card's notes are switched off under it", async () => {
    // The note's card opened from the keyboard stays open while the writer goes to the Notes
    // panel; switching its notes off hides it, and it must then hold back no other card.
    await notes.openPanel();
    await notes.goTo("gloss", "Sod off");
    await editor.press("Alt+Enter");
    await notes.card.waitFor();
    await notes.setKind("gloss", false);
    await expect.poll(() => notes.card.count()).toBe(0);
    await cast.hoverQuote("I-I didn't do anything");
    expect(await quoteCards()).toBe(1);
    await app.page.mouse.move(5, 5);
    await notes.setKind("gloss", true);
  });
});
