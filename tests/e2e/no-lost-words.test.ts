/**
 * Issue 23's editor half, in the real renderer against the real Node host: steady typing is
 * backed up, every way out of a story asks and backs up first, recovered work survives until
 * the writer chooses, an untitled story is recovered, and the working copy follows undo back to
 * clean. Saving without losing a byte is its other half, in saving.test.ts (a file of its
 * own so the two run side by side).
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { screenshot } from "../support/screenshots";
import { crash, safetySessions, SAFETY_STORY } from "./pages/safety-session";

const STORY = SAFETY_STORY;
const story = readFileSync(STORY, "utf8");
/** Polls for state the app reaches in its own time (a working copy within two seconds). */
const WAIT = { timeout: 5000 };

const start = safetySessions();

/** The working copies in the data folder, by file name, with their text. */
function workingCopies(dataDir: string): Record<string, string> {
  const folder = path.join(dataDir, "working-copies");
  if (!existsSync(folder)) return {};
  return Object.fromEntries(
    readdirSync(folder)
      .filter((n) => n.endsWith(".json"))
      .map((n) => [
        n,
        (JSON.parse(readFileSync(path.join(folder, n), "utf8")) as { text: string }).text,
      ]),
  );
}

const copyTexts = (dataDir: string): string[] => Object.values(workingCopies(dataDir));

describe("steady typing", () => {
  it("backs up a key every 300 ms for 10 s: a crash loses no more than the last two seconds", async () => {
    // The page's own clock, stepped: 10 s of the page's time pass in a second or two of ours.
    const first = await start({ clock: true });
    const { page } = first.app;
    // 34 distinct keys, 300 ms apart: about 10 s of typing that never pauses for a second.
    const typed = "abcdefghijklmnopqrstuvwxyz01234567";
    await first.editor.typeAtEndOf(1, " ");
    // Paused a minute ahead of the real time it has kept so far (timers due by then run first).
    await page.clock.pauseAt(Date.now() + 60_000);
    // Two seconds of keys 300 ms apart is at most 7 keys: after each key, the disk holds
    // (once the writes already started land) all but the last 7.
    const backedUp = (keys: string) => copyTexts(first.app.dataDir).some((t) => t.includes(keys));
    for (let i = 0; i < typed.length; i++) {
      await page.keyboard.press(typed[i]!);
      await page.clock.runFor(300);
      const due = typed.slice(0, Math.max(0, i + 1 - 7));
      if (due) await expect.poll(() => backedUp(` ${due}`), WAIT).toBe(true);
    }
    const dataDir = await crash(first);

    const second = await start({ dataDir });
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    await second.banners.click("recovery", "Restore");
    const paragraph = (await second.banners.text()).split("\n\n")[1]!;
    const kept = /" $/.test(paragraph) ? "" : (paragraph.split(" ").at(-1) ?? "");
    expect(typed.startsWith(kept)).toBe(true);
    const lost = typed.length - kept.length;
    console.log(`steady typing: ${kept.length} of ${typed.length} keys recovered, ${lost} lost`);
    expect(lost).toBeLessThanOrEqual(7);
  }, 60_000);
});

describe("every way of leaving a story", () => {
  it("asks about unsaved work, with the working copy written first (Ctrl+O, New, a recent or dropped file)", async () => {
    const { app, editor, banners } = await start();
    const other = path.join(app.dir, "other.txt");
    writeFileSync(other, "Another story.\n");
    await editor.typeAtEndOf(0, " Gulls.");

    // Ctrl+O: asks before the dialog, and the typing is already in the working copy.
    await editor.press("Control+o");
    await banners.byId("unsaved-changes").waitFor();
    expect(copyTexts(app.dataDir)).toEqual([expect.stringContaining("Gulls.")]);
    expect(await banners.actions("unsaved-changes")).toEqual([
      "Save, then open",
      "Discard changes",
      "Dismiss",
    ]);
    await screenshot(app.page, "unsaved-changes.png");
    expect(await banners.text()).toContain("Gulls.");
    await banners.click("unsaved-changes", "Dismiss");

    // New from the menu.
    await app.emit({ type: "command", command: "file.new" });
    await banners.byId("unsaved-changes").waitFor();
    await banners.click("unsaved-changes", "Dismiss");

    // A recent file, a dropped file, a second launch: the shell grants the path and hands it on.
    app.grant(other);
    await app.emit({ type: "open-file", path: other });
    await banners.byId("unsaved-changes").waitFor();
    expect(await banners.text()).toContain("Gulls.");
    await banners.click("unsaved-changes", "Save, then open");
    await app.page.waitForFunction(
      () =>
        (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text() ===
        "Another story.\n",
    );
    expect(readFileSync(app.storyPath, "utf8")).toContain("Gulls.");

    // Discarding through Ctrl+O goes on to the dialog.
    await editor.typeAtEndOf(0, " More.");
    app.dialogs.open.push(app.storyPath);
    await editor.press("Control+o");
    await banners.click("unsaved-changes", "Discard changes");
    await expect.poll(() => editor.fileLabel()).toBe("story.txt");
    // Discarded means discarded: no offer of those words next time.
    expect(copyTexts(app.dataDir)).toEqual([]);
  });

  it("writes the working copy before Close hands the question to the shell", async () => {
    // Close may end the page: an app of its own.
    const { app, editor } = await start({ own: true });
    await editor.typeAtEndOf(0, " Closing.");
    await app.page
      .evaluate(() =>
        (
          window as unknown as {
            draftwiseApp: { commands: { run(id: string): Promise<boolean> } };
          }
        ).draftwiseApp.commands.run("file.close"),
      )
      .catch(() => undefined);
    expect(copyTexts(app.dataDir)).toEqual([expect.stringContaining("Closing.")]);

    // The browser kept the tab (close-tab.test.ts). Now the tab is closed while the pause's
    // copy is still under way at the host: the last words must not wait for its answer (the
    // page ends first), nor be overwritten by it when it lands after them.
    const host = app.host;
    const write = host.backupWorkingCopy.bind(host);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let underWay: Promise<unknown> | undefined;
    host.backupWorkingCopy = (copy, ...rest) => {
      if (underWay) return write(copy, ...rest);
      underWay = held.then(() => write(copy, ...rest));
      return underWay as ReturnType<typeof write>;
    };
    await editor.typeAtEndOf(0, " Under way.");
    await expect.poll(() => underWay !== undefined, WAIT).toBe(true);
    await editor.typeAtEndOf(0, " Last words.");
    app.page.on("dialog", (dialog) => void dialog.accept());
    const closed = app.page.waitForEvent("close");
    await app.page.close({ runBeforeUnload: true });
    await closed;
    await expect.poll(() => copyTexts(app.dataDir).join(), WAIT).toContain("Last words.");
    release();
    await underWay;
    expect(copyTexts(app.dataDir)).toEqual([expect.stringContaining("Under way. Last words.")]);
  });
});

describe("recovered work", () => {
  it("is kept as it was while the offer shows, whatever the writer types, until Restore or Discard", async () => {
    const first = await start();
    await first.editor.typeAtEndOf(1, " The lamp guttered.");
    await expect
      .poll(() => copyTexts(first.app.dataDir).join(), WAIT)
      .toContain("The lamp guttered.");
    const dataDir = await crash(first);

    const second = await start({ dataDir });
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    expect(await second.banners.actions("recovery")).toEqual(["Restore", "Discard"]);
    await second.editor.typeAtEndOf(0, " Zephyr.");
    // Everything that would write a working copy: the pause, and leaving the story.
    await second.app.page.evaluate(() =>
      (
        window as unknown as { draftwiseApp: { workingCopy: { flush(): Promise<void> } } }
      ).draftwiseApp.workingCopy.flush(),
    );
    // What the second app writes goes to its own data folder, as a start's does.
    expect(copyTexts(second.app.dataDir)).toEqual([expect.stringContaining("The lamp guttered.")]);
    expect(copyTexts(second.app.dataDir).join()).not.toContain("Zephyr.");
    // A save by hand does not lose it either (the host removes the copy; the app puts it back).
    await second.editor.save();
    await expect
      .poll(() => copyTexts(second.app.dataDir), WAIT)
      .toEqual([expect.stringContaining("The lamp guttered.")]);
    const left = await crash(second);

    // A second crash: the recovered words are offered again.
    const third = await start({ dataDir: left });
    expect(await third.banners.open(first.app.storyPath)).toBe(true);
    await third.banners.click("recovery", "Restore");
    expect(await third.banners.text()).toContain("The lamp guttered.");
  });
});

describe("an untitled story", () => {
  it("is backed up, and offered at the next start", async () => {
    const first = await start();
    await first.app.emit({ type: "command", command: "file.new" });
    await expect.poll(() => first.editor.fileLabel()).toBe("Untitled");
    await first.editor.editor.focus();
    await first.app.page.keyboard.type("A new story begins here.");
    await expect
      .poll(() => workingCopies(first.app.dataDir)["untitled.json"], WAIT)
      .toBe("A new story begins here.");
    const dataDir = await crash(first);

    // New before choosing: the earlier untitled work is offered again, and kept through typing.
    const early = await start({ dataDir });
    await early.banners.byId("untitled-recovery").waitFor();
    await early.app.emit({ type: "command", command: "file.new", arg: "discard" });
    await early.banners.byId("recovery").waitFor();
    // One offer of the earlier work: the start's offer is closed by the session that raised it.
    expect(await early.banners.byId("untitled-recovery").count()).toBe(0);
    await early.editor.editor.focus();
    await early.app.page.keyboard.type("Something else.");
    await early.app.page.evaluate(() =>
      (
        window as unknown as { draftwiseApp: { workingCopy: { flush(): Promise<void> } } }
      ).draftwiseApp.workingCopy.flush(),
    );
    expect(workingCopies(early.app.dataDir)["untitled.json"]).toBe("A new story begins here.");
    const left = await crash(early);

    const second = await start({ dataDir: left });
    await second.banners.byId("untitled-recovery").waitFor();
    expect(await second.banners.message("untitled-recovery")).toMatch(/never saved \(5 words\)/);
    await screenshot(second.app.page, "untitled-recovery.png");
    await second.banners.click("untitled-recovery", "Open it");
    await expect.poll(() => second.banners.text()).toBe("A new story begins here.");
    expect(await second.editor.fileLabel()).toBe("Untitled •");
  });
});

describe("the working copy follows the document", () => {
  it("is removed when undo brings the story back to the saved text: no false offer", async () => {
    const first = await start();
    await first.editor.typeAtEndOf(1, " Gone soon.");
    await expect.poll(() => copyTexts(first.app.dataDir).join(), WAIT).toContain("Gone soon.");
    for (let i = 0; i < 20 && (await first.banners.text()) !== story; i++)
      await first.editor.press("Control+z");
    expect(await first.banners.text()).toBe(story);
    await expect.poll(() => copyTexts(first.app.dataDir), WAIT).toEqual([]);
    const dataDir = await crash(first);

    const second = await start({ dataDir });
    expect(await second.banners.open(first.app.storyPath)).toBe(true);
    expect(await second.banners.byId("recovery").count()).toBe(0);
  });
});
