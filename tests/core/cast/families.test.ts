/**
 * Families in a cast: a married couple who share a surname and are told apart by their titles,
 * and family words ("Dad", "her father", "Mom") for the people the cast names. The stories here
 * are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});

const COUPLE = `Mr. Pruitt came down to breakfast late. His wife was already at the table with the post.

"You slept badly," said Mrs. Pruitt.

"The dog was barking half the night," Pruitt said. He poured himself some tea.

"I heard nothing."

"You never do." He opened the paper.

Mrs. Pruitt put down her letter. "Your sister is coming on Friday."

"Is she," said Pruitt.

"She writes that she will stay a week."

Pruitt groaned. "A week!"

"Be kind, Walter. She has nobody else."

He folded the paper and looked at her. "I am always kind."

"You are always kind to the dog," she said.`;

const HE = "Walter Pruitt";
const SHE = "June Pruitt";
const COUPLE_SPEAKERS = [SHE, HE, SHE, HE, SHE, HE, SHE, HE, SHE, HE, SHE];

const speakers = (text: string, cast: Character[]): (string | null)[] =>
  analyzeStory(text, { file: "story.txt", cast }).quotes.map((q) => q.speaker);

describe("a married couple in the cast", () => {
  it("takes each one's sex from a titled alias, so 'he' and 'she' find them", () => {
    const cast = [person(HE, "Mr. Pruitt"), person(SHE, "Mrs. Pruitt")];
    expect(speakers(COUPLE, cast)).toEqual(COUPLE_SPEAKERS);
  });

  it("links 'Mr. Pruitt' and 'Mrs. Pruitt' to a cast that gives only full names", () => {
    const cast = [person(HE), person(SHE)];
    const analysis = analyzeStory(COUPLE, { file: "story.txt", cast });
    // No third and fourth person beside the two given.
    expect(analysis.characters.map((c) => c.name)).toEqual([HE, SHE]);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(COUPLE_SPEAKERS);
  });
});

const TRIP = `The car had been on the interstate since dawn. Nora sat in the back with her brother Eli, and the map lay open across her knees.

"How much longer?" Eli asked.

"Two hours," said Dad. "Maybe three if your mother wants lunch."

"Your mother does want lunch," Mom said from the passenger seat.

Nora looked up from the map. "There's a diner after the next exit."

Her father laughed and moved into the right lane. "Then it's good."

Their mother turned around in her seat. "Eli, put your shoes back on."

"My feet are hot."

"Shoes," said Mom.`;

describe("family words", () => {
  it("read 'her father' and 'their mother' as the cast's Dad and Mom", () => {
    const cast = [person("Dad"), person("Mom"), person("Nora"), person("Eli")];
    expect(speakers(TRIP, cast)).toEqual([
      "Eli",
      "Dad",
      "Dad",
      "Mom",
      "Nora",
      "Dad",
      "Mom",
      "Eli",
      "Mom",
    ]);
  });

  it("read 'Dad' and 'her father' as the cast member who has the alias 'Pa'", () => {
    const cast = [
      person("Frank Moss", "Pa"),
      person("Ruth Moss", "Ma"),
      person("Nora Moss", "Nora"),
      person("Eli Moss", "Eli"),
    ];
    const got = speakers(TRIP, cast);
    expect(got[1]).toBe("Frank Moss");
    expect(got[3]).toBe("Ruth Moss");
    expect(got[5]).toBe("Frank Moss");
    expect(got[6]).toBe("Ruth Moss");
  });
});

describe("family words without a cast", () => {
  it("finds 'Dad' and 'Mom' as people where they speak, and gives them their lines", () => {
    const analysis = analyzeStory(TRIP, { file: "story.txt", cast: [] });
    const names = analysis.characters.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Dad", "Mom", "Eli"]));
    const got = analysis.quotes.map((q) => q.speaker);
    expect(got[1]).toBe("Dad");
    expect(got[3]).toBe("Mom");
    expect(got[8]).toBe("Mom");
  });

  it("does not take a family word after 'her' or 'the' for a name", () => {
    const text = `Nora waved at her Dad across the yard.\n\n"Come in," the Mom of the twins said.\n\n"Soon," said Nora.`;
    const names = analyzeStory(text, { file: "story.txt", cast: [] }).characters.map((c) => c.name);
    expect(names).not.toContain("Dad");
    expect(names).not.toContain("Mom");
  });
});

/** A family whose parents are never named in a tag: the children call them Mom and Dad. */
const CALLED = `The station wagon crawled along the coast road. Tess and her little brother Kit sat in the back.

"Mom, are we nearly there?" Kit asked.

"Another hour," she said, and turned the radio down.

"Dad, can we stop for ice cream?" Tess asked.

He glanced at the mirror. "If your brother stops kicking my seat."

"Mom, he said yes! Thanks, Dad."

"I heard him," she said.`;

describe("family words the dialogue calls", () => {
  it("finds the parents the children address as people", () => {
    const analysis = analyzeStory(CALLED, { file: "story.txt", cast: [] });
    const names = analysis.characters.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["Mom", "Dad", "Tess", "Kit"]));
  });

  it("takes no family word after a determiner or one called once for a person", () => {
    const text = `"Is your Mom home?" asked Jo.\n\n"Her Dad is," said Sam. "Mother of pearl, what a day."`;
    const names = analyzeStory(text, { file: "story.txt", cast: [] }).characters.map((c) => c.name);
    expect(names).not.toContain("Mom");
    expect(names).not.toContain("Dad");
    expect(names).not.toContain("Mother");
  });
});

/** A couple the cast lists by full name, each with a titled alias, and their grown son. */
const VISIT = `The detective knocked twice. Mr Dorsey opened the door with his glasses in his hand, and behind him in the hall stood a small woman drying a cup.

"You'll want to come in," he said. "Everyone does."

Inspector Kaur stepped past him. "I won't keep you long, Mr Dorsey."

"We were just saying how quiet it's been," said his wife. "Weren't we, Ed?"

"We were," said Dorsey.

The back door banged and a young man came through the kitchen with a bag of shopping.

"Mum? There's a police car outside."

"I know, love. Put the kettle on."

"Mum, what's going on?"

"Nothing, Sam," said his mother. "Put the kettle on."`;

const DORSEYS = [
  person("Edward Dorsey", "Ed", "Mr Dorsey", "Dorsey"),
  person("Lorna Dorsey", "Lorna", "Mrs Dorsey"),
  person("Sam Dorsey", "Sam"),
  person("Priya Kaur", "Inspector Kaur", "Kaur"),
];

describe("a couple the cast names in full, with titled aliases", () => {
  const analysis = analyzeStory(VISIT, { file: "story.txt", cast: DORSEYS });
  const said = (text: string): string | null | undefined =>
    analysis.quotes.find((q) => q.text.startsWith(text))?.speaker;

  it("reads 'his wife' as the member with the alias 'Mrs Dorsey', not the last woman seen", () => {
    expect(said("We were just saying")).toBe("Lorna Dorsey");
  });

  it("reads 'his mother' as the family's Mrs, not a 'Mum' of her own beside the cast", () => {
    expect(said("Nothing, Sam")).toBe("Lorna Dorsey");
    expect(analysis.characters.map((c) => c.name)).not.toContain("Mum");
  });
});

const KITCHEN = `Inspector Kaur sat at the table across from Mr Dorsey. Mrs Dorsey stood at the sink with her back to them.

"How long has he lived here?" asked Kaur.

"Since March," said Dorsey.

Sam came in from the garden with mud on his boots.

"Mum, who's this?"

"It's the police, love. Take your boots off."`;

describe("a family word the dialogue calls", () => {
  it("calls the cast's one Mrs with a child in the cast, who answers next", () => {
    const analysis = analyzeStory(KITCHEN, { file: "story.txt", cast: DORSEYS });
    expect(analysis.quotes.at(-1)?.speaker).toBe("Lorna Dorsey");
  });
});
