import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, type AppHarness } from "../support/harness";
import { mainHeapBytes, watchLongTasks } from "../support/main-thread";
import { NotesPage } from "./pages/notes-page";

// suggest-33: a card's suggestions were looked for on the page's main thread, with a second
// speller loaded there; for a word the speller cannot mend the search was one task of 1.2-1.5 s
// (more on a busy machine), and typing, scrolling and the caret froze meanwhile.

const STORY =
  "The Allotment\n\nI dug the trench for the potatoes before the rain came. Tom would recieve " +
  "the seed on Monday. The shed smelt of qxzvwk.\n";

describe("a misspelling's suggestions (Chromium)", () => {
  let app: AppHarness;
  let notes: NotesPage;

  // An app of its own: the main thread's heap is measured before any card has opened.
  beforeAll(async () => {
    app = await openApp({ text: STORY, storyName: "allotment.txt" });
    notes = new NotesPage(app.page);
  });
  afterAll(() => app.close());

  it("says there is none for a word the speller cannot mend, and the page never freezes", async () => {
    const heapBefore = await mainHeapBytes(app.page);
    const longestTask = await watchLongTasks(app.page);
    await notes.rightClick("spelling", "qxzvwk");
    expect(await notes.suggestions()).toEqual({ fixes: [], none: true });
    const longest = await longestTask();
    const grown = (await mainHeapBytes(app.page)) - heapBefore;
    console.log(`longest main-thread task ${longest.toFixed(0)} ms, heap grown ${grown} bytes`);
    expect(longest).toBeLessThan(200);
  });

  it("offers the word meant for a real misspelling", async () => {
    await app.page.keyboard.press("Escape");
    await notes.rightClick("spelling", "recieve");
    expect((await notes.suggestions()).fixes).toContain("receive");
  });
});
