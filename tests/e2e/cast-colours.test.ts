/**
 * A character keeps their colour for the session when the writer adds someone to the cast (the
 * cast lists the writer's characters before the found ones, so a newcomer came first and every
 * found character's colour moved one along).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";

const STORY = [
  "Harriet Cole had been in Boston for three weeks.",
  '"The kettle\'s broken again," Harriet said.',
  'Mark laughed from the doorway. "You\'ll have to learn to love coffee."',
  '"Where\'s Priya?" Harriet asked.',
  '"Gone to get the car," Mark said.',
].join("\n\n");

describe("character colours when the cast grows", () => {
  let app: AppHarness;
  let cast: CastPage;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-colours-")), "kettle.txt");
    writeFileSync(file, STORY + "\n");
    app = await sharedApp({ story: file, storyName: "kettle.txt" });
    cast = new CastPage(app.page);
  });
  afterAll(() => app.close());

  const colourOf = (name: string): Promise<string> =>
    cast
      .card(name)
      .evaluate((card) => (card as HTMLElement).style.getPropertyValue("--cast-color"));

  it("leaves Harriet's and Mark's colours as they were when Priya is added", async () => {
    await cast.open();
    await cast.waitForCharacter("Mark");
    const before = { harriet: await colourOf("Harriet"), mark: await colourOf("Mark") };
    expect(before.harriet).not.toBe(before.mark);
    await cast.addCharacter("Priya");
    await cast.waitForCharacter("Priya");
    await waitForAnalysis(app.page);
    expect({ harriet: await colourOf("Harriet"), mark: await colourOf("Mark") }).toEqual(before);
    expect(await colourOf("Priya")).not.toBe(before.mark);
  });
});
