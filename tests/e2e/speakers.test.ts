import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { CastPage } from "./pages/cast-page";
import { NotesPage } from "./pages/notes-page";

const STORY = path.resolve(import.meta.dirname, "../fixtures/speakers/pub.txt");

/** The classes of the tinted opening quote mark of the line starting with `start`. */
function speakerMark(page: AppHarness["page"], start: string): Promise<string> {
  return page.evaluate((words) => {
    const p = [...document.querySelectorAll("#editor .ProseMirror p")].find((e) =>
      e.textContent?.includes(words),
    );
    const marks = [...(p?.querySelectorAll("[class*=dw-speaker-]") ?? [])];
    // The mark right before the line's words.
    const mark = marks.find((m) => {
      const after = document.createRange();
      after.setStartAfter(m);
      after.setEnd(p!, p!.childNodes.length);
      return after.toString().startsWith(words);
    });
    return mark?.className ?? "";
  }, start);
}

/** The voice the Cast panel shows for `name` ("British (inferred)", "unknown (inferred)"...). */
function shownVoice(cast: CastPage, name: string): Promise<string> {
  return cast
    .card(name)
    .locator(".cast-voice")
    .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? "");
}

describe("speakers the editor is sure of, and guesses (issue 16)", () => {
  let app: AppHarness;
  let cast: CastPage;
  let notes: NotesPage;

  beforeAll(async () => {
    app = await sharedApp({ story: STORY, storyName: "pub.txt" });
    cast = new CastPage(app.page);
    notes = new NotesPage(app.page);
    await cast.open();
    await cast.waitForCharacter("Barney");
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("a name-tagged line reads as certain, a turn-taking guess reads as a guess", async () => {
    await cast.hoverQuote("Sod off");
    expect(await cast.quoteCard.locator(".quote-card-speaker").innerText()).toBe("Barney");
    expect(await cast.quoteCard.locator(".quote-card-guess").count()).toBe(0);
    expect(await speakerMark(app.page, "Sod off")).not.toContain("dw-speaker-guess");
    await app.page.mouse.move(5, 5);
    await cast.quoteCard.waitFor({ state: "hidden" });

    await cast.hoverQuote("Is it open?");
    expect(await cast.quoteCard.locator(".quote-card-speaker").innerText()).toBe("probably Willow");
    expect(await cast.quoteCard.locator(".quote-card-guess").innerText()).toMatch(/guess/i);
    expect(await speakerMark(app.page, "Is it open?")).toMatch(/dw-speaker-\d+ dw-speaker-guess/);
    await screenshot(app.page, "speaker-guess.png");
  });

  it("the writer's choice reads as certain", async () => {
    await cast.quoteCard.locator(".quote-card-select").selectOption("Willow");
    await cast.quoteCard.waitFor({ state: "hidden" });
    await app.page.mouse.move(5, 5);
    // The correction's analysis has landed once the mark stops saying "guess".
    await expect
      .poll(() => speakerMark(app.page, "Is it open?"), { timeout: 15_000 })
      .toMatch(/^dw-speaker-\d+$/);
    await cast.hoverQuote("Is it open?");
    await cast.quoteCard.locator(".quote-card-corrected").waitFor({ timeout: 15_000 });
    expect(await cast.quoteCard.locator(".quote-card-speaker").innerText()).toBe("Willow");
    expect(await cast.quoteCard.locator(".quote-card-guess").count()).toBe(0);
    await app.page.mouse.move(5, 5);
  });

  it("giving a line to someone else moves its voice: the barman stops being British", async () => {
    expect(await shownVoice(cast, "Barney")).toBe("British (inferred)");
    await cast.hoverQuote("Sod off");
    await cast.quoteCard.locator(".quote-card-select").selectOption("Willow");
    await cast.quoteCard.waitFor({ state: "hidden" });
    await app.page.mouse.move(5, 5);
    await expect
      .poll(() => shownVoice(cast, "Barney"), { timeout: 15_000 })
      .toBe("unknown (inferred)");
    expect(await shownVoice(cast, "Willow")).toBe("British (inferred)");
    await screenshot(app.page.locator("#right-panel"), "speaker-correction-voice.png");
  });

  it("a character's lines mark guesses the same way, and the writer's choices as certain", async () => {
    await cast.showLines("Willow");
    const line = (words: string) => cast.voice.locator(".voice-go", { hasText: words });
    await line("Sod off").waitFor({ timeout: 15_000 });
    // "I only want a cup of tea" follows an action beat (attributed at 0.80): a guess; the other two
    // are hers by the writer's choice.
    expect(await line("cup of tea").getAttribute("class")).toContain("guess");
    expect(await line("Is it open?").getAttribute("class")).not.toContain("guess");
    expect(await line("Sod off").getAttribute("class")).not.toContain("guess");
    await screenshot(app.page.locator("#right-panel"), "speaker-lines-guess.png");
    await cast.voice.locator(".voice-back").click();
  });

  it("a name only mentioned is offered to the cast from its spelling card", async () => {
    await notes.waitForUnderline("spelling", "Dru");
    await notes.rightClick("spelling", "Dru");
    const add = notes.card.locator(".note-card-add-cast");
    expect(await add.innerText()).toBe("Add to cast");
    expect(await notes.card.locator(".note-card-add").count()).toBe(1);
    await screenshot(app.page, "spelling-add-to-cast.png");
    await add.click();
    await cast.card("Dru").waitFor({ timeout: 15_000 });
    expect(await cast.isFound("Dru")).toBe(false);
    await notes.waitForUnderline("spelling", "Dru", false);
  });
});
