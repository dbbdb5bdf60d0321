import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readDocx, readHtml } from "../core/export/readers";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { EditorPage } from "./pages/editor-page";
import { NotesPage } from "./pages/notes-page";
import { CaretPage } from "./pages/caret-page";
import { ExportPage } from "./pages/export-page";

/** A short story of writer-25's own: two marked scene breaks, one unmarked, a British keeper. */
const STORY = path.resolve(import.meta.dirname, "../fixtures/first-hour/lighthouse.txt");
/**
 * Its first scene with the keeper's "I'm Alistair Finch" taken out, so that "the man" who meets
 * Maren stays unnamed (lighthouse.txt's man names himself, and his lines are Finch's).
 */
const UNNAMED = path.resolve(import.meta.dirname, "../fixtures/first-hour/keeper.txt");

describe("a writer's first hour on their own story (Chromium)", () => {
  let app: AppHarness;
  let cast: CastPage;
  let editor: EditorPage;
  let notes: NotesPage;
  let caret: CaretPage;

  beforeAll(async () => {
    app = await sharedApp({ story: STORY });
    cast = new CastPage(app.page);
    editor = new EditorPage(app.page);
    notes = new NotesPage(app.page);
    caret = new CaretPage(app.page);
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("says on the card how many lines a character speaks, as the lines view counts them", async () => {
    await cast.open();
    await cast.waitForCharacter("Maren");
    const label = await cast.linesLabel("Maren");
    expect(label).toMatch(/^\d+ lines?$/);
    // The count fits beside Merge and Delete (the panel is narrow): the card keeps one row of buttons.
    expect(await cast.actionsOnOneRow("Finch")).toBe(true);
    await cast.showLines("Maren");
    expect(label).toBe(await cast.linesCount());
    await cast.backToCast();
  });

  it("says in words what the number on the card counts, and still shows the whole name", async () => {
    await cast.open();
    await cast.waitForCharacter("Mrs Dunmore");
    for (const name of ["Finch", "Maren", "Mrs Dunmore"]) {
      expect(await cast.mentionsLabel(name)).toMatch(/^\d+ mentions?$/);
      expect(await cast.nameShowsWhole(name), name).toBe(true);
    }
  });

  it("opens the line's speaker card with Alt+Enter on a line of dialogue that carries no note", async () => {
    await cast.clickInto("Is everyone on the island");
    // The pointer crossed the line on its way: its hover card closes once it has left.
    await cast.quoteCard.waitFor({ state: "hidden" });
    await editor.press("Alt+Enter");
    await cast.quoteCard.waitFor({ timeout: 5000 });
    const focused = await app.page.evaluate(
      () => document.activeElement?.closest(".quote-card") !== null,
    );
    expect(focused).toBe(true);
    expect(await cast.quoteCard.locator(".quote-card-speaker").innerText()).toContain("Maren");
    await editor.press("Escape");
    await cast.quoteCard.waitFor({ state: "hidden" });
  });

  it("lists a word the dictionary lacks once, with how often, and steps through its places", async () => {
    await notes.openPanel();
    const rows = (await notes.rows("spelling")).filter((r) => r.term === "Skellan");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.place).toMatch(/^2× · ¶2 · Scene 1$/);
    await notes.goTo("spelling", "Skellan");
    const first = await caret.caret();
    await notes.goTo("spelling", "Skellan");
    const second = await caret.caret();
    expect([first.scene, second.scene]).toEqual([0, 3]);
  });

  it("adds a word to the story dictionary from its row in the Notes panel, as its message says", async () => {
    await notes.openPanel();
    const skellan = async (): Promise<boolean> =>
      (await notes.rows("spelling")).some((r) => r.term === "Skellan");
    expect(await skellan()).toBe(true);
    await notes.addToDictionaryFromRow("Skellan");
    await expect.poll(skellan).toBe(false);
  });

  it("adds a character the story already found with what was found, and says so", async () => {
    await cast.open();
    await cast.waitForCharacter("Finch");
    expect(await cast.isFound("Finch")).toBe(true);
    const aliases = await cast.aliases("Finch");
    expect(aliases.length).toBeGreaterThan(0);
    await cast.addCharacter("finch");
    await expect.poll(() => cast.isFound("Finch")).toBe(false);
    expect(await cast.aliases("Finch")).toEqual(aliases);
    await expect
      .poll(() => editor.status.locator("[data-status=message]").innerText())
      .toMatch(/Finch was found in the story/);
  });

  it("offers the draft's own title line as the export's title, not the file's name", async () => {
    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.openWithKeys();
    expect((await exporter.manuscript()).title).toBe("The Lighthouse Keeper's Ledger");
    await exporter.close();
  });

  it("prints the title line once: as the title of the HTML and DOCX, not in the AO3 body", async () => {
    const title = "The Lighthouse Keeper's Ledger";
    const opening = "The ferry put Maren ashore at Skellan Point";
    const exporter = new ExportPage(app.page, app.dialogs);
    await exporter.open();
    await exporter.chooseFormat("html");
    await exporter.setSceneTitles(false);
    const copied = readHtml(await exporter.copyForAo3(), true).blocks;
    expect(copied[0]!.text).toMatch(new RegExp(`^${opening}`));
    await exporter.exportTo(path.join(app.dir, "ledger.html"));
    const html = readHtml(readFileSync(path.join(app.dir, "ledger.html"), "utf8")).blocks;
    expect(html.slice(0, 2).map((b) => b.tag)).toEqual(["h1", "p"]);
    expect(html[0]!.text).toBe(title);
    expect(html[1]!.text).toMatch(new RegExp(`^${opening}`));
    expect(html.filter((b) => b.text === title)).toHaveLength(1);
    await exporter.open();
    await exporter.chooseFormat("docx");
    await exporter.exportTo(path.join(app.dir, "ledger.docx"));
    const docx = await readDocx(new Uint8Array(readFileSync(path.join(app.dir, "ledger.docx"))));
    expect(docx[0]).toBe(title);
    expect(docx[1]).toMatch(new RegExp(`^${opening}`));
    // The banner is about this story: a story opened (here this one again) closes it.
    const exported = exporter.banners.filter({ hasText: "Exported" });
    expect(await exported.count()).toBe(1);
    app.dialogs.open.push(app.storyPath);
    await app.emit({ type: "command", command: "file.open" });
    // The earlier tests' Cast and Notes changes are unsaved: kept, as the next test saves too.
    await app.page.getByRole("button", { name: "Save, then open" }).click();
    await expect.poll(() => exported.count()).toBe(0);
    await waitForAnalysis(app.page);
  });

  it("keeps every character's colour when the story is saved and opened again after adding one", async () => {
    await cast.open();
    // A name the story does not use yet (the writer's next scene), added by hand.
    await cast.addCharacter("Ewan");
    await cast.waitForCharacter("Ewan");
    await waitForAnalysis(app.page);
    const names = ["Ewan", "Maren", "Finch", "Mrs Dunmore"];
    const colours = async (): Promise<string[]> =>
      Promise.all(names.map((name) => cast.color(name)));
    const before = await colours();
    expect(new Set(before).size).toBe(names.length);
    await editor.save();
    await app.reload();
    await cast.open();
    await cast.waitForCharacter("Ewan");
    expect(await colours()).toEqual(before);
  });
});

describe("an unnamed speaker in the writer's story (Chromium)", () => {
  let app: AppHarness;
  let cast: CastPage;
  let editor: EditorPage;

  beforeAll(async () => {
    app = await sharedApp({ story: UNNAMED });
    cast = new CastPage(app.page);
    editor = new EditorPage(app.page);
    await waitForAnalysis(app.page);
  });
  afterAll(() => app.close());

  it("gives an unnamed speaker's lines to a character from the speaker's row, in one undo step", async () => {
    await cast.open();
    await cast.waitForCharacter("Finch");
    await expect
      .poll(async () => (await cast.unnamed()).map((u) => u.description))
      .toContain("the man");
    const before = Number.parseInt(await cast.linesLabel("Finch"), 10);
    const man = (await cast.unnamed()).find((u) => u.description === "the man")!;
    await cast.giveUnnamedLines("the man", "Finch");
    await expect
      .poll(async () => (await cast.unnamed()).map((u) => u.description))
      .not.toContain("the man");
    await waitForAnalysis(app.page);
    expect(Number.parseInt(await cast.linesLabel("Finch"), 10)).toBe(
      before + Number.parseInt(man.lines, 10),
    );
    await editor.undo();
    await expect
      .poll(async () => (await cast.unnamed()).map((u) => u.description))
      .toContain("the man");
  });
});
