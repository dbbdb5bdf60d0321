/**
 * Issue 23's editor half, continued from no-lost-words.test.ts: bytes the writer did not touch
 * stay as they were, autosave writes the file when typing stops (never over another program's
 * change), two saves at once both succeed, and a story grown past the open limit still opens.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { listBackups } from "../../electron/host/backups";
import { sidecarPathFor } from "../../electron/host/story-files";
import { screenshot } from "../support/screenshots";
import { CastPage } from "./pages/cast-page";
import { safetySessions, SAFETY_STORY } from "./pages/safety-session";

const story = readFileSync(SAFETY_STORY, "utf8");
/** Polls for state the app reaches in its own time (an autosave within two seconds). */
const WAIT = { timeout: 5000 };

const start = safetySessions();

/** A small seeded generator, so a failure names a story that can be made again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = ["tide", "lamp", "gull", "stair", "keeper", "salt", "rope", "fog", "night", "bell"];

/** A story with line ends of every kind: LF, CRLF, bare CR between lines and inside them. */
function mixedStory(next: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const line = (): string =>
    Array.from({ length: 2 + Math.floor(next() * 6) }, () => pick(WORDS)).join(
      next() < 0.15 ? "\r" : " ",
    );
  const paragraphs = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, line).join(pick(["\n", "\r\n", "\r"])),
  );
  let out = paragraphs[0]!;
  for (const p of paragraphs.slice(1)) out += pick(["\n\n", "\r\n\r\n", "\r\n\n", "\r\r"]) + p;
  return out + pick(["", "\n", "\r\n", "\r"]);
}

/** Whether `after` is `before` with one character inserted. */
function oneInserted(before: string, after: string): boolean {
  if (after.length !== before.length + 1) return false;
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  return after.slice(i + 1) === before.slice(i);
}

describe("untouched bytes", () => {
  it("stay as they were when a letter is typed and deleted, or typed and saved (bare CRs, mixed line ends)", async () => {
    const { app, editor, banners } = await start();
    const next = random(23);
    const failures: string[] = [];
    const STORIES = 8;
    // The first is a classic Mac file: CR line ends only, so one paragraph of many lines.
    const classicMac = "Tide one,\rtide two.\r\rThe lamp\rwas lit.\r";
    for (let n = 0; n < STORIES; n++) {
      const text = n === 0 ? classicMac : mixedStory(next);
      const file = path.join(app.dir, `mixed-${n}.txt`);
      writeFileSync(file, text);
      expect(await banners.open(file)).toBe(true);
      const paragraphs = await editor.editor.locator("p").count();
      const target = Math.floor(next() * paragraphs);
      await editor.typeAtEndOf(target, "q");
      await editor.press("Backspace");
      if ((await banners.text()) !== text) failures.push(`story ${n}: typed and deleted`);
      // The caret is still where the letter went: typed again, without placing it again (which
      // first waits out the analysis of the edit, its pause and its full pass).
      await app.page.keyboard.type("q");
      await editor.save();
      if (!oneInserted(text, readFileSync(file, "utf8")))
        failures.push(`story ${n}: typed and saved`);
    }
    console.log(`untouched bytes: ${failures.length} failures in ${STORIES} stories`);
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("autosave", () => {
  it("saves to the file when typing stops (on by default), keeping the replaced version as a backup", async () => {
    // The app's own default, as a start reads it (a reset app has it set by the harness).
    const { app, editor } = await start({ autosave: "default", own: true });
    await editor.typeAtEndOf(0, " Gulls wheeled.");
    await expect.poll(() => readFileSync(app.storyPath, "utf8"), WAIT).toContain("Gulls wheeled.");
    await expect.poll(() => editor.fileLabel()).toBe("story.txt");
    const [newest] = await listBackups(app.dataDir, app.storyPath);
    expect(readFileSync(newest!, "utf8")).toBe(story);

    // The setting: off is remembered with the other preferences, and shown.
    await editor.runCommand("file.autosave", "off");
    expect(await app.page.evaluate(() => localStorage.getItem("draftwise.autosave"))).toBe("off");
    await expect.poll(() => editor.status.innerText()).toContain("Autosave off");
  });

  it("saves a change in the Cast panel too: the sidecar gets the voice, the story's bytes stay", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-autosave-"));
    const kettle = '"The kettle\'s gone again," Harriet said.\n\n"Coffee, then," said Mark.\n';
    writeFileSync(path.join(dir, "kettle.txt"), kettle);
    const { app, editor } = await start({
      autosave: "default",
      clock: true,
      story: path.join(dir, "kettle.txt"),
      storyName: "kettle.txt",
    });
    const cast = new CastPage(app.page);
    await cast.open();
    await cast.waitForCharacter("Harriet");
    // The page's clock, stepped past the autosave pause that the scenes' regroup at open started,
    // so only the voice can start the save below.
    await app.page.clock.pauseAt(Date.now() + 60_000);
    await app.page.clock.runFor(3000);
    await cast.setVoice("Harriet", "british");
    await app.page.clock.runFor(2500);
    const voiceOf = (): unknown => {
      const file = sidecarPathFor(app.storyPath);
      if (!existsSync(file)) return undefined;
      const saved = JSON.parse(readFileSync(file, "utf8")) as {
        cast?: { characters: { name: string; voice: string }[] };
      };
      return saved.cast?.characters.find((c) => c.name === "Harriet")?.voice;
    };
    await expect.poll(voiceOf, WAIT).toBe("british");
    await expect.poll(() => editor.fileLabel()).toBe("kettle.txt");
    expect(readFileSync(app.storyPath, "utf8")).toBe(kettle);
    expect(await listBackups(app.dataDir, app.storyPath)).toEqual([]);
  });

  it("never writes over a file another program changed: the banner wins", async () => {
    const { app, editor, banners } = await start({ autosave: "default" });
    const theirs = story.replace("Keeper", "The keeper");
    writeFileSync(app.storyPath, theirs);
    await banners.waitFor(/changed on disk/);
    await editor.typeAtEndOf(0, " Ours.");
    await expect.poll(() => editor.status.innerText(), WAIT).toContain("Autosave paused");
    expect(readFileSync(app.storyPath, "utf8")).toBe(theirs);
    expect(await banners.byId("changed-on-disk").count()).toBe(1);
    await screenshot(app.page, "autosave-paused.png");
  });
});

describe("saves one after another", () => {
  it("two saves at once (Ctrl+S as autosave starts) both succeed, with no false changed-on-disk", async () => {
    const { app, editor, banners } = await start();
    // The host takes saves in the order they arrive, each after the last has finished (as a
    // busy main process would): the second then checks the file the first just wrote.
    const original = app.host.saveStory.bind(app.host);
    let last: Promise<unknown> = Promise.resolve();
    app.host.saveStory = (request) => {
      const run = last.then(() => original(request));
      last = run.catch(() => undefined);
      return run;
    };
    await editor.typeAtEndOf(0, "");
    for (let round = 0; round < 3; round++) {
      // The caret stays at the paragraph's end: each round types there without placing it again.
      await app.page.keyboard.type(` ${round}`);
      const results = await app.page.evaluate(() => {
        const draftwise = (window as unknown as { draftwiseApp: { save(): Promise<boolean> } })
          .draftwiseApp;
        return Promise.all([draftwise.save(), draftwise.save()]);
      });
      expect(results, `round ${round}`).toEqual([true, true]);
    }
    expect(await banners.byId("changed-on-disk").count()).toBe(0);
    expect(readFileSync(app.storyPath, "utf8")).toContain(" 0 1 2");
  });
});

describe("a story grown past the open limit", () => {
  it("is offered to open anyway, and opens", async () => {
    // Limits just above the story: the words typed take it past both.
    const size = Buffer.byteLength(story);
    const { app, editor, banners } = await start({ limits: { large: size + 5, max: size + 10 } });
    await editor.typeAtEndOf(0, " More words, and more.");
    await editor.save();
    expect(readFileSync(app.storyPath).length).toBeGreaterThan(size + 10);
    expect(await banners.open(app.storyPath)).toBe(false);
    expect(await banners.message("too-large")).toMatch(/open it anyway/);
    await screenshot(app.page, "too-large.png");
    await banners.click("too-large", "Open anyway");
    await expect.poll(() => banners.text()).toContain("More words, and more.");
  });

  it("is offered to open anyway when picked in the open dialog (Ctrl+O)", async () => {
    const size = Buffer.byteLength(story);
    const { app, editor, banners } = await start({ limits: { large: size + 5, max: size + 10 } });
    const grown = path.join(app.dir, "grown.txt");
    writeFileSync(grown, `${story}\nA paragraph that takes it past the limit.\n`);
    app.dialogs.open.push(grown);
    await editor.press("Control+o");
    await banners.byId("too-large").waitFor();
    await banners.click("too-large", "Open anyway");
    await expect.poll(() => editor.fileLabel()).toBe("grown.txt");
  });
});
