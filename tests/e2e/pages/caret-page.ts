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

  /**
   * Where the caret is once ProseMirror has read the selection a key left and the editor has
   * stopped scrolling to it: two frames in a row with the same selection and scroll (a busy
   * machine can take several frames to lay out paragraphs it skipped).
   */
  caret(): Promise<Caret> {
    return this.page.evaluate(async () => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      const scroller = document.getElementById("editor-scroll")!;
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const mark = () => `${view.state.selection.head} ${scroller.scrollTop}`;
      await frame();
      for (let seen = mark(), i = 0; i < 60; i++) {
        await frame();
        const now = mark();
        if (now === seen) break;
        seen = now;
      }
      // A selected scene break counts where it starts (its end is the next paragraph's start).
      const at = view.coordsAtPos(view.state.selection.from);
      const box = scroller.getBoundingClientRect();
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

  /**
   * The story as the writer reads it: paragraphs joined by newlines (a scene break is "#"),
   * with the caret's place in that text and the story's end.
   */
  story(): Promise<{ text: string; caret: number; paragraphs: number; atEnd: boolean }> {
    return this.page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const { state } = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      let text = "";
      let caret = -1;
      let paragraphs = 0;
      const head = state.selection.head;
      state.doc.descendants((node, pos) => {
        if (node.type.name === "scene") return true;
        if (text) text += "\n";
        if (node.type.name === "scene_break") {
          text += "#";
          return false;
        }
        paragraphs++;
        if (head >= pos + 1 && head <= pos + node.nodeSize - 1)
          caret = text.length + state.doc.textBetween(pos + 1, head).length;
        text += node.textContent;
        return false;
      });
      const end = state.doc.content.size - 2;
      return { text, caret, paragraphs, atEnd: head === end };
    });
  }

  /** Puts the caret at one of the scene boundaries: `n` counts starts and ends of scenes. */
  toSceneBoundary(n: number): Promise<void> {
    return this.page.evaluate((i) => {
      const view = (
        window as unknown as { draftwiseApp: { view: import("prosemirror-view").EditorView } }
      ).draftwiseApp.view;
      const doc = view.state.doc;
      const places: number[] = [];
      doc.forEach((scene, offset) => {
        // A scene break at a scene's head is a node of its own: its first paragraph follows.
        const head = scene.firstChild!.isTextblock ? 0 : scene.firstChild!.nodeSize;
        places.push(offset + 2 + head, offset + scene.nodeSize - 2);
      });
      const at = places[i % places.length]!;
      const Text = view.state.selection
        .constructor as typeof import("prosemirror-state").TextSelection;
      view.focus();
      view.dispatch(view.state.tr.setSelection(Text.create(doc, at)).scrollIntoView());
    }, n);
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
