/**
 * A speaker the story only describes ("the landlady") can be chosen in the quote card. Found on a
 * writer's day: the legend listed "the landlady" and "the man" in their colours, but the card's
 * "Change speaker…" offered only the named cast, so "said the landlady" read as Maud's line
 * with no way to say otherwise.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";

const STORY = [
  "Maud walked to the bed and breakfast and banged on the door until the landlady came down.",
  "‘Your American,’ Maud said. ‘His car's in the harbour.’",
  "‘He's not my American,’ said the landlady, but she went up and got him anyway.",
  "Danny came down the stairs in one sock, and Maud told him.",
].join("\n\n");

describe("choosing a described speaker in the quote card", () => {
  let app: AppHarness;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-described-")), "bnb.txt");
    writeFileSync(file, STORY + "\n");
    app = await sharedApp({ story: file, storyName: "bnb.txt" });
  });
  afterAll(() => app.close());

  it("offers the story's described speakers after the cast, and the choice holds", async () => {
    const cast = new CastPage(app.page);
    await cast.hoverQuote("He's not my American");
    const select = cast.quoteCard.locator(".quote-card-select");
    expect(await select.locator("option").allInnerTexts()).toContain("the landlady");
    await select.selectOption("the landlady");
    await cast.quoteCard.waitFor({ state: "hidden" });
    await app.page.mouse.move(5, 5);
    await waitForAnalysis(app.page);
    await cast.hoverQuote("He's not my American");
    await cast.quoteCard.locator(".quote-card-corrected").waitFor();
    expect(await cast.quoteCard.locator(".quote-card-speaker").innerText()).toBe("the landlady");
    await app.page.mouse.move(5, 5);
    await cast.open();
    await cast.waitForCharacter("the landlady");
  });
});
