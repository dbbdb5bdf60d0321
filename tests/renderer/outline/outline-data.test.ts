import { describe, expect, it } from "vitest";
import { castPresence, currentNames, type Presence } from "../../../renderer/analysis/presence";
import { mentionTable } from "../../../renderer/analysis/mention-table";
import type { SceneSpan } from "../../../renderer/editor/scene-spans";
import {
  opensOnSuggestion,
  sameChips,
  sceneChips,
  sceneFigures,
  sceneLabel,
  type SceneSummary,
} from "../../../renderer/outline/outline-data";
import { textToDoc } from "../../../renderer/editor/story-doc";

const span = (id: string, index: number): SceneSpan => ({
  index,
  id,
  title: id,
  pov: null,
  first: index,
  last: index,
});
const cells = (...counts: [number, number][]): Presence[] =>
  counts.map(([mentions, lines]) => ({ mentions, lines, pov: false }));

describe("the outline's character chips", () => {
  const spans = [span("a", 0), span("b", 1)];
  const presence = new Map([
    ["Maud", cells([1, 0], [0, 0])],
    ["Tobias", cells([2, 3], [0, 1])],
    ["Anna", cells([1, 0], [0, 0])],
  ]);

  it("lists each scene's characters, most present first, ties by name, absent ones left out", () => {
    const chips = sceneChips(spans, presence);
    expect(chips.get("a")).toEqual(["Tobias", "Anna", "Maud"]);
    expect(chips.get("b")).toEqual(["Tobias"]);
  });

  it("tells a changed list from the same one", () => {
    const chips = sceneChips(spans, presence);
    expect(sameChips(chips, sceneChips(spans, presence))).toBe(true);
    const moved = sceneChips([span("b", 0), span("a", 1)], presence);
    expect(sameChips(chips, moved)).toBe(false);
    expect(sameChips(chips, new Map([["a", ["Tobias", "Anna", "Maud"]]]))).toBe(false);
  });

  it("puts the scene's POV first and counts its words", () => {
    const doc = textToDoc("Maud ran. Tobias followed her home.\n");
    const scene = doc.child(0);
    const withPov = scene.type.create({ ...scene.attrs, pov: "Maud" }, scene.content);
    const chips = new Map([[scene.attrs.id as string, ["Tobias", "Maud"]]]);
    expect(sceneFigures(withPov, chips)).toEqual({
      words: 6,
      characters: ["Maud", "Tobias"],
      pov: "Maud",
    });
    expect(sceneFigures(scene, chips).characters).toEqual(["Tobias", "Maud"]);
    expect(sceneFigures(scene, new Map()).characters).toEqual([]);
  });

  it("shows a renamed POV character as one chip under the current name", () => {
    // Harriet, detected as the scene's POV, was renamed Hattie in the Cast panel: the scene
    // still stores "Harriet", the analysis counts "Hattie" (the old name is her alias).
    const doc = textToDoc("Harriet ran. Mark followed her home.\n");
    const scene = doc.child(0);
    const withPov = scene.type.create({ ...scene.attrs, pov: "Harriet" }, scene.content);
    const chips = new Map([[scene.attrs.id as string, ["Hattie", "Mark"]]]);
    const named = currentNames([
      { name: "Hattie", aliases: ["Harriet Cole", "Harriet"] },
      { name: "Mark", aliases: [] },
    ]);
    expect(sceneFigures(withPov, chips, named)).toEqual({
      words: 6,
      characters: ["Hattie", "Mark"],
      pov: "Hattie",
    });
  });

  it("gives a name as its character is called now, a character's own name first", () => {
    const named = currentNames([
      { name: "Hattie", aliases: ["Harriet", "Mark"] },
      { name: "Mark", aliases: [] },
    ]);
    expect(named("Harriet")).toBe("Hattie");
    expect(named("Mark")).toBe("Mark");
    expect(named("Priya")).toBe("Priya");
  });

  // qa-30: a first-person scene detected before the writer named the narrator kept the chip
  // "narrator (POV)", with the named narrator beside it as a second person.
  it("gives the unnamed narrator's POV to the narrator the cast names, however it names them", () => {
    const doc = textToDoc("I had been on the waiting list for years. Gemma came round.\n");
    const scene = doc.child(0);
    const told = scene.type.create({ ...scene.attrs, pov: "narrator" }, scene.content);
    const chips = new Map([[scene.attrs.id as string, ["Gemma", "Kate"]]]);
    for (const kate of [
      { name: "Kate", aliases: ["I"] },
      { name: "Kate", aliases: [], narrator: true },
    ]) {
      const named = currentNames([{ name: "Gemma", aliases: [] }, kate]);
      expect(sceneFigures(told, chips, named).characters).toEqual(["Kate", "Gemma"]);
    }
    // With no narrator in the cast the narrator stays "narrator".
    expect(currentNames([{ name: "Gemma", aliases: [] }])("narrator")).toBe("narrator");
  });

  it("counts a renamed POV character's scenes under the current name (the Cast chart too)", () => {
    const spans = [{ ...span("a", 0), pov: "Harriet" }];
    const presence = castPresence(spans, {
      mentions: mentionTable([{ paragraph: 0, from: 0, to: 7, character: "Hattie" }]),
      quotes: [],
      characters: [
        { name: "Hattie", aliases: ["Harriet"], voice: "unknown", mentions: 1, scenes: [0] },
      ],
    });
    expect([...presence.keys()]).toEqual(["Hattie"]);
    expect(presence.get("Hattie")).toEqual([{ mentions: 1, lines: 0, pov: true }]);
  });
});

describe("a scene after a suggested break", () => {
  const scene = (index: number, confidence: number): SceneSummary => ({
    index,
    id: `s${index}`,
    title: "Dawn",
    titleEdited: false,
    synopsis: "",
    status: "draft",
    pov: null,
    source: "detected",
    confidence,
  });

  it("is said so in its row's label, unless it is the first scene (no break stands before it)", () => {
    expect(opensOnSuggestion(scene(2, 0.6))).toBe(true);
    expect(sceneLabel(scene(2, 0.6), 3, 10)).toBe(
      "Scene 3 of 3: Dawn, 10 words, after a suggested break",
    );
    expect(opensOnSuggestion(scene(2, 0.9))).toBe(false);
    // The first scene kept its attributes when the scene before it was deleted.
    expect(opensOnSuggestion(scene(0, 0.6))).toBe(false);
    expect(sceneLabel(scene(0, 0.6), 3, 10)).toBe("Scene 1 of 3: Dawn, 10 words");
  });
});
