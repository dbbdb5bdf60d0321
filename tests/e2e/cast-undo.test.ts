/**
 * Every change a writer makes in the Cast panel, and Ignore on a note, is one undo step in its
 * place among the text's edits: Ctrl+Z takes them back in order, Ctrl+Shift+Z makes them again,
 * and the file and sidecar saved after say what the writer sees.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sidecarPathFor } from "../../electron/host/story-files";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { CastPage } from "./pages/cast-page";
import { EditorPage } from "./pages/editor-page";
import { NotesPage } from "./pages/notes-page";
import { OutlinePage } from "./pages/outline-page";

const STORY = [
  "Harriet Cole had been in Boston for three weeks.",
  '"I guess the kettle\'s broken again," Harriet said. "Bloody thing."',
  'Mark laughed from the doorway. "You\'ll have to learn to love coffee."',
  '"Where\'s Priya?" Harriet asked.',
  '"Gone to get the car," Mark said. Priya waved from the street.',
].join("\n\n");

interface Sidecar {
  cast?: {
    characters: { name: string; aliases: string[]; voice: string; color?: string }[];
    corrections: { speaker: string | null }[];
    dismissed: string[];
  };
  notes?: { ignored: string[] };
}

describe("the Cast panel's changes and Ignore, undone and redone", () => {
  let app: AppHarness;
  let cast: CastPage;
  let editor: EditorPage;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "draftwise-undo-")), "kettle.txt");
    writeFileSync(file, STORY + "\n");
    app = await sharedApp({ story: file, storyName: "kettle.txt" });
    cast = new CastPage(app.page);
    editor = new EditorPage(app.page);
  });
  afterAll(() => app.close());

  const sidecar = (): Sidecar =>
    JSON.parse(readFileSync(sidecarPathFor(app.storyPath), "utf8")) as Sidecar;

  it("takes back a voice, a colour, an alias and a delete in their places among typing", async () => {
    await cast.open();
    await cast.waitForCharacter("Priya");
    await editor.insertAtEndOf(0, " It rained.");
    await cast.setVoice("Harriet", "british");
    await cast.card("Harriet").locator(".cast-voice:not(.inferred)").waitFor();
    // A result landing redraws the panel, and the palette with it: pick once it has landed.
    await waitForAnalysis(app.page);
    await cast.pickColor("Mark", "#2e86ab");
    await cast.addAlias("Mark", "Marky");
    await editor.insertAtEndOf(2, " He left.");
    await cast.delete("Priya");
    await expect.poll(() => cast.names()).not.toContain("Priya");
    await screenshot(app.page, "cast-undo-before.png");

    await editor.undo(); // the delete
    await cast.waitForCharacter("Priya");
    expect(await editor.paragraph(2).innerText()).toMatch(/He left\.$/);
    await editor.undo(); // the typing after the alias
    await expect.poll(() => editor.paragraph(2).innerText()).not.toMatch(/He left\.$/);
    expect(await cast.aliases("Mark")).toEqual(["Marky"]);
    await editor.undo(); // the alias
    await expect.poll(() => cast.aliases("Mark")).toEqual([]);
    expect(await cast.color("Mark")).toBe("#2e86ab");
    await editor.undo(); // the colour: Mark is only found again
    await expect.poll(() => cast.isFound("Mark")).toBe(true);
    expect(await cast.chosenVoice("Harriet")).toBe("british");
    await editor.undo(); // the voice
    await expect.poll(() => cast.chosenVoice("Harriet")).toBe("");
    expect(await editor.paragraph(0).innerText()).toMatch(/It rained\.$/);
    await editor.undo(); // the first typing
    await expect.poll(() => editor.paragraph(0).innerText()).not.toMatch(/It rained\.$/);
    await screenshot(app.page, "cast-undo-undone.png");

    for (let i = 0; i < 6; i++) await editor.redo();
    await expect.poll(() => cast.names()).not.toContain("Priya");
    expect(await cast.chosenVoice("Harriet")).toBe("british");
    expect(await cast.aliases("Mark")).toEqual(["Marky"]);
    expect(await cast.color("Mark")).toBe("#2e86ab");
    await screenshot(app.page, "cast-undo-redone.png");

    await editor.runCommand("file.save");
    const text = readFileSync(app.storyPath, "utf8");
    expect(text).toContain("for three weeks. It rained.");
    expect(text).toContain('love coffee." He left.');
    const saved = sidecar().cast!;
    expect(saved.characters).toEqual([
      expect.objectContaining({ name: "Harriet", voice: "british" }),
      { name: "Mark", aliases: ["Marky"], voice: "unknown", color: "#2e86ab" },
    ]);
    expect(saved.dismissed).toEqual(["Priya"]);
  });

  it("brings a deleted character back with its aliases and colour, and a merge apart", async () => {
    // The select reads "Merge in…": a writer on Harriet's card who picks Mark keeps Harriet.
    expect(await cast.card("Harriet").locator(".cast-merge option").first().textContent()).toBe(
      "Merge in…",
    );
    await cast.mergeInto("Harriet", "Mark");
    await expect.poll(() => cast.names()).not.toContain("Mark");
    expect(await cast.aliases("Harriet")).toContain("Marky");
    expect(await editor.statusPart("message")).toBe("Merged Mark into Harriet (Ctrl+Z undoes it)");
    await editor.undo();
    await cast.waitForCharacter("Mark");
    expect(await cast.isFound("Mark")).toBe(false);
    expect(await cast.aliases("Mark")).toEqual(["Marky"]);
    expect(await cast.aliases("Harriet")).not.toContain("Marky");

    await cast.delete("Mark");
    await expect.poll(() => cast.names()).not.toContain("Mark");
    await editor.undo();
    await cast.waitForCharacter("Mark");
    expect(await cast.isFound("Mark")).toBe(false);
    expect(await cast.aliases("Mark")).toEqual(["Marky"]);
    expect(await cast.color("Mark")).toBe("#2e86ab");
    await editor.runCommand("file.save");
    expect(sidecar().cast!.characters.map((c) => c.name)).toEqual(["Harriet", "Mark"]);
    expect(sidecar().cast!.dismissed).toEqual(["Priya"]);
  });

  it("undoes and redoes from the Cast panel's select, where the change was made", async () => {
    await cast.open();
    await cast.waitForCharacter("Mark");
    await cast.setVoice("Mark", "american");
    await expect.poll(() => cast.chosenVoice("Mark")).toBe("american");
    // The focus is still on the select the writer just used.
    await app.page.keyboard.press("Control+z");
    await expect.poll(() => cast.chosenVoice("Mark")).toBe("");
    await cast.card("Mark").locator(".cast-voice").focus();
    await app.page.keyboard.press("Control+Shift+z");
    await expect.poll(() => cast.chosenVoice("Mark")).toBe("american");
    await app.page.keyboard.press("Control+z");
    await expect.poll(() => cast.chosenVoice("Mark")).toBe("");
  });

  it("takes an Ignore back with Ctrl+Z and makes it again with Ctrl+Shift+Z", async () => {
    const notes = new NotesPage(app.page);
    await waitForAnalysis(app.page);
    await notes.openPanel();
    expect(await notes.count("voice")).toBe(1);
    await notes.hover("voice", "I guess");
    await notes.card.locator(".note-card-ignore-speaker").click();
    await expect.poll(() => notes.count("voice")).toBe(0);
    await editor.undo();
    await expect.poll(() => notes.count("voice")).toBe(1);
    await editor.runCommand("file.save");
    expect(sidecar().notes).toBeUndefined();
    await editor.redo();
    await expect.poll(() => notes.count("voice")).toBe(0);
    await editor.runCommand("file.save");
    expect(sidecar().notes?.ignored).toEqual(["voice:i guess:Harriet"]);
  });

  it("renames a character with its scenes' titles as one step, undone together", async () => {
    const outline = new OutlinePage(app.page);
    await cast.open();
    await cast.rename("Harriet", "Hattie");
    await cast.waitForCharacter("Hattie");
    await expect.poll(async () => (await outline.titles())[0]).toMatch(/^Hattie — /);
    await editor.undo();
    await cast.waitForCharacter("Harriet");
    await expect.poll(async () => (await outline.titles())[0]).toMatch(/^Harriet — /);
    await editor.redo();
    await cast.waitForCharacter("Hattie");
    await expect.poll(async () => (await outline.titles())[0]).toMatch(/^Hattie — /);
  });
});
