/** Page object for moving the caret by keyboard: where it is, and jumps to a paragraph. */
import type { Page } from "playwright-core";

export interface Caret {
  readonly pos: number;
  /** The scene the caret is in, counted from 0. */
  readonly scene: number;
  /** The caret's height on screen, from the top of the editor's visible area (lines are 27 px). */
  readonly top: number;
  /** Whether the caret is inside the editor's visible area. */
  readonly visible: boolean;
}

export class CaretPage {
  constructor(readonly page: Page) {}

  async press(key: string): Promise<Caret> {
    await this.page.keyboard.press(key);
    return this.caret();
  }

  /** Where the caret is once ProseMirror has read the selection a key left (a frame later). */
  caret(): Promise<Caret> {
    return this.page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      // A selected scene break counts where it starts (its end is the next paragraph's start).
      const at = view.coordsAtPos(view.state.selection.from);
      const box = document.getElementById("editor-scroll")!.getBoundingClientRect();
      return {
        pos: view.state.selection.head,
        scene: view.state.selection.$head.index(0),
        top: at.top - box.top,
        visible: at.top >= box.top - 1 && at.bottom <= box.bottom + 1,
      };
    });
  }

  /** The selection's two ends. */
  selection(): Promise<{ anchor: number; head: number }> {
    return this.page.evaluate(() => {
      const { state } = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      return { anchor: state.selection.anchor, head: state.selection.head };
    });
  }

  /** Puts the caret at the end of paragraph `index` and scrolls it into view, as a jump does. */
  jumpToEndOf(index: number): Promise<void> {
    return this.page.evaluate((i) => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      let end = -1;
      let seen = 0;
      view.state.doc.descendants((node, pos) => {
        if (end >= 0) return false;
        if (!node.isTextblock) return true;
        if (seen++ === i) end = pos + node.nodeSize - 1;
        return false;
      });
      const Text = view.state.selection
        .constructor as typeof import("prosemirror-state").TextSelection;
      view.focus();
      view.dispatch(view.state.tr.setSelection(Text.create(view.state.doc, end)).scrollIntoView());
    }, index);
  }

  /** Height of scene `b` over scene `a` as drawn (or as estimated, for one not drawn yet). */
  sceneHeightRatio(a: number, b: number): Promise<number> {
    return this.page.evaluate(
      ([i, j]) => {
        const scenes = document.querySelectorAll("#editor section.scene");
        return (
          scenes[j!]!.getBoundingClientRect().height / scenes[i!]!.getBoundingClientRect().height
        );
      },
      [a, b],
    );
  }
}
