/**
 * Scenes skip layout and paint while far off screen (`content-visibility: auto` in the
 * stylesheet): Chromium then tracks a few hundred scenes per keystroke instead of thousands of
 * paragraphs, which in a novel made typing cost more than the text itself. A skipped scene is
 * as tall as its estimate until first shown (its real height after that), so each scene's view
 * estimates its height from its text: jumps and the scrollbar land close to where they should.
 * The estimate counts characters a line for a typical column; the scenes first laid out tell
 * how far this font and this window are from it, and every estimate is scaled to match (a
 * wrong estimate moves the text when the scene is first drawn).
 *
 * Chromium's own caret movement does not enter a skipped scene: ArrowDown at the end of a scene
 * landed in the story's last scene. So the caret's scene and the scenes on either side of it
 * are never skipped (the class "near"). In a long scene (a story whose scenes are not found yet
 * is one) the paragraphs skip too (the class "long").
 */
import type { Node as PMNode } from "prosemirror-model";
import { Plugin } from "prosemirror-state";
import type { EditorView, NodeView } from "prosemirror-view";
import { isSuggestedBreak, type SceneAttrs } from "./schema";

/** Characters on one line of the story column (70ch wide, prose runs a little denser). */
const CHARS_PER_LINE = 75;
/** In em, from the stylesheet: line height, the space after a paragraph, a scene's top rule. */
const LINE_EM = 1.7;
const PARAGRAPH_GAP_EM = 1.1;
const SCENE_GAP_EM = 1.1;
/** Set on the editor: laid-out height over estimated height, measured on the scenes near the caret. */
const SCALE_VAR = "--scene-estimate-scale";
/** Paragraphs past which a scene skips by paragraph rather than whole (the class "long"). */
const LONG_SCENE_PARAGRAPHS = 50;

/** The height a scene's text takes in the story column, in em, before it is laid out. */
function estimatedSceneHeightEm(scene: PMNode): number {
  let lines = 0;
  scene.forEach((block) => {
    lines += Math.max(1, Math.ceil(block.textContent.length / CHARS_PER_LINE));
  });
  return lines * LINE_EM + scene.childCount * PARAGRAPH_GAP_EM + SCENE_GAP_EM;
}

/** The estimate as set on the scene: rounded, so typing a few words does not restyle it. */
function sceneEstimateEm(scene: PMNode): number {
  return Math.round(estimatedSceneHeightEm(scene) / 4) * 4;
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
    // Drawn dashed above, as the outline's row: the view replaces the schema's toDOM class.
    this.dom.classList.toggle("suggested", isSuggestedBreak(node.attrs as SceneAttrs));
    const estimate = sceneEstimateEm(node);
    if (estimate === this.estimate) return;
    this.estimate = estimate;
    // CSSOM, not a style attribute: the page's CSP allows no inline style attributes.
    this.dom.style.containIntrinsicSize = `auto calc(${estimate}em * var(${SCALE_VAR}, 1))`;
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
 * Scales every scene's estimate by how the scenes near the caret, laid out, compare with theirs
 * (never long scenes: their paragraphs' heights are estimates themselves). False when none can
 * tell.
 */
function calibrate(view: EditorView): boolean {
  const doc = view.state.doc;
  const index = view.state.selection.$head.index(0);
  let real = 0;
  let estimated = 0;
  for (let i = Math.max(0, index - 1); i <= index + 1 && i < doc.childCount; i++) {
    const section = view.dom.children[i];
    if (!section || section.classList.contains("long")) continue;
    const style = getComputedStyle(section);
    const em = parseFloat(style.fontSize);
    const inset = parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth);
    real += (section.getBoundingClientRect().height - inset) / em;
    // Against the estimate as set: the scale then corrects its rounding for scenes alike.
    estimated += sceneEstimateEm(doc.child(i));
  }
  if (estimated <= 0 || real <= 0) return false;
  // Bounded: one odd scene (a list of one-word lines) must not stretch a whole novel.
  const scale = Math.min(2, Math.max(0.5, real / estimated));
  view.dom.style.setProperty(SCALE_VAR, scale.toFixed(3));
  return true;
}

type PluginView = { update(): void; destroy(): void };

/**
 * Marks the caret's scene and the scenes on either side of it "near" (never skipped), at once
 * on every update: a key pressed right after a jump must find the next scene laid out. A story
 * just opened is marked in the next frame instead, so that the layout the open forces (the
 * focus at launch, ProseMirror's scroll reset on a reopen) skips the scenes: a story whose
 * scenes are not found yet is one scene, and marked at once it would be laid out whole (40 ms
 * at 300,000 words).
 */
function keepNearCaret(view: EditorView): PluginView {
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

/**
 * Measures the scenes near the caret once they are laid out and scales every estimate to match
 * (see `calibrate`). Tried again only when the scenes change in number (found, split, merged)
 * or the editor changes width, not on every keystroke.
 */
function scaleEstimates(view: EditorView): PluginView {
  let calibrated = false;
  let triedWithScenes = -1;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    const scenes = view.state.doc.childCount;
    if (calibrated || pending !== undefined || scenes === triedWithScenes) return;
    triedWithScenes = scenes;
    // After the frame that lays them out: measuring now would lay them out early, at launch.
    pending = setTimeout(() => {
      pending = undefined;
      calibrated = calibrate(view);
    }, 0);
  };
  // A new width changes how many characters a line holds: measure again.
  let width = 0;
  const resized = new ResizeObserver(([entry]) => {
    const now = Math.round(entry?.contentRect.width ?? 0);
    if (width && now !== width) {
      calibrated = false;
      triedWithScenes = -1;
    }
    width = now;
  });
  resized.observe(view.dom);
  const frame = requestAnimationFrame(update);
  return {
    update,
    destroy: () => {
      cancelAnimationFrame(frame);
      clearTimeout(pending);
      resized.disconnect();
    },
  };
}

export function sceneViews(): Plugin {
  return new Plugin({
    props: { nodeViews: { scene: (node) => new SceneView(node) } },
    view: (view) => {
      const views = [keepNearCaret(view), scaleEstimates(view)];
      return {
        update: () => views.forEach((v) => v.update()),
        destroy: () => views.forEach((v) => v.destroy()),
      };
    },
  });
}
