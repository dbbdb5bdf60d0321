/** Page object for the editor: what a writer does, in their words. */
import type { Locator, Page } from "playwright-core";
import { waitForAnalysis } from "../../support/harness";
import { waitInPage } from "../../support/page-waits";

export class EditorPage {
  readonly editor: Locator;
  readonly status: Locator;
  readonly banners: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator("#editor .ProseMirror");
    this.status = page.locator("#status");
    this.banners = page.locator("#banners .banner");
  }

  paragraph(n: number): Locator {
    return this.editor.locator("p").nth(n);
  }

  /** Until the editor shows `n` paragraphs (an edit of the whole story has been drawn). */
  async waitForParagraphs(n: number): Promise<void> {
    await waitInPage(
      this.page,
      `document.querySelectorAll("#editor .ProseMirror p").length === ${n}`,
    );
  }

  /**
   * Until the working copy (crash recovery) has no write due or under way: the data folder then
   * holds all it is going to for the changes made so far.
   */
  async waitForWorkingCopyQuiet(): Promise<void> {
    await waitInPage(this.page, "window.draftwiseApp?.workingCopy.quiet ?? false");
  }

  /**
   * Puts the caret at the end of the paragraph's first line of text and types. Waits for the
   * analysis first: detected scenes regroup a freshly opened story, and a caret placed in the
   * DOM a moment before ProseMirror reads it would be put back where the state had it.
   */
  async typeAtEndOf(n: number, text: string): Promise<void> {
    await waitForAnalysis(this.page);
    await this.page.evaluate((index) => {
      const p = document.querySelectorAll("#editor .ProseMirror p")[index]!;
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, n);
    await this.editor.focus();
    await this.page.keyboard.type(text);
  }

  /**
   * As `typeAtEndOf`, but the text arrives as one input, so it is one undo step however slow the
   * machine: typed keys more than history's 500 ms apart are two.
   */
  async insertAtEndOf(n: number, text: string): Promise<void> {
    await this.typeAtEndOf(n, "");
    await this.page.keyboard.insertText(text);
  }

  /**
   * How the window is laid out: the width the story's lines get (inside its padding), and the
   * buttons that stick out of their column (the story's, or a side panel's), where the next
   * column is drawn over them or they are cut off.
   */
  layout(): Promise<{ lineWidth: number; clipped: string[] }> {
    return this.page.evaluate(() => {
      const story = document.querySelector<HTMLElement>("#editor .ProseMirror")!;
      const style = getComputedStyle(story);
      const lineWidth =
        story.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const clipped: string[] = [];
      for (const id of ["#center", "#left-panel", "#right-panel"]) {
        const column = document.querySelector(id)?.getBoundingClientRect();
        if (!column) continue;
        for (const button of document.querySelectorAll<HTMLElement>(`${id} button`)) {
          if (button.offsetParent === null) continue;
          const box = button.getBoundingClientRect();
          if (box.left < column.left - 0.5 || box.right > column.right + 0.5)
            clipped.push(`${id}: ${button.textContent ?? ""}`);
        }
      }
      return { lineWidth, clipped };
    });
  }

  /**
   * The double hyphens ("--", a writer's dash) the story's lines end between, as the writer
   * sees them: the first hyphen at one line's end and the second starting the next. Each shown
   * as the words around it ("hotels-|-Mrs.").
   */
  splitDashes(): Promise<string[]> {
    return this.page.evaluate(() => {
      const split: string[] = [];
      for (const p of document.querySelectorAll("#editor .ProseMirror p")) {
        // The paragraph's characters, each with the text node and offset it is drawn from.
        const chars: { node: Text; offset: number }[] = [];
        let text = "";
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (
          let node = walker.nextNode() as Text | null;
          node;
          node = walker.nextNode() as Text | null
        ) {
          for (let i = 0; i < node.data.length; i++) chars.push({ node, offset: i });
          text += node.data;
        }
        const top = (i: number): number => {
          const range = document.createRange();
          range.setStart(chars[i]!.node, chars[i]!.offset);
          range.setEnd(chars[i]!.node, chars[i]!.offset + 1);
          return range.getBoundingClientRect().top;
        };
        for (let at = text.indexOf("--"); at >= 0; at = text.indexOf("--", at + 2))
          if (top(at + 1) > top(at) + 1)
            split.push(
              `${text.slice(Math.max(0, at - 12), at + 1)}|${text.slice(at + 1, at + 12)}`,
            );
      }
      return split;
    });
  }

  /**
   * Clicks just after the first place the story shows `words` (within one run of text), as a
   * writer clicks at a word's end to put the caret there, and waits until ProseMirror has it.
   */
  async clickAfter(words: string): Promise<void> {
    await waitForAnalysis(this.page);
    const at = await this.page.evaluate((w) => {
      const story = document.querySelector("#editor .ProseMirror")!;
      const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.textContent!.indexOf(w);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i + w.length - 1);
        range.setEnd(node, i + w.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: "center" });
        const box = range.getBoundingClientRect();
        return { x: box.right - 1, y: box.top + box.height / 2 };
      }
      return null;
    }, words);
    if (!at) throw new Error(`the story does not show "${words}"`);
    await this.page.mouse.click(at.x, at.y);
    await this.page.waitForFunction(() =>
      (
        window as unknown as { draftwiseApp: { view: { hasFocus(): boolean } } }
      ).draftwiseApp.view.hasFocus(),
    );
    // The focus alone is not enough: a click while the editor already had it returns here at
    // once, before ProseMirror read the new caret, and a key then lands at the old one.
    await this.waitForCaretRead();
  }

  /**
   * Waits until ProseMirror has read the page's caret (after a click while the editor already
   * had the focus, a key pressed before the selectionchange is read lands at the old caret).
   * `clickAfter` ends with it.
   */
  async waitForCaretRead(): Promise<void> {
    await this.page.waitForFunction(() => {
      const { view } = (
        window as unknown as {
          draftwiseApp: {
            view: {
              state: { selection: { head: number } };
              posAtDOM(node: Node, offset: number): number;
            };
          };
        }
      ).draftwiseApp;
      const selection = document.getSelection();
      if (!selection?.focusNode) return false;
      try {
        return (
          view.posAtDOM(selection.focusNode, selection.focusOffset) === view.state.selection.head
        );
      } catch {
        return false;
      }
    });
  }

  /**
   * Selects the first place the story shows `words`, across a wrap break (shown as a space) too,
   * as a writer drags over them, and waits until ProseMirror has the selection.
   */
  async selectShown(words: string): Promise<void> {
    await waitForAnalysis(this.page);
    const found = await this.page.evaluate((w) => {
      const story = document.querySelector<HTMLElement>("#editor .ProseMirror")!;
      // Each shown character with the DOM point just before and after it.
      const points: { node: Node; offset: number }[] = [];
      let shown = "";
      const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const wrap = node.parentElement?.closest(".wrap-break");
        for (let i = 0; i < node.textContent!.length; i++) {
          shown += node.textContent![i];
          points.push(wrap ? { node: wrap, offset: -1 } : { node, offset: i });
        }
      }
      const at = shown.indexOf(w);
      if (at < 0) return false;
      const range = document.createRange();
      const start = points[at]!;
      const end = points[at + w.length - 1]!;
      if (start.offset < 0) range.setStartBefore(start.node);
      else range.setStart(start.node, start.offset);
      if (end.offset < 0) range.setEndAfter(end.node);
      else range.setEnd(end.node, end.offset + 1);
      story.focus();
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }, words);
    if (!found) throw new Error(`the story does not show "${words}"`);
    await this.page.waitForFunction(
      (n) =>
        (() => {
          const { from, to } = (
            window as unknown as {
              draftwiseApp: { view: { state: { selection: { from: number; to: number } } } };
            }
          ).draftwiseApp.view.state.selection;
          return to - from === n;
        })(),
      words.length,
    );
  }

  /** The plain text a copy of the selection puts on the clipboard (Ctrl+C). */
  async copiedText(): Promise<string> {
    return (await this.copied()).text;
  }

  /** What a copy of the selection puts on the clipboard (Ctrl+C): its plain text and HTML. */
  copied(): Promise<{ text: string; html: string }> {
    return this.page.evaluate(() => {
      const data = new DataTransfer();
      const story = document.querySelector("#editor .ProseMirror")!;
      story.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, bubbles: true }));
      return { text: data.getData("text/plain"), html: data.getData("text/html") };
    });
  }

  /** Pastes at the selection what a copy put on the clipboard (Ctrl+V). */
  async paste(copied: { text: string; html: string }): Promise<void> {
    await this.page.evaluate(({ text, html }) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      data.setData("text/html", html);
      const story = document.querySelector("#editor .ProseMirror")!;
      story.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    }, copied);
  }

  /** The story's text as the editor shows it, paragraph by paragraph (a line break as "\n"). */
  shownParagraphs(): Promise<string[]> {
    return this.editor
      .locator("p")
      .evaluateAll((ps) => ps.map((p) => (p as HTMLElement).innerText));
  }

  /** How many lines paragraph `n` takes on screen at the window's width. */
  shownLines(n: number): Promise<number> {
    return this.paragraph(n).evaluate((p) => {
      const line = parseFloat(getComputedStyle(p).lineHeight);
      return Math.round(p.getBoundingClientRect().height / line);
    });
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** Whether the page shows focus mode (panels hidden, other paragraphs dimmed). */
  focusMode(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.dataset.focus === "on");
  }

  /** The paragraphs focus mode draws in full ink (the one being written). */
  get focusedParagraphs(): Locator {
    return this.editor.locator(".focus-current");
  }

  /** Ctrl+Z in the story, wherever the focus was. */
  async undo(): Promise<void> {
    await this.editor.focus();
    await this.page.keyboard.press("Control+z");
  }

  /** Ctrl+Shift+Z in the story. */
  async redo(): Promise<void> {
    await this.editor.focus();
    await this.page.keyboard.press("Control+Shift+z");
  }

  async runCommand(id: string, arg?: string): Promise<void> {
    await this.page.evaluate(
      ([command, a]) =>
        (
          window as unknown as {
            draftwiseApp: { commands: { run(id: string, a?: string): Promise<boolean> } };
          }
        ).draftwiseApp.commands.run(command!, a),
      [id, arg] as const,
    );
  }

  /** Chooses a command from the Menu button's menu (the browser shell's File, Edit, View). */
  async chooseFromMenu(command: string): Promise<void> {
    await this.page.locator(".app-menu-button").click();
    await this.page.locator(`.app-menu-item[data-command="${command}"]`).click();
  }

  async save(): Promise<void> {
    const saves = await this.page.evaluate(() => Number(document.body.dataset.saves ?? 0));
    await this.press("Control+s");
    // The app counts finished saves on <body data-saves>; a "Saved" message may be an old one.
    await this.page.waitForFunction((n) => Number(document.body.dataset.saves ?? 0) > n, saves);
  }

  /** The text of a feature's status bar part (`data-status`), or null when it shows none. */
  async statusPart(role: string): Promise<string | null> {
    const part = this.status.locator(`[data-status=${role}]`);
    return (await part.count()) ? part.innerText() : null;
  }

  fileLabel(): Promise<string> {
    return this.status.locator("[data-status=file]").innerText();
  }

  /** The caret's chapter's word count in the status bar, or null when it shows none. */
  async chapterWordCount(): Promise<number | null> {
    const part = this.status.locator("[data-status=chapter-words]");
    if ((await part.count()) === 0) return null;
    return Number((await part.innerText()).replace(/[^0-9]/g, ""));
  }

  /** The status bar's count for the caret's scene, as the writer reads it ("358 in scene"). */
  sceneWordsLabel(): Promise<string> {
    return this.status.locator("[data-status=scene-words]").innerText();
  }

  async wordCount(): Promise<number> {
    const text = await this.status.locator("[data-status=words]").innerText();
    return Number(text.replace(/[^0-9]/g, ""));
  }

  /** The story's text before the caret ("" with the caret at the start). */
  textBeforeCaret(): Promise<string> {
    return this.page.evaluate(() => {
      const { state } = (
        window as unknown as {
          draftwiseApp: {
            view: {
              state: {
                selection: { from: number };
                doc: { textBetween(a: number, b: number): string };
              };
            };
          };
        }
      ).draftwiseApp.view;
      return state.doc.textBetween(0, state.selection.from);
    });
  }

  /** The editor's selected text. */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => {
      const view = (
        window as unknown as {
          draftwiseApp: {
            view: {
              state: {
                selection: { from: number; to: number };
                doc: { textBetween(a: number, b: number): string };
              };
            };
          };
        }
      ).draftwiseApp.view;
      const { from, to } = view.state.selection;
      return view.state.doc.textBetween(from, to);
    });
  }
}
