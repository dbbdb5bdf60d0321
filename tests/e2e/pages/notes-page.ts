/** Page object for notes: the underlines, the hover card and the Notes panel, in a writer's words. */
import type { Locator, Page } from "playwright-core";
import { markedTexts, marksOf, waitForMark } from "./marks";
import { notePositions, revealNote, revealText } from "./reveal";

export class NotesPage {
  readonly card: Locator;
  readonly panel: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.card = page.locator(".note-card:not([hidden])");
    this.panel = page.locator("#panel-notes");
    this.summary = this.panel.locator(".notes-summary");
  }

  /** Whether the analysis notes `word` as `kind` anywhere in the story (painted or not). */
  async noted(kind: string, word: string): Promise<boolean> {
    return (await notePositions(this.page, kind, word)).length > 0;
  }

  /** The texts underlined for a note kind now. */
  underlined(kind: string): Promise<string[]> {
    return markedTexts(this.page, `dw-note-${kind}`);
  }

  /** Whether the `kind` underline on `word` is drawn greyed, as not up to date. */
  async greyed(kind: string, word: string): Promise<boolean> {
    await this.waitForUnderline(kind, word);
    const mark = this.page.locator(`.story .dw-note-${kind}`, { hasText: word }).first();
    return (await mark.evaluate((el) => getComputedStyle(el).filter)).includes("grayscale");
  }

  /** Waits until `word` is underlined as a `kind` note (analysis runs in a worker). */
  async waitForUnderline(kind: string, word: string, present = true): Promise<void> {
    // An ignored note stays in the analysis, undrawn: look where it is, or at the word.
    if (!(await revealNote(this.page, kind, word, present))) await revealText(this.page, word);
    await waitForMark(this.page, `dw-note-${kind}`, word, present);
  }

  /** Viewport centre of the first `kind` underline on `word`, scrolled into view. */
  private async box(kind: string, word: string): Promise<{ x: number; y: number }> {
    // Underlines are drawn for the paragraphs on screen: bring the word into view first.
    await this.waitForUnderline(kind, word);
    const mark = (await marksOf(this.page, `dw-note-${kind}`)).find((m) => m.text === word);
    if (!mark) throw new Error(`no ${kind} underline on "${word}"`);
    return mark;
  }

  /**
   * Tries `act` until the card shows. Right after an edit the painted range can come back
   * (undo restores its text) a moment before the analysis result that holds the note.
   */
  private async untilCard(act: () => Promise<void>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      await act();
      try {
        await this.card.waitFor({ timeout: 1500 });
        return;
      } catch (error) {
        if (attempt === 5) throw error;
      }
    }
  }

  async hover(kind: string, word: string): Promise<void> {
    await this.untilCard(async () => {
      const { x, y } = await this.box(kind, word);
      await this.page.mouse.move(x - 20, y - 40);
      await this.page.mouse.move(x, y, { steps: 4 });
    });
  }

  async rightClick(kind: string, word: string): Promise<void> {
    await this.untilCard(async () => {
      const { x, y } = await this.box(kind, word);
      await this.page.mouse.click(x, y, { button: "right" });
    });
  }

  /** The line's part of the card over a word of dialogue: its speaker and their select. */
  get line(): Locator {
    return this.card.locator(".quote-card-part");
  }

  /** Presses Tab (at most `limit` times) until the line's speaker select has focus. */
  async tabToLineSpeaker(limit = 10): Promise<void> {
    const onSelect = (): Promise<boolean> =>
      this.page.evaluate(
        () => document.activeElement?.matches(".note-card .quote-card-part select") ?? false,
      );
    for (let i = 0; i < limit && !(await onSelect()); i++) await this.page.keyboard.press("Tab");
    if (!(await onSelect())) throw new Error("Tab did not reach the line's speaker");
  }

  /**
   * What the open card offers once its search for suggestions is done (it marks the search with
   * `[data-looking]`): the fix buttons' words, and whether it says "No suggestions.". Waited
   * for as the card says, not by time: at a heavy load a search takes the page seconds.
   */
  async suggestions(): Promise<{ fixes: string[]; none: boolean }> {
    await this.card.locator("[data-looking]").waitFor({ state: "detached", timeout: 50_000 });
    const fixes = await this.card.locator(".note-card-fix").allInnerTexts();
    const none = (await this.card.getByText("No suggestions.").count()) > 0;
    return { fixes, none };
  }

  async chooseFix(text: string): Promise<void> {
    await this.card.locator(".note-card-fix", { hasText: text }).click();
  }

  async ignoreEverywhere(): Promise<void> {
    await this.card.locator(".note-card-ignore").first().click();
  }

  async openPanel(): Promise<void> {
    await this.page.locator(".panel-tab[data-panel=notes]").click();
    await this.panel.waitFor();
  }

  async restoreIgnored(): Promise<void> {
    await this.panel.locator(".notes-restore").click();
  }

  group(kind: string): Locator {
    return this.panel.locator(`.notes-group-${kind}`);
  }

  /** The rows of a kind's group as shown: the term and its place ("¶2 · Scene 1", "2× from ¶2"). */
  async rows(kind: string): Promise<{ term: string; place: string }[]> {
    const rows = this.group(kind).locator(".notes-go");
    const terms = await rows.locator(".notes-term").allInnerTexts();
    const places = await rows.locator(".notes-place").allInnerTexts();
    return terms.map((term, i) => ({ term, place: places[i] ?? "" }));
  }

  async count(kind: string): Promise<number> {
    return Number(await this.group(kind).locator(".notes-count").getAttribute("data-count"));
  }

  async setKind(kind: string, on: boolean): Promise<void> {
    await this.group(kind).locator("input.notes-toggle").setChecked(on);
  }

  /**
   * The note the selection covers now (its kind and severity), and where the selection sits on
   * screen: its middle's height as a share of the editor's visible height (0 top, 1 bottom).
   */
  selectedNote(): Promise<{ kind: string; severity: string; height: number } | null> {
    return this.page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      type Placed = {
        from: number;
        to: number;
        spec: { note: { kind: string; severity: string } };
      };
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      const { state } = view;
      const plugin = state.plugins.find(
        (p) => (p as unknown as { key: string }).key === "analysis$",
      );
      const value = plugin?.getState(state) as { notesIn(doc: unknown): Placed[] } | null;
      const { from, to } = state.selection;
      const hit = (value?.notesIn(state.doc) ?? []).find((d) => d.from === from && d.to === to);
      if (!hit) return null;
      const box = document.getElementById("editor-scroll")!.getBoundingClientRect();
      const at = view.coordsAtPos(from);
      const height = ((at.top + at.bottom) / 2 - box.top) / box.height;
      return { kind: hit.spec.note.kind, severity: hit.spec.note.severity, height };
    });
  }

  /** Every row's place as shown, "¶15 · Scene 2", parsed (paragraphs and scenes from 1). */
  async places(): Promise<{ paragraph: number; scene: number }[]> {
    const labels = await this.panel.locator(".notes-place").allInnerTexts();
    return labels.flatMap((label) => {
      const m = /¶(\d+) · Scene (\d+)/.exec(label);
      return m ? [{ paragraph: Number(m[1]), scene: Number(m[2]) }] : [];
    });
  }

  /** The outline's scene (from 1) of each block (from 1), as the document holds them now. */
  outlineScenes(): Promise<number[]> {
    return this.page.evaluate(() => {
      const { doc } = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view.state;
      const sceneOf: number[] = [0];
      doc.forEach((scene, _offset, index) => {
        for (let i = 0; i < scene.childCount; i++) sceneOf.push(index + 1);
      });
      return sceneOf;
    });
  }

  /** Presses "Add to story dictionary" on the spelling row for `word` in the Notes panel. */
  async addToDictionaryFromRow(word: string): Promise<void> {
    await this.group("spelling")
      .locator(".notes-row", { has: this.page.locator(".notes-term", { hasText: word }) })
      .first()
      .getByRole("button", { name: /^Add to story dictionary: “.+”$/ })
      .click();
  }

  /** Presses the "Show N more" button under a kind's group. */
  async showMore(kind: string): Promise<void> {
    await this.group(kind).locator(".notes-more").click();
  }

  /** Clicks the panel row for `term` in a kind's group. */
  async goTo(kind: string, term: string): Promise<void> {
    await this.group(kind)
      .locator(".notes-go", { has: this.page.locator(".notes-term", { hasText: term }) })
      .first()
      .click();
  }

  /** The story's text as it would be saved (innerText skips paragraphs off screen). */
  storyText(): Promise<string> {
    return this.page.evaluate(() =>
      (window as unknown as { draftwiseApp: { text(): string } }).draftwiseApp.text(),
    );
  }
}
