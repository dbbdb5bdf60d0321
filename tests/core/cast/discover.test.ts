import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Character } from "../../../core/model";
import { parseStory, storyFromParagraphs } from "../../../core/story";
import { discoverCast } from "../../../core/cast/discover";
import { namesInParagraph } from "../../../core/cast/paragraph-names";
import { bundled, fixture, FIXTURES } from "./helpers";

const names = (cast: readonly Character[]) => cast.map((c) => c.name);

describe("discoverCast", () => {
  it("finds the bundled story's main characters and nothing that is not a character", () => {
    const { story, gold } = bundled();
    const cast = discoverCast(story);
    for (const name of ["Willow", "Spike", "Oz", "Buffy", "Riley", "Willie", "Professor Walsh"])
      expect(names(cast)).toContain(name);
    // Every discovered name is someone in the hand-made cast (by name or alias), or an unnamed speaker.
    const known = new Set(gold.characters.flatMap((c) => [c.name, ...c.aliases]));
    for (const c of cast) if (!c.unnamed) expect(known).toContain(c.name);
    expect(cast.every((c) => c.voice === "unknown")).toBe(true);
  });

  it("does not let mere repetition make a character: the story repeated 100x lists the same people", () => {
    const { story } = bundled();
    const once = names(discoverCast(story));
    const raw = story.paragraphs.map((p) => p.text).join("\n\n");
    const many = names(discoverCast(parseStory(Array(100).fill(raw).join("\n\n"))));
    for (const n of many)
      expect([...once, "Angelus", "Angel", "Xander", "Parker", "Dru"]).toContain(n);
  });

  it("lists no contraction written with a curly apostrophe ('I\u2019d', 'Didn\u2019t')", () => {
    const text = [
      "I\u2019d carried his boxes up the hill once before. Owen waved from the porch.",
      "I\u2019d told him so. I\u2019ll tell him again, I\u2019m sure of it. Owen laughed.",
      "\u201cYou came,\u201d said Owen.",
      "I\u2019d never missed it, and I\u2019ve no plan to start.",
      "Didn\u2019t he say so? Didn\u2019t he wave? Owen shrugged.",
    ].join("\n\n");
    const found = names(discoverCast(parseStory(text)));
    expect(found).toContain("Owen");
    expect(found.filter((n) => /\u2019/.test(n))).toEqual([]);
  });

  it("lists no word with a contraction's ending ('They\u2019ve', 'We\u2019ll'), nor 'Tom\u2019ll' beside Tom", () => {
    // A speech dash hides the sentence start, so the word after it looks mid-sentence; the
    // story's other lines are in quote marks, so the dashes may not be read as dialogue.
    const text = [
      "\u201cYou\u2019re late,\u201d he said.",
      "\u201cI\u2019m not.\u201d",
      "\u201cYou are.\u201d",
      "\u201cFine,\u201d I said.",
      "\u201cGood.\u201d",
      "\u201cTea?\u201d",
      "Tom came back at ten with an empty sack.",
      "\u2014 They\u2019ve had yours, he said.",
      "\u2014 We\u2019ll have to tell someone, I said. \u2014 They\u2019ve had mine too.",
      "\u2014 You\u2019re sure? We\u2019d better look. They\u2019re gone, both sacks. Tom\u2019ll know.",
      "\u2014 They'd taken the lot. We've seen it before. She'll be furious, Tom said.",
      "\u2014 They\u2019ve been at the shed, Tom said.",
    ].join("\n\n");
    // Read in quote marks, as a story whose dashes are no dialogue reads them.
    const found = names(discoverCast(parseStory(text), [], namesInParagraph, "double"));
    expect(found).toContain("Tom");
    expect(found.filter((n) => /['\u2019]/.test(n))).toEqual([]);
    expect(found.filter((n) => /^(They|We|You|She)$/.test(n))).toEqual([]);
  });

  it("takes no sentence adverb opening a line for a call ('Seriously, ...' twice is no one)", () => {
    const story = (word: string) =>
      [
        `The van broke down again outside the depot. Marcus kicked the tyre.`,
        `"${word}, this thing hates me."`,
        `"It hates everyone," said Jo.`,
        `"${word}? It started fine this morning."`,
        `"${word}, I think it's the battery."`,
      ].join("\n\n");
    for (const adverb of ["Seriously", "Honestly", "Obviously", "Literally"])
      expect(names(discoverCast(parseStory(story(adverb))))).not.toContain(adverb);
    // A name of that shape the lists do not hold is still a call: calls by name open lines.
    expect(names(discoverCast(parseStory(story("Tamsin"))))).toContain("Tamsin");
  });

  it("lists a name the dialogue calls in two paragraphs, never a topic or a word in quote marks", () => {
    const story = (a: string, b: string) =>
      [
        `Rain on the shed roof. Inside, the kettle had boiled dry.`,
        `"${a} the gutters are full again."`,
        `"I know," he said. He pulled on his boots.`,
        `"${b}"`,
        `"What?"`,
        `"Mind the ladder. The bottom rung is loose."`,
      ].join("\n\n");
    expect(names(discoverCast(parseStory(story("Hugo,", "Hugo."))))).toContain("Hugo");
    expect(names(discoverCast(parseStory(story("Thanks, Hugo. And", "Hugo!"))))).toContain("Hugo");
    // Called once, or a topic after an opener ("So. Brighton."), is no one.
    expect(names(discoverCast(parseStory(story("Hugo,", "Wait."))))).not.toContain("Hugo");
    const topic = story("So. Brighton.", "So, Brighton.");
    expect(names(discoverCast(parseStory(topic)))).not.toContain("Brighton");
    // A day answered twice ("When do you swim?" / "Fridays.") is a time, not a person.
    const days = [
      "The pool was nearly empty. Owen swam slow lengths while the lifeguard yawned.",
      '"When do you come?" he asked the girl in the next lane.',
      '"Fridays," she said. "I always come Fridays."',
      '"Same time next week, then?"',
      '"Fridays?" he said.',
      '"Fridays," she said again, and pushed off the wall.',
    ].join("\n\n");
    expect(names(discoverCast(parseStory(days)))).not.toContain("Fridays");
  });

  it("reads a police rank's abbreviation as a title: 'PC Kerr' seen once is a person", () => {
    const text = [
      "The lamp on the desk flickered. PC Kerr knocked twice on the open door.",
      "\u201cThe van\u2019s here,\u201d said the sergeant.",
    ].join("\n\n");
    expect(names(discoverCast(parseStory(text)))).toContain("PC Kerr");
  });

  it("names a character with a title of office the story never writes the name without", () => {
    // "Professor Walsh" once, never "Walsh" alone: the bare name stays an alias.
    const walsh = discoverCast(bundled().story).find((c) => c.name === "Professor Walsh");
    expect(walsh?.aliases).toContain("Walsh");
  });

  for (const name of FIXTURES) {
    it(`finds ${name}'s characters and leaves out places, days and sentence openers`, () => {
      const f = fixture(name);
      const cast = discoverCast(f.story);
      for (const n of f.discover.include) expect(names(cast)).toContain(n);
      for (const n of f.discover.exclude) expect(names(cast)).not.toContain(n);
      for (const u of f.discover.unnamed ?? [])
        expect(cast.find((c) => c.name === u)?.unnamed).toBe(true);
      // Nothing beyond the people the story has.
      const allowed = new Set([
        ...f.discover.include,
        ...f.cast.flatMap((c) => [c.name, ...c.aliases]),
      ]);
      for (const c of cast) if (!c.unnamed) expect(allowed).toContain(c.name);
    });
  }

  it("folds a full name, its first name and its surname into one character, named as most written", () => {
    const story = storyFromParagraphs([
      "Maggie Doyle came in from the rain.",
      '"Cold," Maggie said.',
      "At work they all called her Doyle, and Doyle answered to it.",
    ]);
    const cast = discoverCast(story);
    // "Doyle" twice, "Maggie" and "Maggie Doyle" once each.
    expect(names(cast)).toEqual(["Doyle"]);
    expect(cast[0]!.aliases).toEqual(expect.arrayContaining(["Maggie Doyle", "Maggie"]));
  });

  it("does not list words that only start sentences or quotes, or things after a determiner", () => {
    const story = storyFromParagraphs([
      '"Cool." "Please." "Evening, ma\'am," said Jo. "Thanks," Jo said.',
      "Now the Zippo was gone. Jo lit his Zippo on the steps of St Mary's Church in London.",
      "Jo walked to the Red Lion on Friday. Jo spoke French and German.",
    ]);
    expect(names(discoverCast(story))).toEqual(["Jo"]);
  });

  it("lets given characters win and adds others", () => {
    const story = storyFromParagraphs([
      '"Hi," Jo said.',
      '"Hello," said Sam.',
      "Jo smiled at Sam.",
    ]);
    const given: Character[] = [{ name: "Joanna", aliases: ["Jo"], voice: "british" }];
    const cast = discoverCast(story, given);
    expect(cast[0]).toEqual(given[0]);
    expect(names(cast)).toEqual(["Joanna", "Sam"]);
  });

  it("keeps unnamed speakers as descriptions", () => {
    const story = storyFromParagraphs(['"Next!" the cashier said.', '"Tickets," said the guard.']);
    const cast = discoverCast(story);
    expect(cast).toEqual([
      { name: "the cashier", aliases: [], voice: "unknown", unnamed: true },
      { name: "the guard", aliases: [], voice: "unknown", unnamed: true },
    ]);
  });
});

describe("discoverCast on names in any pattern", () => {
  // A month that is a name ("June") and a plural of another ("Anns") walk the group and month
  // rules; a title the family-name folding and, with a title of the other sex ("Lady Cy" beside
  // "Sir Cy"), the spouse split; a common word ("Dutch") the nickname rule, which reads a name
  // after the quote ('"Hi," Dutch said'); a given name and its familiar form ("Margaret",
  // "Meg") the familiar-form fold.
  const NAMES = ["Ann", "Bea", "Cy", "Dee", "Eli", "June", "Anns", "Dutch", "Margaret", "Meg"];
  const line = fc
    .tuple(
      fc.option(fc.constantFrom("Mr.", "Mrs.", "Miss", "Sir", "Lady", "Monsieur"), {
        nil: undefined,
      }),
      fc.constantFrom(...NAMES),
      fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
      fc.constantFrom("after", "before", "named"),
      fc.boolean(),
    )
    .map(([title, first, second, form, old]) => {
      const bare = second ? `${first} ${second}` : first;
      // "old Ann": an epithet before an untitled name is written with it.
      const name = title ? `${title} ${bare}` : old ? `old ${bare}` : bare;
      // "Her name was X": the narration naming someone is a pattern of its own.
      if (form === "named") return `Her name was ${name}.`;
      return form === "after" ? `"Hi," ${name} said.` : `"Hi," said ${name}.`;
    });

  it("never fails and names each character once, whatever the pattern of 'said X Y' and 'her name was X Y' lines", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const cast = discoverCast(storyFromParagraphs(lines));
        const all = cast.flatMap((c) => [c.name, ...c.aliases]).map((n) => n.toLowerCase());
        expect(new Set(cast.map((c) => c.name)).size).toBe(cast.length);
        // No form is two characters' ("Meg" is Margaret's alias or a character, never both).
        expect(new Set(all).size).toBe(all.length);
        // A common word is a name only alone, where it tags two quotes.
        const dutch = lines.filter((l) => /said Dutch\.|," Dutch said/.test(l)).length;
        if (lines.some((l) => !l.includes("Dutch")) || dutch > 1)
          expect(all.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps Mr. and Mrs. Bennet apart and leaves the bare surname to neither", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"My dear," said Mrs. Bennet.',
        '"Yes?" said Mr. Bennet.',
        "Mrs. Bennet sighed. Mr. Bennet smiled. Bennet was tired.",
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Mrs. Bennet", "Mr. Bennet"]));
    expect(names(cast)).not.toContain("Bennet");
  });
});

describe("discoverCast naming", () => {
  it("reads a middle initial inside a full name ('Terry O. Nicholson'), not a sentence's end", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Terry O. Nicholson was the first to see the river. Terry laughed.",
        '"Look," said Terry. Terry pointed at it, and Jeff saw A. Then Jeff sighed.',
      ]),
    );
    const terry = cast.find((c) => c.name === "Terry");
    expect(terry?.aliases).toContain("Terry O. Nicholson");
    expect(cast.flatMap((c) => [c.name, ...c.aliases])).not.toContain("Terry O");
    expect(names(cast)).toContain("Jeff");
  });

  it("names a character by an epithet the story always writes with the name ('old Cotter')", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "old Cotter was sitting at the fire, smoking.",
        '"No," said old Cotter. "I wouldn\'t say that."',
        "Tom looked at old Cotter and said nothing. Tom went out.",
      ]),
    );
    expect(names(cast)).toContain("old Cotter");
    expect(cast.find((c) => c.name === "old Cotter")?.aliases).toContain("Cotter");
  });

  it("keeps the bare name where the epithet is written once ('young Tom' beside 'Tom')", () => {
    const cast = discoverCast(
      storyFromParagraphs(['"Come here," said young Tom.', "Tom ran to the gate. Tom waited."]),
    );
    expect(names(cast)).toContain("Tom");
    expect(names(cast)).not.toContain("young Tom");
  });

  it("names a character by the form the story writes most, keeping titles of office off", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Come," said Sir Henry. Sir Henry smiled.',
        "Sir Henry Curtis walked on. Sir Henry laughed.",
        '"Sit," said Inspector Hale. Inspector Hale sat. Inspector Hale frowned. Hale nodded.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Sir Henry", "Hale"]));
    expect(cast.find((c) => c.name === "Sir Henry")?.aliases).toContain("Henry");
  });
});

describe("discoverCast with a given cast", () => {
  it("lists no 'the inspector' beside the writer's own Inspector Hale", () => {
    const given: Character[] = [{ name: "Inspector Hale", aliases: [], voice: "unknown" }];
    const cast = discoverCast(
      storyFromParagraphs([
        '"Evening, Tom," said the inspector.',
        "The inspector stepped closer to the light.",
        '"You know me," said the inspector.',
      ]),
      given,
    );
    expect(names(cast)).toContain("Inspector Hale");
    expect(names(cast)).not.toContain("the inspector");
  });
});

describe("discoverCast and common words", () => {
  it("finds a titled person whose name is also a word, keeps the title's stop, drops connectives", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Tea?" said Mrs. Hall. Mrs. Hall smiled.',
        '"Thanks," said Dr. Howard Archie. Dr. Howard Archie sat down.',
        "Therefore he waited. Therefore she left. Having eaten, they slept.",
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Mrs. Hall", "Dr. Howard Archie"]));
    expect(names(cast)).not.toContain("Therefore");
    expect(names(cast)).not.toContain("Having");
  });
});

describe("discoverCast and words that say things in the narration", () => {
  it("takes a common word for a name only where it tags speech, more than once if never mid-sentence", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Some say the mill is haunted. People told him the miller had seen things there.",
        'Nobody went near it at night, and some people never went at all. Some said the old man had seen a "ghost" by the wheel.',
        'People said it was "cursed," and Tom laughed at them.',
        '"Rubbish," said Tom. "Mills are mills." Tom walked on.',
        '"Wait," said Rose. Tom waited for her by the rose bushes.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Tom", "Rose"]));
    expect(names(cast)).not.toContain("Some");
    expect(names(cast)).not.toContain("People");
  });
});

describe("discoverCast and months that are given names", () => {
  it("finds June where she tags speech, and no month that only dates things", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "It was the last week of June, and in August they would move. April came and went.",
        '"Is the car packed?" June asked. June looked at the sky.',
        '"Nearly," said Tom. "May I take the map?"',
        '"Take it," said June.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["June", "Tom"]));
    expect(names(cast)).not.toContain("August");
    expect(names(cast)).not.toContain("April");
    expect(names(cast)).not.toContain("May");
  });
});

describe("discoverCast and groups", () => {
  it("lists no family plural or nationality beside the people", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "The Hartleys were the oldest family in the valley. Mr. Hartley owned the mill.",
        '"Good morning," said Mr. Hartley. The Hartleys were proud of it.',
        'Two Englishmen were fishing below the weir. "Any luck?" asked Nell.',
        "An Irishman had built the weir. The Frenchmen did not come that year.",
        '"None," said Nell. Nell laughed.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Mr. Hartley", "Nell"]));
    for (const group of ["Hartleys", "Englishmen", "Irishman", "Frenchmen"])
      expect(names(cast)).not.toContain(group);
  });

  it("keeps a person whose name ends in s", () => {
    const cast = discoverCast(
      storyFromParagraphs(['"Ready?" said Charles. Charles was waiting. Charles has the keys.']),
    );
    expect(names(cast)).toContain("Charles");
  });
});

describe("discoverCast and saints' names", () => {
  it("keeps 'St. Clair' whole, apart from 'Madame St. Clair', and takes 'St. Ives' alone for a place", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"We leave at dawn," said St. Clair. St. Clair looked at his wife.',
        '"So early?" said Madame St.\nClair. Madame St. Clair sighed.',
        "The road ran past St. Ives's harbour and the fields of St. Ives's farms.",
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["St. Clair", "Madame St. Clair"]));
    for (const c of cast) expect(c.name).not.toMatch(/^(?:Madame St|St|Clair|St\. Ives)$/);
  });
});

describe("discoverCast and questions", () => {
  it("reads an auxiliary opening a question as no part of the name after it", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Did Katharine say so?" asked Ralph. "Has Katharine gone? Could Katharine come back?"',
        '"She has," said Katharine\'s aunt. Katharine smiled.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Katharine", "Ralph"]));
    for (const c of cast)
      for (const n of [c.name, ...c.aliases]) expect(n).not.toMatch(/^(?:Did|Has|Could)\b/);
  });
});

describe("discoverCast and unseen speakers", () => {
  it("lists no voice as a character, and still a described person who speaks", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Who is there?" the voice said. "Open up," the voice said again.',
        '"Four pounds," the cashier said. "Thanks," the cashier said.',
      ]),
    );
    expect(names(cast)).toContain("the cashier");
    expect(names(cast)).not.toContain("the voice");
  });
});

describe("discoverCast and nicknames that are common words", () => {
  it("finds a speaker called by a common word where it tags quotes, and not the word elsewhere", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Looks like rain," Dutch murmured to Sam.',
        "They rode on past a Dutch barn. Sam said nothing.",
        '"It will hold off," Sam said.',
        '"Not for long," said Dutch. "Never does," Everyone laughed.',
        '"I know," I said. "We all know," I added.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Dutch", "Sam"]));
    expect(names(cast)).not.toContain("I");
  });
});

describe("discoverCast and common given names", () => {
  it("finds a common given name that acts once at a sentence start, not any opener that does", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "The fair came to town on the Monday. Supper was late that night.",
        "Walter appeared at half-past twelve. He was a quick lad, freckled and loud.",
        '"Can I go back?" he asked. "Not tonight," said Nell.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Walter", "Nell"]));
    expect(names(cast)).not.toContain("Supper");
  });
});

describe("discoverCast and older speech verbs", () => {
  it("reads 'resumed' and 'rejoined' as speech tags", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Kit was pouring the tea, and we all answered the summons of Kit.",
        '"Well," resumed Kit; "I have news." "Tell it," rejoined Hal.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Kit", "Hal"]));
  });
});

describe("discoverCast and family words", () => {
  it("lists two words for one parent as one person", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Papa, look at the snow!" cried Amy. "Papa, come and see."',
        '"I see it," said Father, and Father laughed.',
      ]),
    );
    const father = cast.filter((c) => ["Papa", "Father"].includes(c.name));
    expect(father).toHaveLength(1);
    expect([father[0]!.name, ...father[0]!.aliases]).toEqual(
      expect.arrayContaining(["Papa", "Father"]),
    );
  });
  it("lists a family word the narration shows acting when no cast is given, never 'her Nana'", () => {
    const story = storyFromParagraphs([
      "Nana was at the sink when the boys came in. Nana turned off the tap.",
      '"Boots off," she said.',
      '"Yes, ma\'am," said Eli. Eli looked at Tom.',
    ]);
    expect(names(discoverCast(story))).toContain("Nana");
    // Beside a writer's list, the acting "Nana" is most likely someone listed by name.
    const given: Character[] = [{ name: "Ruth Vance", aliases: [], voice: "unknown" }];
    expect(names(discoverCast(story, given))).not.toContain("Nana");
    const owned = storyFromParagraphs([
      "When we came in, her Nana was at the sink, and then her Nana turned off the tap.",
      '"Boots off," said Eli.',
    ]);
    expect(names(discoverCast(owned))).not.toContain("Nana");
  });
  it("lists a family word acting in the present tense ('Mum puts the kettle on'), not 'my Mum'", () => {
    const story = storyFromParagraphs([
      "Mum puts the kettle on and stands at the window.",
      '"Tea?"',
      '"Please," I say. Grandpa shakes his head at the rain.',
    ]);
    expect(names(discoverCast(story))).toEqual(expect.arrayContaining(["Mum", "Grandpa"]));
    const owned = storyFromParagraphs([
      "My Mum puts the kettle on. Her Grandpa shakes his head.",
      '"Please," I say.',
    ]);
    expect(names(discoverCast(owned))).toEqual([]);
    // A word after it that is no verb ("Mum jeans") shows no one acting.
    const nouns = storyFromParagraphs(["Mum jeans are back in fashion, and Dad trainers too."]);
    expect(names(discoverCast(nouns))).toEqual([]);
  });
  it("names a tagged relation by the family word the dialogue calls her ('Hi, Mom' beside 'my mom said')", () => {
    const lines = [
      "My mom was at the stove when I came in.",
      '"Hi, Mom," I said.',
      '"Wash your hands," my mom said.',
    ];
    const mom = discoverCast(storyFromParagraphs(lines)).find((c) => c.name === "Mom");
    expect(mom?.aliases).toEqual(["the mom"]);
    expect(mom?.unnamed).toBeFalsy();
    // Not called by the word, the familiar word still names her (lowercase-kin.test.ts); the
    // plain noun ("my mother said") stays a description, and so does any beside a writer's cast.
    const uncalled = lines.map((t) => t.replace("Hi, Mom", "Hi"));
    expect(names(discoverCast(storyFromParagraphs(uncalled)))).toEqual(["Mom"]);
    const plain = uncalled.map((t) => t.replace(/my mom/i, "my mother"));
    expect(names(discoverCast(storyFromParagraphs(plain)))).toEqual(["the mother"]);
    const given: Character[] = [{ name: "Ruth Vance", aliases: [], voice: "unknown" }];
    expect(names(discoverCast(storyFromParagraphs(lines), given))).not.toContain("Mom");
  });
  it("names 'said her mother' by the family word the dialogue calls her ('Mom?'), not 'said the mother'", () => {
    const lines = [
      "Jess came home late. The kitchen light was on.",
      '"Mom?" Jess called.',
      '"In here," said her mother. She was at the table.',
      '"Sorry I\'m late."',
    ];
    const mom = discoverCast(storyFromParagraphs(lines)).find((c) => c.name === "Mom");
    expect(mom?.aliases).toEqual(["the mother"]);
    expect(mom?.unnamed).toBeFalsy();
    // "the mother" may be an abbess or a priest's title: it stays a description.
    const titled = lines.map((t) => t.replace("said her mother", "said the mother"));
    expect(names(discoverCast(storyFromParagraphs(titled)))).not.toContain("Mom");
  });
  it("gives 'said her father' to the 'Dad' the dialogue calls twice, not a second person", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Dad, look!" said Amy. "Dad, the snow!"',
        '"I see it," said her father.',
      ]),
    );
    expect(cast.find((c) => c.name === "Dad")?.aliases).toEqual(["the father"]);
    expect(names(cast)).not.toContain("the father");
  });
  it("knows the regional family words ('Nan', 'Mam', 'Da', 'Gramps', 'Pops') as names, not 'her Nan'", () => {
    const story = storyFromParagraphs([
      'Nan was at the door. "In you come," said Nan.',
      '"Thanks, Nan," said Lucy. Pops looked up from the paper.',
      '"Not now," said Da. "Your Mam is asleep."',
    ]);
    // "Pops" and "Da" are one father (foldKin), the more evident word naming him.
    const forms = discoverCast(story).flatMap((c) => [c.name, ...c.aliases]);
    expect(forms).toEqual(expect.arrayContaining(["Nan", "Pops", "Da"]));
    const owned = storyFromParagraphs([
      '"Where were you?" asked her Nan. Her Nan was cross.',
      '"Out," said Lucy.',
    ]);
    expect(names(discoverCast(owned))).toEqual(["Lucy"]);
  });
});

describe("discoverCast and a family word beside a described relation", () => {
  it("lists 'said his grandmother' under the story's 'Nana', not as a second person", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Nana was at the stove when Eli came in. Nana turned round.",
        '"Wash your hands," said his grandmother.',
        '"They\'re clean," said Eli.',
      ]),
    );
    const nana = cast.filter((c) => c.name === "Nana" || c.aliases.includes("the grandmother"));
    expect(nana).toHaveLength(1);
    expect(nana[0]!.aliases).toContain("the grandmother");
    expect(cast.filter((c) => c.unnamed).map((c) => c.name)).not.toContain("the grandmother");
  });
});

describe("discoverCast and names seen only at sentence starts", () => {
  it("lists a word acting at sentence starts in two different paragraphs, not one paragraph said again", () => {
    const wren = [
      "Wren was at the window when Tom came in with the shopping.",
      '"You\'re late," she said.',
      '"Traffic," said Tom.',
      "Wren was quiet for a moment. Then she took a bag from him.",
    ];
    expect(names(discoverCast(storyFromParagraphs(wren)))).toContain("Wren");
    const again = Array(5).fill(wren[0]!).concat(['"Hello," said Tom.']);
    expect(names(discoverCast(storyFromParagraphs(again)))).not.toContain("Wren");
  });
});

describe("discoverCast and line breaks", () => {
  it("keeps a title and the name after it together across a line break, and lists no bare title", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"What folly!" exclaimed Mr.\nAllworthy. "At such an hour," said Mr.\nAllworthy.',
        '"It was cool," said Dr.\nHoward Archie.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Mr. Allworthy", "Dr. Howard Archie"]));
    expect(names(cast)).not.toContain("Mr");
    for (const c of cast) for (const n of [c.name, ...c.aliases]) expect(n).not.toMatch(/\n/);
  });
});

describe("discoverCast and hard-wrapped lines", () => {
  it("reads a full name broken across a line as one name, and no title before a place as a person", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Gaudy," murmured Cal\nEmmett. Cal\nEmmett laughed at the rig.',
        "She was losing her faith in Mother Church again. Mother Church was patient.",
      ]),
    );
    const cal = cast.find((c) => c.name === "Cal" || c.name === "Cal Emmett");
    expect([cal?.name, ...(cal?.aliases ?? [])]).toContain("Cal Emmett");
    expect(names(cast)).not.toContain("Emmett");
    expect(names(cast)).not.toContain("Church");
  });
});

describe("discoverCast and titled full names", () => {
  it("folds 'Mrs. Todd' into 'Mrs. Almira Todd', not 'Mrs. Hale' into Tom Hale, nor 'Miss' into a sister", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Come in," said Mrs. Almira Todd. Almira smiled. "Tea?" asked Mrs. Todd.',
        '"Late again," said Tom Hale. Tom Hale sat down beside Mrs. Tom Hale.',
        '"Sit," said Mrs. Hale. Mrs. Hale poured.',
        '"Girls," said Miss Pinkerton. "Yes," said Miss Jemima Pinkerton. Jemima ran.',
      ]),
    );
    const todd = cast.find((c) => [c.name, ...c.aliases].includes("Mrs. Almira Todd"));
    expect(todd?.aliases).toContain("Mrs. Todd");
    expect(names(cast)).not.toContain("Mrs. Todd");
    expect(names(cast)).toEqual(expect.arrayContaining(["Mrs. Hale", "Miss Pinkerton"]));
  });
});

describe("discoverCast and a man's title beside his full name", () => {
  const holderOf = (cast: readonly Character[], form: string) =>
    cast.find((c) => [c.name, ...c.aliases].includes(form));

  it("folds 'Mr. Oak' into the one 'Gabriel Oak', though 'oak' is a tree too", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Gabriel Oak walked up the hill under the old oak. Gabriel looked at the flock.",
        '"Morning," said Gabriel. Gabriel Oak smiled at the farm.',
        '"You are late, Mr. Oak," said Bathsheba. Mr. Oak nodded. "Sorry," said Mr. Oak.',
      ]),
    );
    const oak = holderOf(cast, "Gabriel Oak");
    expect(oak && [oak.name, ...oak.aliases]).toEqual(
      expect.arrayContaining(["Gabriel", "Mr. Oak"]),
    );
    expect(cast.filter((c) => c.name.includes("Oak") || c.name === "Gabriel")).toHaveLength(1);
  });

  it("keeps 'Mr' apart from a woman's full name, another title's, or one of two men", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Tea," said Winnie Verloc. Winnie Verloc sat. "Thanks," said Mrs Verloc. Mrs Verloc rose.',
        '"Go," said Mr Verloc. Mr Verloc left.',
        '"Vain," said Sir Walter Elliot. Walter Elliot smiled. "Come," said Mr Elliot. Mr Elliot bowed.',
        '"Up," said Amos Hale. "Now," said Silas Hale. Amos Hale ran. Silas Hale ran. "Stop," said Mr. Hale. Mr. Hale sighed.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Mr Verloc", "Mr Elliot", "Mr. Hale"]));
  });
});

describe("discoverCast and a name written only after 'the'", () => {
  it("takes 'the Happy Family' and 'the Pyncheon Elm' for no form of a person's name", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "The Happy Family sat on the porch. Later the Happy Family went in to supper.",
        '"Pie again," said Happy Jack. Happy Jack sat down. "Hush," said Happy Jack.',
        "Colonel Pyncheon planted the Pyncheon Elm by the gate. The Pyncheon Elm grew tall.",
        '"Build it here," said Colonel Pyncheon. Colonel Pyncheon smiled.',
      ]),
    );
    const forms = cast.flatMap((c) => [c.name, ...c.aliases]);
    expect(forms).not.toContain("Happy Family");
    expect(forms).not.toContain("Pyncheon Elm");
    expect(forms).toEqual(expect.arrayContaining(["Happy Jack", "Colonel Pyncheon"]));
  });
});

describe("discoverCast and reported speech", () => {
  it("takes a word seen once, opening 'Report said that ...' with no quote near, for no one", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Rumour said that the mill would close. Tom walked to the mill. Tom waited.",
        '"Closed," said Tom.',
      ]),
    );
    expect(names(cast)).toEqual(["Tom"]);
  });

  it("still lists a name seen once where it tags a quote", () => {
    const cast = discoverCast(storyFromParagraphs(['"Closed," said Tom. Bea said nothing.']));
    expect(names(cast)).toContain("Tom");
  });
});

describe("discoverCast and described heroines", () => {
  it("lists a described woman who speaks as a character when the story names no woman", () => {
    const lines = [
      '"Where is the ford?" said the girl. "Downstream," Tom said.',
      '"Show me," said the girl, and Tom walked ahead.',
    ];
    const alone = discoverCast(storyFromParagraphs(lines)).find((c) => c.name === "the girl");
    expect(alone).toBeDefined();
    expect(alone?.unnamed).toBeUndefined();
    const named = discoverCast(storyFromParagraphs([...lines, '"Wait," said Mrs. Hale.']));
    expect(named.find((c) => c.name === "the girl")?.unnamed).toBe(true);
  });
});

describe("discoverCast and described people who act", () => {
  it("counts 'the girl flushed' with her tags toward listing her, in a story that names no woman", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Are you an American?" said Tom. "Yes," said the girl.',
        "The girl flushed. Tom looked round.",
      ]),
    );
    expect(cast.find((c) => c.name === "the girl")?.unnamed).toBeUndefined();
    expect(names(cast)).toContain("the girl");
  });
});

describe("discoverCast and clauses", () => {
  it("reads 'said that' before a name as a clause, not a determiner", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "The milk-boy said that Thomas Webb, the butler, was working at the club.",
        "About eight o'clock Thomas Webb came to see me. Poor Thomas!",
      ]),
    );
    const thomas = cast.find((c) => c.name === "Thomas" || c.name === "Thomas Webb");
    expect(thomas).toBeDefined();
  });
});

describe("discoverCast, described people and family words", () => {
  it("takes 'Papa' for a man, so 'the father' stays a description beside him", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Papa, look!" cried Amy. "Papa, the snow!"',
        '"I see," said the father. "Come in," said the father, and Amy ran.',
      ]),
    );
    expect(names(cast)).toContain("Papa");
    expect(cast.find((c) => c.name === "the father")?.unnamed).toBe(true);
  });
});

describe("discoverCast and familiar forms of a given name", () => {
  const holding = (cast: readonly Character[], form: string) =>
    cast.filter((c) => c.name === form || c.aliases.includes(form)).map((c) => c.name);

  it("joins the 'Lizzy' the dialogue calls to the Elizabeth the narration names", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Elizabeth sat by the fire. Elizabeth smiled at her father.",
        '"Well, Lizzy," said Mr. Hale, "what news?"',
        '"None at all," said Elizabeth.',
      ]),
    );
    expect(holding(cast, "Lizzy")).toEqual(["Elizabeth"]);
  });

  it("folds a formal name written once into the familiar form the story runs on", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Caroline Meeber boarded the afternoon train. Caroline Meeber was eighteen.",
        '"Is this Chicago?" asked Carrie. "It is," said Carrie, and Carrie smiled.',
        "Carrie looked out. Carrie waited.",
      ]),
    );
    expect(holding(cast, "Caroline Meeber")).toEqual(["Carrie"]);
    expect(names(cast)).not.toContain("Caroline");
  });

  it("knows the familiar forms of a boy's name too ('Sid' of Sidney)", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Sidney was the half-brother. Sidney watched.",
        '"Tom took the jam," said Sid. "Did not," said Tom. Sid smiled, and Sid ate.',
      ]),
    );
    expect(holding(cast, "Sidney")).toEqual(["Sid"]);
  });

  it("gives the formal name the dialogue calls ('Robert') to the one found under its familiar form", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Robbie carried the bucket in. Robbie set it down by the stall.",
        '"Is she close?" said Robbie.',
        '"Not yet, Robert. Fetch the rope."',
        "Robbie fetched the rope.",
        '"And Robert, shut the gate."',
      ]),
    );
    expect(holding(cast, "Robert")).toEqual(["Robbie"]);
  });

  it("leaves a called formal name with no one where two could own it, or none is its short form", () => {
    const none = discoverCast(
      storyFromParagraphs([
        "Tom carried the bucket in. Tom set it down by the stall.",
        '"Is she close?" said Tom.',
        '"Not yet, Robert. Fetch the rope."',
        '"And Robert, shut the gate."',
      ]),
    );
    expect(holding(none, "Robert")).not.toContain("Tom");
    const two = discoverCast(
      storyFromParagraphs([
        "Bob carried the bucket in. Robbie set it down. Bob and Robbie waited.",
        '"Is she close?" said Robbie. "No," said Bob.',
        '"Not yet, Robert. Fetch the rope."',
        '"And Robert, shut the gate."',
      ]),
    );
    expect(holding(two, "Robert")).toEqual([]);
  });

  it("keeps apart a lesser 'Harry' the narration writes beside the Sir Henry the story follows", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Come," said Sir Henry. "We ride at dawn," said Sir Henry. Sir Henry laughed.',
        "Sir Henry rode ahead. Sir Henry turned back.",
        "My son Harry waved from the gate, and Harry smiled.",
      ]),
    );
    expect(holding(cast, "Harry")).toEqual(["Harry"]);
  });

  it("leaves a form two characters could own with neither", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Catherine ran. Catherine laughed. Katharine walked. Katharine frowned.",
        '"Kitty, come here," said Catherine. "Kitty!" said Katharine.',
      ]),
    );
    expect(holding(cast, "Kitty")).toEqual([]);
  });
});

describe("discoverCast and names seen once", () => {
  it("lists no word that acts once and is seen nowhere else, but a name that speaks once", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "The harvest failed that year, while Parliament had other cares and Providence smiled on no one.",
        '"We must sell the mare," said Hartwell.',
        "Tom nodded. Tom went out to the yard.",
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Hartwell", "Tom"]));
    expect(names(cast)).not.toContain("Parliament");
  });

  it("lists a name the narration gives in so many words, seen once ('whose name was Webb', 'a man named Orr')", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "The clerk, whose name was Webb, looked up from his ledger.",
        "Behind him stood a carter named Orr.",
        '"Sign here," said Tom. Tom went out to the yard.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Webb", "Orr", "Tom"]));
  });

  it("gives a bare surname to the family's titled man, not to his titled sister's full name ('Orr' beside 'Miss Jane Orr' and 'Mr Orr')", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Miss Jane Orr kept house for her brother. Jane sighed.",
        '"Supper," said Mr Orr. Mr Orr smiled.',
        "Orr nodded. Orr sat down at the head of the table.",
      ]),
    );
    const holders = cast.filter((c) => c.name === "Orr" || c.aliases.includes("Orr"));
    expect(holders.map((c) => c.name)).toEqual(["Mr Orr"]);
  });

  it("reads 'named' only in the narration ('a dog named Rex,' said inside a line names no one)", () => {
    const cast = discoverCast(
      storyFromParagraphs(['"I once had a dog named Rex," said Tom. Tom went out to the yard.']),
    );
    expect(names(cast)).not.toContain("Rex");
  });

  it("lists no word that says something once inside a line of dialogue ('the Almanac says')", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"It will rain, the Almanac says," said Hartwell. Hartwell sighed.',
        '"Then we wait," said Tom. Tom went out to the yard.',
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Hartwell", "Tom"]));
    expect(names(cast)).not.toContain("Almanac");
    expect(names(cast)).not.toContain("Providence");
  });
});

describe("discoverCast and a couple sharing a name", () => {
  const holder = (cast: readonly Character[], form: string) =>
    cast.filter((c) => c.name === form || c.aliases.includes(form)).map((c) => c.name);

  it("lists a wife called by her husband's name ('Mrs. Joe Hale') apart from him", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Joe Hale came home late. Joe looked tired.",
        '"Where were you?" said Mrs. Joe Hale. "Out," said Joe.',
        "Mrs. Joe Hale frowned at him.",
      ]),
    );
    expect(holder(cast, "Mrs. Joe Hale")).toEqual(["Mrs. Joe Hale"]);
    expect(holder(cast, "Joe Hale")).toEqual(["Joe"]);
  });

  it("keeps a woman with a rank as one person ('Captain Jane Orr' is Jane)", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Captain Jane Orr came aboard. Jane looked at the sky.",
        '"We sail at dawn," said Jane. Jane went below.',
      ]),
    );
    expect(holder(cast, "Captain Jane Orr")).toEqual(["Jane"]);
  });

  it("keeps a lord and his lady, and a general beside a Mrs. of his name, apart", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"We sail at noon," said Lord Ashby. Lord Ashby went below. Lord Ashby slept.',
        '"I shall be sick," said Lady Ashby. Lady Ashby laughed.',
        '"Tea," said Mrs. Kell. Mrs. Kell poured. "Thank you," said General Kell.',
        "General Kell drank it, and Kell smiled.",
      ]),
    );
    expect(holder(cast, "Lady Ashby")).toEqual(["Lady Ashby"]);
    expect(holder(cast, "Lord Ashby")).not.toContain("Lady Ashby");
    expect(holder(cast, "General Kell")).not.toContain("Mrs. Kell");
    expect(holder(cast, "General Kell")).toHaveLength(1);
  });
});

describe("discoverCast and places", () => {
  it("lists no continent, country or city that acts in a sentence, nor a house named with a place word", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Lisbon was hot that summer, and Lisbon was loud. Brazil had sent its ships.",
        "Thornfield Heights is a cold house; Thornfield Heights stood empty all winter.",
        '"We sail tomorrow," said Marta. Marta laughed.',
      ]),
    );
    expect(names(cast)).toContain("Marta");
    for (const place of ["Lisbon", "Brazil", "Thornfield", "Thornfield Heights"])
      expect(names(cast)).not.toContain(place);
  });
});

describe("discoverCast and a family's titles", () => {
  it("lists a 'Dr Hale' beside Miss and Mrs Hale as a third person, not no one", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Tea?" said Mrs Hale. "Please," said Miss Hale.',
        '"Let me know when dinner is ready," said Dr Hale. Dr Hale went out.',
        "Mrs Hale sighed. Miss Hale smiled.",
      ]),
    );
    expect(cast.filter((c) => [c.name, ...c.aliases].includes("Dr Hale"))).toHaveLength(1);
    expect(names(cast)).toEqual(expect.arrayContaining(["Mrs Hale", "Miss Hale"]));
  });
});

describe("discoverCast and a surname that is a common word", () => {
  it("takes 'said Good' for the Captain John Good the story writes, though 'good' is a word", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Captain John Good came aboard. It was a good day for it.",
        '"We sail at dawn," said Good. "Good," said Henry. "Dawn it is," said Good.',
      ]),
    );
    const good = cast.filter((c) => [c.name, ...c.aliases].includes("Good"));
    expect(good).toHaveLength(1);
    expect(good[0]!.aliases).toContain("Captain John Good");
  });
});

describe("discoverCast names a character by the form the story writes most often", () => {
  const named = (paragraphs: string[]) => names(discoverCast(storyFromParagraphs(paragraphs)));

  it("counts a titled name in dialogue too: 'Aunt Maud' never written bare is not 'Maud'", () => {
    const cast = named([
      '"Come in, Aunt Maud," said Helen. "Sit down, Aunt Maud."',
      '"Thank you, my dear," said Aunt Maud.',
      "Helen laughed. Helen poured the tea.",
    ]);
    expect(cast).toContain("Aunt Maud");
    expect(cast).not.toContain("Maud");
  });

  it("keeps a title held for life ('Father Brennan') but not one of office ('Inspector Hale')", () => {
    // Each titled form twice, the bare name once.
    const cast = named([
      '"Kneel," said Father Brennan. Father Brennan waited. Brennan prayed.',
      '"Up," said Inspector Hale. Inspector Hale frowned. Hale left.',
    ]);
    expect(cast).toEqual(expect.arrayContaining(["Father Brennan", "Hale"]));
    expect(cast).not.toContain("Brennan");
    expect(cast).not.toContain("Inspector Hale");
  });

  it("names a man by his surname when the full name is written once and the surname throughout", () => {
    const cast = named([
      "Captain John Barr came aboard at noon.",
      '"Fair wind," said Barr. "Aye," said Barr.',
      "Barr laughed. Barr went below.",
    ]);
    expect(cast).toContain("Barr");
    expect(cast).not.toContain("John");
  });

  it("drops a title written once where the bare name is written throughout", () => {
    const cast = named([
      '"Good morning, Miss Lucy," said the maid.',
      '"Is it?" Lucy said. Lucy sighed.',
      "Lucy rang the bell. Lucy waited.",
    ]);
    expect(cast).toContain("Lucy");
    expect(cast).not.toContain("Miss Lucy");
  });

  it("never names a character by a form rebuilt from parts, which the story never writes", () => {
    // The run "Sir OWEN Marsh" drops the shouted word; "Sir Marsh" is written nowhere.
    const cast = named([
      "Sir OWEN Marsh saluted. Sir OWEN Marsh turned.",
      '"Go," said Marsh. Marsh left.',
    ]);
    expect(cast).toContain("Marsh");
    expect(cast).not.toContain("Sir Marsh");
  });

  it("prefers the fuller form written as often ('Oliver Twist' beside 'Oliver')", () => {
    const cast = named([
      "Oliver Twist was hungry. Oliver Twist asked for more.",
      '"Please, sir," Oliver said. Oliver stared.',
    ]);
    expect(cast).toContain("Oliver Twist");
    expect(cast).not.toContain("Oliver");
  });
});

describe("discoverCast and a story's own short forms of a given name", () => {
  const holding = (cast: readonly Character[], form: string) =>
    cast.filter((c) => c.name === form || c.aliases.includes(form)).map((c) => c.name);

  it("folds 'Bren' and 'Brendan', both listed, into one person", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Brendan came in late. Brendan dropped his keys on the table.",
        '"Where were you?" I ask. Brendan shrugs.',
        '"Out," says Bren. "Just out."',
        '"Out where?" Bren laughs at that.',
      ]),
    );
    expect(holding(cast, "Bren")).toHaveLength(1);
    expect(holding(cast, "Brendan")).toEqual(holding(cast, "Bren"));
  });

  it("gives a short form the dialogue calls ('Marg') to its one owner as an alias", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Margot sat by the window. Margot was reading.",
        '"Tea, Marg?" said Pete.',
        '"Please," said Margot.',
      ]),
    );
    expect(holding(cast, "Marg")).toEqual(["Margot"]);
  });

  it("keeps a short form written beside the longer name in one paragraph as a second person", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Brendan came in late. Brendan dropped his keys on the table.",
        '"Out," says Bren to Brendan. Bren laughs. Brendan does not.',
        '"Out where?" Bren asks.',
      ]),
    );
    expect(holding(cast, "Bren")).toEqual(["Bren"]);
  });

  it("folds a short form the name lists give the same sex ('Eliza' of Elizabeth), not another", () => {
    const pair = (short: string, long: string) =>
      discoverCast(
        storyFromParagraphs([
          `${long} came in late. ${long} dropped the keys. ${long} sat.`,
          `"Where were you?" I ask. ${long} shrugs.`,
          `"Out," says ${short}.`,
          `"Out where?" ${short} laughs.`,
        ]),
      );
    const same = pair("Eliza", "Elizabeth");
    expect(holding(same, "Eliza")).toHaveLength(1);
    expect(holding(same, "Elizabeth")).toEqual(holding(same, "Eliza"));
    // "Louis" and "Louisa": a man and a woman.
    const two = pair("Louis", "Louisa");
    expect(holding(two, "Louis")).not.toEqual(holding(two, "Louisa"));
  });

  it("keeps apart a short form no one says in dialogue ('Al' who only acts, beside Alice)", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Alice opened the shop at nine. Alice counted the till.",
        '"Morning," said Alice.',
        "Al parked the van out back. Al unloaded the crates.",
        "Al whistled. Al went home.",
      ]),
    );
    expect(holding(cast, "Al")).toEqual(["Al"]);
  });

  it("gives a fuller form the dialogue calls ('Wesley') to the one listed under its start", () => {
    const story = (line: string) =>
      storyFromParagraphs([
        "Wes carried the lamp up. Wes set it down by the door.",
        '"Careful," said Wes.',
        line,
      ]);
    const cast = discoverCast(story('"Eight steps, Wesley." Priya laughed.'));
    expect(holding(cast, "Wesley")).toEqual(["Wes"]);
    // Said but not called: a place that begins with the name is no one's form.
    const place = discoverCast(story('"Nobody lives out past Wesleyton," said Priya.'));
    expect(holding(place, "Wesleyton")).not.toContain("Wes");
  });

  it("never takes the first letters of a surname after a title ('John' of Doctor Johnson)", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "Doctor Johnson came up the stair. Doctor Johnson bowed.",
        '"Good day, John," said the old woman.',
        "John looked up from the fire. John nodded.",
      ]),
    );
    expect(holding(cast, "John")).not.toContain("Doctor Johnson");
  });
});

describe("discoverCast and a titled surname beside a full name of that family", () => {
  const holding = (cast: readonly Character[], form: string) =>
    cast.filter((c) => c.name === form || c.aliases.includes(form)).map((c) => c.name);
  const family = (together: number) =>
    storyFromParagraphs([
      "Maggie Hale signed in at the desk. Maggie smiled at nobody.",
      ...Array.from({ length: together }, () => "Dr. Hale watched Maggie work. Maggie sighed."),
      ...Array.from({ length: 2 - together }, () => "Dr. Hale came in. Dr. Hale sat down."),
      '"Good," said Dr. Hale.',
      '"Thanks," said Maggie.',
    ]);

  it("keeps 'Dr. Hale', written beside Maggie in two paragraphs, apart from Maggie Hale", () => {
    const cast = discoverCast(family(2));
    expect(holding(cast, "Dr. Hale")).toHaveLength(1);
    expect(holding(cast, "Dr. Hale")).not.toEqual(holding(cast, "Maggie"));
    expect(holding(cast, "Hale")).not.toEqual(holding(cast, "Maggie"));
  });

  it("still folds the surname into the full name when the two are written together once", () => {
    const cast = discoverCast(family(1));
    expect(holding(cast, "Hale")).toEqual(holding(cast, "Maggie"));
  });
});

describe("discoverCast and a nickname the narration gives", () => {
  const holding = (cast: readonly Character[], form: string) =>
    cast.filter((c) => c.name === form || c.aliases.includes(form)).map((c) => c.name);
  const story = (pronoun: string) =>
    storyFromParagraphs([
      "Oliver kicked the gate. Oliver was nine and furious.",
      '"Come here, Sprout," said his aunt. "Now, Sprout."',
      `Oliver did not move, because nobody was to call ${pronoun} Sprout at school.`,
      '"Sprout, please." Sprout came.',
    ]);

  it("folds 'Sprout' into Oliver when 'Oliver ... call him Sprout'", () => {
    const cast = discoverCast(story("him"));
    expect(holding(cast, "Sprout")).toEqual(["Oliver"]);
  });

  it("leaves the nickname alone when the pronoun's sex is not the name's", () => {
    const cast = discoverCast(story("her"));
    expect(holding(cast, "Sprout")).not.toContain("Oliver");
  });
});

describe("discoverCast and 'of' before a name", () => {
  const story = (verb: string) =>
    storyFromParagraphs([
      '"Graham," he says, and holds out a hand.',
      '"Nobody is stopping her, Graham."',
      `I ${verb} of Graham all the way home.`,
    ]);

  it("lists a name called twice that the narration thinks of ('thought of Graham')", () => {
    expect(names(discoverCast(story("thought")))).toContain("Graham");
  });

  it("still reads 'the far side of Graham' as a place against it", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        '"Put the paper down, Graham."',
        '"Graham," he says, and holds out a hand.',
        "We drove to the far side of Graham in the rain.",
      ]),
    );
    expect(names(cast)).not.toContain("Graham");
  });
});

describe("discoverCast and a name on a badge", () => {
  it("lists the name a name tag shows, in capitals or not ('a name tag that says BRENDA')", () => {
    const cast = discoverCast(
      storyFromParagraphs([
        "The woman behind the desk had a name tag that said BRENDA and a crossword.",
        '"Rooms six and seven," she said.',
        "The waiter was young. His name tag said Oscar.",
      ]),
    );
    expect(names(cast)).toEqual(expect.arrayContaining(["Brenda", "Oscar"]));
    expect(names(cast)).not.toContain("BRENDA");
  });

  it("lists no shout that no badge shows ('she said NO')", () => {
    const cast = discoverCast(storyFromParagraphs(['The sign said STOP. "No," she said.']));
    expect(names(cast)).not.toContain("Stop");
  });
});

describe("discoverCast and a call opening a later sentence of the line", () => {
  const story = (line: string) =>
    storyFromParagraphs([
      "The van smelled of old coffee. Marnie drove with one hand.",
      '"Agnes."',
      line,
      "Marnie turned the radio off.",
    ]);

  it("lists a name called twice when one call opens the line's second sentence ('Right. Agnes, you')", () => {
    expect(names(discoverCast(story('"I mean it. Agnes, you take the low strings."')))).toContain(
      "Agnes",
    );
  });

  it("does not count the name opening a sentence as its subject ('Right. Agnes owes me')", () => {
    expect(names(discoverCast(story('"I mean it. Agnes owes me thirty bucks."')))).not.toContain(
      "Agnes",
    );
  });
});

describe("discoverCast and a name called once that acts once", () => {
  const story = (call: string, act: string) =>
    storyFromParagraphs([
      "Ruth stood at the stove. Ruth stirred the soup and listened to the door.",
      call,
      act,
      '"Sit down," said Ruth.',
    ]);

  it("lists a name the dialogue calls once that opens an acting sentence ('Dorrie nodded')", () => {
    const cast = discoverCast(
      story('"Dorrie! Come in, you\'re letting the cold in."', '"Ah." Dorrie nodded.'),
    );
    expect(names(cast)).toContain("Dorrie");
  });

  it("lists neither the call alone nor the sentence opening alone", () => {
    const called = discoverCast(story('"Dorrie! Come in, you\'re letting the cold in."', '"Ah."'));
    expect(names(called)).not.toContain("Dorrie");
    const acting = discoverCast(
      story('"Come in, you\'re letting the cold in."', '"Ah." Dorrie nodded.'),
    );
    expect(names(acting)).not.toContain("Dorrie");
  });
});

describe("discoverCast and a family word acting only in the remembered past", () => {
  const story = (memory: string) =>
    storyFromParagraphs([
      "Nina sat on the porch steps. Nina watched the street.",
      memory,
      '"We should go in," said Nina.',
    ]);

  it("does not list a parent the narration only remembers ('the fence Dad had painted')", () => {
    expect(
      names(discoverCast(story("She thought of the fence Dad had painted green."))),
    ).not.toContain("Dad");
    expect(names(discoverCast(story("Mom used to sing on these steps.")))).not.toContain("Mom");
  });

  it("still lists a parent acting in the story's now ('Dad painted the fence')", () => {
    expect(names(discoverCast(story("Dad painted the fence green.")))).toContain("Dad");
  });

  it("reads 'had' before a word only shaped like a participle as owning ('Mum had golden hair')", () => {
    for (const memory of ["Mum had golden hair.", "Dad had brown eyes.", "Mum had eight cousins."])
      expect(names(discoverCast(story(memory)))).toContain(memory.slice(0, 3));
  });
});

describe("discoverCast: a word before a family title", () => {
  // A capitalised run that opens on a word and goes on into "Miss", "Mr" or "Mrs" is an
  // imperative or an opener before a titled name ("Tell Miss Ashworth I called"), never one
  // name: no one is called "Tell Ashworth".
  const story = parseStory(
    [
      "Nora Vance waited by the gate while Castell smoked.",
      "\u201cTell Miss Ashworth I called,\u201d Castell said. \u201cTell her Friday.\u201d",
      "\u201cI will,\u201d Nora said.",
      "\u201cAsk Mr Hale about the key,\u201d said Castell. \u201cThank Mrs Hale for the tea.\u201d",
      "Nora nodded. Castell walked off toward the square.",
    ].join("\n\n"),
  );

  it("lists neither the word nor the word with the surname", () => {
    const found = discoverCast(story).flatMap((c) => [c.name, ...c.aliases]);
    for (const word of ["Tell", "Ask", "Thank"]) {
      expect(found).not.toContain(word);
      expect(found.filter((n) => n.startsWith(`${word} `))).toEqual([]);
    }
    expect(names(discoverCast(story))).toEqual(expect.arrayContaining(["Nora", "Castell"]));
  });
});
