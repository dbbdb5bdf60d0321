/**
 * PageDown and PageUp (Shift extends the selection) move the caret a screen at a time, done here
 * rather than by Chromium. Scenes (and a long scene's paragraphs) off screen are skipped by
 * `content-visibility: auto` (scene-view.ts), and Chromium's page move hit-tests the text a
 * screen away while it is still skipped: the caret stayed put, or landed scenes too far. Here
 * the scroller moves first, what is then on screen is laid out, and the caret keeps its height
 * on screen. (Arrow keys need no help: the scenes next to the caret's never skip.)
 *
 * On a Mac, as in every Cocoa text view, PageDown only scrolls (Chromium does that well, skipped
 * scenes and all) and Option+PageDown moves the caret.
 *
 * Ctrl+Home and Ctrl+End (Cmd+Up and Cmd+Down on a Mac) are the app's too: Chromium put the
 * caret at the start of the last scene, the text it could see, not at the end of the story.
 */
import type { Node as PMNode } from "prosemirror-model";
import { Selection, TextSelection, type Command } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { isMac } from "./platform";
import { scrollerOf } from "./scroller";
import type { AppCommand } from "./command-registry";
import { editorCommand } from "./editor-command";
import type { App } from "./feature";

/** Chromium's share of the visible height one page step scrolls (the rest stays for context). */
const PAGE_FRACTION = 0.875;
/** How far inside the screen's edges the caret lands, in pixels (a line is about 27). */
const EDGE_PX = 14;
/** Elements that skip while off screen (see styles.css): scenes, and a long scene's paragraphs. */
const SKIPPING = "section.scene";
const SKIPPING_INSIDE = "section.scene.long";

/** The children of `parent` that overlap `top`..`bottom` (children run top to bottom). */
function childrenBetween(parent: Element, top: number, bottom: number): HTMLElement[] {
  const items = parent.children;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  const out: HTMLElement[] = [];
  for (let i = lo; i < items.length; i++) {
    const e = items[i];
    if (!(e instanceof HTMLElement) || e.getBoundingClientRect().top > bottom) break;
    out.push(e);
  }
  return out;
}

/**
 * Runs `read` with what overlaps `top`..`bottom` laid out now, as the next frame would lay it
 * out anyway (it is on screen). Left to that frame, each element's real height would replace
 * its estimate after the caret was placed, and could push the caret off screen.
 */
function withScreenLaidOut<T>(view: EditorView, top: number, bottom: number, read: () => T): T {
  const shown: HTMLElement[] = [];
  // CSSOM, not a style attribute (the page's CSP); taken off again below, when the stylesheet's
  // `auto` keeps them laid out because they are on screen.
  const show = (e: HTMLElement): void => {
    e.style.contentVisibility = "visible";
    shown.push(e);
  };
  try {
    for (const scene of childrenBetween(view.dom, top, bottom)) {
      if (!scene.matches(SKIPPING)) continue;
      show(scene);
      if (scene.matches(SKIPPING_INSIDE))
        for (const p of childrenBetween(scene, top, bottom)) show(p);
    }
    return read();
  } finally {
    for (const e of shown) e.style.removeProperty("content-visibility");
  }
}

/**
 * Where a page move lands: a text caret (never a selected scene break) at or next to `pos`,
 * looking `direction` first (editor/caret-near.ts's `caretNear` keeps a replaced document's caret).
 */
function landingCaret(doc: PMNode, pos: number, direction: 1 | -1): Selection {
  const $pos = doc.resolve(pos);
  return (
    Selection.findFrom($pos, direction, true) ??
    Selection.findFrom($pos, -direction, true) ??
    Selection.near($pos)
  );
}

/** Moves the caret a screen down (1) or up (-1), scrolling with it; `extend` keeps the anchor. */
export function pageMove(direction: 1 | -1, extend = false): Command {
  return (state, dispatch, view) => {
    const scroller = view && scrollerOf(view);
    if (!view || !scroller) return false;
    if (!dispatch) return true;
    const caret = view.coordsAtPos(state.selection.head);
    const box = scroller.getBoundingClientRect();
    const step = Math.round(scroller.clientHeight * PAGE_FRACTION);
    const before = scroller.scrollTop;
    scroller.scrollTop = before + direction * step;
    const scrolled = scroller.scrollTop - before;
    // The caret keeps its height on screen while the text moves under it (kept inside the
    // screen, where a caret scrolled off it would land). Where the scroller could not follow,
    // at either end of the story, the caret goes the rest of the way: to the end or the start.
    const middle = (caret.top + caret.bottom) / 2;
    const wanted = middle + direction * step - scrolled;
    const end = scrolled !== direction * step && (wanted > box.bottom || wanted < box.top);
    const y = Math.min(box.bottom - EDGE_PX, Math.max(box.top + EDGE_PX, wanted));
    const target = end
      ? direction === 1
        ? Selection.atEnd(state.doc).head
        : Selection.atStart(state.doc).head
      : withScreenLaidOut(view, box.top, box.bottom, () =>
          view.posAtCoords({ left: caret.left, top: y }),
        )?.pos;
    if (target === undefined) return true;
    const $head = landingCaret(state.doc, target, direction).$head;
    const selection = extend
      ? TextSelection.between(state.selection.$anchor, $head)
      : TextSelection.between($head, $head);
    // Laying out what was skipped can still move the text a little: keep the caret on screen.
    dispatch(state.tr.setSelection(selection).scrollIntoView());
    return true;
  };
}

/**
 * The selection as the page has it now. A key pressed a moment after an arrow key can arrive
 * before ProseMirror has read the arrow's move from the page (it does on "selectionchange"):
 * the editor state then still holds the old caret, and a command that puts the caret where the
 * state already had it leaves the page's caret where the arrow put it, and the next letters land
 * there. Read from the page, the selection is never stale. Null while the editor has no focus.
 */
export function pageSelection(view: EditorView): { anchor: number; head: number } | null {
  // Unfocused, the page's selection is not the writer's caret: ProseMirror neither reads it nor
  // writes its own there (a caret the outline set while it holds focus leaves the old one).
  if (!view.hasFocus()) return null;
  const dom = (view.root as Document).getSelection?.();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.focusNode)) return null;
  try {
    return {
      anchor: view.posAtDOM(dom.anchorNode, dom.anchorOffset),
      head: view.posAtDOM(dom.focusNode, dom.focusOffset),
    };
  } catch {
    return null;
  }
}

/** Puts the caret at the start (-1) or end (1) of the story; `extend` keeps the anchor. */
export function storyEdge(direction: 1 | -1, extend = false): Command {
  return (state, dispatch, view) => {
    if (!dispatch) return true;
    let current = state;
    const page = view && pageSelection(view);
    if (
      view &&
      page &&
      (page.anchor !== state.selection.anchor || page.head !== state.selection.head)
    ) {
      // Catch the state up with the page first, so the move below is a change it draws.
      const { doc } = state;
      view.dispatch(
        state.tr.setSelection(
          TextSelection.between(doc.resolve(page.anchor), doc.resolve(page.head)),
        ),
      );
      current = view.state;
    }
    const edge = direction === 1 ? Selection.atEnd(current.doc) : Selection.atStart(current.doc);
    const selection = extend
      ? TextSelection.between(current.selection.$anchor, edge.$head)
      : TextSelection.between(edge.$head, edge.$head);
    // The caret's scene is marked "near" (laid out) before the view scrolls to it.
    (view ? view.dispatch.bind(view) : dispatch)(
      current.tr.setSelection(selection).scrollIntoView(),
    );
    return true;
  };
}

/**
 * The moves above as registry commands with their keys (the shortcuts list reads them there);
 * `mac` picks the platform's keys.
 */
export function pageCommands(mac = isMac()): AppCommand<App>[] {
  const move = mac ? "Alt-" : "";
  const [start, end] = mac ? ["Mod-ArrowUp", "Mod-ArrowDown"] : ["Ctrl-Home", "Ctrl-End"];
  const command = (id: string, label: string, keys: string, run: Command): AppCommand<App> =>
    editorCommand({ id: `navigate.${id}`, label, keys }, run);
  // Shift goes last among the modifiers, as the shortcuts list reads it: "Ctrl+Shift+End".
  const shifted = (keys: string): string => keys.replace(/([^-]+)$/, "Shift-$1");
  return [
    command("storyStart", "Start of story", start, storyEdge(-1)),
    command("storyEnd", "End of story", end, storyEdge(1)),
    command("selectToStoryStart", "Select to start of story", shifted(start), storyEdge(-1, true)),
    command("selectToStoryEnd", "Select to end of story", shifted(end), storyEdge(1, true)),
    command("pageDown", "Page down", `${move}PageDown`, pageMove(1)),
    command("pageUp", "Page up", `${move}PageUp`, pageMove(-1)),
    command("selectPageDown", "Select a page down", shifted(`${move}PageDown`), pageMove(1, true)),
    command("selectPageUp", "Select a page up", shifted(`${move}PageUp`), pageMove(-1, true)),
  ];
}
