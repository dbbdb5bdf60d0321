/**
 * worker-33: the analysis worker had no `onerror`. A worker that threw outside a request, failed
 * to load or died left every waiting request hanging: a spelling card on "Looking for
 * suggestions…", the analysis never settled, and nobody was told.
 *
 * The real worker is made to fail from the test alone: a malformed message posted to it through
 * the app's debug handle (the one app-reuse.ts reads the toggles through) throws in its message
 * handler, outside any analysis, and the page gets the worker's error event. No page or story
 * can send it that message.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedApp } from "../support/app-reuse";
import { waitForAnalysis, type AppHarness } from "../support/harness";
import { allowPageErrors, pageErrorsSoFar } from "../support/page-errors";
import { screenshot } from "../support/screenshots";
import { BannerPage } from "./pages/banner-page";
import { EditorPage } from "./pages/editor-page";
import { NotesPage } from "./pages/notes-page";

const STORY =
  "The Allotment\n\nI dug the trench for the potatoes before the rain came. Tom would recieve " +
  "the seed on Monday in a seperate packet.\n\n" +
  '"Dig deeper," Hermione said. Hermione Blackwood leaned on her spade.\n';

/** The real worker, through the app's debug handle. */
const postToWorker = (app: AppHarness, message: unknown) =>
  app.page.evaluate((request) => {
    const draftwise = (
      window as unknown as {
        draftwiseApp: { features: { name: string; runner?: { worker: Worker | null } }[] };
      }
    ).draftwiseApp;
    draftwise.features.find((f) => f.name === "analysis")!.runner!.worker!.postMessage(request);
  }, message);

/** A request it cannot read: it throws in its message handler, an uncaught error. */
const breakWorker = (app: AppHarness) =>
  postToWorker(app, { type: "analyze", version: 0, splice: null });

/**
 * Settings whose file name is not text: read, then the analysis throws inside the worker's
 * pass, which answers with an error (worker.ts's `post`) and lives on.
 */
const failAnalysis = (app: AppHarness) =>
  postToWorker(app, { type: "settings", settings: { cast: [], storyWords: [], file: 5 } });

const stopsLogged = (): string[] =>
  pageErrorsSoFar()
    .map((e) => e.message)
    .filter((m) => m.startsWith("analysis stopped"));

describe("when the analysis worker stops (Chromium)", () => {
  let app: AppHarness;
  let banners: BannerPage;
  let notes: NotesPage;
  let editor: EditorPage;

  beforeAll(async () => {
    app = await sharedApp({ text: STORY, storyName: "allotment.txt" });
    banners = new BannerPage(app.page);
    notes = new NotesPage(app.page);
    editor = new EditorPage(app.page);
  });
  afterAll(() => app.close());

  it("says so calmly, restarts it on the story, and the notice goes once the notes are back", async () => {
    allowPageErrors(/^analysis stopped: /);
    await waitForAnalysis(app.page);
    await breakWorker(app);
    await banners.waitFor("Analysis stopped; restarting it.");
    // The new worker was sent the whole story and the dictionaries: a full, spelled answer.
    await waitForAnalysis(app.page);
    expect(await banners.byId("analysis-stopped").count()).toBe(0);
    expect(await notes.noted("spelling", "recieve")).toBe(true);
    await notes.rightClick("spelling", "recieve");
    expect((await notes.suggestions()).fixes).toContain("receive");
    expect(stopsLogged()).toHaveLength(1);
    // Restarted, not off: the marks are current and drawn as such.
    expect(await notes.greyed("spelling", "recieve")).toBe(false);
    expect(await editor.statusPart("analysis")).toBeNull();
  });

  it("says the same when an analysis throws, and gives up when it stops again on the same text: the notice says so, the card and the app do not wait", async () => {
    allowPageErrors(/^analysis stopped: /);
    await app.page.keyboard.press("Escape");
    // An edit: the stop the last test made was on other text, so this one restarts first.
    await app.page.evaluate(() => {
      const { view } = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp;
      view.dispatch(view.state.tr.insertText(" Rain.", view.state.doc.content.size - 2));
    });
    await waitForAnalysis(app.page);
    // One analysis throws inside the worker: its error answer is a stop as a crash is.
    await failAnalysis(app);
    await banners.waitFor("Analysis stopped; restarting it.");
    // The restarted worker's spelled answer first (the dictionaries reach it after the story):
    // broken before it, the give-up would leave marks with no spelling note to look at.
    await notes.waitForUnderline("spelling", "recieve");
    await waitForAnalysis(app.page);
    await breakWorker(app);
    const off = await banners.waitFor("Analysis is off for this story");
    expect(await off.innerText()).toContain("Editing and saving work as before");
    // The marks left from the last result say they are not up to date, as the status bar does.
    expect(await off.innerText()).toContain("not up to date");
    expect(await notes.greyed("spelling", "recieve")).toBe(true);
    expect(await editor.statusPart("analysis")).toBe("Analysis off");
    await screenshot(app.page, "analysis-off.png");
    expect(await banners.byId("analysis-stopped").count()).toBe(1);
    // Nothing is under way: a test, or anything waiting for the analysis, goes on.
    await waitForAnalysis(app.page);
    // A word not asked about before: a card's answers are kept per word (notes/feature.ts).
    await notes.rightClick("spelling", "seperate");
    await notes.card.getByText("Suggestions are not available.").waitFor();
    // Each stop logged once: the error answer's, then the crash's.
    const logged = stopsLogged();
    expect(logged).toHaveLength(2);
    expect(logged[0]).not.toMatch(/Uncaught/);
    expect(logged[1]).toMatch(/Uncaught/);
  });
});
