import { describe, expect, it } from "vitest";
import { paragraphFeatures } from "../../../core/scenes";

const cast = [{ name: "Anna", aliases: [] }];
const opening = (phrase: string) =>
  paragraphFeatures(`${phrase} the house was quiet and Anna stood at the window.`, cast);

describe("common openings that move the time on", () => {
  it.each([
    "Half an hour later",
    "An hour or so later",
    "A day or two later",
    "Later that week",
    "Late that night",
    "Early that morning",
    "That same evening",
    "Next day",
    "The week after,",
    "By evening",
    "By the afternoon",
    "Weeks went by and",
    "Days passed, and",
    "Saturday morning",
    "That Friday",
    "On the Monday",
  ])("reads %s as a jump in time", (phrase) => {
    expect(opening(phrase).timeCue).toBeGreaterThan(0);
  });

  it.each(["By the third day", "By the second Saturday", "By the next morning"])(
    "reads %s as the lapse 'On the ...' is, not as an hour of the scene",
    (phrase) => {
      const f = opening(phrase);
      expect(f.timeCue).toBe(1);
      expect(f.clockCue).toBe(0);
    },
  );

  it.each([
    ["Sometime after two", 120],
    ["Some time before midnight", 0],
    ["It was nearly midnight when", 0],
    ["It was ten past four when", 250],
  ])("reads %s as a clock time", (phrase, minutes) => {
    const f = opening(phrase);
    expect(f.clockCue).toBe(1);
    expect(f.openingClock).toBe(minutes);
  });

  it.each([
    "Night had fallen over the town, and",
    "Darkness fell and",
    "It was still dark when",
    "Winter came early that year, and",
    "The summer passed, and",
  ])("reads %s as time passing", (phrase) => {
    expect(opening(phrase).timeCue).toBeGreaterThan(0);
  });

  it("does not read 'It was one of those days' or a weekday in passing as a time", () => {
    expect(opening("It was one of those days when").clockCue).toBe(0);
    expect(opening("It was one of those days when").timeCue).toBe(0);
    expect(opening("Anna said Friday was fine, and").timeCue).toBe(0);
  });
});

describe("a sunrise or a waking told inside a memory", () => {
  it("is no time passing when the sentence's subject remembers or thinks back", () => {
    const remembered = [
      "Anna poured the tea. She thought about the crossing, the grey water and the gulls, and the cabin where she woke before the sun came up.",
      "I fill the kettle. I remember the bus station in the blue light before the sun came up, and the driver asleep over the wheel.",
    ];
    for (const text of remembered) expect(paragraphFeatures(text, cast).timeCue).toBe(0);
  });

  it("still reads the story's own sunrise or waking", () => {
    const own = [
      "Anna poured the tea. The sun came up over the roofs and she watched it from the step.",
      "Anna filled the kettle. Upstairs her brother woke and started to sing.",
    ];
    for (const text of own) expect(paragraphFeatures(text, cast).timeCue).toBe(0.8);
  });
});

describe("someone else waking while the narrator looks on", () => {
  it("is no time passing in a paragraph told by 'I'", () => {
    const watched = [
      "The kettle clicks off. The old man by the window has woken up, and I take him a cup.",
      "The baby starts to cry. The girl wakes up all at once and I get up to heat the bottle.",
    ];
    for (const text of watched) expect(paragraphFeatures(text, cast).timeCue).toBe(0);
  });

  it("still reads the narrator's own waking, one that wakes the narrator, and a third-person one", () => {
    const own = [
      "The kettle clicked off. I woke up on the settee with the television still on.",
      "It was cold. Anna woke me by pulling the curtains, and I sat up.",
      "The kettle clicked off. The old man by the window had woken up and sat blinking at the rain.",
    ];
    for (const text of own) expect(paragraphFeatures(text, cast).timeCue).toBe(0.8);
  });
});

describe("the narrator's own waking in the present tense", () => {
  it("is time passing, as 'I woke' is", () => {
    for (const text of [
      "I wake at six to the sound of the bin lorry in the lane.",
      "The flat is cold. When we wake up, the snow has stopped and the street is white.",
    ])
      expect(paragraphFeatures(text, cast).timeCue).toBe(0.8);
  });
});

describe("an arrival told in the present tense", () => {
  it("moves to a place as the past tense does", () => {
    for (const text of [
      "She walks into the kitchen and puts the kettle on.",
      "I pull into the station car park and switch the engine off.",
    ])
      expect(paragraphFeatures(text, cast).placeCue).toBe(1);
  });

  it("is not read from a bare verb after 'to'", () => {
    expect(paragraphFeatures("She wanted to walk into the kitchen and shout.", cast).placeCue).toBe(
      0,
    );
  });
});

describe("the day's clock told by nature as the paragraph opens", () => {
  const plain = (text: string) => paragraphFeatures(text, cast);
  it.each([
    "The sun had moved round to the west side of the yard before Anna looked up.",
    "The tide was in when Anna walked out along the wall.",
    "The frost was still lying in the furrows when Anna opened the gate.",
    "The sun is up by the time Anna gets to the farm.",
    "The moon was high over the barn and Anna could not sleep.",
  ])("reads '%s' as time passed", (text) => {
    expect(plain(text).timeCue).toBeGreaterThan(0);
  });

  it.each([
    "The sun was hot on Anna's neck as she dug.",
    "Anna watched the tide come in over the sand.",
    "The light was on in the kitchen and Anna went in.",
    "The frost on the glass made Anna think of her mother.",
  ])("does not read '%s' as time passed", (text) => {
    expect(plain(text).timeCue).toBe(0);
  });
});

describe("a meal the opening sets the scene at", () => {
  const plain = (text: string) => paragraphFeatures(text, cast);
  it.each([
    "Breakfast was porridge and tea, and Anna ate it at the window.",
    "The wedding dinner was in the barn, with long tables and lamps.",
    "We ate supper at the inn by the bridge, Anna and the boys and I.",
    "They had a late lunch in the garden before Anna drove home.",
  ])("reads '%s' as time passed", (text) => {
    expect(plain(text).timeCue).toBeGreaterThan(0);
  });

  it.each([
    "After supper Anna got out her book and read to us.",
    "At breakfast Anna said nothing about the letter.",
    "Anna put the breakfast things away and went out.",
    // Not "... when Anna came down": a moment set by an arrival is time's own cue (opening-moment.test.ts).
    "The dinner plates were still on the table where Anna had left them.",
  ])("does not read '%s' as time passed", (text) => {
    expect(plain(text).timeCue).toBe(0);
  });
});

describe("dark or morning told in the present tense", () => {
  it.each([
    "It is dark when Anna gets to the car, and the windscreen has iced over.",
    "By the time she brings the van back it is dark again and the yard is empty.",
    "It's morning. Anna is at the window with her coffee.",
    "It is still light when Anna walks down to the shore.",
  ])("reads '%s' as time passing, as the past tense is", (text) => {
    expect(paragraphFeatures(text, cast).timeCue).toBe(0.8);
  });

  it("does not read 'it is' before anything else as a time", () => {
    expect(
      paragraphFeatures("It is darker in the hall, and Anna feels for the switch.", cast).timeCue,
    ).toBe(0);
  });
});
