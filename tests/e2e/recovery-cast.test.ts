/**
 * Cast panel changes survive a crash (recovery-26): with autosave off, a writer's alias and
 * speaker correction, kept in the working copy beside the text, are offered back when the app
 * is lost before Ctrl+S; Restore puts them back, and one Ctrl+Z takes the restore back, as it
 * does a restored text.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { storyId } from "../../electron/host/backups";
import { waitForAnalysis } from "../support/harness";
import { CastPage } from "./pages/cast-page";
import { crash, safetySessions, workingCopies, type StartedApp } from "./pages/safety-session";

const STORY = [
  '"I guess the kettle\'s broken again," Harriet said. "Bloody thing."',
  'Mark laughed from the doorway. "You\'ll have to learn to love coffee."',
].join("\n\n");

const start = safetySessions();

/** The story opened with autosave off and the Cast panel showing its people. */
async function withCast(started: StartedApp): Promise<CastPage> {
  await started.editor.runCommand("file.autosave", "off");
  const cast = new CastPage(started.app.page);
  await cast.open();
  await cast.waitForCharacter("Harriet");
  await waitForAnalysis(started.app.page);
  return cast;
}

/** The speaker the quote card names for the line starting `start`. */
async function speakerOf(cast: CastPage, start: string): Promise<string> {
  await cast.hoverQuote(start);
  const speaker = await cast.quoteCard.locator(".quote-card-speaker").innerText();
  await cast.page.mouse.move(5, 5);
  await cast.quoteCard.waitFor({ state: "hidden" });
  return speaker;
}

describe("Cast panel changes and a crash, autosave off", () => {
  it("offers an alias and a speaker correction back, Restore brings them, Ctrl+Z takes them back", async () => {
    const first = await start({ text: STORY + "\n", storyName: "kettle.txt" });
    const cast = await withCast(first);
    await cast.addAlias("Harriet", "Hattie");
    // Mark's line as the analysis reads it, before the writer gives it to Harriet.
    const detected = await speakerOf(cast, "You'll have");
    expect(detected).toMatch(/Mark$/);
    await cast.hoverQuote("You'll have");
    await cast.quoteCard.locator(".quote-card-select").selectOption("Harriet");
    await cast.quoteCard.waitFor({ state: "hidden" });
    await waitForAnalysis(first.app.page);
    await first.editor.waitForWorkingCopyQuiet();
    const [copy] = workingCopies(first.app);
    expect(copy).toContain('"Hattie"');
    expect(copy).toContain('"speaker":"Harriet"');
    const dataDir = await crash(first);
    // Nothing was saved: the story has no sidecar, and its text is as it was.
    expect(existsSync(first.app.storyPath.replace(/\.txt$/, ".draftwise.json"))).toBe(false);
    expect(readFileSync(first.app.storyPath, "utf8")).toBe(STORY + "\n");

    const second = await start({ dataDir });
    await second.editor.runCommand("file.autosave", "off");
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    const offer = await second.banners.message("recovery");
    expect(offer).toMatch(/^Unsaved changes to the cast from .* were found for "kettle\.txt"\./);
    expect(await second.banners.actions("recovery")).toEqual(["Restore", "Discard"]);
    const after = await withCast(second);
    expect(await after.aliases("Harriet")).toEqual([]);
    await second.banners.click("recovery", "Restore");
    await expect.poll(() => after.aliases("Harriet")).toEqual(["Hattie"]);
    await waitForAnalysis(second.app.page);
    expect(await speakerOf(after, "You'll have")).toBe("Harriet");
    expect(await second.banners.text()).toBe(STORY + "\n");
    expect(await second.editor.fileLabel()).toMatch(/•$/);

    // One Ctrl+Z takes the restore back whole, as it does a restored text.
    await second.editor.undo();
    await expect.poll(() => after.aliases("Harriet")).toEqual([]);
    await waitForAnalysis(second.app.page);
    expect(await speakerOf(after, "You'll have")).toBe(detected);
    await second.editor.redo();
    await expect.poll(() => after.aliases("Harriet")).toEqual(["Hattie"]);
  });

  it("says both when the text and the cast differ, and restores both in one undo step", async () => {
    const first = await start({ text: STORY + "\n", storyName: "kettle.txt" });
    const cast = await withCast(first);
    await cast.setVoice("Harriet", "british");
    await first.editor.typeAtEndOf(1, " He meant it.");
    await waitForAnalysis(first.app.page);
    await first.editor.waitForWorkingCopyQuiet();
    expect(workingCopies(first.app)[0]).toContain("He meant it.");
    const dataDir = await crash(first);

    const second = await start({ dataDir });
    await second.editor.runCommand("file.autosave", "off");
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    expect(await second.banners.message("recovery")).toMatch(
      /1 paragraph changed compared with the file, and changes to the cast\. Restore it\?$/,
    );
    const after = await withCast(second);
    await second.banners.click("recovery", "Restore");
    await expect.poll(() => after.chosenVoice("Harriet")).toBe("british");
    expect(await second.banners.text()).toContain("He meant it.");
    await second.editor.undo();
    await expect.poll(() => after.chosenVoice("Harriet")).toBe("");
    expect(await second.banners.text()).toBe(STORY + "\n");
  });

  it("brings an untitled story's cast back with it, and sets a damaged copy aside, saying so", async () => {
    const first = await start();
    await first.app.emit({ type: "command", command: "file.new" });
    await expect.poll(() => first.editor.fileLabel()).toBe("Untitled");
    await first.editor.editor.focus();
    await first.app.page.keyboard.type("Harriet waved.");
    const cast = new CastPage(first.app.page);
    await cast.open();
    await cast.addCharacter("Harriet");
    await cast.addAlias("Harriet", "Hattie");
    await first.editor.waitForWorkingCopyQuiet();
    expect(workingCopies(first.app).join()).toContain('"Hattie"');
    const dataDir = await crash(first);
    // The first story's copy, damaged on disk (a disk error, a hand edit).
    const damaged = path.join(
      dataDir,
      "working-copies",
      `${storyId(realpathSync(first.app.storyPath))}.json`,
    );
    writeFileSync(damaged, '{"path":"cut short');

    const second = await start({ dataDir });
    await second.banners.byId("untitled-recovery").waitFor();
    expect(await second.banners.message("untitled-recovery")).toMatch(
      /never saved \(2 words, with changes to the cast\)\. Open it\?$/,
    );
    // The damaged copy's story still opens, and says where its copy went.
    const story = readFileSync(first.app.storyPath, "utf8");
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    expect(await second.banners.message("recovery-error")).toMatch(
      /could not be read; the file was kept as .*\.unreadable-\d+\.$/,
    );
    expect(await second.banners.text()).toBe(story);
    // Set aside in the second app's data folder, where it found the copy.
    const copies = path.join(second.app.dataDir, "working-copies");
    const aside = readdirSync(copies).filter((n) => n.includes(".unreadable-"));
    expect(aside.map((n) => readFileSync(path.join(copies, n), "utf8"))).toEqual([
      '{"path":"cut short',
    ]);

    await second.banners.click("untitled-recovery", "Open it");
    await expect.poll(() => second.banners.text()).toBe("Harriet waved.");
    const after = new CastPage(second.app.page);
    await after.open();
    await after.waitForCharacter("Harriet");
    expect(await after.aliases("Harriet")).toEqual(["Hattie"]);
  });
});

describe("a copy on offer while the writer goes on (rrev-26)", () => {
  const HATTIE = {
    cast: {
      characters: [{ name: "Harriet", aliases: ["Hattie"], voice: "unknown" }],
      corrections: [],
      dismissed: [],
    },
    notes: null,
  };

  /** A story beside the app's, with a working copy that differs only in its cast. */
  async function storyWithCastCopy(started: StartedApp, name: string): Promise<string> {
    const file = path.join(path.dirname(started.app.storyPath), name);
    writeFileSync(file, STORY + "\n");
    await started.app.host.backupWorkingCopy({ path: file, text: STORY + "\n", settings: HATTIE });
    return file;
  }

  it("restores the cast of a settings-only offer without dropping what was typed since", async () => {
    const started = await start();
    await started.editor.runCommand("file.autosave", "off");
    const file = await storyWithCastCopy(started, "kettle.txt");
    expect(await started.banners.open(file)).toBe(true);
    expect(await started.banners.message("recovery")).toMatch(/^Unsaved changes to the cast /);
    const cast = await withCast(started);
    await started.editor.typeAtEndOf(1, " He meant it.");
    await started.banners.click("recovery", "Restore");
    await expect.poll(() => cast.aliases("Harriet")).toEqual(["Hattie"]);
    expect(await started.banners.text()).toContain("He meant it.");
  });

  it("leaves a copy on offer with its own story through Save As, not under the new name", async () => {
    const started = await start();
    await started.editor.runCommand("file.autosave", "off");
    const file = await storyWithCastCopy(started, "kettle.txt");
    expect(await started.banners.open(file)).toBe(true);
    await started.banners.byId("recovery").waitFor();
    const copy = path.join(path.dirname(file), "kettle-2.txt");
    started.app.dialogs.save.push(copy);
    await started.editor.runCommand("file.saveAs");
    await expect.poll(() => started.editor.fileLabel()).toBe("kettle-2.txt");
    await started.editor.waitForWorkingCopyQuiet();
    // The new file is the story as saved: nothing to offer. The old one still has its copy.
    expect(await started.banners.open(copy)).toBe(true);
    await expect.poll(() => started.editor.fileLabel()).toBe("kettle-2.txt");
    expect(await started.banners.byId("recovery").count()).toBe(0);
    expect(await started.banners.open(file)).toBe(true);
    await started.banners.byId("recovery").waitFor();
    expect(await started.banners.message("recovery")).toMatch(/^Unsaved changes to the cast /);
  });
});

describe("a Cast panel change while a save is under way (rrev-26)", () => {
  it("stays unsaved and goes into the working copy, not marked saved by that save", async () => {
    const started = await start({ text: STORY + "\n", storyName: "kettle.txt" });
    const cast = await withCast(started);
    // The save is held in the host until the writer's next change is made.
    const host = started.app.host;
    const saveStory = host.saveStory.bind(host);
    let release: () => void = () => undefined;
    let reached: () => void = () => undefined;
    const saving = new Promise<void>((resolve) => (reached = resolve));
    const held = new Promise<void>((resolve) => (release = resolve));
    host.saveStory = async (request) => {
      reached();
      await held;
      return saveStory(request);
    };
    await cast.setVoice("Harriet", "british");
    const saved = started.editor.save();
    await saving;
    await cast.addAlias("Harriet", "Hattie");
    release();
    await saved;
    const sidecar = readFileSync(
      started.app.storyPath.replace(/\.txt$/, ".draftwise.json"),
      "utf8",
    );
    expect(sidecar).not.toContain("Hattie");
    // The alias was not in that save: the story still shows unsaved, and a crash keeps it.
    await expect.poll(() => started.editor.fileLabel()).toMatch(/•$/);
    await started.editor.waitForWorkingCopyQuiet();
    expect(workingCopies(started.app).join()).toContain('"Hattie"');
  });
});
