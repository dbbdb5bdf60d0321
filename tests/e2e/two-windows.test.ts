/**
 * One story open in two windows (the browser shell's address opened again in another tab):
 * each window wrote the story's working copy over the other's, so after a crash the writer was
 * offered whichever wrote last. The last window to open a story holds its copy; the other
 * turns read-only, says so, and can take the story back (issue qa-37).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import type { HostApi } from "../../core/host-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, waitForAnalysis, type AppHarness } from "../support/harness";
import { watchPageErrors } from "../support/page-errors";
import { waitForReady } from "../support/page-waits";
import { screenshot } from "../support/screenshots";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";

const STORY = "Mara left the harbour at dawn.\n\nThe boat went out on the tide.\n";

describe("one story in two windows", () => {
  let app: AppHarness;
  let second: Page;

  beforeAll(async () => {
    app = await openApp({ text: STORY, storyName: "harbour.txt" });
  });
  afterAll(() => app.close());

  /** Another window (tab) of the browser shell on the same address, loaded and ready. */
  const open = async (): Promise<Page> => {
    const page = await app.page.context().newPage();
    watchPageErrors(page);
    await page.goto(app.page.url());
    await waitForReady(page);
    return page;
  };

  /** The words kept in the data folder's working copies (each story's, one after another), if any. */
  const kept = (): string | null => {
    const folder = path.join(app.dataDir, "working-copies");
    const copies = readdirSync(folder).filter((name) => name.endsWith(".json"));
    if (copies.length === 0) return null;
    const text = (name: string) =>
      (JSON.parse(readFileSync(path.join(folder, name), "utf8")) as { text: string }).text;
    return copies.map(text).join("\n");
  };

  it("makes the first window read-only once the second opens the story, and keeps the second's copy", async () => {
    const first = new EditorPage(app.page);
    await first.typeAtEndOf(0, " The gulls followed.");
    await first.waitForWorkingCopyQuiet();
    expect(kept()).toContain("The gulls followed.");

    second = await open();
    await waitForAnalysis(second);
    const other = new EditorPage(second);
    // The second window was offered the first one's unsaved work, as after a crash.
    await new BannerPage(second).waitFor("Unsaved work");

    const banners = new BannerPage(app.page);
    await banners.waitFor("is open in another Draftwise window");
    expect(await banners.message("held-elsewhere")).toContain('"harbour.txt" is open in another');
    expect(await banners.actions("held-elsewhere")).toEqual(["Open Here"]);
    await screenshot(app.page, "two-windows-first.png");

    // Typing in the read-only window changes nothing and writes nothing over the second's copy.
    await first.typeAtEndOf(1, " Lost words.");
    expect(await banners.text()).not.toContain("Lost words.");
    await new BannerPage(second).click("recovery", "Discard");
    await other.typeAtEndOf(1, " The second window's words.");
    await other.waitForWorkingCopyQuiet();
    await first.waitForWorkingCopyQuiet();
    expect(kept()).toContain("The second window's words.");
  });

  it("takes the story back with Open Here, offering the other window's unsaved work", async () => {
    const banners = new BannerPage(app.page);
    await banners.click("held-elsewhere", "Open Here");
    // The first window's own unsaved words are asked about first.
    await banners.click("unsaved-changes", "Discard changes");
    await banners.waitFor("Unsaved work");
    await banners.click("recovery", "Restore");
    expect(await banners.text()).toContain("The second window's words.");
    await new BannerPage(second).waitFor("is open in another Draftwise window");
    const first = new EditorPage(app.page);
    await first.typeAtEndOf(0, " Back here.");
    await first.waitForWorkingCopyQuiet();
    expect(kept()).toContain("Back here.");
    expect(kept()).toContain("The second window's words.");
    await second.close();
  });

  it("lets a read-only window keep its unsaved words with Save As, and edit the new file (crev-37)", async () => {
    const first = new EditorPage(app.page);
    await first.typeAtEndOf(1, " Only here.");
    const third = await open();
    const banners = new BannerPage(app.page);
    await banners.waitFor("is open in another Draftwise window");

    // The words are this window's alone; Save As puts them in a file nobody else has open.
    const mine = path.join(app.dir, "harbour-mine.txt");
    app.dialogs.save.push(mine);
    await first.runCommand("file.saveAs");
    await expect.poll(() => first.fileLabel()).toBe("harbour-mine.txt");
    expect(readFileSync(mine, "utf8")).toContain("Only here.");
    // The window holds the new file: no banner says otherwise, and the writer types on.
    expect(await banners.byId("held-elsewhere").count()).toBe(0);
    await first.typeAtEndOf(1, " Typed on.");
    expect(await banners.byId("held-elsewhere").count()).toBe(0);
    expect(await banners.text()).toContain("Only here. Typed on.");
    await third.close();
  });

  it("keeps a window's untitled story when another window's offer of it is discarded (crev-37)", async () => {
    const first = new EditorPage(app.page);
    await first.runCommand("file.new", "discard");
    await first.typeAtEndOf(0, "An untitled draft, still being written.");
    await first.waitForWorkingCopyQuiet();
    const untitled = path.join(app.dataDir, "working-copies", "untitled.json");
    expect(readFileSync(untitled, "utf8")).toContain("still being written");

    // Another window starts and offers the untitled copy as an earlier session's; the writer
    // lets it go there. It is the first window's work in progress, which holds it.
    const fourth = await open();
    const offer = new BannerPage(fourth);
    await offer.waitFor("An untitled story from");
    await offer.click("untitled-recovery", "Discard");
    await new EditorPage(fourth).waitForWorkingCopyQuiet();
    // Not silently (holds-38): the writer reads why, and the offer is still there to choose.
    await offer.waitFor("Not discarded");
    expect(await offer.message("discard-refused")).toBe(
      'Not discarded: "Untitled" is open in another Draftwise window, which keeps its unsaved work; discard it there, or close that window and discard it here.',
    );
    await offer.waitFor("An untitled story from");
    // Read by the host behind the discard (a copy's calls run in turn): still there.
    const after = await fourth.evaluate(async () => {
      const app = (window as unknown as { draftwiseApp: { host: HostApi } }).draftwiseApp;
      const found = await app.host.untitledWorkingCopy();
      return found.ok ? (found.value?.text ?? null) : null;
    });
    expect(after).toContain("still being written");
    expect(readFileSync(untitled, "utf8")).toContain("still being written");
    await fourth.close();
  });

  it("keeps another window's unsaved work when a Save As replaces the file it holds (crev-37)", async () => {
    const fifth = await open();
    const other = new EditorPage(fifth);
    // The copy the third window left is offered; the writer lets it go and types on.
    await new BannerPage(fifth).waitFor("Unsaved work");
    await new BannerPage(fifth).click("recovery", "Discard");
    await other.typeAtEndOf(0, " Unsaved in the other window.");
    await other.waitForWorkingCopyQuiet();
    expect(kept()).toContain("Unsaved in the other window.");

    // The first window (its untitled draft) is saved over the file the other window edits.
    const first = new EditorPage(app.page);
    app.dialogs.save.push(app.storyPath);
    await first.runCommand("file.saveAs");
    await expect.poll(() => first.fileLabel()).toBe("harbour.txt");
    await first.waitForWorkingCopyQuiet();
    // That window's words were never saved anywhere: its copy is still what a crash offers.
    expect(kept()).toContain("Unsaved in the other window.");
    await fifth.close();
  });

  it("lets another window discard the untitled work a closed window left (holds-38)", async () => {
    // A window starts an untitled draft and holds it.
    const sixth = await open();
    const drafting = new EditorPage(sixth);
    await drafting.runCommand("file.new");
    await drafting.typeAtEndOf(0, "A draft left in a closed tab.");
    await drafting.waitForWorkingCopyQuiet();
    const untitled = path.join(app.dataDir, "working-copies", "untitled.json");
    expect(readFileSync(untitled, "utf8")).toContain("left in a closed tab");

    const seventh = await open();
    const offer = new BannerPage(seventh);
    await offer.waitFor("An untitled story from");
    await offer.click("untitled-recovery", "Discard");
    await offer.waitFor("Not discarded");
    await offer.waitFor("An untitled story from");
    await screenshot(seventh, "two-windows-discard-refused.png");

    // The drafting tab is closed: its hold goes with it, and the Discard here is done.
    await sixth.close();
    const other = new EditorPage(seventh);
    for (let tries = 0; tries < 20 && existsSync(untitled); tries++) {
      await offer.click("untitled-recovery", "Discard");
      await other.waitForWorkingCopyQuiet();
      // Refused until the host has seen the tab go and its grace is over (holds-39): done, or
      // offered again.
      await expect
        .poll(
          async () => !existsSync(untitled) || (await offer.byId("untitled-recovery").count()) > 0,
        )
        .toBe(true);
    }
    expect(existsSync(untitled)).toBe(false);
    expect(await offer.byId("untitled-recovery").count()).toBe(0);
    await seventh.close();
  });

  it("does not discard, unseen, words a closed window wrote after the offer was made (crev-38)", async () => {
    // A window drafts; another opens and is offered that draft as it was then.
    const drafting = await open();
    const draft = new EditorPage(drafting);
    await draft.runCommand("file.new");
    await draft.typeAtEndOf(0, "Two words.");
    await draft.waitForWorkingCopyQuiet();
    const offered = await open();
    const offer = new BannerPage(offered);
    await offer.waitFor("(2 words)");

    // The draft goes on, then its window is closed: the copy holds words no offer showed.
    await draft.typeAtEndOf(0, " Written after the other window's offer was made.");
    await draft.waitForWorkingCopyQuiet();
    await drafting.close();
    const untitled = path.join(app.dataDir, "working-copies", "untitled.json");
    // The closed window's hold goes once its stream has closed (the host sees it at once).
    await new Promise((resolve) => setTimeout(resolve, 1000));

    await offer.click("untitled-recovery", "Discard");
    await new EditorPage(offered).waitForWorkingCopyQuiet();
    await offer.waitFor("changed since it was offered");
    expect(readFileSync(untitled, "utf8")).toContain("after the other window's offer");
    // Offered again as it is now; a Discard of that is done.
    await offer.waitFor("(10 words)");
    await offer.click("untitled-recovery", "Discard");
    await expect.poll(() => existsSync(untitled)).toBe(false);
    await offered.close();
  });

  it("takes back a read-only window's offer of unsaved work, which another window's words may outdate (crev-38)", async () => {
    const writing = await open();
    await new EditorPage(writing).typeAtEndOf(0, " Words of the first tab.");
    await new EditorPage(writing).waitForWorkingCopyQuiet();
    // A second tab is offered those words; a third opens the story and holds it.
    const offered = await open();
    const offers = new BannerPage(offered);
    await offers.waitFor("Unsaved work");
    const holding = await open();
    await offers.waitFor("is open in another Draftwise window");
    // The offer was of the copy as it was; the holder writes it from now on, so a Discard here
    // (once the holder has gone) would remove words it never showed. Open Here offers afresh.
    expect(await offers.byId("recovery").count()).toBe(0);
    expect(await offers.actions("held-elsewhere")).toEqual(["Open Here"]);
    await Promise.all([writing.close(), holding.close(), offered.close()]);
  });
});
