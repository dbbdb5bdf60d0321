import { describe, expect, it } from "vitest";
import {
  BOUNDARY_WEIGHTS,
  paragraphFeatures,
  resolveEvidence,
  scoreBoundaries,
  viewpointCharacters,
  weighCues,
} from "../../../core/scenes";

const clock = (text: string) => paragraphFeatures(text, []).clockCue;
const time = (text: string) => paragraphFeatures(text, []).timeCue;

describe("time cues at a paragraph's opening", () => {
  it("reads a clock time that sets the scene", () => {
    for (const text of [
      "At ten past one the phone lights up.",
      "Half past four brings headlights.",
      "At six Marta drove up to the farm.",
      "At 6.30, he left the house.",
      "In the morning the sea was grey.",
    ])
      expect(clock(text), text).toBe(1);
  });

  it("reads a clock time after 'by' as the scene's progress, half a clock cue", () => {
    for (const text of ["By four the kitchen was done.", "By three the studio is cold again."])
      expect(clock(text), text).toBe(0.5);
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

  it("reads the middle, start or a week of a month or season as a lapse", () => {
    for (const text of [
      "In the middle of June the beans came up.",
      "At the beginning of spring she sold the car.",
      "In the second week of November it snowed.",
      "By the end of the summer the house was empty.",
    ])
      expect(time(text), text).toBe(1);
    expect(time("In the middle of the road a dog lay asleep.")).toBe(0);
  });

  it("reads a count of weekdays or weekends gone by as a lapse", () => {
    for (const text of [
      "Two Saturdays later the water was twelve degrees.",
      "Three Sundays later she rang again.",
      "A few weekends later they had the roof on.",
    ])
      expect(time(text), text).toBe(1);
    expect(time("Two Saturdays a month she worked the till.")).toBe(0);
  });

  it("reads a day named for what happens on it as a date", () => {
    const rest =
      " The car park was full by nine, and people stood about in their good coats, talking low" +
      " and looking at their shoes, and nobody wanted to be the first to go inside.";
    for (const opening of [
      "As might have been expected, the day of the sale brought a crowd.",
      "The morning of the funeral was bright and cold.",
    ])
      expect(time(opening + rest), opening).toBeGreaterThan(0);
    for (const opening of [
      "She could never remember the day of the month.",
      "They had argued on the night of the party.",
    ])
      expect(time(opening + rest), opening).toBe(0);
  });

  it("reads a first word set in capitals, as a book sets a chapter's, as half a cue", () => {
    const capitals = (text: string) => paragraphFeatures(text, []).capitalOpening;
    for (const text of [
      "THE rain had stopped by the time they reached the ford.",
      "A DOG barked at the gate, and the dog next door answered.",
    ])
      expect(capitals(text), text).toBe(true);
    for (const text of [
      "“STOP it,” she said.",
      "The rain had stopped.",
      "I went out.",
      "OK.",
      "A man came in.",
      // An acronym or a shout the paragraph never writes small.
      "NASA engineers had worked through the night.",
      "NOBODY came to the door all day.",
    ])
      expect(capitals(text), text).toBe(false);
    expect(BOUNDARY_WEIGHTS.capitals).toBeGreaterThan(0);
    expect(BOUNDARY_WEIGHTS.capitals).toBeLessThan(BOUNDARY_WEIGHTS.price);
  });

  it("reads a jump in the paragraph's second sentence as half a cue", () => {
    expect(time("At noon they ate ham sandwiches standing up in the kitchen.")).toBe(1);
    const later = time(
      "The old man came back for a second load of flower pots. At noon they ate ham sandwiches.",
    );
    expect(later).toBeGreaterThan(0);
    expect(later).toBeLessThan(1);
  });

  it("does not read a date told in the past perfect as the scene moving to it", () => {
    for (const text of [
      "She had bought the house on a Tuesday in November, and never once regretted it.",
      "Her father had planted the trees in March, the year she was born.",
      "They'd never been back in April since the flood.",
      "Her aunt had sold the orchard on a Friday in October.",
      "He had drunk the last of it in November.",
    ])
      expect(time(text), text).toBe(0);
    // The same dates told as the story's own time still count.
    expect(time("The storm came in on a Tuesday in November.")).toBeGreaterThan(0);
    expect(time("Her father planted the trees in March.")).toBeGreaterThan(0);
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

  it("keeps it through a long exchange of lines and tags alone, not through narration", () => {
    const cast = [
      { name: "Ewan", aliases: [] },
      { name: "Marta", aliases: [] },
    ];
    const exchange = [
      '"They\'ll get there before us," he said.',
      '"Then they\'ll wait."',
      '"They\'ll charge you for it."',
      '"Then they\'ll charge me," she said.',
      '"Fine."',
    ];
    const opening = [
      "Marta sat at her desk, and she wrote up the notes. She thought of the farm.",
      "Marta drove up to the farm in the rain, and she parked by the gate.",
    ];
    const after = "He thought about the calf and said nothing at all.";
    const read = (texts: string[]) => {
      const features = texts.map((t) => paragraphFeatures(t, cast));
      return resolveEvidence(features, viewpointCharacters(features));
    };
    const start = [
      "Ewan came in from the shed, and he pulled his boots off at the door.",
      "Ewan made tea while he waited, and he kept his eyes on the kettle.",
    ];
    const spoken = [...start, ...exchange, after, ...opening];
    expect(read(spoken)[7]!["Ewan"] ?? 0).toBeGreaterThan(0);
    const rain = "The rain came down on the yard and the gate and the road.";
    const narrated = [...start, ...exchange.map(() => rain), after, ...opening];
    expect(read(narrated)[7]!["Ewan"] ?? 0).toBe(0);
  });
});

describe("place cues at a paragraph's opening", () => {
  const place = (text: string) => paragraphFeatures(text, []).placeCue;

  it("reads someone placed somewhere as the paragraph opens", () => {
    expect(place("Okafor sat in her car in the station car park with the engine off.")).toBe(0.75);
    expect(place("He stood at the kitchen window and waited.")).toBe(0.75);
  });

  it("makes someone placed at a place the page before never named a boundary", () => {
    const placed = place("Okafor sat in her car in the station car park with the engine off.");
    const w = BOUNDARY_WEIGHTS;
    expect(placed * w.place + w.newPlace).toBeGreaterThanOrEqual(w.price);
    // Placed alone, in a place already named, is not.
    expect(placed * w.place).toBeLessThan(w.price);
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

describe("a POV shift opens in narration", () => {
  it("does not start at a paragraph of a few words, a nod and a word of dialogue", () => {
    const cast = [
      { name: "Hannah", aliases: [] },
      { name: "Tom", aliases: [] },
    ];
    const hers = [
      "Hannah walked down the long ward with the tea trolley and thought about the night ahead.",
      "Hannah counted the beds twice, and she wondered whether the new doctor would come at all.",
      "Hannah folded the blankets on the end of each bed. She felt the ache in her back again.",
      "Hannah stopped at the window, and she watched the rain come in over the car park.",
    ];
    const his = [
      "Tom had waited in the corridor for an hour, and he thought the chairs were the worst he knew.",
      "Tom read the notices on the board twice. He wondered who still went to the bingo on Fridays.",
      "Tom went down to the machine for a coffee and he burnt his tongue on it, as he always did.",
      "Tom sat down again. He thought of the dog at home, waiting by the door for him.",
    ];
    const texts = [...hers, 'Tom looked up. "Yes?"', ...his];
    const features = texts.map((t) => paragraphFeatures(t, cast));
    const evidence = resolveEvidence(features, viewpointCharacters(features));
    const candidates = scoreBoundaries(features, evidence);
    // The short paragraph holds three words of narration: no viewpoint is set there.
    expect(candidates[4]!.cues?.pov).toBeUndefined();
    // The shift is still read where his narration starts.
    expect(candidates[5]!.cues?.pov ?? 0).toBeGreaterThan(0);
  });
});

describe("how the time cues weigh against each other", () => {
  const w = BOUNDARY_WEIGHTS;
  it("weighs a clock time below a jump and a new letter, and still at a boundary's price", () => {
    expect(weighCues({ clock: 1 }, w)).toBeLessThan(weighCues({ time: 1 }, w));
    // A diary's new entry beats a clock time inside the entry two paragraphs on.
    expect(weighCues({ clock: 1 }, w)).toBeLessThan(weighCues({ letter: 1 }, w));
    expect(weighCues({ clock: 1 }, w)).toBeGreaterThanOrEqual(w.price);
  });
});

describe("a weak time sign in a short paragraph", () => {
  const filler =
    "The kettle ticked as it cooled and the dog turned twice on the rug before it settled again.";
  const around = Array.from({ length: 4 }, () => filler);
  const scoreAt = (text: string): number => {
    const features = [...around, text, ...around].map((t) => paragraphFeatures(t, []));
    return scoreBoundaries(features)[4]!.score;
  };

  it("is a beat of the scene: a line or two with a waking in it pays no boundary's price", () => {
    const beat = "She lay still for a while. When she woke again the rain had stopped.";
    expect(time(beat)).toBeGreaterThan(0);
    expect(scoreAt(beat)).toBeLessThan(BOUNDARY_WEIGHTS.price);
  });

  it("still opens a scene in a paragraph that sets itself down", () => {
    const opening =
      "She lay still for a while. When she woke again the rain had stopped, and the light " +
      "through the curtains was thin and grey, and somewhere below a van was backing into " +
      "the yard with its warning bleating over and over while a man shouted directions at it.";
    expect(scoreAt(opening)).toBeGreaterThanOrEqual(BOUNDARY_WEIGHTS.price);
  });
});

describe("speech set with dashes and no quote marks", () => {
  it("reads the dashed line as dialogue, so its 'I' is not the narrator's", () => {
    const f = paragraphFeatures("— I'm grand, he said. I don't need minding, I told them.", []);
    expect(f.firstPerson).toBe(0);
    expect(f.startsWithQuote).toBe(true);
    expect(f.spokenOnly).toBe(true);
    expect(f.dialogue).toBeGreaterThan(0.5);
  });

  it("keeps the narration of a paragraph that only contains a dash", () => {
    const f = paragraphFeatures(
      "I waited by the gate -- it was cold -- and I counted the cars.",
      [],
    );
    expect(f.firstPerson).toBe(2);
    expect(f.dialogue).toBe(0);
  });
});

describe("a new place", () => {
  const scoreAt = (texts: readonly string[], at: number) =>
    scoreBoundaries(texts.map((t) => paragraphFeatures(t, [])))[at]!;
  const talk = [
    "The rain kept on against the window and the kettle ticked as it cooled on the range.",
    "— We'll have to go up to the church before the dark, she said, and bring the flowers.",
    "He nodded and went to find his coat, and the dog watched him from under the table.",
  ];

  it("is not new when the characters have just spoken of it", () => {
    const candidate = scoreAt(
      [...talk, "At the church the door was open and the lights were on."],
      3,
    );
    expect(candidate.cues?.newPlace).toBeUndefined();
  });

  it("is new when nobody named it before", () => {
    const candidate = scoreAt(
      [...talk, "At the harbour the boats were in and the lights were on."],
      3,
    );
    expect(candidate.cues?.newPlace).toBe(1);
  });

  it("is new when the opening names a town the page before never named", () => {
    const arrival = "The heat in Bakersfield was worse than I remembered, and the lawn was brown.";
    expect(scoreAt([...talk, arrival], 3).cues?.newPlace).toBe(1);
    const named = [talk[0]!, "— Bakersfield by dark, she said, if the car holds.", talk[2]!];
    expect(scoreAt([...named, arrival], 3).cues?.newPlace).toBeUndefined();
  });

  it("does not take a month, a language or a person for a town", () => {
    const name = (text: string) =>
      paragraphFeatures(text, [{ name: "Kit", aliases: [] }]).openingPlaceName;
    expect(name("The house in Bakersfield was smaller than I remembered.")).toBe("Bakersfield");
    expect(name("The letters came in June and were written in French.")).toBeNull();
    expect(name("The dog sat down near Kit and waited.")).toBeNull();
    expect(name("The dog sat down near Mrs Pike and waited.")).toBeNull();
  });
});

describe("a place as the opening's subject", () => {
  const place = (text: string) => paragraphFeatures(text, []).placeCue;

  it("reads the place that is the subject", () => {
    expect(place("The kitchen was a mess, and the radio was still on.")).toBe(1);
    expect(place("The ward smelled of disinfectant and oranges.")).toBe(1);
  });

  it("reads a place someone owns as the subject as it reads 'the' place", () => {
    expect(place("Maureen’s kitchen was cold when she got in.")).toBe(1);
    expect(place("Her flat smelled of paint and cold toast.")).toBe(1);
    expect(place("His office light was still on.")).toBe(0);
    expect(place("Maureen’s kitchen scissors were in the drawer.")).toBe(0);
  });

  it("does not read a place noun that only names a kind of thing before the subject", () => {
    expect(place("The yard lights were on when she pulled up beside the tractor.")).toBe(0);
    expect(place("The yard light came on when they pulled in.")).toBe(0);
    expect(place("The ward sister walked down to the end bed and drew the curtain.")).toBe(0);
  });
});

describe("a turn of person in a story told in the first person", () => {
  const mine = [
    "I got to the hostel after dark and I signed the book at the desk. I took the top bunk because I wanted the window, and I lay there a while listening to the pipes.",
    "I had not meant to stay more than one night. I told myself that again as I unpacked, and I knew as I said it that I was lying, and I went down for tea anyway.",
    "I sat in the common room with my cup and I read the notices on the board twice over. I could hear someone on the stairs, slow, as if carrying something heavy.",
  ];
  const listening = [
    '"Is this seat free?" A woman with a rucksack stood over me. She had a map folded in one hand and a pen in her teeth, and she was already sitting down before anyone answered.',
    '"You walking the coast?" she asked. She spread the map across the table and smoothed the creases out with the side of her hand, very carefully, as if it might tear.',
    '"Only as far as the lighthouse," she said, and she laughed at herself. She drew a ring round the headland with the pen and then another, and tapped it twice with her finger.',
    "She folded the map and put it away in the top pocket of the rucksack and zipped it shut.",
    '"They say the path is gone past the second stile," she said. She frowned at the window, where the rain had started again, and pulled her sleeves down over her hands.',
    "She drank her tea in three long swallows and set the cup down upside down on its saucer, the way her mother must have done.",
  ];
  const scoreAt = (texts: readonly string[], at: number) =>
    scoreBoundaries(texts.map((t) => paragraphFeatures(t, [])))[at]!;

  it("is the narrator listening, no cue, when nothing else changes", () => {
    const candidate = scoreAt([...mine, ...listening, ...mine], 3);
    expect(candidate.cues?.person).toBeUndefined();
    expect(candidate.score).toBeLessThan(BOUNDARY_WEIGHTS.price);
  });

  it("still counts beside a sign of time", () => {
    const [first, ...rest] = listening;
    const candidate = scoreAt([...mine, `The next morning. ${first}`, ...rest, ...mine], 3);
    expect(candidate.cues?.time).toBeGreaterThan(0);
    expect(candidate.cues?.person).toBe(1);
  });
});
