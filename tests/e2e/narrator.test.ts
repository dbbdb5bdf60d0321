/**
 * Issue 16: a first-person story's narrator is named from the text ("My name is ..."), and the
 * Cast panel says which character tells the story, so the writer sees why the lines tagged
 * "I said" carry that name. The story is our own (tests/fixtures/speakers/ferry.txt).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { CastPage } from "./pages/cast-page";
import { OutlinePage } from "./pages/outline-page";

const STORY = path.resolve(import.meta.dirname, "../fixtures/speakers/ferry.txt");

describe("the narrator the story names (issue 16, Chromium)", () => {
  let app: AppHarness;
  let cast: CastPage;

  beforeAll(async () => {
    app = await sharedApp({ story: STORY, storyName: "ferry.txt" });
    cast = new CastPage(app.page);
    await cast.open();
    await cast.waitForCharacter("Nell Ashby");
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("marks the narrator's card, and only hers", async () => {
    await expect(cast.card("Nell Ashby").locator(".cast-narrator").textContent()).resolves.toBe(
      "narrator",
    );
    expect(await cast.panel.locator(".cast-narrator").count()).toBe(1);
    // Read from the text, not set in the cast: the line says so.
    expect(await cast.card("Nell Ashby").locator(".cast-role").textContent()).toContain(
      "read from the text",
    );
    await screenshot(app.page, "narrator-card.png");
  });

  it("gives the lines tagged 'I said' the narrator's name", async () => {
    await cast.hoverQuote("The bus broke down");
    expect(await cast.quoteCard.locator(".quote-card-speaker").innerText()).toBe("Nell Ashby");
  });
});

// qa-30: the narrator the writer names in the Cast panel (a character with the alias "I") took
// the lines tagged "I said", yet the card did not say she tells the story, and the outline's
// chips showed "narrator (POV)" with her beside it as someone else.
describe("the narrator the writer names in the Cast panel (Chromium)", () => {
  let app: AppHarness;
  let cast: CastPage;
  let outline: OutlinePage;

  beforeAll(async () => {
    // Nobody names her: not the first line, not the ferryman ("Nell, the rope.").
    const told = readFileSync(STORY, "utf8")
      .replace("My name is Nell Ashby, and the", "The")
      .replaceAll("Nell, ", "");
    app = await sharedApp({ text: told, storyName: "ferry.txt" });
    cast = new CastPage(app.page);
    outline = new OutlinePage(app.page);
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("marks her card and gives her the first-person scene's POV", async () => {
    expect(await outline.chips(0)).toContain("narrator (POV)");
    await cast.open();
    await cast.addCharacter("Nell");
    await cast.addAlias("Nell", "I");
    await expect
      .poll(() => cast.card("Nell").locator(".cast-role").allTextContents())
      .toEqual(["narrator as the cast says"]);
    await expect.poll(() => outline.chips(0)).toContain("Nell (POV)");
    expect(await outline.chips(0)).not.toContain("narrator (POV)");
  });
});
