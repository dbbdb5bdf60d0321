/**
 * "Ignore for Harriet" on a voice note stays ignored when the writer renames Harriet in the Cast
 * panel. Found on a writer's day: the note came back under the new name.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { NotesPage } from "./pages/notes-page";

const STORY = [
  "Harriet Cole had been in Boston for three weeks.",
  '"I guess the kettle\'s broken again," Harriet said. "Bloody thing."',
  'Mark laughed from the doorway. "You\'ll have to learn to love coffee."',
  '"I\'d rather queue at the chemist for an hour," Harriet said.',
].join("\n\n");

describe("an ignored voice note when its speaker is renamed", () => {
  let app: AppHarness;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-ignore-")), "kettle.txt");
    writeFileSync(file, STORY + "\n");
    app = await sharedApp({ story: file, storyName: "kettle.txt" });
  });
  afterAll(() => app.close());

  it("stays ignored under the new name", async () => {
    const notes = new NotesPage(app.page);
    const cast = new CastPage(app.page);
    await cast.open();
    await cast.waitForCharacter("Harriet");
    await cast.setVoice("Harriet", "british");
    await waitForAnalysis(app.page);
    await notes.openPanel();
    expect(await notes.count("voice")).toBe(1);
    await notes.hover("voice", "I guess");
    await notes.card.locator(".note-card-ignore-speaker").click();
    await waitForAnalysis(app.page);
    expect(await notes.count("voice")).toBe(0);

    await cast.open();
    await cast.rename("Harriet", "Hattie");
    await cast.waitForCharacter("Hattie");
    await waitForAnalysis(app.page);
    await notes.openPanel();
    expect(await notes.count("voice")).toBe(0);
  });
});
