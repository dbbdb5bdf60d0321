import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import {
  addAlias,
  addCharacter,
  correctSpeaker,
  deleteCharacter,
  EMPTY_CAST,
  ignoredAfterRename,
  mergeCharacters,
  readCastSidecar,
  removeAlias,
  renameCharacter,
  setColor,
  setVoice,
  withCharacter,
  type CastEdit,
  type WriterCast,
} from "../../../renderer/cast/model";
import { StoryAnalyzer } from "../../../core/analyzer";
import { NARRATOR } from "../../../core/scenes";
import { castPresence, presenceInOrder } from "../../../renderer/analysis/presence";
import { sceneSpans } from "../../../renderer/editor/scene-spans";
import { moveScene } from "../../../renderer/outline/scene-commands";
import { textToDoc } from "../../../renderer/editor/story-doc";
import { EditorState } from "prosemirror-state";
import { linesOf } from "../../../renderer/cast/voice-view";
import { chartRows, dotSize } from "../../../renderer/cast/story-chart";
import { mentionTable } from "../../../renderer/analysis/mention-table";

const person = (name: string, aliases: string[] = []): Character => ({
  name,
  aliases,
  voice: "unknown",
});
const cast = (...characters: Character[]): WriterCast => ({ ...EMPTY_CAST, characters });

function done(edit: CastEdit): WriterCast {
  if (!edit.ok) throw new Error(`refused: ${edit.reason}`);
  return edit.cast;
}

describe("cast operations", () => {
  it("adds a character and refuses a name already taken as a name or alias", () => {
    const c = done(addCharacter(cast(person("Maud", ["Mo"])), "  Tobias   Grey "));
    expect(c.characters.map((k) => k.name)).toEqual(["Maud", "Tobias Grey"]);
    expect(addCharacter(c, "maud").ok).toBe(false);
    expect(addCharacter(c, "Mo").ok).toBe(false);
    expect(addCharacter(c, "   ").ok).toBe(false);
  });

  it("adopts a found character with its aliases, keeping an inferred voice unset", () => {
    const found = {
      name: "Walsh",
      aliases: ["Professor Walsh"],
      voice: "british" as const,
      voiceInferred: true,
    };
    const c = done(withCharacter(EMPTY_CAST, found, (k) => addAlias(k, "Walsh", "the professor")));
    expect(c.characters).toEqual([
      { name: "Walsh", aliases: ["Professor Walsh", "the professor"], voice: "unknown" },
    ]);
  });

  it("merges B into A: B's name and aliases become A's aliases, without duplicates", () => {
    const start = cast(
      person("Maud", ["Mo", "Miss Ashby"]),
      person("Maudie", ["mo", "the girl"]),
      person("Tobias"),
    );
    const c = done(mergeCharacters(start, "Maud", "Maudie"));
    expect(c.characters.map((k) => k.name)).toEqual(["Maud", "Tobias"]);
    expect(c.characters[0]!.aliases).toEqual(["Mo", "Miss Ashby", "Maudie", "the girl"]);
    expect(mergeCharacters(c, "Maud", "Maud").ok).toBe(false);
  });

  it("merging moves corrections and fills an unset voice", () => {
    let start = cast(person("Maud"), {
      ...person("Maudie"),
      voice: "british",
      notes: "Talks fast.",
    });
    start = done(correctSpeaker(start, { paragraph: "h", quote: "Hello", speaker: "Maudie" }));
    const c = done(mergeCharacters(start, "Maud", "Maudie"));
    expect(c.corrections).toEqual([{ paragraph: "h", quote: "Hello", speaker: "Maud" }]);
    expect(c.characters[0]).toMatchObject({ voice: "british", notes: "Talks fast." });
  });

  it("gives a line to the story's unnamed first-person narrator, and to no narrator once one is named", () => {
    const line = { paragraph: "h", quote: "I passed.", speaker: NARRATOR };
    const c = done(correctSpeaker(cast(person("Mom")), line));
    expect(c.corrections).toEqual([line]);
    const named = cast(person("Mom"), { ...person("Maddie"), narrator: true });
    expect(correctSpeaker(named, line).ok).toBe(false);
  });

  it("renaming updates the corrections that name the character", () => {
    let c = done(
      correctSpeaker(cast(person("Maud"), person("Tobias")), {
        paragraph: "h",
        quote: "Hi",
        speaker: "Maud",
      }),
    );
    c = done(renameCharacter(c, "Maud", "Maude"));
    expect(c.characters[0]!.name).toBe("Maude");
    expect(c.corrections[0]!.speaker).toBe("Maude");
    expect(renameCharacter(c, "Maude", "Tobias").ok).toBe(false);
  });

  it("renaming keeps the old name as an alias, so the text's name still points at the character", () => {
    // Found on a writer's day: after Harriet became Hattie, "Harriet said" named nobody.
    const c = done(
      renameCharacter(
        cast(person("Harriet", ["Harriet Cole"]), person("Mark")),
        "Harriet",
        "Hattie",
      ),
    );
    expect(c.characters[0]).toMatchObject({ name: "Hattie", aliases: ["Harriet Cole", "Harriet"] });
    // Not twice, not a mere change of case, not a name another character goes by.
    const back = done(renameCharacter(c, "Hattie", "Harriet"));
    expect(back.characters[0]!.aliases).toEqual(["Harriet Cole", "Hattie"]);
    expect(done(renameCharacter(c, "Hattie", "hattie")).characters[0]!.aliases).toEqual([
      "Harriet Cole",
      "Harriet",
    ]);
    // A sidecar written by hand can give one name to two characters; the alias stays Tom's.
    const shared = cast(person("Tom", ["Tommy Lee"]), person("Tommy Lee"));
    expect(done(renameCharacter(shared, "Tommy Lee", "Lee")).characters[1]!.aliases).toEqual([]);
    // The writer can still drop it.
    const dropped = done(removeAlias(c, "Hattie", "Harriet"));
    expect(dropped.characters[0]!.aliases).toEqual(["Harriet Cole"]);
  });

  it("an alias belongs to one character only", () => {
    const c = done(addAlias(cast(person("Maud"), person("Tobias", ["Toby"])), "Maud", "Red"));
    expect(c.characters[0]!.aliases).toEqual(["Red"]);
    expect(addAlias(c, "Tobias", "red").ok).toBe(false);
    expect(addAlias(c, "Maud", "Toby").ok).toBe(false);
    expect(addAlias(c, "Maud", "tobias").ok).toBe(false);
    expect(done(removeAlias(c, "Maud", "Red")).characters[0]!.aliases).toEqual([]);
  });

  it("deleting remembers the name so discovery does not list it again, and drops its corrections", () => {
    let c = done(
      correctSpeaker(cast(person("Maud"), person("Harbour")), {
        paragraph: "h",
        quote: "Hi",
        speaker: "Harbour",
      }),
    );
    c = done(deleteCharacter(c, "Harbour"));
    expect(c.characters.map((k) => k.name)).toEqual(["Maud"]);
    expect(c.dismissed).toEqual(["Harbour"]);
    expect(c.corrections).toEqual([]);
    expect(done(addCharacter(c, "Harbour")).dismissed).toEqual([]);
  });

  it("sets voice and colour, and a correction of the same line replaces the older one", () => {
    let c = done(setVoice(cast(person("Maud")), "Maud", "british"));
    c = done(setColor(c, "Maud", "#2e86ab"));
    expect(c.characters[0]).toMatchObject({ voice: "british", color: "#2e86ab" });
    c = done(correctSpeaker(c, { paragraph: "h", quote: "Hi", speaker: "Maud" }));
    c = done(correctSpeaker(c, { paragraph: "h", quote: "Hi", speaker: null }));
    expect(c.corrections).toEqual([{ paragraph: "h", quote: "Hi", speaker: null }]);
    expect(correctSpeaker(c, { paragraph: "h", quote: "Hi", speaker: "Nobody" }).ok).toBe(false);
  });

  it("reads a damaged sidecar part leniently", () => {
    const read = readCastSidecar({
      characters: [
        { name: "Maud", aliases: ["Mo", 3], voice: "klingon" },
        { aliases: [] },
        "x",
        { name: "Maud", aliases: [] },
      ],
      corrections: [{ paragraph: "a", quote: "b", speaker: "Maud" }, { paragraph: 1 }],
      dismissed: ["Harbour", 2],
    });
    expect(read).toEqual({
      characters: [{ name: "Maud", aliases: ["Mo"], voice: "unknown" }],
      corrections: [{ paragraph: "a", quote: "b", speaker: "Maud" }],
      dismissed: ["Harbour"],
    });
    expect(readCastSidecar(null)).toEqual(EMPTY_CAST);
  });
});

describe("presence by scene node", () => {
  const text = [
    "Maud waited.",
    "Tobias came. Maud spoke.",
    "* * *",
    "Tobias alone.",
    "* * *",
    "Rain.",
  ].join("\n\n");

  it("counts mentions and lines per scene node and follows a moved scene by id", () => {
    const doc = textToDoc(text);
    const spans = sceneSpans(doc);
    expect(spans.map((s) => [s.first, s.last])).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    const mentions = [
      { paragraph: 0, from: 0, to: 4, character: "Maud" },
      { paragraph: 1, from: 0, to: 6, character: "Tobias" },
      { paragraph: 1, from: 13, to: 17, character: "Maud" },
      { paragraph: 3, from: 0, to: 6, character: "Tobias" },
    ];
    const quotes = [{ paragraph: 5, index: 0, from: 0, to: 4, speaker: "Maud", confidence: 1 }];
    const presence = castPresence(spans, { mentions: mentionTable(mentions), quotes });
    expect(presence.get("Maud")!.map((p) => [p.mentions, p.lines])).toEqual([
      [2, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(presence.get("Tobias")!.map((p) => p.mentions)).toEqual([1, 1, 0]);

    let state = EditorState.create({ doc });
    moveScene(2, 0)(state, (tr) => (state = state.apply(tr)));
    const moved = presenceInOrder(presence, spans, sceneSpans(state.doc));
    expect(moved.get("Maud")!.map((p) => [p.mentions, p.lines])).toEqual([
      [0, 1],
      [2, 0],
      [0, 0],
    ]);

    expect(chartRows(moved, ["Tobias", "Maud", "Ghost"]).map((r) => r.name)).toEqual([
      "Maud",
      "Tobias",
      "Ghost",
    ]);
    expect(dotSize({ mentions: 9, lines: 0, pov: false })).toBeGreaterThan(
      dotSize({ mentions: 1, lines: 0, pov: false }),
    );
    expect(dotSize({ mentions: 0, lines: 0, pov: false })).toBe(0);
  });

  it("lists a speaker's lines in story order with their scene", () => {
    const spans = sceneSpans(textToDoc(text));
    const q = (
      paragraph: number,
      index: number,
      speaker: string | null,
      words: string,
      unnamed?: string,
    ) => ({
      paragraph,
      index,
      from: 0,
      to: 1,
      speaker,
      confidence: 1,
      text: words,
      ...(unnamed ? { unnamed } : {}),
    });
    const quotes = [
      q(5, 0, "Maud", "Late."),
      q(1, 1, "Maud", "Second."),
      q(1, 0, "Maud", "First."),
      q(3, 0, null, "Tickets?", "the guard"),
      q(3, 1, "Tobias", "No."),
    ];
    expect(linesOf({ quotes }, spans, { name: "Maud" }).map((l) => [l.text, l.scene])).toEqual([
      ["First.", 0],
      ["Second.", 0],
      ["Late.", 2],
    ]);
    expect(linesOf({ quotes }, spans, { unnamed: "the guard" }).map((l) => l.text)).toEqual([
      "Tickets?",
    ]);
  });
});

describe("the writer's ignored notes when a character is renamed or merged", () => {
  // Found on a writer's day: "Ignore for Harriet" came back once Harriet was renamed Hattie.
  it("says who became whom", () => {
    const renamed = renameCharacter(cast(person("Harriet")), "Harriet", "Hattie");
    expect(renamed.ok && renamed.renamed).toEqual({ from: "Harriet", to: "Hattie" });
    const merged = mergeCharacters(cast(person("Harriet"), person("Hat")), "Harriet", "Hat");
    expect(merged.ok && merged.renamed).toEqual({ from: "Hat", to: "Harriet" });
  });

  it("moves only the renamed speaker's voice ignores", () => {
    const ignored = [
      "voice:i guess:Harriet",
      "voice:gonna:Mark",
      "spelling:harriet",
      "gloss:bloody",
    ];
    expect(ignoredAfterRename(ignored, "Harriet", "Hattie")).toEqual([
      "voice:i guess:Hattie",
      "voice:gonna:Mark",
      "spelling:harriet",
      "gloss:bloody",
    ]);
  });
});

describe("adding a found character whose description was folded into it (spoken-as.ts)", () => {
  const TERRACE = [
    "Walter sat on the terrace with his coffee. A small boy came along the path, poking the gravel with a stick. The child stopped in front of him.",
    "“Will you give me a lump of sugar?” asked the child.",
    "“Yes, you may take one,” Walter said.",
    "“I’m going to take three,” said the child. “My sister won’t mind.”",
    "A young lady came out of the hotel. “Toby,” she said, “what are you doing?”",
    "“I’m going up the mountain,” replied Toby.",
  ].join("\n\n");

  it("keeps the description out of the writer's aliases: every later 'the child' is not Toby", () => {
    const toby = new StoryAnalyzer({})
      .analyze(TERRACE, "terrace.txt")
      .characters.find((c) => c.name === "Toby")!;
    expect(toby.aliases).toContain("the child");
    const added = done(addCharacter(EMPTY_CAST, "Toby", toby));
    expect(added.characters.find((c) => c.name === "Toby")?.aliases).not.toContain("the child");
  });
});
