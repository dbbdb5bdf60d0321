/**
 * Issue 16: a first-person story's narrator is named from the text ("My name is ..."), and the
 * Cast panel says which character tells the story, so the writer sees why the lines tagged
 * "I said" carry that name. The story is our own (tests/fixtures/speakers/ferry.txt).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";

const artifacts = path.resolve(import.meta.dirname, "../../test-results");
const STORY = path.resolve(import.meta.dirname, "../fixtures/speakers/ferry.txt");

describe("the narrator the story names (issue 16, Chromium)", () => {
  let app: AppHarness;
  let cast: CastPage;

  beforeAll(async () => {
    app = await sharedApp({ story: STORY, storyName: "ferry.txt" });
    cast = new CastPage(app.page);
    mkdirSync(artifacts, { recursive: true });
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
    await app.page.screenshot({ path: path.join(artifacts, "narrator-card.png") });
  });

  it("gives the lines tagged 'I said' the narrator's name", async () => {
    await cast.hoverQuote("The bus broke down");
    expect(await cast.quoteCard.locator(".quote-card-speaker").innerText()).toBe("Nell Ashby");
  });
});
