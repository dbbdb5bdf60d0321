import { describe, expect, it } from "vitest";
import { paragraphFeatures, resolveEvidence, viewpointCharacters } from "../../../core/scenes";

const clock = (text: string) => paragraphFeatures(text, []).clockCue;
const time = (text: string) => paragraphFeatures(text, []).timeCue;

describe("time cues at a paragraph's opening", () => {
  it("reads a clock time that sets the scene", () => {
    for (const text of [
      "At ten past one the phone lights up.",
      "By three the studio is cold again.",
      "Half past four brings headlights.",
      "At six Marta drove up to the farm.",
      "At 6.30, he left the house.",
      "In the morning the sea was grey.",
    ])
      expect(clock(text), text).toBe(1);
  });

  it("does not read a number or a place as a clock time", () => {
    for (const text of [
      "At one point she laughed.",
      "At six exactly the jingle plays.",
      "At the back of the room, nobody moved.",
      "By two votes the motion failed.",
    ])
      expect(clock(text), text).toBe(0);
  });

  it("reads a feast of the year and the next weekday as time passing", () => {
    for (const text of [
      "At Christmas my brother asks me if I'm still doing the food thing.",
      "That Thanksgiving nobody came.",
      "On Christmas Eve, the snow stopped.",
      "The next Saturday it snows.",
      "She came back the following weekend with a van.",
    ])
      expect(time(text), text).toBeGreaterThan(0);
    for (const text of ["Christmas lights blinked in every window.", "She hated Easter eggs."])
      expect(time(text), text).toBe(0);
  });

  it("reads the end of a month and a dated day as lapses", () => {
    expect(time("By the end of November I knew the island.")).toBe(1);
    expect(time("The boat came for me on the first of April.")).toBeGreaterThan(0);
  });
});

describe("whose 'he' it is", () => {
  it("keeps a viewpoint's 'he' through a few lines of unnamed dialogue", () => {
    const cast = [
      { name: "Ewan", aliases: [] },
      { name: "Marta", aliases: [] },
    ];
    const texts = [
      "Ewan came in from the shed, and he pulled his boots off at the door.",
      "Ewan made tea while he waited, and he kept his eyes on the kettle. He said nothing.",
      '"Sugar?" he said.',
      '"Two. Thank you."',
      '"You should have rung sooner," she said.',
      "He had known she would say it. He thought about the calf and said nothing at all.",
      "Marta sat at her desk, and she wrote up the notes. She thought of the farm.",
      "Marta went home. She thought about the farm again.",
    ];
    const features = texts.map((t) => paragraphFeatures(t, cast));
    const evidence = resolveEvidence(features, viewpointCharacters(features));
    expect(evidence[5]!["Ewan"] ?? 0).toBeGreaterThan(0);
  });
});

describe("place cues at a paragraph's opening", () => {
  const place = (text: string) => paragraphFeatures(text, []).placeCue;

  it("reads someone placed somewhere as the paragraph opens", () => {
    expect(place("Okafor sat in her car in the station car park with the engine off.")).toBe(0.6);
    expect(place("He stood at the kitchen window and waited.")).toBe(0.6);
  });

  it("does not read a place that is only an object's", () => {
    expect(place("She sat with the letter for a long time.")).toBe(0);
    expect(place("The book lay on the table where she had left it.")).toBe(0);
  });
});

describe("a clock time later in the opening", () => {
  it("sets a scene only in the paragraph's first sentence", () => {
    expect(
      paragraphFeatures("They made camp and ate. In the morning they would ride on.", []).clockCue,
    ).toBe(0);
  });
});
