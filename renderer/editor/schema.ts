/**
 * The document: a story is a sequence of scenes, each holding its paragraphs. A scene-break line
 * from the file (`* * *`) is kept as a `scene_break` node at the head of the scene it opens, so
 * the file's own markers survive editing. Attributes carry what is needed to write the file back
 * byte for byte: the separator before each paragraph and the line ending of each inner break.
 */
import { Schema, type Node as PMNode } from "prosemirror-model";

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
      },
      toDOM: (node) => ["section", { class: "scene", "data-scene-id": node.attrs.id as string }, 0],
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
      attrs: { eol: { default: null } },
      toDOM: () => ["br"],
      parseDOM: [{ tag: "br" }],
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
