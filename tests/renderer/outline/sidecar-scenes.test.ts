import { describe, expect, it } from "vitest";
import { parseStory } from "../../../core/story";
import {
  anchorScenes,
  outlineSidecar,
  paragraphHash,
  readOutlineSidecar,
  type OutlineSidecar,
} from "../../../renderer/outline/sidecar-scenes";
import { openingLayout, redetect } from "../../../renderer/outline/layout";
import { docToText, textToDoc, type SceneLayout } from "../../../renderer/editor/story-doc";

const paragraphs = [
  "Maren locked the shop at nine.",
  "The street was empty, the rain thin.",
  "At the harbour, Tobias waited by the crane.",
  "He had not slept.",
  "Next morning the ferry was late.",
  "Maren counted the gulls.",
];
const text = paragraphs.join("\n\n") + "\n";

function layout(starts: number[], count = paragraphs.length): SceneLayout[] {
  return starts.map((first, k) => ({
    firstParagraph: first,
    lastParagraph: (starts[k + 1] ?? count) - 1,
    attrs: {
      id: `id${k}`,
      title: `Scene ${k}`,
      synopsis: k === 1 ? "The wait." : "",
      status: k === 2 ? "done" : "draft",
    },
  }));
}

function saved(starts: number[], writerEdited = true): OutlineSidecar {
  return JSON.parse(JSON.stringify(outlineSidecar(textToDoc(text, layout(starts)), writerEdited)));
}

/** First paragraph number and id of each anchored scene. */
function shape(t: string, sidecar: OutlineSidecar): [number, string | undefined][] | null {
  const anchored = anchorScenes(parseStory(t), sidecar);
  return anchored && anchored.layout.map((s) => [s.firstParagraph, s.attrs.id]);
}

describe("the outline sidecar", () => {
  it("records each scene with its anchor and reads back the same layout", () => {
    const sidecar = saved([0, 2, 4]);
    expect(sidecar.version).toBe(1);
    expect(sidecar.scenes.map((s) => s.anchor.paragraphs)).toEqual([2, 2, 2]);
    expect(sidecar.scenes[0]!.anchor.hash).toBe(paragraphHash(paragraphs[0]!));
    expect(readOutlineSidecar(sidecar)).toEqual({ ok: true, value: sidecar });
    const anchored = anchorScenes(parseStory(text), sidecar)!;
    expect(anchored.layout.map((s) => [s.firstParagraph, s.lastParagraph])).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(anchored.layout[1]!.attrs).toMatchObject({ id: "id1", synopsis: "The wait." });
    expect(anchored.layout[2]!.attrs.status).toBe("done");
  });

  it("follows paragraphs added, edited and re-wrapped in another editor", () => {
    const sidecar = saved([0, 2, 4]);
    const edited = [
      paragraphs[0],
      "A new paragraph typed elsewhere.",
      paragraphs[1],
      paragraphs[2]!.replace("by the crane", "by\nthe   crane"),
      paragraphs[3],
      "Next morning the ferry was very late.", // first paragraph of scene 3 rewritten
      paragraphs[5],
    ].join("\r\n\r\n");
    expect(shape(edited, sidecar)).toEqual([
      [0, "id0"],
      [3, "id1"],
      [5, "id2"],
    ]);
  });

  it("finds scenes by content when paragraphs were removed before them", () => {
    const sidecar = saved([0, 2, 4]);
    const edited = [paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[4], paragraphs[5]].join(
      "\n\n",
    );
    expect(shape(edited, sidecar)).toEqual([
      [0, "id0"],
      [1, "id1"],
      [3, "id2"],
    ]);
  });

  it("lets a marker line added elsewhere open a scene of its own", () => {
    const sidecar = saved([0, 2]);
    const edited = [...paragraphs.slice(0, 4), "* * *", ...paragraphs.slice(4)].join("\n\n");
    const anchored = anchorScenes(parseStory(edited), sidecar)!;
    expect(anchored.layout.map((s) => [s.firstParagraph, s.attrs.source])).toEqual([
      [0, "detected"],
      [2, "detected"],
      [5, "marker"],
    ]);
  });

  it("gives up on a sidecar that belongs to another text", () => {
    expect(
      shape("Something else entirely.\n\nNothing alike.\n\nAt all.", saved([0, 2, 4])),
    ).toBeNull();
  });

  it("rejects damaged or foreign outline parts", () => {
    expect(readOutlineSidecar(undefined).ok).toBe(false);
    expect(readOutlineSidecar({ version: 2, scenes: [] })).toMatchObject({
      ok: false,
      error: expect.stringContaining("version 2"),
    });
    expect(readOutlineSidecar({ version: 1, scenes: [{ id: "x" }] }).ok).toBe(false);
    expect(readOutlineSidecar("nonsense").ok).toBe(false);
  });
});

describe("opening layout and re-detection", () => {
  it("uses a valid sidecar, and reports a damaged one while detecting", () => {
    const story = parseStory(text);
    const fromSidecar = openingLayout(story, saved([0, 3]), () => {
      throw new Error("no detection needed");
    });
    expect(fromSidecar).toMatchObject({ fromSidecar: true, writerEdited: true, problem: null });
    expect(fromSidecar.layout!.map((s) => s.firstParagraph)).toEqual([0, 3]);
    const detected = [{ firstParagraph: 0, lastParagraph: paragraphs.length - 1, attrs: {} }];
    const damaged = openingLayout(story, { version: 1, scenes: "x" }, () => detected);
    expect(damaged.fromSidecar).toBe(false);
    expect(damaged.problem).toMatch(/detected again/);
    expect(damaged.layout![0]!.firstParagraph).toBe(0);
    expect(openingLayout(story, undefined, () => null)).toMatchObject({
      layout: null,
      problem: null,
    });
  });

  it("keeps the writer's boundaries and the text when re-detecting", () => {
    const doc = textToDoc(text, [
      { firstParagraph: 0, lastParagraph: 0, attrs: { id: "a" } },
      {
        firstParagraph: 1,
        lastParagraph: 5,
        attrs: { id: "w", source: "writer", title: "Mine", titleEdited: true, synopsis: "kept" },
      },
    ]);
    const again = redetect(doc, [], true);
    expect(docToText(again)).toBe(text);
    const firsts: [string, string][] = [];
    again.forEach((s) => firsts.push([s.attrs.id as string, s.attrs.title as string]));
    expect(firsts).toContainEqual(["w", "Mine"]);
    let synopsis = "";
    again.forEach((s) => (s.attrs.id === "w" ? (synopsis = s.attrs.synopsis as string) : null));
    expect(synopsis).toBe("kept");
  });
});
