/**
 * Underlines are painted for the paragraphs on screen only (as a writer sees them): page objects
 * scroll a word into view before they look for its highlight.
 */
import type { Page } from "playwright-core";
import { nextFrame } from "../../support/page-waits";

/**
 * Scrolls the editor to the first occurrence of `text` in the story; false when absent.
 * Paragraphs off screen have estimated heights until shown, so the text can move once the
 * paragraphs around it are laid out: it is scrolled again after two frames.
 */
export function revealText(page: Page, text: string): Promise<boolean> {
  return page.evaluate(async (t) => {
    const root = document.querySelector("#editor .ProseMirror");
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.includes(t)) {
        const block = node.parentElement;
        for (let pass = 0; pass < 2; pass++) {
          block?.scrollIntoView({ block: "center" });
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
        return true;
      }
    }
    return false;
  }, text);
}

/** Document positions of the notes of `kind` over exactly `word`, from the editor's analysis. */
export function notePositions(page: Page, kind: string, word: string): Promise<number[]> {
  return page.evaluate(
    ([k, w]) => {
      type Placed = { from: number; to: number; spec: { note: { kind: string } } };
      const view = (
        window as unknown as {
          draftwiseApp: {
            view: {
              state: {
                plugins: { key: string; getState(s: unknown): unknown }[];
                doc: { textBetween(a: number, b: number): string };
              };
            };
          };
        }
      ).draftwiseApp.view;
      const plugin = view.state.plugins.find((p) => p.key === "analysis$");
      const value = plugin?.getState(view.state) as { notesIn(doc: unknown): Placed[] } | null;
      return (value?.notesIn(view.state.doc) ?? [])
        .filter((d) => d.spec.note.kind === k && view.state.doc.textBetween(d.from, d.to) === w)
        .map((d) => d.from)
        .sort((a, b) => a - b);
    },
    [kind, word] as const,
  );
}

/**
 * Scrolls the first note of `kind` over `word` into view and waits until it is painted; with
 * `wait`, first waits for the analysis to have such a note. False when there is none.
 */
export async function revealNote(
  page: Page,
  kind: string,
  word: string,
  wait = true,
): Promise<boolean> {
  const deadline = Date.now() + 15_000;
  let positions = await notePositions(page, kind, word);
  while (wait && positions.length === 0) {
    if (Date.now() > deadline) throw new Error(`No ${kind} note on "${word}" in the analysis.`);
    await nextFrame(page);
    positions = await notePositions(page, kind, word);
  }
  const pos = positions[0];
  if (pos === undefined) return false;
  await page.evaluate(async (at) => {
    const view = (
      window as unknown as {
        draftwiseApp: { view: { domAtPos(p: number): { node: Node } } };
      }
    ).draftwiseApp.view;
    const { node } = view.domAtPos(at);
    const block = node instanceof Element ? node : node.parentElement;
    for (let pass = 0; pass < 2; pass++) {
      block?.scrollIntoView({ block: "center" });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  }, pos);
  await page.waitForFunction((at) => {
    const [from, to] = (document.getElementById("editor-scroll")?.dataset.painted ?? "0-0")
      .split("-")
      .map(Number);
    return from! <= at && at < to!;
  }, pos);
  return true;
}
