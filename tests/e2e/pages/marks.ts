/**
 * The analysis marks on screen, read from the editor's DOM: each mark is drawn as spans with
 * its class name (dw-note-spelling, dw-cast-3...). A mark that another one overlaps is split
 * into side-by-side spans, so adjacent spans of one class are read as one mark.
 */
import type { Page } from "playwright-core";
import { nextFrame } from "../../support/page-waits";

export interface Mark {
  readonly text: string;
  /** Viewport centre of the mark's first span. */
  readonly x: number;
  readonly y: number;
}

/** Runs in the page: the marks drawn with class `name`, in document order. */
function collectMarks(name: string): Mark[] {
  const marks: { text: string; x: number; y: number }[] = [];
  let last: Element | null = null;
  for (const span of document.querySelectorAll(`#editor .${name}`)) {
    const between = document.createRange();
    if (last) {
      between.setStartAfter(last);
      between.setEndBefore(span);
    }
    if (last && between.toString() === "") marks[marks.length - 1]!.text += span.textContent;
    else {
      const box = span.getBoundingClientRect();
      marks.push({
        text: span.textContent ?? "",
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
      });
    }
    last = span;
  }
  return marks;
}

/** The marks drawn with class `name` now. */
export function marksOf(page: Page, name: string): Promise<Mark[]> {
  return page.evaluate(collectMarks, name);
}

/** The texts drawn with class `name` now. */
export async function markedTexts(page: Page, name: string): Promise<string[]> {
  return (await marksOf(page, name)).map((m) => m.text);
}

/** Waits until some mark of class `name` reads `text` (or, with `present` false, none does). */
export async function waitForMark(
  page: Page,
  name: string,
  text: string,
  present = true,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await markedTexts(page, name)).includes(text) === present) return;
    if (Date.now() > deadline)
      throw new Error(`${name} ${present ? "never marked" : "still marks"} "${text}"`);
    await nextFrame(page);
  }
}
