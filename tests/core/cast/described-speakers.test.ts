import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import { selfNamed } from "../../../core/cast/introduced-as";

describe("a description listed among the characters", () => {
  const text = [
    '"Two coffees," Tom said.',
    '"That\'s four pounds," the cashier said.',
    '"Keep the change," said Tom.',
    '"Thanks," the cashier said.',
  ].join("\n\n");

  it("speaks under that description in the analysis (the contract's speaker is a character's name)", () => {
    const analysis = analyzeStory(text, { file: "cafe.txt", cast: [] });
    expect(analysis.characters.map((c) => c.name)).toContain("the cashier");
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Tom",
      "the cashier",
      "Tom",
      "the cashier",
    ]);
  });

  it("does not name a description the analysis does not list", () => {
    const lone = '"Next," a voice called from the back.';
    const analysis = analyzeStory(lone, { file: "cafe.txt", cast: [] });
    const listed = new Set(analysis.characters.map((c) => c.name));
    for (const q of analysis.quotes) if (q.speaker !== null) expect(listed).toContain(q.speaker);
    expect(analysis.quotes).toHaveLength(1);
  });
});

describe("a described person the attribution gives a line to", () => {
  it("is listed and speaks under the description when a tag makes a line sure ('he said' after 'A man came in')", () => {
    const text = [
      "Anna waited alone on the platform.",
      "A man came in and sat down beside her.",
      '"Is this seat taken?" he asked.',
      '"No," said Anna.',
      '"Thank you," he said, and opened his paper.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "station.txt", cast: [] });
    // Listed as the story brings him in, "a man", as an annotator labels an unnamed speaker.
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["a man", "Anna", "a man"]);
    expect(analysis.characters.find((c) => c.name === "a man")?.unnamed).toBe(true);
  });

  it("keeps 'the' where the story never brings the person in with 'a'", () => {
    const text = [
      "Anna waited alone on the platform until the guard came along it.",
      '"Is this your bag?" the guard asked.',
      '"No," said Anna.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "station.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["the guard", "Anna"]);
  });
});

describe("a described speaker's listed name", () => {
  it("is the narration's first mention, modifiers and all ('the parish surgeon' for 'said the surgeon')", () => {
    const text = [
      "Anna lay in the narrow bed. The parish surgeon sat by the fire, warming his hands.",
      '"She will do," said the surgeon.',
      '"Thank you," said Anna.',
      '"Rest now," the surgeon said.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "ward.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "the parish surgeon",
      "Anna",
      "the parish surgeon",
    ]);
    expect(analysis.characters.map((c) => c.name)).toContain("the parish surgeon");
  });

  it("is never read from the dialogue ('the old doctor' said by Anna introduces no one)", () => {
    const text = [
      '"Fetch the old doctor," said Anna.',
      "A young doctor came in from the rain.",
      '"Where is she?" said the doctor.',
      '"Here," said Anna.',
      '"Good," said the doctor.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "ward.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Anna",
      "a young doctor",
      "Anna",
      "a young doctor",
    ]);
  });

  it("names a description discovery lists as a person of its own ('the man' in a story of women)", () => {
    const text = [
      "Nora waited by the fire. A tall man came to the door.",
      '"Is this the Hale farm?" said the man.',
      '"It is," said Nora.',
      '"I have a letter," said the man.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "farm.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["a tall man", "Nora", "a tall man"]);
    expect(analysis.characters.map((c) => c.name)).toContain("a tall man");
  });

  it("is the tag's own description for a one-off speaker it brings in ('said a hard-featured dame of fifty')", () => {
    const text = [
      "The women stood in a knot before the prison door.",
      '"Goodwives," said a hard-featured dame of fifty, "hear me out."',
      '"People say," said another, "that he grieves."',
      '"Mercy on us!" exclaimed a man in the crowd.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "crowd.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "a hard-featured dame of fifty",
      "a hard-featured dame of fifty",
      "another",
      "another",
      "a man in the crowd",
    ]);
    const listed = analysis.characters.map((c) => c.name);
    for (const q of analysis.quotes) expect(listed).toContain(q.speaker);
  });

  it("is 'somebody' or 'somebody else' where the tag before its verb says so", () => {
    const text = [
      "Douglas stood by the fire and looked at us all.",
      '"Two children, then?" said Douglas.',
      '"We say, of course," somebody exclaimed, "that they give two turns!"',
      '"Will you tell?" somebody else inquired.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "fire.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Douglas",
      "somebody",
      "somebody",
      "somebody else",
    ]);
  });

  it("lists no voice a tag brings in ('said a rough voice' is heard, no one to list)", () => {
    const text = [
      "Dick lay on the box in the dark.",
      '"Wake up there!" said a rough voice.',
      '"All right," said Dick.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "box.txt", cast: [] });
    const listed = analysis.characters.map((c) => c.name);
    expect(listed).not.toContain("a rough voice");
    expect(analysis.quotes.map((q) => q.speaker)).not.toContain("a rough voice");
  });

  it("takes no more of a tag than the description ('said a young officer to him' is not one)", () => {
    const text = [
      "Ann walked along the quay with her brother.",
      '"You are late," said a young officer to him one day.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "quay.txt", cast: [] });
    expect(analysis.quotes.map((q) => q.speaker)).not.toContain("a young officer to him one day");
    expect(analysis.quotes.map((q) => q.speaker)).not.toContain("a young officer to him");
  });

  it("leaves a writer's own described cast member as the writer named them", () => {
    const cast = [
      { name: "the man", aliases: [], voice: "unknown" as const },
      { name: "Nora", aliases: [], voice: "unknown" as const },
    ];
    const text = [
      "Nora waited by the fire. A tall man came to the door.",
      '"Is this the Hale farm?" said the man.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "farm.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["the man"]);
  });
});

describe("a voice in the narration", () => {
  it("is its owner's: 'he said' after 'A man's voice' and 'lowered his voice' is the man's, no voice's", () => {
    const text = [
      "Nora sat by the window of the train.",
      'A man\'s voice beside her made her start. "Is this seat taken?"',
      '"No," said Nora.',
      'He sat down and lowered his voice. "You must help me," he said.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "train.txt", cast: [] });
    // Listed as the story brings him in ("A man's voice"): "a man".
    expect(analysis.quotes.at(-1)?.speaker).toBe("a man");
  });
});

describe("a parent named by a family word", () => {
  const cast = ["Mrs. Hale", "Nora", "Mr. Hale", "Ted"].map((name) => ({
    name,
    aliases: [],
    voice: "unknown" as const,
  }));

  it("is the married woman on stage, not the girl seen last ('said the mother')", () => {
    const text = [
      "Mrs. Hale set the kettle on. Nora came in from the yard with her sister's coat.",
      '"Where have you been?" Nora asked Ted. She hung the coat on its hook.',
      '"Out," said Ted.',
      '"Sit down, both of you," said the mother.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "kitchen.txt", cast });
    expect(analysis.quotes.at(-1)?.speaker).toBe("Mrs. Hale");
  });
});

describe("a description brought in since the last named person", () => {
  it("is the one 'a man' brought in, not a name read in a list before ('cried the man')", () => {
    const cast = ["Tom", "Roger"].map((name) => ({
      name,
      aliases: [],
      voice: "unknown" as const,
    }));
    const text = [
      "Tom read the names on the stones: Roger, Abraham and Tobias.",
      "A man started up from among the graves.",
      '"Hold your noise!" cried the man.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "graves.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["a man"]);
  });
});

describe("a spouse named by the line beside the tag", () => {
  it("is the wife of the man her own line calls by name ('My dear Mr. Hale,' said his lady)", () => {
    const cast = ["Mr. Hale", "Mrs. Hale"].map((name) => ({
      name,
      aliases: [],
      voice: "unknown" as const,
    }));
    const text = '"My dear Mr. Hale," said his lady to him one day, "have you heard the news?"';
    const analysis = analyzeStory(text, { file: "hale.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Mrs. Hale", "Mrs. Hale"]);
  });
});

describe("a mother the story never names where she speaks", () => {
  it("is the cast's one 'Mrs.' rather than the other woman in the room ('said my mother')", () => {
    const cast = ["Mrs. Pike", "Miss Gray"].map((name) => ({
      name,
      aliases: [],
      voice: "unknown" as const,
    }));
    const text = [
      "I was six that winter. Miss Gray came to tea and sat by the fire; she took off her gloves.",
      '"What a cold house this is," said Miss Gray.',
      '"We keep it so for the boy," said my mother.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "tea.txt", cast });
    expect(analysis.quotes.at(-1)?.speaker).toBe("Mrs. Pike");
  });
});

describe("a described speaker who gives their name ('I am Parson Tringham')", () => {
  const text = [
    "A parson on a gray mare met the carter in the lane.",
    '"Good night, Sir John," said the parson.',
    '"Why do you call me that?" said Durbeyfield. Durbeyfield stared.',
    '"It was only my whim," said the parson. "I have been hunting up old families. I am Parson Tringham, of Stagfoot Lane."',
  ].join("\n\n");

  it("is named by it in the list and the lines", () => {
    const analysis = analyzeStory(text, { file: "lane.txt", cast: [] });
    expect(analysis.characters.map((c) => c.name)).toContain("Parson Tringham");
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Parson Tringham",
      "Durbeyfield",
      "Parson Tringham",
      "Parson Tringham",
    ]);
  });

  it("is not named by a word that is no name ('I am Sorry') or by someone listed", () => {
    expect(selfNamed("Oh! I am Sorry to hear it.")).toBeNull();
    const other = text.replace("I am Parson Tringham", "I am Durbeyfield");
    const analysis = analyzeStory(other, { file: "lane.txt", cast: [] });
    expect(analysis.quotes[0]?.speaker).not.toBe("Durbeyfield");
  });
});

describe("a description with a possessive before its noun ('said the child's nurse')", () => {
  it("is listed and speaks its lines with no cast", () => {
    const text = [
      "The doctor stood by the bed while Tom slept.",
      '"Wake up, Master Tom," said the child\'s nurse.',
      '"Let him sleep," said the doctor.',
      '"Very well, sir," said the child\'s nurse.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "ward.txt", cast: [] });
    const nurse = analysis.quotes[0]?.speaker;
    expect(nurse).toMatch(/nurse/);
    expect(analysis.characters.map((c) => c.name)).toContain(nurse);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([nurse, "the doctor", nurse]);
  });
});

describe("the narrator's own mother with no cast ('cried my mother')", () => {
  it("is not the woman last seen before she speaks, but 'my mother'", () => {
    const text = [
      "Rose was at the cupboard, setting out the cups, and Rose hummed as she worked.",
      "My mother sat knitting by the lamp when we came in from the fields.",
      "Rose looked up from the cups and smiled at us.",
      '"Here you are at last," cried my mother. "Sit down, both of you."',
      '"We stopped at the mill," I said.',
      '"Rose has made the tea," said Fergus.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "lamp.txt", cast: [] });
    expect(analysis.quotes.slice(0, 2).map((q) => q.speaker)).toEqual(["my mother", "my mother"]);
  });

  it("is still the one 'Mrs.' in reach, as with a cast", () => {
    const text = [
      "Mrs. Ames sat knitting by the lamp when we came in from the fields.",
      '"Here you are at last," cried my mother.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "lamp.txt", cast: [] });
    expect(analysis.quotes[0]?.speaker).toBe("Mrs. Ames");
  });

  it("is 'my father' where the narration has been calling him so, not the 'Mr.' in reach", () => {
    const text = [
      "My father kept the mill, and my father had known the village all his life.",
      "Mr. Hale, the old schoolmaster, came by every evening with his pipe.",
      '"A fine man," said my father. "There is none finer in the county."',
      '"He taught me my letters," I said.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "mill.txt", cast: [] });
    expect(analysis.quotes.slice(0, 2).map((q) => q.speaker)).toEqual(["my father", "my father"]);
  });
});

describe("a voice in a tag", () => {
  const castOf = (...names: string[]) =>
    names.map((name) => ({ name, aliases: [], voice: "unknown" as const }));

  it("is the one it is the voice of ('cried the voice of Tom Reed')", () => {
    const text = [
      "Ann sat alone in the window seat with her book.",
      '"Where are you hiding?" cried the voice of Tom Reed.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "seat.txt", cast: castOf("Ann", "Tom Reed") });
    expect(analysis.quotes.at(-1)?.speaker).toBe("Tom Reed");
  });

  it("is the one the narration says it is ('a voice, which she knew to be that of Mrs. Hale')", () => {
    const text = [
      "Ann sat in the back room and listened to the ladies.",
      '"I have spared no expense," said Mrs. Ford.',
      '"She is a lucky girl," replied another voice, which Ann knew to be that of Mrs. Hale.',
    ].join("\n\n");
    const analysis = analyzeStory(text, {
      file: "room.txt",
      cast: castOf("Ann", "Mrs. Ford", "Mrs. Hale"),
    });
    expect(analysis.quotes.at(-1)?.speaker).toBe("Mrs. Hale");
  });

  it("is the one whose voice it is ('called a girl's voice')", () => {
    const text = [
      "Mr. Platt knocked twice at the office door.",
      '"Come in," called a girl\'s voice.',
    ].join("\n\n");
    const analysis = analyzeStory(text, {
      file: "office.txt",
      cast: castOf("Mr. Platt", "A girl"),
    });
    expect(analysis.quotes.at(-1)?.speaker).toBe("A girl");
  });
});

describe("a cast member written as 'another' someone", () => {
  it("speaks a tag with that noun ('said another sailor')", () => {
    const cast = ["Ann", "Another sailor"].map((name) => ({
      name,
      aliases: [],
      voice: "unknown" as const,
    }));
    const text = [
      "Ann watched the harbour from the wall.",
      '"Storm coming," said another sailor.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "harbour.txt", cast });
    expect(analysis.quotes.at(-1)?.speaker).toBe("Another sailor");
  });
});

describe("a cast member the text never names, or names only as a description", () => {
  const castOf = (...names: string[]) =>
    names.map((name) => ({ name, aliases: [], voice: "unknown" as const }));
  const gate = [
    "Tom and Nell walked up to the gate. A man stepped out of the hut beside it.",
    '"Who goes there?" said the man.',
    '"Only me," said Nell.',
    '"Then come closer," said the man.',
  ].join("\n\n");

  it("is the description that speaks when the cast writes them as a role ('said the man', 'Guard')", () => {
    const analysis = analyzeStory(gate, { file: "gate.txt", cast: castOf("Guard", "Nell", "Tom") });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Guard", "Nell", "Guard"]);
  });

  it("is not a given name the text never writes: that one is likelier called something else", () => {
    const analysis = analyzeStory(gate, { file: "gate.txt", cast: castOf("Rolf", "Nell", "Tom") });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["a man", "Nell", "a man"]);
  });

  it("is the description that speaks when the cast writes them as one ('The tall man', 'said the visitor')", () => {
    const text = [
      "Mrs. Hall opened the door. The tall man came in, and the visitor stamped his boots.",
      '"A room, if you please," said the visitor.',
      '"Of course," said Mrs. Hall.',
      '"And a fire," said the visitor.',
    ].join("\n\n");
    const analysis = analyzeStory(text, {
      file: "inn.txt",
      cast: castOf("Mrs. Hall", "The tall man"),
    });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "The tall man",
      "Mrs. Hall",
      "The tall man",
    ]);
  });

  it("is that description rather than a named man nearby ('said the old man', 'One of the guests')", () => {
    const text = [
      "Lucy and Rev. Hale sat at the long table.",
      '"You shall have our rooms," said the old man.',
      '"That is kind," said Lucy.',
      '"We insist," said the old man.',
    ].join("\n\n");
    const cast = castOf("Rev. Hale", "Lucy", "One of the guests");
    const analysis = analyzeStory(text, { file: "table.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "One of the guests",
      "Lucy",
      "One of the guests",
    ]);
  });

  it("is 'my mother' when she is the one 'Mrs.' the text never writes", () => {
    const text = [
      "Ivy and I came home late from the fair.",
      '"Here you are at last," cried my mother.',
      '"Mrs. Ford kept us," said Ivy.',
    ].join("\n\n");
    const analysis = analyzeStory(text, {
      file: "fair.txt",
      cast: castOf("Mrs. Ames", "Mrs. Ford", "Ivy"),
    });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Mrs. Ames", "Ivy"]);
  });
});

describe("a cast member named by whose they are ('Tom's tutor')", () => {
  const castOf = (...names: string[]) =>
    names.map((name) => ({ name, aliases: [], voice: "unknown" as const }));

  it("is 'the tutor' when no other cast member is", () => {
    const text = [
      "Tom sat at the window with his books.",
      '"Begin with the verbs," said the tutor.',
      '"Must I?" said Tom.',
      '"You must," said the tutor.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "lesson.txt", cast: castOf("Tom", "Tom's tutor") });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Tom's tutor", "Tom", "Tom's tutor"]);
  });

  it("is 'the boy's tutor' and 'his tutor' beside a cast's 'The tutor' of someone else", () => {
    const text = [
      "The tutor of the house stood by the fire. Tom came in with his tutor.",
      '"He is late again," said the boy\'s tutor.',
      '"Then he stays late," said the tutor.',
      '"I shall tell his father," said his tutor.',
    ].join("\n\n");
    const analysis = analyzeStory(text, {
      file: "lesson.txt",
      cast: castOf("Tom", "The tutor", "Tom's tutor"),
    });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Tom's tutor",
      "The tutor",
      "Tom's tutor",
    ]);
  });
});

describe("a family word the cast writes as a title ('Aunt Shaw')", () => {
  const cast = [
    { name: "Margaret", aliases: [], voice: "unknown" as const },
    { name: "Edith", aliases: [], voice: "unknown" as const },
    { name: "Mrs. Shaw", aliases: ["Aunt Shaw"], voice: "unknown" as const },
  ];

  it("is 'said her aunt' when one cast member has it", () => {
    const text = [
      "Margaret and Edith sat by the fire in the back drawing-room.",
      '"Is the tea cold?" said Edith.',
      '"Ring for more, my dears," said her aunt.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "aunt.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Edith", "Mrs. Shaw"]);
  });

  it("is the one whose voice is heard ('heard her aunt's voice')", () => {
    const text = [
      "Margaret and Edith sat by the fire in the back drawing-room.",
      '"Is the tea cold?" said Edith.',
      "Margaret heard her aunt's voice from the sofa.",
      '"Edith! Edith!" cried she.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "aunt.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Edith", "Mrs. Shaw"]);
  });

  it("is no one's when two cast members have it", () => {
    const text = [
      "Margaret and Edith sat by the fire in the back drawing-room.",
      '"Is the tea cold?" said Edith.',
      '"Ring for more, my dears," said her aunt.',
    ].join("\n\n");
    const two = [...cast, { name: "Aunt Jane", aliases: [], voice: "unknown" as const }];
    const analysis = analyzeStory(text, { file: "aunt.txt", cast: two });
    expect(analysis.quotes[1]!.speaker).not.toBe("Mrs. Shaw");
  });
});

describe("a group the cast writes as a description ('The honest people')", () => {
  it("takes no one's description: a group is no 'voice' nor 'he'", () => {
    const text = [
      "Tom lay in the loft above the cabin and listened.",
      '"Anyone here?" called a rough voice.',
      '"Not a soul," he muttered to himself.',
      '"Then we wait," called the voice.',
    ].join("\n\n");
    const cast = ["Tom", "The honest people"].map((name) => ({
      name,
      aliases: [],
      voice: "unknown" as const,
    }));
    const analysis = analyzeStory(text, { file: "loft.txt", cast });
    expect(analysis.quotes.map((q) => q.speaker)).not.toContain("The honest people");
  });
});

describe("someone's father with no 'Mr.' to name him ('said his father')", () => {
  const text = [
    "Tom came in from the yard with Bill Carter at his heels.",
    '"We were down at the river," said Bill.',
    "Tom hung his cap on the peg. His father looked up from the fire.",
    '"You were told to be back by six," said his father.',
  ].join("\n\n");

  it("is not the latest other man on stage but the father himself", () => {
    const given = [
      { name: "Tom", aliases: [], voice: "unknown" as const },
      { name: "Bill Carter", aliases: ["Bill"], voice: "unknown" as const },
    ];
    for (const cast of [given, []]) {
      const analysis = analyzeStory(text, { file: "yard.txt", cast });
      expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Bill Carter", "his father"]);
    }
  });
});

describe("a voice known again in the narration", () => {
  it("is a sound of someone on stage, not a person who takes turns ('She knew the voice')", () => {
    const text = [
      "Marlo was stacking crates in the back room when the bell rang. She did not turn around.",
      '"We\'re shut," she called.',
      '"I know. I\'ll only be a minute."',
      "She knew the voice before she could place it. When she came out he was waiting by the counter with his cap in his hands. Tobin Reece, from the night class.",
      '"You\'re the one with the boat," she said.',
      '"Me and the boat," he agreed.',
      '"What is it this time?"',
      '"The same thing as last time."',
      '"Then the answer is the same."',
      '"I thought it might be."',
    ].join("\n\n");
    const cast = [
      { name: "Marlo Vance", aliases: ["Marlo"], voice: "unknown" as const },
      { name: "Tobin Reece", aliases: ["Tobin"], voice: "unknown" as const },
    ];
    const speakers = analyzeStory(text, { file: "shop.txt", cast }).quotes.map((q) => q.speaker);
    expect(speakers[0]).toBe("Marlo Vance");
    expect(speakers.slice(2)).toEqual([
      "Marlo Vance",
      "Tobin Reece",
      "Marlo Vance",
      "Tobin Reece",
      "Marlo Vance",
      "Tobin Reece",
    ]);
  });
});

describe("'the girl' or 'the boy' in a tag", () => {
  it("is not someone the cast calls Grandma, Uncle or Mrs., though she was seen last", () => {
    const text = [
      "Tess Moran was eight, and she had been sent out to the porch to think about what she had done.",
      "After a while the screen door creaked and Grandma came out with a plate of biscuits. She sat down on the step and set the plate between them.",
      '"Still cross with everybody?"',
      '"A bit," the girl said.',
      '"Only a bit? That\'s progress."',
    ].join("\n\n");
    const cast = [
      { name: "Tess Moran", aliases: ["Tess"], voice: "unknown" as const },
      { name: "Edith Moran", aliases: ["Grandma", "Edith"], voice: "unknown" as const },
    ];
    const speakers = analyzeStory(text, { file: "porch.txt", cast }).quotes.map((q) => q.speaker);
    expect(speakers).toEqual(["Edith Moran", "Tess Moran", "Edith Moran"]);
  });
});

describe("a compound person noun in a tag", () => {
  it("lists 'the lock-keeper' with no cast and gives it the lines it tags", () => {
    const text = [
      '"Is the gate open?" asked Nell.',
      '"Not till noon," the lock-keeper answered.',
      '"We can wait," said Nell.',
      '"Then wait by the wall," said the lock-keeper.',
    ].join("\n\n");
    const analysis = analyzeStory(text, { file: "lock.txt", cast: [] });
    expect(analysis.characters.map((c) => c.name)).toContain("the lock-keeper");
    expect(analysis.quotes.map((q) => q.speaker)).toEqual([
      "Nell",
      "the lock-keeper",
      "Nell",
      "the lock-keeper",
    ]);
  });
});
