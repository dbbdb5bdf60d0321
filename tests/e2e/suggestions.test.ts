import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApp, type AppHarness } from "../support/harness";
import { longestTask, mainHeapBytes } from "../support/main-thread";
import { NotesPage } from "./pages/notes-page";

// suggest-33: a card's suggestions were looked for on the page's main thread, with a second
// speller loaded there; for a word the speller cannot mend the search was one task of 1.2-1.5 s
// (more on a busy machine), and typing, scrolling and the caret froze meanwhile.

const STORY =
  "The Allotment\n\nI dug the trench for the potatoes before the rain came. Tom would recieve " +
  "the seed on Monday. The shed smelt of qxzvwk.\n\n" +
  '"Dig deeper," Hermione said. Hermione Blackwood leaned on her spade.\n\n' +
  '"It is deep enough," I said. Hermonie came to look.\n';

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
    let found: Awaited<ReturnType<NotesPage["suggestions"]>> | undefined;
    const longest = await longestTask(app.page, async () => {
      await notes.rightClick("spelling", "qxzvwk");
      found = await notes.suggestions();
    });
    expect(found).toEqual({ fixes: [], none: true });
    const grown = (await mainHeapBytes(app.page)) - heapBefore;
    console.log(
      `longest main-thread task ${longest.cpuMs.toFixed(0)} ms of CPU (${longest.wallMs.toFixed(0)} ms), heap grown ${grown} bytes`,
    );
    // By CPU time: a busy machine stretches any task's wall time (flakes-32 saw load 20).
    expect(longest.cpuMs).toBeLessThan(200);
    // No dictionary on this thread: the card and Playwright's selector engine (about 1.2 MB,
    // page-waits.ts) are what grew, 1.4-1.5 MB; with the second speller, 4.7 MB.
    expect(grown).toBeLessThan(3_000_000);
  });

  it("offers the word meant for a real misspelling", async () => {
    await app.page.keyboard.press("Escape");
    await notes.rightClick("spelling", "recieve");
    expect((await notes.suggestions()).fixes).toContain("receive");
  });

  it("offers a name of the story's cast for its misspelling, as the notes know it", async () => {
    await app.page.keyboard.press("Escape");
    await notes.rightClick("spelling", "Hermonie");
    expect((await notes.suggestions()).fixes[0]).toBe("Hermione");
  });
});
