/**
 * Who is "he" and who is "she", learnt from the narration, on small stories of our own.
 */
import { describe, expect, it } from "vitest";
import { castGenders, inferGenders } from "../../../core/cast/genders";
import type { Character } from "../../../core/model";
import { attributeSpeakers } from "../../../core/cast/speakers";
import { compileCastMatcher, mentionsInParagraph } from "../../../core/cast/mentions";
import { findQuotes } from "../../../core/cast/quotes";
import { readParagraph } from "../../../core/cast/refs";
import { storyFromParagraphs } from "../../../core/story";

function genders(names: string[], ...paragraphs: string[]): Record<string, string> {
  return castedGenders(
    names.map((name) => ({ name, aliases: [], voice: "unknown" })),
    ...paragraphs,
  );
}

function castedGenders(cast: Character[], ...paragraphs: string[]): Record<string, string> {
  const story = storyFromParagraphs(paragraphs);
  const quotes = findQuotes(story);
  const matcher = compileCastMatcher(cast);
  const readings = story.paragraphs.map((p, i) =>
    readParagraph(
      p.text,
      p.offset,
      quotes.filter((q) => q.paragraph === i),
      mentionsInParagraph(p.text, matcher),
    ),
  );
  return Object.fromEntries(inferGenders(readings, cast));
}

describe("inferGenders", () => {
  it("takes a family word's sex where the narration writes it as a name, not where only called", () => {
    expect(
      genders(
        ["Tess", "Grandpa", "Dad"],
        "Grandpa told Tess the story again.",
        "“Dad, you told us that one,” Tess said.",
      ),
    ).toEqual({ Grandpa: "m" });
  });

  it("learns a sex from the pronoun that follows a name", () => {
    expect(
      genders(["Tilly", "Osk"], "Tilly waved. She was early.", "Osk nodded. He was not."),
    ).toEqual({ Tilly: "f", Osk: "m" });
  });

  it("gives no name the pronouns that mean a described person ('her father', 'the man')", () => {
    expect(
      genders(
        ["Tilly"],
        "Tilly sat in the back with the map. She was bored.",
        "Her father drove with one hand. He was humming to himself.",
        "He changed gear. The man at the pump waved and he waved back.",
      ),
    ).toEqual({ Tilly: "f" });
  });

  it("gives the one acted on no sex from a possessive that may be the actor's ('carried Bex on his back')", () => {
    expect(
      genders(["Kasi", "Bex"], "Kasi carried Bex on his back across the stream.", "Bex laughed."),
    ).toEqual({});
  });

  it("gives no name the pronouns after a first-person narrator's 'I'", () => {
    expect(
      genders(["Tilly"], "Tilly left early. She had a train.", "I stayed behind. He came at nine."),
    ).toEqual({ Tilly: "f" });
  });

  it("keeps the sex a common given name says when the narration's pronouns seem to say otherwise", () => {
    const story = storyFromParagraphs([
      "Kitty watched the door. When it opened he came in at last.",
      "Tom shook the rain from his coat.",
      '"You\'re late," she said.',
      '"The bus," he said.',
    ]);
    const cast = ["Kitty", "Tom"].map((name) => ({ name, aliases: [], voice: "unknown" as const }));
    expect(attributeSpeakers(story, findQuotes(story), cast).map((q) => q.speaker)).toEqual([
      "Kitty",
      "Tom",
    ]);
  });

  it("gives a second 'she' in a sentence the woman the first meant, not an older name", () => {
    expect(
      genders(
        ["Osk", "Tilly"],
        "Osk sat by the fire.",
        "Tilly says her father hopes that he can call, though she fears that she is late.",
      ),
    ).toEqual({ Tilly: "f" });
  });
});

describe("inferGenders, a subject across an aside", () => {
  it("takes no vote from a subject read across an aside", () => {
    // "Ashby, without answering, looked at her": the "she" after is the woman looked at, and
    // the votes were weighed without such subjects.
    const said = genders(
      ["Ashby"],
      "Ashby, without answering, looked at her gravely. Knowing she would lose the child, the woman kissed him.",
    );
    expect(said["Ashby"]).toBeUndefined();
  });
});

describe("inferGenders, titles", () => {
  it("gives no 'she' to a name whose title says he ('Mr. Brooke'), but to the subject", () => {
    expect(
      genders(
        ["Dora", "Mr. Brooke"],
        "Dora knew that if any man came to see Mr. Brooke, she would hear of it.",
      ),
    ).toEqual({ Dora: "f" });
  });

  it("reads the title of an alias when the name has none ('Brooke', also 'Mr. Brooke')", () => {
    expect(
      castedGenders(
        [
          { name: "Dora", aliases: [], voice: "unknown" },
          { name: "Brooke", aliases: ["Mr. Brooke"], voice: "unknown" },
        ],
        "Dora knew that if any man came to see Brooke, she would hear of it.",
      ),
    ).toEqual({ Dora: "f" });
  });
});

describe("inferGenders, the one acted on", () => {
  // Nadia's sex comes from her own narration ("She was cold"), so the "he" of the next clause
  // cannot be her: it is the man she acted on.
  const nadia = "Nadia waited at the door. She was cold.";

  it("gives the one acted on the sex of the next clause's pronoun when the subject's is the other", () => {
    expect(genders(["Nadia", "Robin"], nadia, "Nadia found Robin a stool, and he sat.")).toEqual({
      Nadia: "f",
      Robin: "m",
    });
  });

  it("reads the subject's sex from a common given name or a family word as well", () => {
    expect(genders(["Nell", "Kit"], "Nell handed Kit the cup and he drank.")).toEqual({ Kit: "m" });
    expect(genders(["Mum", "Kit"], "Mum let Kit in; he shook the rain off.")).toEqual({
      Mum: "f",
      Kit: "m",
    });
  });

  it("reads the pronoun that opens the next sentence so too", () => {
    expect(
      genders(["Nadia", "Robin"], nadia, "Nadia kept an eye on Robin. He finished the tea."),
    ).toEqual({ Nadia: "f", Robin: "m" });
  });

  it("reads a possessive after the one acted on so, where the subject is of the other sex", () => {
    expect(
      genders(["Nadia", "Robin"], nadia, "Nadia let Robin in, and his coat dripped on the mat."),
    ).toEqual({ Nadia: "f", Robin: "m" });
    // The subject's sex unknown: "his" may be either one's, and tells no one's.
    expect(genders(["Wren", "Robin"], "Wren let Robin in, and his coat dripped.")).toEqual({});
  });

  it("tells nothing when the subject's sex is unknown: the pronoun stays the subject's", () => {
    expect(genders(["Wren", "Robin"], "Wren found Robin a stool, and he sat.")).toEqual({
      Wren: "m",
    });
  });

  it("tells nothing when the pronoun fits the subject, or is plural or 'it'", () => {
    expect(genders(["Nadia", "Mara"], nadia, "Nadia found Mara a stool, and she sat.")).toEqual({
      Nadia: "f",
    });
    expect(genders(["Nadia", "Robin"], nadia, "Nadia found Robin a stool, and they sat.")).toEqual({
      Nadia: "f",
    });
    expect(
      genders(["Nadia", "Robin"], nadia, "Nadia found Robin a stool, and it wobbled."),
    ).toEqual({ Nadia: "f" });
  });

  it("tells nothing from a pronoun past the next sentence", () => {
    const said = genders(
      ["Nadia", "Robin"],
      "Nadia waited at the door. She was cold. She was tired.",
      "Nadia found Robin a stool. The kettle boiled. He sat down.",
    );
    expect(said["Robin"]).toBeUndefined();
  });

  it("never outweighs the one acted on's own subject readings, a family word or a title", () => {
    expect(
      genders(
        ["Nadia", "Robin"],
        nadia,
        "Robin came in late. She was soaked.",
        "Nadia found Robin a stool, and he sat.",
      ),
    ).toEqual({ Nadia: "f", Robin: "f" });
    expect(genders(["Tom", "Dad"], "Tom handed Dad the cup, and she smiled.")).toEqual({
      Dad: "m",
    });
    expect(genders(["Tom", "Mr. Pell"], "Tom handed Mr. Pell the cup, and she smiled.")).toEqual(
      {},
    );
    expect(genders(["Tom", "Bob"], "Tom handed Bob the cup, and she smiled.")).toEqual({});
  });

  // Robin is a woman by her own narration: a pronoun after "Robin's husband" is not hers.
  const robin = "Robin came in. She was wet.";

  it("never takes a name whose possessive brings in another person for the one acted on ('met Robin's husband')", () => {
    expect(
      genders(
        ["Nadia", "Robin"],
        nadia,
        robin,
        "Nadia met Robin's husband at the gate, and he took her bag.",
        "Nadia gave Robin\u2019s father the keys, and he thanked her.",
      )["Robin"],
    ).toBe("f");
    expect(
      genders(
        ["Nadia", "Jess"],
        nadia,
        "Jess came in. She was wet.",
        "Nadia met Jess' son, and he waved. Nadia met Jess\u2019 son, and he waved.",
      )["Jess"],
    ).toBe("f");
    // A thing of theirs leaves them the one acted on ("caught Colm's eye, and he shook his head").
    expect(
      genders(
        ["Nadia", "Colm"],
        nadia,
        "Nadia caught Colm's eye over the bench, and he shook his head.",
      ),
    ).toEqual({ Nadia: "f", Colm: "m" });
  });

  it("ends the pairing at a later sentence whose subject is the subject's own pronoun", () => {
    const said = genders(
      ["Nadia", "Robin"],
      nadia,
      "Nadia kept an eye on Robin. She finished the tea. She washed the cup. He was gone.",
    );
    expect(said["Robin"]).toBeUndefined();
    // A run of the one acted on's own pronoun goes on.
    expect(
      genders(
        ["Nadia", "Robin"],
        nadia,
        "Nadia kept an eye on Robin. He finished the tea. He left. He came back.",
      ),
    ).toEqual({ Nadia: "f", Robin: "m" });
  });

  it("gives the one acted on nothing when someone else of the pronoun's sex, or of none known, was just named", () => {
    const tom = "Tom came in. He was wet.";
    expect(
      genders(
        ["Nadia", "Robin", "Tom"],
        nadia,
        tom,
        "Tom sat down. Nadia gave Robin the keys, and he nodded from the doorway.",
      )["Robin"],
    ).toBeUndefined();
    expect(
      genders(
        ["Nadia", "Robin", "Tom"],
        nadia,
        "Tom came in. Nadia gave Robin the keys, and he nodded from the doorway.",
      )["Robin"],
    ).toBeUndefined();
    // One of the subject's sex does not make it ambiguous.
    expect(
      genders(
        ["Nadia", "Robin", "Mara"],
        nadia,
        "Mara came in. She was wet. Nadia gave Robin the keys, and he nodded.",
      ),
    ).toEqual({ Nadia: "f", Mara: "f", Robin: "m" });
  });
});

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });

describe("castGenders", () => {
  it("reads the given names of a character's aliases when its own name says nothing (a rename)", () => {
    // Renamed "Wren" in the Cast panel, the old name "Eleanor" kept as an alias: still a woman,
    // even where the narration's few pronouns seemed to say otherwise.
    const renamed: Character = {
      name: "Wren",
      aliases: ["Eleanor Vance", "Eleanor"],
      voice: "unknown",
    };
    expect(castGenders([renamed], new Map()).get("Wren")).toBe("f");
    expect(castGenders([renamed], new Map([["Wren", "m" as const]])).get("Wren")).toBe("f");
  });

  it("never reads an alias's given name against the character's own name, nor aliases that disagree", () => {
    const tom: Character = { name: "Tom", aliases: ["Mary"], voice: "unknown" };
    expect(castGenders([tom], new Map()).get("Tom")).toBe("m");
    const both: Character = { name: "Wren", aliases: ["Mary", "Thomas"], voice: "unknown" };
    expect(castGenders([both], new Map()).get("Wren")).toBeUndefined();
    expect(castGenders([both], new Map([["Wren", "m" as const]])).get("Wren")).toBe("m");
  });

  it("knows the older given names of nineteenth-century fiction by their sex", () => {
    const cast = ["Ambrose Pell", "Tabitha Pell", "Josiah", "Honora"].map(person);
    const genders = castGenders(cast, new Map());
    expect(cast.map((c) => genders.get(c.name))).toEqual(["m", "f", "m", "f"]);
  });

  it("tells a couple apart by the pronouns the story uses for a given name no list holds", () => {
    // Neither "Rowan" nor "Jude" says a sex; the narration's "she" says Rowan's.
    const cast = [person("Rowan Hale"), person("Jude Hale")];
    const genders = castGenders(cast, new Map([["Rowan Hale", "f" as const]]));
    expect(genders.get("Rowan Hale")).toBe("f");
    expect(genders.get("Jude Hale")).toBe("m");
  });

  it("takes no couple from two descriptions that end in one person noun", () => {
    // "The nurse" and "Philip's nurse" share a last word, but a noun is no surname: the one
    // the story's "she" says is a woman does not make the other a man.
    const cast = [person("The nurse"), person("Philip's nurse")];
    const genders = castGenders(cast, new Map([["The nurse", "f" as const]]));
    expect(genders.get("The nurse")).toBe("f");
    expect(genders.get("Philip's nurse")).toBeUndefined();
  });

  it("reads a rank of nobility written as the whole name as its sex, over a stray pronoun", () => {
    // A mare named "Duchess", a hound named "Prince": a "he" misread in first-person narration
    // ("my mother ... he") does not make the Duchess a man.
    const cast = [person("Duchess"), person("Prince")];
    const genders = castGenders(cast, new Map([["Duchess", "m" as const]]));
    expect(genders.get("Duchess")).toBe("f");
    expect(genders.get("Prince")).toBe("m");
  });

  it("takes a rank or a clergy title for a man only where nothing else says the sex", () => {
    const cast = [person("Captain Hale"), person("Rev. Amos Webb"), person("Captain Jane Orr")];
    const genders = castGenders([...cast, person("Major Lind")], new Map([["Major Lind", "f"]]));
    expect(genders.get("Captain Hale")).toBe("m");
    expect(genders.get("Rev. Amos Webb")).toBe("m");
    // A given name and the story's own pronouns outrank the rank.
    expect(genders.get("Captain Jane Orr")).toBe("f");
    expect(genders.get("Major Lind")).toBe("f");
  });

  it("gives 'he said' to the captain who just acted, not to the man who spoke before", () => {
    const story = storyFromParagraphs([
      '"Sit down," said Tom.',
      '"Thank you," said Ann.',
      "Captain Hale came in from the garden and looked at the fire.",
      '"It is cold tonight," he said.',
    ]);
    const cast = [person("Tom"), person("Ann"), person("Captain Hale")];
    const speakers = attributeSpeakers(story, findQuotes(story), cast).map((q) => q.speaker);
    expect(speakers).toEqual(["Tom", "Ann", "Captain Hale"]);
  });

  it("reads the title after a leading word of description ('poor Miss Birch')", () => {
    const cast = [person("poor Miss Birch"), person("the late Sir Amos Webb")];
    const genders = castGenders(cast, new Map([["poor Miss Birch", "m" as const]]));
    expect(genders.get("poor Miss Birch")).toBe("f");
    expect(genders.get("the late Sir Amos Webb")).toBe("m");
  });

  it("lets a title decide over the pronouns", () => {
    const genders = castGenders([person("Mrs. Hale")], new Map([["Mrs. Hale", "m" as const]]));
    expect(genders.get("Mrs. Hale")).toBe("f");
  });

  it("gives 'she said' to the woman, not to a family named just before her ('the Voskers')", () => {
    const story = storyFromParagraphs([
      '"Sit down," said Tom.',
      "This annoyed Nell, for her family is not so grand as the Voskers. Besides her looks, she had money.",
      '"Good families are the worst," she said.',
    ]);
    const cast = [person("Tom"), person("Nell"), person("The Voskers")];
    const speakers = attributeSpeakers(story, findQuotes(story), cast).map((q) => q.speaker);
    expect(speakers).toEqual(["Tom", "Nell"]);
    expect(castGenders(cast, new Map()).get("The Voskers")).toBe("plural");
  });

  it("takes a couple written as one cast member for several people, not for the first's sex", () => {
    const genders = castGenders([person("Captain and Mrs Hale")], new Map());
    expect(genders.get("Captain and Mrs Hale")).toBe("plural");
  });
});
