/**
 * Scenes skip layout and paint while far off screen (`content-visibility: auto` in the
 * stylesheet): Chromium then tracks a few hundred scenes per keystroke instead of thousands of
 * paragraphs, which in a novel made typing cost more than the text itself. A skipped scene is
 * as tall as its estimate until first shown (its real height after that), so each scene's view
 * estimates its height from its text: jumps and the scrollbar land close to where they should.
 *
 * Chromium's own caret movement does not enter a skipped scene: ArrowDown at the end of a scene
 * landed in the story's last scene. So the caret's scene and the scenes on either side of it
 * are never skipped (the class "near"). In a long scene (a story whose scenes are not found yet
 * is one) the paragraphs skip too (the class "long").
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin } from "prosemirror-state";
import type { EditorView, NodeView } from "prosemirror-view";

/** Characters on one line of the story column (70ch wide, prose runs a little denser). */
const CHARS_PER_LINE = 75;
/** In em, from the stylesheet: line height, the space after a paragraph, a scene's top rule. */
const LINE_EM = 1.7;
const PARAGRAPH_GAP_EM = 1.1;
const SCENE_GAP_EM = 1.1;
/** Paragraphs past which a scene skips by paragraph rather than whole (the class "long"). */
const LONG_SCENE_PARAGRAPHS = 50;

/** The height a scene's text takes in the story column, in em, before it is laid out. */
export function estimatedSceneHeightEm(scene: PMNode): number {
  let lines = 0;
  scene.forEach((block) => {
    lines += Math.max(1, Math.ceil(block.textContent.length / CHARS_PER_LINE));
  });
  return lines * LINE_EM + scene.childCount * PARAGRAPH_GAP_EM + SCENE_GAP_EM;
}

class SceneView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private estimate = 0;

  constructor(private node: PMNode) {
    this.dom = this.contentDOM = document.createElement("section");
    this.dom.className = "scene";
    this.render(node);
  }

  private render(node: PMNode): void {
    this.dom.dataset.sceneId = node.attrs.id as string;
    this.dom.classList.toggle("long", node.childCount > LONG_SCENE_PARAGRAPHS);
    // Rounded, so typing a few words does not touch the style of the scene being edited.
    const estimate = Math.round(estimatedSceneHeightEm(node) / 4) * 4;
    if (estimate === this.estimate) return;
    this.estimate = estimate;
    // CSSOM, not a style attribute: the page's CSP allows no inline style attributes.
    this.dom.style.containIntrinsicSize = `auto ${estimate}em`;
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render(node);
    return true;
  }

  /** The view's own attribute and style changes are not edits to the story. */
  ignoreMutation(mutation: MutationRecord | { type: "selection"; target: Node }): boolean {
    return mutation.type === "attributes" && mutation.target === this.dom;
  }
}

/**
 * Marks the caret's scene and the scenes on either side of it "near" (never skipped), at once
 * on every update: a key pressed right after a jump must find the next scene laid out. A story
 * just opened is marked in the next frame instead, so that the layout the open forces (the
 * focus at launch, ProseMirror's scroll reset on a reopen) skips the scenes: a story whose
 * scenes are not found yet is one scene, and marked at once it would be laid out whole (40 ms
 * at 300,000 words).
 */
function keepNearCaret(view: EditorView): { update(): void; destroy(): void } {
  let near: Element[] = [];
  let frame = 0;
  const update = (): void => {
    cancelAnimationFrame(frame);
    frame = 0;
    const index = view.state.selection.$head.index(0);
    const sections = view.dom.children;
    const now = [sections[index - 1], sections[index], sections[index + 1]].filter(
      (e): e is Element => e !== undefined,
    );
    if (now.length === near.length && now.every((e, i) => e === near[i])) return;
    for (const e of near) e.classList.remove("near");
    for (const e of now) e.classList.add("near");
    near = now;
  };
  // ProseMirror makes plugin views anew for each opened story (its plugins are new).
  frame = requestAnimationFrame(update);
  return {
    update,
    // A scene node kept from the last story keeps its element: it must not stay "near".
    destroy: () => {
      cancelAnimationFrame(frame);
      for (const e of near) e.classList.remove("near");
    },
  };
}

export function sceneViews(): Plugin {
  return new Plugin({
    props: { nodeViews: { scene: (node) => new SceneView(node) } },
    view: keepNearCaret,
  });
}
