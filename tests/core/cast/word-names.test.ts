import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";
import { storyFromParagraphs } from "../../../core/story";
import { discoverCast } from "../../../core/cast/discover";

const names = (cast: readonly Character[]) => cast.map((c) => c.name);

describe("discoverCast and a name the story also writes as a lowercase word, never in a tag", () => {
  // "Joy" is also "joy"; she never tags a line, and the narration shows her doing three things.
  const deeds = [
    "The shop opened at nine. Martin unlocked the door and turned the sign, and the bell rang.",
    '"You\'re early," Martin said.',
    'Joy hung her coat on the hook. "The bus was early. That never happens."',
    '"Well, I won\'t complain."',
    'Joy counted the float into the till. "Twenty short again."',
    "Martin jumped for joy at nothing in particular, told Joy not to worry and went to find the coins.",
    'Joy watched him go. "He always forgets."',
  ];

  it("lists a word opening sentences with three deeds of its own ('Joy hung', 'Joy counted', 'Joy watched') and standing mid-sentence ('told Joy')", () => {
    expect(names(discoverCast(storyFromParagraphs(deeds)))).toContain("Joy");
  });

  it("gives her beat lines to her without a cast", () => {
    const analysis = analyzeStory(deeds.join("\n\n"), { file: "shop.txt" });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Martin",
      "Joy",
      "Martin",
      "Joy",
      "Joy",
    ]);
  });

  it("lists a word called in a line that opens a sentence by acting ('Morning, Rose.' ... 'Rose shrugged.') and stands mid-sentence", () => {
    const called = [
      "The sun rose over the allotments. Ken was at the water trough with two cans.",
      'Ken set the cans down and gave Rose a nod. "Morning, Rose."',
      'Rose shrugged. "It was morning an hour ago."',
    ];
    expect(names(discoverCast(storyFromParagraphs(called)))).toContain("Rose");
  });

  it("leaves a common noun with fewer deeds, or only auxiliaries, or a call with no deed, unlisted", () => {
    const weather = [
      "Rain fell all morning. Ken stayed in the shed with the radio. Rain was still falling at noon.",
      '"Typical," Ken said. There was rain in the forecast until Friday.',
    ];
    expect(names(discoverCast(storyFromParagraphs(weather)))).toEqual(["Ken"]);
    const auxiliaries = deeds.map((p) =>
      p
        .replace("Joy hung", "Joy was by")
        .replace("Joy counted", "Joy had")
        .replace("Joy watched", "Joy could see"),
    );
    expect(names(discoverCast(storyFromParagraphs(auxiliaries)))).not.toContain("Joy");
    const onlyCalled = [
      "The sun rose over the allotments.",
      'Ken set the cans down. "Morning, Rose."',
      '"Morning."',
    ];
    expect(names(discoverCast(storyFromParagraphs(onlyCalled)))).not.toContain("Rose");
    const fond = [
      "Love was the last thing on Ken's mind that morning. He had no love for allotments.",
      'Ken set the cans down. "Come here, Love."',
      '"In a minute," Ann said.',
    ];
    expect(names(discoverCast(storyFromParagraphs(fond)))).not.toContain("Love");
    const openers = [
      'The bosun came up the ladder. "Silence, there, between decks!"',
      "Silence fell over the ship. Nobody broke the silence for an hour.",
      '"Aye," Tom said.',
    ];
    expect(names(discoverCast(storyFromParagraphs(openers)))).not.toContain("Silence");
  });

  it("lists a word the narration makes the subject of two verbs inside its sentences ('where Grace was wiping', 'By then Grace had finished') and acts on as a person ('I followed Grace')", () => {
    const kitchen = [
      "My godmother said grace before meals in a voice that dared you to eat first.",
      "I went through the kitchen and found Grace in the scullery. I followed Grace upstairs.",
      "He looked past me into the kitchen, where Grace was wiping down the draining board.",
      '"Good afternoon," Martin said.',
      "When his car had gone I went back in. By then Grace had finished the draining board.",
    ];
    expect(names(discoverCast(storyFromParagraphs(kitchen)))).toContain("Grace");
    // Once is a word's way too ("as Fortune would have it").
    const once = kitchen.map((p) =>
      p.replace("By then Grace had finished", "By then I had finished"),
    );
    expect(names(discoverCast(storyFromParagraphs(once)))).not.toContain("Grace");
    // The same verb twice is one (a sentence said again, or a repeated typo).
    const same = kitchen.map((p) =>
      p.replace("By then Grace had finished", "By then Grace was finishing"),
    );
    expect(names(discoverCast(storyFromParagraphs(same)))).not.toContain("Grace");
    // After a determiner it is a thing ("the Grace was moored"), however often.
    const boat = kitchen.map((p) =>
      p
        .replace("where Grace was", "where the Grace was")
        .replace("then Grace had", "then the Grace had"),
    );
    expect(names(discoverCast(storyFromParagraphs(boat)))).not.toContain("Grace");
    // Being the subject of verbs alone is a word personified's way too.
    const alone = kitchen.map((p) => p.replace(" I followed Grace upstairs.", ""));
    expect(names(discoverCast(storyFromParagraphs(alone)))).not.toContain("Grace");
  });

  it("leaves a personified word or a month the subject of verbs inside its sentences unlisted ('until May came, and May was warm', 'but Fate had other plans, and Fate was laughing')", () => {
    const orchard = [
      "I may go north in the spring. Ken said he might come with me.",
      "The orchard was bare until May came, and by then May was warm enough to sit out.",
      '"Lovely," Ken said.',
    ];
    expect(names(discoverCast(storyFromParagraphs(orchard)))).toEqual(["Ken"]);
    const fate = [
      "Ken had planned to leave at noon, but fate is cruel. By four Fate had other plans, and Fate was laughing.",
      '"Typical," Ken said.',
    ];
    expect(names(discoverCast(storyFromParagraphs(fate)))).toEqual(["Ken"]);
    const death = [
      "Ken did not fear death. He sat by the bed until Death came, and Death was gentle.",
      '"Go on," Ken said.',
    ];
    expect(names(discoverCast(storyFromParagraphs(death)))).toEqual(["Ken"]);
  });

  it("needs the capital mid-sentence in the narration, not in a line of dialogue ('Hot this Summer,' beside 'Summer came')", () => {
    const season = [
      "Summer came early that year. Ken moved the hoses to the far beds.",
      "Summer dried the lake to a puddle. Summer ended at last in a week of storms.",
      '"Hot this Summer," Ken said. "Hottest I remember."',
      '"Hot every summer," Ann said.',
    ];
    expect(names(discoverCast(storyFromParagraphs(season)))).not.toContain("Summer");
    // The same deeds with the name in the narration's middle ("told Summer") list her.
    const named = [...season.slice(0, 2), 'Ken told Summer the news. "Hot this year."', season[3]!];
    expect(names(discoverCast(storyFromParagraphs(named)))).toContain("Summer");
    // Or a line calls her by it mid-sentence, as a first-person narrator's friend is named.
    const called = [...season.slice(0, 2), 'I filled the cans. "Thanks, Summer."', season[3]!];
    expect(names(discoverCast(storyFromParagraphs(called)))).toContain("Summer");
  });

  it("lists a name the narration only acts on, the object of two person verbs ('I handed Skip my bag', 'followed Skip down'), never in a tag, never called, never opening a sentence", () => {
    const ferry = [
      "We missed the last ferry. A man in a yellow jacket came out of the office, and Marjorie told Skip the situation while he ate.",
      '"Lobster boat\'s at the float," he said. "You skip the bags or you skip the ride."',
      "We followed Skip down the gangway to the float. I handed Skip my bag.",
      '"Is there a life jacket?" Owen asked.',
      '"Under the bench."',
    ];
    expect(names(discoverCast(storyFromParagraphs(ferry)))).toContain("Skip");
    // The object of one person verb only: a word the story also writes in lowercase, no more.
    const once = ferry.map((t) =>
      t.replace(" I handed Skip my bag.", "").replace("told Skip", "told him"),
    );
    expect(names(discoverCast(storyFromParagraphs(once)))).not.toContain("Skip");
    // A given name outweighed by determiners ("our Martin", "the van that Martin drove") is
    // listed by the same two verbs.
    const lodge = [
      'A van pulled up on the gravel. "That\'s our Martin," she said.',
      "I let Martin in. I gave Martin the key to the shed, and he went round the side of the house.",
      'The van that Martin drove was in the yard. "It\'s heavy," he said.',
      "By then Martin had loaded the mower.",
    ];
    expect(names(discoverCast(storyFromParagraphs(lodge)))).toContain("Martin");
    const lodgeOnce = lodge.map((t) => t.replace("I gave Martin the key", "The key was"));
    expect(names(discoverCast(storyFromParagraphs(lodgeOnce)))).not.toContain("Martin");
  });

  describe("the object of two person verbs", () => {
    const shop = [
      "Martin unlocked the door and turned the sign. The shop was cold.",
      '"You\'re early," Martin said.',
    ];
    const listed = (extra: readonly string[]) =>
      names(discoverCast(storyFromParagraphs([...shop, ...extra])));

    it("counts a verb once however it is written ('asked' and 'ask', 'paid' and 'pay', 'let' and 'lets')", () => {
      expect(listed(["I asked Google on the bus.", "Later I would ask Google again."])).toEqual([
        "Martin",
      ]);
      expect(listed(["I paid Visa on Friday.", "I still had to pay Visa the rest."])).toEqual([
        "Martin",
      ]);
      expect(listed(["I paid Amazon for a kettle.", "Now I had to pay Amazon again."])).toEqual([
        "Martin",
      ]);
      expect(
        listed(["The church helped Ukraine with blankets.", "We all want to help Ukraine."]),
      ).toEqual(["Martin"]);
      expect(listed(["I let Winter in with the door open.", "She never lets Winter win."])).toEqual(
        ["Martin"],
      );
      // A common given name asked and told is still someone ("I let Sarah in", "told Sarah").
      expect(listed(["I let Sarah in.", "Then I told Sarah the news."])).toEqual([
        "Martin",
        "Sarah",
      ]);
    });

    it("lists no office, firm or ship that is only asked, told, followed or met", () => {
      expect(
        listed(["I told Security about the van.", "Then I asked Security for the tapes."]),
      ).toEqual(["Martin"]);
      expect(
        listed(["I asked Reception for a towel.", "Then I told Reception the lift was broken."]),
      ).toEqual(["Martin"]);
      expect(
        listed(["Kowalski told Dispatch we were rolling.", "I asked Dispatch for a plate check."]),
      ).toEqual(["Martin", "Kowalski"]);
      expect(
        listed(["Father Keane offered Mass at eight.", "He showed Mass cards to the widow."]),
      ).toEqual(["Father Keane", "Martin"]);
      expect(
        listed([
          "We followed Endeavour out past the breakwater.",
          "By noon we met Endeavour again off the point.",
        ]),
      ).toEqual(["Martin"]);
    });

    it("lists no word the narration also writes as a place or a thing ('flew to Florence', 'on Google')", () => {
      const florence = [
        "Then I showed Florence to my mother.",
        "That summer gave Florence a new look.",
      ];
      expect(listed(florence)).toEqual(["Martin", "Florence"]);
      expect(listed([...florence, "We flew to Florence in May."])).toEqual(["Martin"]);
      // A look turns the word to someone: no place.
      expect(listed([...florence, "I smiled at Florence."])).toEqual(["Martin", "Florence"]);
      expect(
        listed([
          "I asked Google on the bus.",
          "Later I told Google off.",
          "I looked it up on Google.",
        ]),
      ).toEqual(["Martin"]);
      expect(
        listed([
          "Then I showed Paris to my mother.",
          "That summer gave Paris a new look.",
          "We flew to Paris in May.",
        ]),
      ).toEqual(["Martin"]);
    });

    it("lists a word the object of three person verbs beside one 'on' that reads as a site ('kept an eye on Wren')", () => {
      const wren = [
        "A wren sang on the bins. Then the bell went, and I let Wren in.",
        "I showed Wren the ovens and kept an eye on Wren all morning.",
        "At six I went out to meet Wren with the second load.",
      ];
      expect(listed(wren)).toEqual(["Martin", "Wren"]);
      // Two verbs are outweighed by the one site, as "Florence" is by "flew to Florence".
      expect(listed(wren.slice(0, 2))).toEqual(["Martin"]);
      // And three verbs by two sites.
      expect(listed([...wren, "We sat on Wren with the crates."])).toEqual(["Martin"]);
    });
  });
});
