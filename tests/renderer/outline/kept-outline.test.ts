import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { keptOutlineDiffers, restoreKeptOutline } from "../../../renderer/outline/kept-outline";
import { outline, isWriterEdited } from "../../../renderer/outline/plugin";
import { outlineSidecar } from "../../../renderer/outline/sidecar-scenes";
import { textToDoc, type SceneLayout } from "../../../renderer/editor/story-doc";

const paragraphs = [
  "Maren locked the shop at nine.",
  "The street was empty, the rain thin.",
  "At the harbour, Tobias waited by the crane.",
  "He had not slept.",
  "Next morning the ferry was late.",
  "Maren counted the gulls.",
];
const text = paragraphs.join("\n\n") + "\n";

interface Made {
  readonly title?: string;
  readonly synopsis?: string;
  readonly status?: "draft" | "revised" | "done";
}

/** Scenes opening at `starts`, the writer's words on some of them. */
function layout(starts: number[], made: Record<number, Made> = {}): SceneLayout[] {
  return starts.map((first, k) => ({
    firstParagraph: first,
    lastParagraph: (starts[k + 1] ?? paragraphs.length) - 1,
    attrs: {
      id: `id${k}`,
      title: made[k]?.title ?? `Scene ${k}`,
      titleEdited: made[k]?.title !== undefined,
      synopsis: made[k]?.synopsis ?? "",
      status: made[k]?.status ?? "draft",
    },
  }));
}

/** The outline part Save would write (through JSON, as the copy and the sidecar hold it). */
function part(layoutOf: SceneLayout[], writerEdited: boolean, body = text): unknown {
  return JSON.parse(JSON.stringify(outlineSidecar(textToDoc(body, layoutOf), writerEdited)));
}

describe("the outline a working copy keeps", () => {
  it("differs from the file's when the writer renamed, described or marked a scene", () => {
    const disk = part(layout([0, 2, 4]), false);
    expect(
      keptOutlineDiffers(part(layout([0, 2, 4], { 1: { title: "The crane" } }), true), disk),
    ).toBe(true);
    expect(
      keptOutlineDiffers(part(layout([0, 2, 4], { 2: { synopsis: "Late." } }), true), disk),
    ).toBe(true);
    expect(keptOutlineDiffers(part(layout([0, 2, 4], { 0: { status: "done" } }), true), disk)).toBe(
      true,
    );
  });

  it("differs when the writer split or merged scenes, the text the same", () => {
    const disk = part(layout([0, 2, 4]), true);
    expect(keptOutlineDiffers(part(layout([0, 2, 3, 4]), true), disk)).toBe(true);
    expect(keptOutlineDiffers(part(layout([0, 4]), true), disk)).toBe(true);
  });

  it("is the file's when only the text moved it: anchors, first-line titles", () => {
    const made = { 1: { title: "The crane", synopsis: "He waits." } };
    const disk = part(layout([0, 2, 4], made), true);
    const edited = text.replace("He had not slept.", "He had not slept for two nights.");
    expect(keptOutlineDiffers(part(layout([0, 2, 4], made), true, edited), disk)).toBe(false);
    // Detected scenes the writer never touched are nothing to offer, with or without a sidecar.
    expect(keptOutlineDiffers(part(layout([0, 2, 4]), false), undefined)).toBe(false);
    expect(keptOutlineDiffers(part(layout([0, 4]), false), disk)).toBe(false);
  });

  it("is offered for an untitled story or a story with no sidecar yet", () => {
    const kept = part(layout([0, 2, 4], { 0: { title: "Closing time" } }), true);
    expect(keptOutlineDiffers(kept, undefined)).toBe(true);
  });
});

describe("restoring the outline a working copy kept", () => {
  const state = (layoutOf: SceneLayout[]): EditorState =>
    EditorState.create({ doc: textToDoc(text, layoutOf), plugins: [outline()] });

  it("lays the writer's titles, synopses and boundaries over the text, as one change", () => {
    const opened = state(layout([0, 2, 4]));
    const kept = part(
      layout([0, 2, 3, 4], { 1: { title: "The crane", synopsis: "He waits." } }),
      true,
    );
    const problems: string[] = [];
    const tr = restoreKeptOutline(opened.tr, kept, part(layout([0, 2, 4]), false), {}, (p) =>
      problems.push(p),
    );
    const after = opened.apply(tr);
    const scenes = after.doc.children.map((s) => [s.attrs.title, s.attrs.synopsis, s.childCount]);
    expect(scenes).toEqual([
      ["Scene 0", "", 2],
      ["The crane", "He waits.", 1],
      ["Scene 2", "", 1],
      ["Scene 3", "", 2],
    ]);
    expect(isWriterEdited(after)).toBe(true);
    expect(after.doc.textBetween(0, after.doc.content.size, "\n\n")).toBe(
      opened.doc.textBetween(0, opened.doc.content.size, "\n\n"),
    );
    expect(problems).toEqual([]);
  });

  it("leaves the document alone when the app already shows the kept outline, or it holds no work", () => {
    const made = layout([0, 2, 4], { 1: { title: "The crane" } });
    const opened = state(made);
    const same = restoreKeptOutline(opened.tr, part(made, true), part(made, true), {}, () => {});
    expect(same.steps).toHaveLength(0);
    const untouched = restoreKeptOutline(
      opened.tr,
      part(layout([0, 4]), false),
      part(made, true),
      {},
      () => {},
    );
    expect(untouched.steps).toHaveLength(0);
  });

  it("says so, and keeps the scenes, when the kept outline no longer fits the text", () => {
    const other = ["One.", "Two.", "Three.", "Four.", "Five.", "Six."].join("\n\n") + "\n";
    const opened = state(layout([0, 2, 4]));
    const kept = part(layout([0, 2, 4], { 1: { title: "The crane" } }), true, other);
    const problems: string[] = [];
    const tr = restoreKeptOutline(opened.tr, kept, part(layout([0, 2, 4]), false), {}, (p) =>
      problems.push(p),
    );
    expect(tr.steps).toHaveLength(0);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/does not match the restored text/);
  });
});
