/**
 * The baseline for the bench: plain ProseMirror (doc > paragraph+, history, base keymap, no
 * other plugins) showing the same paragraphs in the same page shell and stylesheet as the app.
 * It marks itself ready the way the app does (`body[data-ready=true]`) and exposes its view as
 * `window.benchView`, so the bench drives both variants identically.
 */
import { baseKeymap } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { Schema } from "prosemirror-model";
import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { parseStory } from "../../core/story";

const schema = new Schema({
  nodes: {
    doc: { content: "paragraph+" },
    paragraph: { content: "text*", toDOM: () => ["p", 0], parseDOM: [{ tag: "p" }] },
    text: {},
  },
});

async function start(): Promise<void> {
  const text = await (await fetch("story.txt")).text();
  const paragraphs = parseStory(text).paragraphs.map((p) =>
    schema.node("paragraph", null, p.text ? [schema.text(p.text)] : []),
  );
  const doc = schema.node("doc", null, paragraphs.length ? paragraphs : [schema.node("paragraph")]);
  const editor = document.getElementById("editor");
  if (!editor) throw new Error("bare.html lacks #editor");
  const view = new EditorView(editor, {
    state: EditorState.create({
      doc,
      plugins: [
        history(),
        keymap({ "Mod-z": undo, "Mod-y": redo, "Mod-Shift-z": redo }),
        keymap(baseKeymap),
      ],
    }),
    attributes: { class: "story", spellcheck: "false", role: "textbox", "aria-multiline": "true" },
  });
  view.focus();
  document.body.dataset.ready = "true";
  (window as unknown as { benchView: EditorView }).benchView = view;
}

void start();
