import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseStory, storyFromParagraphs } from "../../../core/story";
import { detectScenes, paragraphFeatures, MAX_TITLE_LENGTH, NARRATOR } from "../../../core/scenes";
import type { SceneCharacter } from "../../../core/scenes";
import { fileURLToPath } from "node:url";
import { loadStories } from "../../../eval/stories";
import { StoryAnalyzer } from "../../../core/analyzer";
import { scenesSection } from "../../../eval/scenes";
import { boundariesOf, boundaryF1, expectCoverage } from "./helpers";

const read = (rel: string) => readFileSync(new URL(rel, import.meta.url), "utf8");
const seed = read("../../../documents/story.txt");
const gold = JSON.parse(read("../../fixtures/seed/story.gold.json")) as {
  scenes: { first: number; last: number }[];
  hard_boundaries: number[];
  characters: SceneCharacter[];
};
const goldBoundaries = gold.scenes.slice(1).map((s) => s.first);

interface Fixture {
  characters: SceneCharacter[];
  boundaries: number[];
  povs: string[];
}
const fixture = (name: string) => ({
  text: read(`../../fixtures/scenes/${name}.txt`),
  expected: JSON.parse(read(`../../fixtures/scenes/${name}.gold.json`)) as Fixture,
});

describe("detectScenes on the bundled story", () => {
  const story = parseStory(seed);
  const scenes = detectScenes(story, { characters: gold.characters });
  const predicted = boundariesOf(scenes);

  it("covers every paragraph once, in order", () => {
    expect(
      expectCoverage(
        scenes,
        story.paragraphs.map((p) => p.isBreak),
      ),
    ).toBeNull();
    expect(scenes[0]!.firstParagraph).toBe(0);
    expect(scenes.at(-1)!.lastParagraph).toBe(29);
  });

  it("finds the five hard boundaries", () => {
    for (const b of gold.hard_boundaries) expect(predicted, `boundary ${b}`).toContain(b);
  });

  it("starts a scene at the arrival in a bar the story never named before (18)", () => {
    expect(predicted).toContain(18);
  });

  it("reaches boundary F1 >= 0.75 within one paragraph", () => {
    const f1 = boundaryF1(predicted, goldBoundaries);
    console.log(
      `bundled story: predicted ${predicted.join(",")}, gold ${goldBoundaries.join(",")}, F1 ${f1.toFixed(3)}`,
    );
    expect(f1).toBeGreaterThanOrEqual(0.75);
    expect(scenes.length).toBeGreaterThanOrEqual(6);
    expect(scenes.length).toBeLessThanOrEqual(12);
  });

  it("names a point-of-view character for every scene and keeps titles short", () => {
    for (const s of scenes) {
      expect(s.pov).not.toBeNull();
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
    // Gold POVs for the scenes that open on the five hard boundaries.
    const povAt = (p: number) => scenes.find((s) => s.firstParagraph === p)?.pov;
    expect([povAt(4), povAt(10), povAt(26), povAt(28)]).toEqual([
      "Spike",
      "Willow",
      "Willow",
      "Spike",
    ]);
  });

  // Known miss (scenes-22): since the street scene (25) is found, the sunrise is its own scene,
  // 23-24 as marked, and read over those two paragraphs Willow outweighs Spike (12.3 to 12.0,
  // the opening counted twice); the eval's "POV over gold" missed it before too. It was given to
  // Spike while paragraph 25, all his, was in the same scene. Flip to `it` when the reading
  // gives it to him.
  it.fails("gives the sunrise in the alley to Spike, whose eyes it is seen through", () => {
    expect(scenes.find((s) => s.firstParagraph === 23)?.pov).toBe("Spike");
  });

  it("finds the street scene, a page told of 'he' after a page told of 'she'", () => {
    expect(boundariesOf(scenes)).toContain(25);
  });

  it("says why it drew each detected boundary", () => {
    for (const s of scenes.slice(1)) {
      expect(s.source).toBe("detected");
      expect(s.boundaryScore).toBeGreaterThan(0);
      expect(s.reasons?.length).toBeGreaterThan(0);
    }
  });

  it("still finds most boundaries without a cast", () => {
    const bare = boundariesOf(detectScenes(story, { characters: [] }));
    const f1 = boundaryF1(bare, goldBoundaries);
    console.log(`bundled story without a cast: predicted ${bare.join(",")}, F1 ${f1.toFixed(3)}`);
    expect(f1).toBeGreaterThanOrEqual(0.5);
  });
});

describe("detectScenes on stories it has never seen", () => {
  for (const name of ["heist", "letters"]) {
    it(`${name}: F1 >= 0.75 and the intended points of view`, () => {
      const { text, expected } = fixture(name);
      const story = parseStory(text);
      const scenes = detectScenes(story, { characters: expected.characters });
      expect(
        expectCoverage(
          scenes,
          story.paragraphs.map((p) => p.isBreak),
        ),
      ).toBeNull();
      const predicted = boundariesOf(scenes);
      const f1 = boundaryF1(predicted, expected.boundaries);
      console.log(
        `${name}: predicted ${predicted.join(",")}, expected ${expected.boundaries.join(",")}, F1 ${f1.toFixed(3)}`,
      );
      expect(f1).toBeGreaterThanOrEqual(0.75);
      if (predicted.join() === expected.boundaries.join())
        expect(scenes.map((s) => s.pov)).toEqual(expected.povs);
      for (const s of scenes) expect(s.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    });
  }

  it("letters.txt really is CRLF with British single quotes", () => {
    const { text } = fixture("letters");
    expect(text).toContain("\r\n\r\n");
    expect(text).toMatch(/‘It’s for my nan,’ said Callum/);
  });

  it("does not cut a story's opening page off as a scene of its own", () => {
    const line = (k: number) =>
      `Ines walked the harbour wall and counted the boats, ${k} of them. She liked the gulls. ` +
      `The wind was up and the tide was turning under the old stone steps by the fish market. ` +
      `She had nowhere to be until the evening bell rang out over the roofs of the town.`;
    const body = Array.from({ length: 24 }, (_, k) => line(k));
    const opening = [line(100), line(101), `The next morning ${line(102)}`];
    const story = storyFromParagraphs([...opening, ...body]);
    const cast = [{ name: "Ines", aliases: [] }];
    // The same cue a page further in, past the opening scene's share, still starts a scene.
    const later = storyFromParagraphs([
      ...opening.slice(0, 2),
      ...body.slice(0, 4),
      opening[2]!,
      ...body,
    ]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).not.toContain(2);
    expect(boundariesOf(detectScenes(later, { characters: cast }))).toContain(6);
  });

  it("splits a long marked section by its text, and never across a marker", () => {
    const { text, expected } = fixture("heist");
    const paragraphs = parseStory(text).paragraphs.map((p) => p.text);
    const story = storyFromParagraphs([...paragraphs, "* * *", ...paragraphs]);
    const scenes = detectScenes(story, { characters: expected.characters });
    const n = paragraphs.length;
    expect(
      expectCoverage(
        scenes,
        story.paragraphs.map((p) => p.isBreak),
      ),
    ).toBeNull();
    expect(scenes.find((s) => s.firstParagraph === n + 1)?.source).toBe("marker");
    expect(scenes.filter((s) => s.source === "detected").length).toBeGreaterThanOrEqual(4);
  });
});

describe("scene gold in several styles (tests/fixtures/scenes)", () => {
  const dir = fileURLToPath(new URL("../../fixtures/scenes", import.meta.url));
  const named = [
    "first_person",
    "two_pov",
    "long_dialogue",
    "time_skips",
    "road_trip",
    "three_pov",
  ];
  // The scenes eval over the stories the tests below read, the named ones and the novels (each
  // story is scored on its own, by an analyzer of its own, so its score is the one the whole
  // eval gives it), not over the whole folder.
  const read = (name: string) => named.includes(name) || name.startsWith("lb_");
  const scores = loadStories(dir).then(
    (stories) =>
      scenesSection.run(stories.filter((s) => read(s.name)))!.json as {
        stories: {
          name: string;
          f1: number;
          extraPer1000Words: number;
          hits: number;
          gold: number;
          predicted: number;
        }[];
      },
  );
  beforeAll(() => scores, 180_000);
  for (const name of named) {
    it(`${name}: boundary F1 >= 0.75 within one paragraph`, async () => {
      const story = (await scores).stories.find((s) => s.name === name)!;
      expect(story.f1).toBeGreaterThanOrEqual(0.75);
    });
  }

  // Written when discovery did not list the first POV (she acts only in the present tense); it
  // now does, and the swing is read with the cast named on both sides. The boundary before the
  // last scene, which a POV cue found while she was unseen, is lost (docs/speakers.md, nocast-36).
  it("finds the change of POV from the first scene's 'she' to the second's 'he'", () => {
    const text = readFileSync(`${dir}/three_pov.txt`, "utf8");
    const scenes = new StoryAnalyzer({}).analyze(text, "three_pov.txt").scenes;
    expect(scenes.slice(1).map((s) => s.firstParagraph)).toContain(3);
  });

  it("counts a chapter heading as a predicted boundary, where no cue in the text would be", () => {
    const body = (name: string) =>
      `${name} walked along the wall and counted the boats. ${name} liked the gulls best.`;
    const text = [
      "Chapter 1",
      ...Array.from({ length: 4 }, () => body("Ines")),
      "Chapter 2",
      ...Array.from({ length: 4 }, () => body("Ines")),
    ].join("\n\n");
    const story = (file: string, gold: number[]) => ({
      name: file,
      file,
      text,
      gold: { boundaries: gold },
      cast: [{ name: "Ines", aliases: [], voice: "american" as const }],
    });
    const run = (file: string) =>
      scenesSection.run([story(file, [5])])!.json as {
        pooled: { predicted: number; hits: number };
      };
    expect(run("draft.txt").pooled).toMatchObject({ predicted: 1, hits: 1 });
  });

  it("counts a gold 'narrator' POV right when the analysis names the first-person narrator", () => {
    const told = "I walked along the wall and counted the boats. I liked the gulls best.";
    const run = (cast: { name: string; narrator?: boolean }[], body = told) =>
      scenesSection.run([
        {
          name: "told",
          file: "told.txt",
          text: Array.from({ length: 4 }, () => body).join("\n\n"),
          gold: { boundaries: [], povs: ["narrator"] },
          cast: cast.map((c) => ({ ...c, aliases: [], voice: "american" as const })),
        },
      ])!.json as { pooled: { povRight: number; povGold: number } };
    expect(run([{ name: "Ines", narrator: true }]).pooled).toMatchObject({ povRight: 1 });
    expect(run([]).pooled).toMatchObject({ povRight: 1, povGold: 1 });
    // A third person the narration follows is not the narrator the gold means.
    const third = told.replace(/\bI\b/g, "Ines");
    expect(run([{ name: "Ines" }], third).pooled).toMatchObject({ povRight: 0, povGold: 1 });
  });

  it("reads a gold POV given by an alias as the cast member it names", () => {
    const body = "Ines walked along the wall and counted the boats. Ines liked the gulls best.";
    const run = (povs: string[]) =>
      scenesSection.run([
        {
          name: "alias",
          file: "alias.txt",
          text: Array.from({ length: 4 }, () => body).join("\n\n"),
          gold: { boundaries: [], povs },
          cast: [{ name: "Ines Duarte", aliases: ["Ines"], voice: "american" as const }],
        },
      ])!.json as { pooled: { povRight: number; povGold: number } };
    expect(run(["Ines"]).pooled).toMatchObject({ povRight: 1, povGold: 1 });
    expect(run(["Ines Duarte"]).pooled).toMatchObject({ povRight: 1, povGold: 1 });
    expect(run(["Marta"]).pooled).toMatchObject({ povRight: 0, povGold: 1 });
  });

  it("takes a shorter form only one cast member owns by our judge, not by the exact one", () => {
    const body = "Dr. Hugh Marsh walked along the wall. Dr. Hugh Marsh counted the boats.";
    const run = (povs: string[], also: string[] = []) =>
      scenesSection.run([
        {
          name: "forms",
          file: "forms.txt",
          text: Array.from({ length: 4 }, () => body).join("\n\n"),
          gold: { boundaries: [], povs },
          cast: ["Dr. Hugh Marsh", ...also].map((name) => ({
            name,
            aliases: [],
            voice: "american" as const,
          })),
        },
      ])!.json as { pooled: { povRight: number; povRightForms: number } };
    expect(run(["Dr. Marsh"]).pooled).toMatchObject({ povRight: 0, povRightForms: 1 });
    // "Marsh" is two people's: no judge takes it.
    expect(run(["Marsh"], ["Nell Marsh"]).pooled).toMatchObject({ povRight: 0, povRightForms: 0 });
  });

  it("adds few boundaries to novels whose chapter marks were stripped, and finds some", async () => {
    const lb = (await scores).stories.filter((s) => s.name.startsWith("lb_"));
    const words = lb.reduce((n, s) => n + s.extraPer1000Words, 0) / lb.length;
    const hits = lb.reduce((n, s) => n + s.hits, 0);
    const gold = lb.reduce((n, s) => n + s.gold, 0);
    expect(words).toBeLessThanOrEqual(0.5);
    expect(hits / gold).toBeGreaterThanOrEqual(0.3);
  });
});

describe("point of view and confidence", () => {
  it("keeps a third-person heroine's scene hers when she thinks in the first person", () => {
    const lines = [
      "Maddie walked down to the river after supper. I can still turn back, she told herself.",
      "Maddie watched the water go by under the bridge. I will not cry here, she thought.",
      "Maddie sat on the wall and took her shoes off. I am too old for this, she thought.",
      "Maddie put her feet in the cold water and gasped. I should have brought a towel.",
      "Maddie counted the boats along the far bank. I used to know every one of them.",
      "Maddie found a flat stone and skimmed it three times. I was always better than him.",
    ].map((line, i) =>
      i % 2 === 0
        ? `${line} I know it, she thought. Maddie smiled and Maddie stood.`
        : `${line} Maddie shivered. She looked back at the town.`,
    );
    const scenes = detectScenes(parseStory(lines.join("\n\n")), {
      characters: [{ name: "Maddie", aliases: [] }],
    });
    // Nine "I" subjects against her thirty-odd: the narration follows her, not a narrator.
    expect(scenes.map((s) => s.pov)).toEqual(["Maddie"]);
  });

  it("gives a first-person scene to the narrator, not the character named most", () => {
    const story = parseStory(read("../../fixtures/scenes/first_person.txt"));
    const cast = [
      { name: "Ruth", aliases: ["Aunt Ruth"] },
      { name: "Danny", aliases: ["Danny Marsh"] },
    ];
    const scenes = detectScenes(story, { characters: cast });
    expect(scenes.length).toBeGreaterThan(1);
    for (const s of scenes) expect(s.pov).toBe(NARRATOR);
  });

  it("weighs the paragraph a scene opens on twice when it picks the point of view", () => {
    const cast = [
      { name: "Ines", aliases: [] },
      { name: "Rafe", aliases: [] },
    ];
    const story = storyFromParagraphs([
      "Ines stood at the rail and watched the harbour lights. She wondered whether the letter had come.",
      "Rafe came up the gangway with the wine. Rafe poured two glasses and laughed at the gulls.",
      "Rafe sat down on the coil of rope. Rafe talked about the weather.",
      "Ines took her glass.",
    ]);
    const scenes = detectScenes(story, { characters: cast });
    expect(scenes.map((s) => s.pov)).toEqual(["Ines"]);
  });

  it("gives every scene of a story told in the first person to the narrator", () => {
    const story = parseStory(read("../../fixtures/scenes/road_trip.txt"));
    const scenes = detectScenes(story, { characters: [{ name: "Kit", aliases: [] }] });
    expect(scenes.length).toBeGreaterThan(2);
    for (const s of scenes) expect(s.pov).toBe(NARRATOR);
  });

  it("reads a title before a name as its pronoun, so her 'she' is not given to a man", () => {
    const cast = [
      { name: "Lin", aliases: [] },
      { name: "Sam", aliases: [] },
    ];
    expect(paragraphFeatures("Mrs Lin laughed at the rain.", cast).gender["Lin"]).toBeLessThan(0);
    expect(paragraphFeatures("Mr. Sam sat down.", cast).gender["Sam"]).toBeGreaterThan(0);
    expect(paragraphFeatures("Uncle Sam sat down.", cast).gender["Sam"]).toBeGreaterThan(0);
    expect(paragraphFeatures("Aunt Lin sat down.", cast).gender["Lin"]).toBeLessThan(0);
    // An object pronoun is someone else: Sam is not "her".
    expect(paragraphFeatures("Sam was watching her.", cast).gender["Sam"] ?? 0).toBe(0);
  });

  it("lets a name's own clause outweigh a pronoun past a comma, which may be someone else's", () => {
    const cast = [
      { name: "Ines", aliases: [] },
      { name: "Rafe", aliases: [] },
    ];
    const vote = (text: string) => paragraphFeatures(text, cast).gender["Ines"] ?? 0;
    const own = vote("Ines looked up from the till with a cloth over her shoulder.");
    const across = vote(
      '"Leave it there," Ines said, and cleared a shelf, and he set the box down.',
    );
    expect(own).toBe(-1);
    // One "her" in her own clause and one "he" past two commas: she, not undecided.
    expect(own + across).toBeLessThan(0);
    expect(vote("Ines climbed the ladder and she did not look down.")).toBe(-1);
  });

  it("rates break lines 1 and detected boundaries between 0.5 and 1", () => {
    const { text, expected } = fixture("heist");
    const paragraphs = parseStory(text).paragraphs.map((p) => p.text);
    const story = storyFromParagraphs([...paragraphs, "* * *", ...paragraphs]);
    const scenes = detectScenes(story, { characters: expected.characters });
    for (const s of scenes) {
      if (s.source === "marker") expect(s.confidence).toBe(1);
      else if (s.firstParagraph > 0) {
        expect(s.confidence).toBeGreaterThanOrEqual(0.5);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
    }
    expect(new Set(scenes.map((s) => s.confidence)).size).toBeGreaterThan(1);
  });
});

describe("titles", () => {
  it("pairs the POV character with a place from the scene's opening", () => {
    const cast = [{ name: "Ines", aliases: [] }];
    const story = storyFromParagraphs([
      "Ines walked into the old chapel at dusk and lit the lamp. The boats knocked against the pilings. She sat down on a coil of rope and waited for the tide to turn, counting the minutes under her breath.",
    ]);
    expect(detectScenes(story, { characters: cast })[0]!.title).toBe("Ines — the old chapel");
  });
});

describe("paragraphFeatures", () => {
  const cast = [
    { name: "Ines", aliases: ["the Captain"] },
    { name: "Rafe", aliases: [] },
  ];
  it("reads POV from narration, not from names said in dialogue", () => {
    const f = paragraphFeatures(
      '"Rafe! Rafe, come here!" Ines shouted. She thought he was asleep.',
      cast,
    );
    expect(f.pov["Ines"]).toBeGreaterThan(f.pov["Rafe"] ?? 0);
    expect(f.mentioned).toEqual(["Rafe", "Ines"]);
    expect(f.startsWithQuote).toBe(true);
    expect(f.dialogue).toBeGreaterThan(0.3);
  });
  it("spots time jumps, places and aliases that open sentences", () => {
    const f = paragraphFeatures(
      "The next morning, the Captain walked into the harbour office.",
      cast,
    );
    expect(f.timePhrase).toBe("The next morning");
    expect(f.placeCue).toBe(1);
    expect(f.place).toBe("the harbour office");
    expect(f.opener).toBe("Ines");
  });
  it("reads a lapse inside the opening sentence and a day counted from the start", () => {
    const at = (text: string) => paragraphFeatures(text, cast).timeCue;
    expect(at("Wales the next morning was grey and wet, and Ines drove.")).toBeGreaterThan(0.5);
    expect(at("The third day was all motorway.")).toBeGreaterThan(0.5);
    expect(at("The day before, Ines had laughed.")).toBe(0);
  });

  it("reads an opening in a named place as a move, but not a month", () => {
    expect(paragraphFeatures("In Lisbon the hotel had no lift.", cast).placeCue).toBeGreaterThan(0);
    expect(paragraphFeatures("In March the rain stopped.", cast).placeCue).toBe(0);
  });

  it("reads waking as a verb, not as an adjective after a possessive or an article", () => {
    const at = (text: string) => paragraphFeatures(text, cast).timeCue;
    expect(at("When he awakened, Rafe found the camp empty.")).toBeGreaterThan(0.5);
    expect(at("Ines woke to rain.")).toBeGreaterThan(0.5);
    expect(at("Rafe's awakened interest kept him at the window.")).toBe(0);
    expect(at("Her awakened conscience gave Ines no rest.")).toBe(0);
  });

  it("starts a scene where the narration turns from the third person to a letter's 'I'", () => {
    const third = [
      "Ines sat at the kitchen table with the envelope. She turned it over twice before she opened it. The kettle had boiled and gone quiet again, and the radio was on low in the next room.",
      "She read the first lines standing up, then sat down again. No one had written to her in years. She did not know the hand at first.",
      "She pressed the pages down on the table and began again from the top, slowly this time. Outside, the gulls were fighting over something.",
    ];
    const letter = [
      "I am writing this from the boat, because I cannot say it to your face. I have tried twice. Both times I lost my nerve at the door.",
      "I went down to the harbour on Sunday with Rafe and I waited for you by the wall until dark. I watched every bus come in.",
      "I know what you think of me. I think it too, most days, but I am asking you to come anyway. I will be there on Friday.",
    ];
    const story = storyFromParagraphs([...third, ...letter]);
    const scenes = detectScenes(story, { characters: cast });
    expect(scenes.map((s) => s.firstParagraph)).toEqual([0, 3]);
  });

  it("is pure: the same text gives equal features", () => {
    const text = "Rafe woke late. He wondered where the Captain had gone.";
    expect(paragraphFeatures(text, cast)).toEqual(paragraphFeatures(text, [...cast]));
  });
});

describe("coverage property", () => {
  const word = fc.constantFrom(
    "Ada",
    "Bram",
    "she",
    "he",
    "walked",
    "into",
    "the",
    "kitchen",
    "later",
    "Hours",
    "said",
    '"Yes,"',
    "‘No,’",
    "rain",
    "thought",
  );
  const sentence = fc.array(word, { minLength: 2, maxLength: 14 }).map((w) => w.join(" ") + ".");
  const paragraph = fc.oneof(
    {
      weight: 8,
      arbitrary: fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(" ")),
    },
    { weight: 1, arbitrary: fc.constantFrom("* * *", "#", "~~~", "---", "***") },
  );
  const cast = [
    { name: "Ada", aliases: [] },
    { name: "Bram", aliases: [] },
  ];

  it("every non-break paragraph is in exactly one scene, in order", () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        (texts, crlf, withCast) => {
          const story = parseStory(texts.join(crlf ? "\r\n\r\n" : "\n\n"));
          const scenes = detectScenes(story, { characters: withCast ? cast : [] });
          expect(
            expectCoverage(
              scenes,
              story.paragraphs.map((p) => p.isBreak),
            ),
          ).toBeNull();
          for (const s of scenes) expect(s.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
        },
      ),
      // A one-paragraph section dropped (between markers, or last) failed 100 runs under six
      // seeds, as it failed 300.
      { numRuns: 100 },
    );
  });
});

describe("what does not change the scene", () => {
  it("does not start a scene on a new place noun and a new name alone (a phone message)", () => {
    const cast = [
      { name: "Ines", aliases: [] },
      { name: "Marta", aliases: [] },
    ];
    const story = storyFromParagraphs([
      "Ines walked along the harbour wall with her coat buttoned to the chin. The tide was out and the boats lay over on their sides in the mud. Ines counted them the way she had as a girl.",
      "Ines stopped at the steps and looked down at the water. A gull stood on the bottom step and looked back at her. She threw it the crust from her pocket and it took it without thanks.",
      "Ines sat on the bench by the lifeboat station and took out her phone. There were two missed calls, both from the same number. She knew the number. She had been waiting all week for it to ring.",
      "Both calls were from the hospital. Marta was awake, the message said, and asking for her sister. Could she come in before the end of visiting, if it was convenient.",
      "She read it twice. Then she put the phone back in her pocket and sat with her hands folded in her lap, watching the gull walk up and down the steps as if it owned them.",
      "She did not get up for a long time. The wind came round and the first boats began to lift as the water crept back under them. When she finally stood, her knees were stiff with the cold.",
    ]);
    expect(boundariesOf(detectScenes(story, { characters: cast }))).toEqual([]);
  });

  it("does not turn the point of view at a line of dialogue and its tag", () => {
    const story = parseStory(read("../../fixtures/scenes/clearance.txt"));
    const cast = [
      { name: "Agnes", aliases: ["Aggie"] },
      { name: "Declan", aliases: ["Dec"] },
    ];
    const scenes = detectScenes(story, { characters: cast });
    const povTurns = scenes.filter((s) => s.reasons?.some((r) => r.startsWith("pov ")));
    expect(povTurns.map((s) => s.firstParagraph)).toEqual([]);
    expect(boundariesOf(scenes)).toContain(39);
  });
});
