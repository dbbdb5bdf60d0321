/**
 * The document: a story is a sequence of scenes, each holding its paragraphs. A scene-break line
 * from the file (`* * *`) is kept as a `scene_break` node at the head of the scene it opens, so
 * the file's own markers survive editing. Attributes carry what is needed to write the file back
 * byte for byte: the separator before each paragraph and the line ending of each inner break.
 */
import { Schema, type Node as PMNode } from "prosemirror-model";
import { SUGGESTED_BELOW } from "../../core/scenes/suggested";

export type SceneSourceAttr = "marker" | "detected" | "writer";

export interface SceneAttrs {
  readonly id: string;
  readonly title: string;
  /** True once the writer renamed the scene; generated titles no longer replace it. */
  readonly titleEdited: boolean;
  readonly synopsis: string;
  readonly status: "draft" | "revised" | "done";
  readonly pov: string | null;
  readonly source: SceneSourceAttr;
  /** How sure detection is of the break that opens the scene, 0.5..1 (1 unless detected). */
  readonly confidence: number;
}

/**
 * Whether a scene opens on a break that detection suggests and the writer has not confirmed:
 * drawn dashed in the editor and the outline. A marker's or the writer's break is never one.
 */
export function isSuggestedBreak(attrs: Pick<SceneAttrs, "source" | "confidence">): boolean {
  return attrs.source === "detected" && attrs.confidence < SUGGESTED_BELOW;
}

export const schema = new Schema({
  nodes: {
    doc: {
      content: "scene+",
      attrs: {
        bom: { default: false },
        leading: { default: "" },
        trailing: { default: "" },
        eol: { default: "\n" },
      },
    },
    scene: {
      content: "scene_break? paragraph+",
      defining: true,
      isolating: false,
      attrs: {
        id: { default: "" },
        title: { default: "" },
        titleEdited: { default: false },
        synopsis: { default: "" },
        status: { default: "draft" },
        pov: { default: null },
        source: { default: "detected" },
        confidence: { default: 1 },
      },
      toDOM: (node) => [
        "section",
        {
          class: isSuggestedBreak(node.attrs as SceneAttrs) ? "scene suggested" : "scene",
          "data-scene-id": node.attrs.id as string,
        },
        0,
      ],
      parseDOM: [{ tag: "section.scene" }],
    },
    scene_break: {
      atom: true,
      selectable: true,
      attrs: { text: { default: "* * *" }, before: { default: null } },
      toDOM: (node) => [
        "div",
        { class: "scene-break", contenteditable: "false", "aria-label": "Scene break" },
        node.attrs.text as string,
      ],
      parseDOM: [
        {
          tag: "div.scene-break",
          getAttrs: (dom) => ({ text: (dom as HTMLElement).textContent ?? "* * *" }),
        },
      ],
    },
    paragraph: {
      content: "inline*",
      // `before` is the exact separator before this paragraph in the file; null for new ones.
      attrs: { before: { default: null } },
      toDOM: () => ["p", 0],
      parseDOM: [{ tag: "p" }],
    },
    text: { group: "inline" },
    hard_break: {
      inline: true,
      group: "inline",
      selectable: false,
      // `wrap`: a hard-wrapped draft's wrap made this line end, not the writer (story-doc.ts):
      // drawn as a space, so the paragraph flows at the window's width; the file keeps the break.
      attrs: { eol: { default: null }, wrap: { default: false } },
      toDOM: (node) => (node.attrs.wrap === true ? ["span", { class: "wrap-break" }, " "] : ["br"]),
      parseDOM: [{ tag: "br" }, { tag: "span.wrap-break", attrs: { wrap: true } }],
    },
  },
  marks: {},
});

/** The paragraph's text as it is written to the file, inner line breaks included. */
export function paragraphText(node: PMNode, eol: string): string {
  if (node.childCount === 1 && node.firstChild!.isText) return node.firstChild!.text!;
  let out = "";
  node.forEach((child) => {
    out += child.isText ? child.text! : ((child.attrs.eol as string | null) ?? eol);
  });
  return out;
}
