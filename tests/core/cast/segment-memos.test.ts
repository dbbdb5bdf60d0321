/**
 * Readings kept with a paragraph's segments (an analyzer hands the same segments back for an
 * unchanged paragraph): what they keep must be the paragraph's alone, so a pass with another
 * cast, other sexes or other paragraphs around answers as a fresh reading does.
 */
import { describe, expect, it } from "vitest";
import { inferGenders } from "../../../core/cast/genders";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { predicatedRoles } from "../../../core/cast/predicated-links";
import { readParagraph, readSegments } from "../../../core/cast/refs";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";

const cast: Character[] = ["Dee", "Marco", "Mum"].map((name) => ({
  name,
  aliases: [],
  voice: "unknown",
}));
const matcher = compileCastMatcher(cast);

/** Readings of `paragraphs`, their segments from `kept` (by text) as an analyzer's cache gives. */
function readings(paragraphs: string[], kept: Map<string, ReturnType<typeof readSegments>>) {
  const story = storyFromParagraphs(paragraphs);
  return story.paragraphs.map((p) =>
    readParagraph(p.text, p.offset, [], mentionsInParagraph(p.text, matcher), (text, q, m) => {
      const found = kept.get(text) ?? readSegments(text, q, m);
      kept.set(text, found);
      return found;
    }),
  );
}

const none = (): null => null;

describe("predicatedRoles on kept segments", () => {
  const story = ["Dee had been a nurse for twenty years.", "Marco came in with two coffees."];

  it("reads the cast's unnamed members and sexes of this pass, not the last", () => {
    const kept = new Map<string, ReturnType<typeof readSegments>>();
    const first = predicatedRoles(readings(story, kept), new Set(), new Map(), none);
    expect(Object.fromEntries(first)).toEqual({ "the nurse": "Dee" });
    expect(predicatedRoles(readings(story, kept), new Set(["Dee"]), new Map(), none).size).toBe(0);
    const male = new Map([["Dee", "m" as const]]);
    const fresh = predicatedRoles(readings(story, new Map()), new Set(), male, none);
    expect([...predicatedRoles(readings(story, kept), new Set(), male, none)]).toEqual([...fresh]);
    expect(
      Object.fromEntries(predicatedRoles(readings(story, kept), new Set(), new Map(), none)),
    ).toEqual({ "the nurse": "Dee" });
  });

  it("counts a role given twice across kept paragraphs as no one's", () => {
    const kept = new Map<string, ReturnType<typeof readSegments>>();
    predicatedRoles(readings(story, kept), new Set(), new Map(), none);
    const both = [...story, "Marco was a nurse too."];
    expect(predicatedRoles(readings(both, kept), new Set(), new Map(), none).size).toBe(0);
  });
});

describe("inferGenders' family words on kept segments", () => {
  it("gives a family word its sex only where this pass's pronouns said none", () => {
    const kept = new Map<string, ReturnType<typeof readSegments>>();
    const story = ["Mum laughed at the dog.", "Dee shrugged."];
    expect(inferGenders(readings(story, kept), cast).get("Mum")).toBe("f");
    const edited = ["Mum laughed at the dog.", "Dee shrugged.", "Mum came in. He sat down."];
    const fresh = inferGenders(readings(edited, new Map()), cast);
    expect([...inferGenders(readings(edited, kept), cast)]).toEqual([...fresh]);
  });
});
