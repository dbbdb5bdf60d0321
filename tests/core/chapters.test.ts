import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  chapterTitle,
  headingTitle,
  isChapterHeading,
  renameHeading,
  titleFromFileName,
} from "../../core/chapters";
import { StoryAnalyzer } from "../../core/analyzer";
import { parseStory } from "../../core/story";

describe("isChapterHeading", () => {
  it.each([
    "Chapter 1",
    "CHAPTER XII",
    "Chapter Three: The Bronze",
    "Chapter Twenty-One",
    "CHAPTER I. THE YOUNG ADVENTURERS, LTD.",
    "Part Two",
    "PART III",
    "Prologue",
    "Epilogue",
    "Epilogue: Ten Years On",
    "  Chapter 4  ",
  ])("reads %j as a heading", (line) => {
    expect(isChapterHeading(line)).toBe(true);
  });

  it.each([
    "Chapter and verse, he could quote it all.",
    "Chapter and verse",
    '"Part two of the plan is simple," she said.',
    "Part two of the plan was simple.",
    "Part of me wanted to stay.",
    "“Prologue,” she read aloud, and turned the page.",
    "Chapter 3 was where the book went wrong, and everyone in the club knew it.",
    "Chapter 1\nIt was a dark night.",
    "# The Bronze",
    "#",
  ])("does not read %j as a heading in a plain draft", (line) => {
    expect(isChapterHeading(line)).toBe(false);
  });

  it("reads # and ## headings only in a Markdown draft, and never a lone #", () => {
    expect(isChapterHeading("# The Bronze", true)).toBe(true);
    expect(isChapterHeading("## Morning After", true)).toBe(true);
    expect(isChapterHeading("### A scene note", true)).toBe(false);
    expect(isChapterHeading("#", true)).toBe(false);
    expect(chapterTitle("## Morning After")).toBe("Morning After");
    expect(chapterTitle("Chapter Three: The Bronze")).toBe("Chapter Three: The Bronze");
  });

  it("reads a heading inside emphasis marks (Gutenberg's _Chapter I_), and only a whole one", () => {
    for (const line of ["_Chapter I_", "*CHAPTER XII*", "__Part Two__", "**Prologue**"])
      expect(isChapterHeading(line), line).toBe(true);
    expect(chapterTitle("_Chapter I_")).toBe("Chapter I");
    for (const line of ["_Chapter I", "_Chapter I*", "_Chapter and verse_", "_Chapter_ I"])
      expect(isChapterHeading(line), line).toBe(false);
    expect(renameHeading("_Chapter 4_", "Arrivals")).toBe("_Chapter 4: Arrivals_");
    expect(headingTitle("_Chapter 3: Old_")).toBe("Old");
  });

  it("reads a roman number set before a title, CHAP., and a letter's number, as chapters", () => {
    // As published novels head chapters: "II. The Market-Place", "CHAP. II.", and an
    // epistolary novel its letters: "LETTER II".
    for (const line of [
      "II. Mrs. Todd",
      "IV. THE MARKET-PLACE",
      "XII.  The Return of the Native",
      "I  The Old House",
      "CHAP. II.",
      "Chap. 4: The Bronze",
      "LETTER II",
      "Letter 4",
    ])
      expect(isChapterHeading(line), line).toBe(true);
    // A pronoun "I" or a list's numeral before a sentence is prose.
    for (const line of [
      "I MEET SIR HENRY CURTIS",
      "I Went Home",
      "I. I don't know.",
      "II. Then he left the room",
      "III. What now?",
      "IV. buy milk",
      // A first person's words set one by one for weight, in narration.
      "I. Am. Not. Kidding.",
      "I. Was. Done.",
      "Chap. and verse",
      "Letter of the law",
    ])
      expect(isChapterHeading(line), line).toBe(false);
    expect(headingTitle("II. Mrs. Todd")).toBe("Mrs. Todd");
    expect(renameHeading("II. Mrs. Todd", "The Harbour")).toBe("II. The Harbour");
    expect(renameHeading("CHAP. II.", "Arrivals")).toBe("CHAP. II: Arrivals.");
  });

  it("titles a story without headings by its file name", () => {
    expect(titleFromFileName("drafts/the-bronze.txt")).toBe("the-bronze");
    expect(titleFromFileName("C:\\fics\\Sunnydale.md")).toBe("Sunnydale");
  });
});

describe("chapters in an analysis", () => {
  const seed = readFileSync(new URL("../../documents/story.txt", import.meta.url), "utf8");
  const paragraphs = seed.trim().split(/\n\s*\n/u);
  const analyze = (text: string, file = "fic.txt") => new StoryAnalyzer().analyze(text, file);

  it("is one chapter titled by the file name when the story has no headings", () => {
    const a = analyze(seed, "documents/story.txt");
    expect(a.chapters).toEqual([
      {
        index: 0,
        title: "story",
        firstParagraph: 0,
        lastParagraph: 29,
        words: 2971,
        scenes: a.scenes.map((s) => s.index),
      },
    ]);
  });

  it("starts a chapter and a scene at every heading, scenes numbered across the story", () => {
    // Headings land mid-scene (after paragraphs 2 and 13 of the bundled story).
    const text = [
      "Chapter 1",
      ...paragraphs.slice(0, 2),
      "Chapter Two: The Bronze",
      ...paragraphs.slice(2, 13),
      "Part Three",
      ...paragraphs.slice(13),
    ].join("\n\n");
    const a = analyze(text);
    expect(a.chapters.map((c) => [c.title, c.firstParagraph])).toEqual([
      ["Chapter 1", 0],
      ["Chapter Two: The Bronze", 3],
      ["Part Three", 15],
    ]);
    for (const c of a.chapters) {
      expect(a.scenes.find((s) => s.firstParagraph === c.firstParagraph)).toBeDefined();
      const inside = a.scenes.filter(
        (s) => s.firstParagraph >= c.firstParagraph && s.lastParagraph <= c.lastParagraph,
      );
      expect(c.scenes).toEqual(inside.map((s) => s.index));
      expect(c.words).toBe(inside.reduce((n, s) => n + s.words, 0));
    }
    expect(a.chapters.flatMap((c) => c.scenes)).toEqual(a.scenes.map((s) => s.index));
    expect(a.chapters.at(-1)!.lastParagraph).toBe(a.paragraphs - 1);
  });

  it("gives text before the first heading a chapter of its own", () => {
    const text = ["A Story of Sunnydale", paragraphs[0]!, "Prologue", ...paragraphs.slice(1, 4)];
    const a = analyze(text.join("\n\n"), "sunnydale.txt");
    expect(a.chapters.map((c) => [c.title, c.firstParagraph, c.lastParagraph])).toEqual([
      ["sunnydale", 0, 1],
      ["Prologue", 2, 5],
    ]);
  });

  it("gives a book's title line and byline over the first heading to the first chapter", () => {
    // "THE SCARLET LETTER" over "I. THE PRISON DOOR", a fic's title and byline over "Chapter 1":
    // the opening of the first chapter, never a chapter or a scene of their own.
    const book = ["THE SCARLET LETTER", "I. THE PRISON DOOR", ...paragraphs.slice(0, 4)];
    const a = analyze(book.join("\n\n"), "letter.txt");
    expect(a.chapters.map((c) => [c.title, c.firstParagraph, c.lastParagraph])).toEqual([
      ["I. THE PRISON DOOR", 0, 5],
    ]);
    expect(a.scenes.filter((s) => s.firstParagraph <= 1).map((s) => s.firstParagraph)).toEqual([0]);
    const fic = [
      "The Lighthouse Keeper's Ledger",
      "by A. Writer",
      "Chapter 1",
      ...paragraphs.slice(0, 4),
      "Chapter 2",
      ...paragraphs.slice(4, 8),
    ];
    const b = analyze(fic.join("\n\n"), "ledger.txt");
    expect(b.chapters.map((c) => [c.title, c.firstParagraph, c.lastParagraph])).toEqual([
      ["Chapter 1", 0, 6],
      ["Chapter 2", 7, 11],
    ]);
    expect(b.scenes.filter((s) => s.firstParagraph <= 2).map((s) => s.firstParagraph)).toEqual([0]);
  });

  it("keeps an opening that is more than a title, or set apart by a break, a chapter", () => {
    const opening = (lines: readonly string[]) =>
      analyze(
        [...lines, "Chapter 1", ...paragraphs.slice(0, 3)].join("\n\n"),
        "fic.txt",
      ).chapters.map((c) => [c.title, c.firstParagraph]);
    // A sentence, front matter, three title lines, a break line: the writer's own opening.
    expect(opening(["It was late."])).toEqual([
      ["fic", 0],
      ["Chapter 1", 1],
    ]);
    for (const front of ["WARNING: MAJOR CHARACTER DEATH", "STOP SHOUTING!"])
      expect(opening([front]), front).toEqual([
        ["fic", 0],
        ["Chapter 1", 1],
      ]);
    expect(opening(["A/N: Thanks to my beta!"])).toEqual([
      ["fic", 0],
      ["Chapter 1", 1],
    ]);
    expect(opening(["ONE", "TWO", "THREE"])).toEqual([
      ["fic", 0],
      ["Chapter 1", 3],
    ]);
    expect(opening(["THE TITLE", "* * *"])).toEqual([
      ["fic", 0],
      ["Chapter 1", 2],
    ]);
  });

  it("shifts chapters with their paragraphs on the fast path after an edit", () => {
    const before = ["Chapter 1", ...paragraphs.slice(0, 4), "Chapter 2", ...paragraphs.slice(4, 8)];
    const after = [...before.slice(0, 2), "She waited.", ...before.slice(2)];
    const analyzer = new StoryAnalyzer();
    analyzer.analyze(before.join("\n\n"), "fic.txt");
    const updated = analyzer.update(parseStory(after.join("\n\n")), {
      start: 2,
      deleteCount: 0,
      insertCount: 1,
    })!;
    expect(updated.chapters.map((c) => [c.firstParagraph, c.lastParagraph])).toEqual([
      [0, 5],
      [6, 10],
    ]);
    expect(updated.chapters[0]!.words).toBe(
      analyzer.analyze(after.join("\n\n"), "fic.txt").chapters[0]!.words,
    );
  });

  it("reads a stack of headings with only title lines between them as one chapter", () => {
    // A part's heading and its title over the chapter's own heading: one opening, as a reader
    // sees it, titled by the chapter's heading (the line a rename edits).
    const text = [
      "PART ONE",
      "THE LONG WINTER",
      "Chapter 1: Snow",
      ...paragraphs.slice(0, 4),
      "Chapter 2",
      ...paragraphs.slice(4, 8),
      "BOOK TWO",
      "Chapter 3",
      ...paragraphs.slice(8, 12),
    ].join("\n\n");
    const a = analyze(text);
    expect(a.chapters.map((c) => [c.title, c.firstParagraph, c.lastParagraph])).toEqual([
      ["Chapter 1: Snow", 0, 6],
      ["Chapter 2", 7, 11],
      ["Chapter 3", 12, 17],
    ]);
    // No scene of title lines alone: the stack opens the chapter's first scene.
    expect(a.scenes.filter((s) => s.firstParagraph <= 2).map((s) => s.firstParagraph)).toEqual([0]);
    expect(a.scenes.filter((s) => s.firstParagraph === 13)).toEqual([]);
  });

  it("keeps headings of one rank in a row, and prose between headings, as chapters", () => {
    // Empty chapters a writer has laid out ahead, and a part that opens with prose.
    const text = [
      "Chapter 1",
      "Chapter 2",
      ...paragraphs.slice(0, 3),
      "Part Two",
      paragraphs[3]!,
      "Chapter 3",
      ...paragraphs.slice(4, 6),
    ].join("\n\n");
    expect(analyze(text).chapters.map((c) => [c.title, c.firstParagraph])).toEqual([
      ["Chapter 1", 0],
      ["Chapter 2", 1],
      ["Part Two", 5],
      ["Chapter 3", 7],
    ]);
  });

  it("stacks a Markdown part over its chapter, and no chapter over its first subheading", () => {
    const parted = ["# Part Two", "## Chapter 5", ...paragraphs.slice(0, 3)].join("\n\n");
    expect(analyze(parted, "fic.md").chapters.map((c) => [c.title, c.firstParagraph])).toEqual([
      ["Chapter 5", 0],
    ]);
    const sub = ["# Chapter 1", "## Morning", ...paragraphs.slice(0, 3)].join("\n\n");
    expect(analyze(sub, "fic.md").chapters.map((c) => [c.title, c.firstParagraph])).toEqual([
      ["Chapter 1", 0],
      ["Morning", 1],
    ]);
  });

  it("reads Markdown headings in a .md draft only", () => {
    const text = ["# One", ...paragraphs.slice(0, 3), "## Two", ...paragraphs.slice(3, 6)].join(
      "\n\n",
    );
    expect(analyze(text, "fic.md").chapters.map((c) => c.title)).toEqual(["One", "Two"]);
    expect(analyze(text, "fic.txt").chapters.map((c) => c.title)).toEqual(["fic"]);
  });
});

describe("renameHeading", () => {
  it.each([
    ["Chapter 3: Old", false, "New", "Chapter 3: New"],
    ["CHAPTER XII — Old Title", false, "New", "CHAPTER XII — New"],
    ["Chapter Three. The Bronze.", false, "The Silver", "Chapter Three. The Silver."],
    ["Chapter 4", false, "Arrivals", "Chapter 4: Arrivals"],
    ["Chapter 4: Old", false, "", "Chapter 4"],
    ["Epilogue: Ten Years On", false, "Twenty Years On", "Epilogue: Twenty Years On"],
    ["Prologue", false, "Before", "Prologue: Before"],
    ["## Old", true, "New", "## New"],
    ["# Old #", true, "New  name ", "# New name #"],
    ["## Chapter 2: Old", true, "New", "## Chapter 2: New"],
  ])("renames %j (markdown %s) to %j as %j", (line, markdown, title, renamed) => {
    expect(renameHeading(line, title, markdown)).toBe(renamed);
  });

  it.each([
    ["Chapter Two", false, "Chapter Three: Low Water", "Chapter Three: Low Water"],
    ["Chapter 2: Old", false, "chapter 3", "chapter 3"],
    ["_Chapter 4_", false, "Chapter 5: Arrivals", "_Chapter 5: Arrivals_"],
    ["## Chapter 2: Old", true, "Chapter 3: New", "## Chapter 3: New"],
    ["Part One: Old", false, "Part Two", "Part Two"],
    // A Markdown draft's heading typed with its marks.
    ["## Chapter Two", true, "## Chapter Three: Low Water", "## Chapter Three: Low Water"],
    ["## Old", true, "## New", "## New"],
    ["# Old #", true, "# New", "# New"],
  ])(
    "takes a whole heading typed in the title box as the line: %j, %s, %j -> %j",
    (line, markdown, typed, renamed) => {
      expect(renameHeading(line, typed, markdown)).toBe(renamed);
    },
  );

  it("keeps a title that only names another kind of heading a title", () => {
    expect(renameHeading("Chapter 4", "Part of the Plan")).toBe("Chapter 4: Part of the Plan");
    expect(renameHeading("Chapter 4", "Book One")).toBe("Chapter 4: Book One");
    expect(renameHeading("Chapter 4", "Prologue")).toBe("Chapter 4: Prologue");
  });

  it("refuses what would lose the heading: a non-heading, an empty Markdown title", () => {
    expect(renameHeading("Chapter and verse", "New")).toBeNull();
    expect(renameHeading("## Old", "", true)).toBeNull();
    expect(renameHeading("## Old", "New", false)).toBeNull();
  });

  it("gives the part of the heading a rename edits", () => {
    expect(headingTitle("Chapter 3: Old")).toBe("Old");
    expect(headingTitle("Chapter 3")).toBe("");
    expect(headingTitle("## Old", true)).toBe("Old");
    expect(headingTitle("Not a heading")).toBeNull();
  });
});

describe("isChapterHeading on long paragraphs", () => {
  it("trims space of any kind before it weighs the length", () => {
    const pad = "\u00a0".repeat(60);
    expect(isChapterHeading(pad + "Chapter 12" + pad)).toBe(true);
    expect(isChapterHeading(" ".repeat(95) + "Chapter 12")).toBe(true);
    expect(isChapterHeading("Chapter 12" + "\u3000".repeat(95))).toBe(true);
    expect(isChapterHeading("“" + "a".repeat(120) + "”")).toBe(false);
  });
});
