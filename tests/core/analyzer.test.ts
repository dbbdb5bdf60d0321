import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { StoryAnalyzer, type StoryAnalysis } from "../../core/analyzer";
import { parseStory } from "../../core/story";
import { speller as spellerOf } from "./notes/helpers";

const seed = readFileSync(new URL("../../documents/story.txt", import.meta.url), "utf8");

/** The analysis of `text` by an analyzer that has read `before` first, and by a fresh one. */
function againAndFresh(before: string, text: string) {
  const warm = new StoryAnalyzer();
  warm.analyze(before);
  return { again: warm.analyze(text), fresh: new StoryAnalyzer().analyze(text) };
}

const names = (a: { characters: readonly { name: string }[] }) => a.characters.map((c) => c.name);

describe("StoryAnalyzer after an edit", () => {
  // A capitalised word the story also writes in lowercase is a common word unless it speaks.
  const ginger = (cat: string) =>
    [
      "Ginger ran to the door and opened it.",
      "Outside, Ginger smiled at the rain.",
      `Tom fed the ${cat} cat before he left.`,
      "Later Ginger walked home with Tom.",
    ].join("\n\n");

  it("finds the cast a fresh analysis finds when a lowercase word leaves the story", () => {
    const { again, fresh } = againAndFresh(ginger("ginger"), ginger("grey"));
    expect(names(fresh)).not.toEqual(names(new StoryAnalyzer().analyze(ginger("ginger"))));
    expect(names(again)).toEqual(names(fresh));
  });

  it("finds the cast a fresh analysis finds when a lowercase word comes into the story", () => {
    const { again, fresh } = againAndFresh(ginger("grey"), ginger("ginger"));
    expect(names(fresh)).not.toEqual(names(new StoryAnalyzer().analyze(ginger("grey"))));
    expect(names(again)).toEqual(names(fresh));
  });

  it("gives what a fresh analysis gives after edits that keep and change the cast", () => {
    const paragraphs = seed.split(/\n\s*\n/u);
    const middle = Math.floor(paragraphs.length / 2);
    const edits = [
      (p: string[]) => p.with(middle, p[middle]!.replace(" the ", " the old ")),
      (p: string[]) => p.with(middle, p[middle] + " Marguerite Quill waved."),
      (p: string[]) => p.with(3, p[3]!.replace(/\w+/u, "Then")),
      (p: string[]) => p.toSpliced(middle, 1),
    ];
    for (const edit of edits) {
      const text = edit(paragraphs).join("\n\n");
      const { again, fresh } = againAndFresh(seed, text);
      expect(again).toEqual(fresh);
    }
  });

  // Excerpts from LitBank (CC BY 4.0, tests/fixtures/litbank/README.md), joined: long enough
  // that the speaker walk resumes from a checkpoint well after the story's start.
  const prose = [
    "18581_adrift_in_new_york_tom_and_florence_braving_the_world",
    "5348_ragged_dick_or_street_life_in_new_york_with_the_bootblacks",
    "351_of_human_bondage",
  ]
    .map((name) =>
      readFileSync(new URL(`../fixtures/litbank/${name}.txt`, import.meta.url), "utf8"),
    )
    .join("\n\n");

  it("gives what a fresh analysis gives after many edits to quotes, tags and names", () => {
    const warm = new StoryAnalyzer();
    const first = warm.analyze(prose);
    const [name, other] = names(first);
    expect(other).toBeDefined();
    const quoted = /^["\u201c][^"\u201d]+["\u201d]/u;
    // Each edit works on the text the last one left, at a paragraph past the middle (or a third).
    const at = (p: readonly string[], share: number, test: (s: string) => boolean) =>
      p.findIndex((s, i) => i >= Math.floor(p.length * share) && test(s));
    const edits: ((p: string[]) => string[])[] = [
      // a quote with a name tag comes in
      (p) => p.toSpliced(Math.floor(p.length * 0.6), 0, `"Wait here," said ${name}.`),
      // a quote goes: its marks are taken out
      (p) => {
        const i = at(p, 0.5, (s) => quoted.test(s));
        return p.with(i, p[i]!.replace(/["\u201c\u201d]/gu, ""));
      },
      // a speech tag is added to a quote
      (p) => {
        const i = at(p, 0.7, (s) => quoted.test(s));
        return p.with(
          i,
          p[i]!.replace(quoted, (q) => `${q} said ${other}.`),
        );
      },
      // a name leaves a paragraph
      (p) => {
        const i = at(p, 0.4, (s) => s.includes(other!));
        return p.with(i, p[i]!.replaceAll(other!, "the stranger"));
      },
      // a speech tag goes
      (p) => {
        const i = at(p, 0.8, (s) => / said \w+/u.test(s));
        return p.with(i, p[i]!.replace(/ said \w+/u, ""));
      },
      // a paragraph goes, a third of the way in
      (p) => p.toSpliced(Math.floor(p.length / 3), 1),
    ];
    let paragraphs = prose.split(/\n\s*\n/u);
    for (const edit of edits) {
      paragraphs = edit(paragraphs);
      const text = paragraphs.join("\n\n");
      expect(warm.analyze(text)).toEqual(new StoryAnalyzer().analyze(text));
    }
  });

  // The same excerpts as chapters that all open on one heading, as a collection's books do:
  // the scene memos find sections and scenes by their first paragraph.
  const chapters = prose
    .split(/\n\s*\n/u)
    .flatMap((p, i, all) => (i % Math.ceil(all.length / 3) === 0 ? ["Chapter 1", p] : [p]));

  it("gives what a fresh analysis gives after edits to chapters, scene breaks and words", () => {
    const warm = new StoryAnalyzer();
    warm.analyze(chapters.join("\n\n"));
    const last = chapters.lastIndexOf("Chapter 1");
    const edits: ((p: string[]) => string[])[] = [
      // a word changes in the last chapter: only its section is read again
      (p) => p.with(last + 2, p[last + 2]!.replace(" ", " very ")),
      // a break line early on: every later scene moves up one place
      (p) => p.toSpliced(3, 0, "* * *"),
      // and goes again
      (p) => p.toSpliced(3, 1),
      // a chapter's heading is reworded
      (p) => p.with(last, "Chapter 2"),
      // a paragraph of the first chapter goes
      (p) => p.toSpliced(5, 1),
    ];
    let paragraphs = chapters;
    for (const edit of edits) {
      paragraphs = edit(paragraphs);
      const text = paragraphs.join("\n\n");
      expect(warm.analyze(text)).toEqual(new StoryAnalyzer().analyze(text));
    }
  });

  // Six excerpts, third and first person: long enough that the walk after an edit meets the
  // old walk again several checkpoints before the end, and stops there.
  const longer = [
    prose,
    ...[
      "1155_the_secret_adversary",
      "1342_pride_and_prejudice",
      "1260_jane_eyre_an_autobiography",
    ].map((name) =>
      readFileSync(new URL(`../fixtures/litbank/${name}.txt`, import.meta.url), "utf8"),
    ),
  ].join("\n\n");

  it("reads the scenes again when a described speaker becomes a character by an edit", () => {
    // Excerpt from LitBank (CC BY 4.0, tests/fixtures/litbank/README.md). A new line tagged
    // "said the man" lists him among the characters the scenes read (no longer unnamed): the
    // paragraph features read with the old list must not be reused.
    const text = readFileSync(
      new URL("../fixtures/litbank/33_the_scarlet_letter.txt", import.meta.url),
      "utf8",
    );
    const warm = new StoryAnalyzer();
    warm.analyze(text);
    const edited = text.split("\n\n").toSpliced(3, 0, "\u201cCome here,\u201d said the man.");
    const fresh = new StoryAnalyzer().analyze(edited.join("\n\n"));
    expect(fresh.scenes.some((s) => s.characters.includes("the man"))).toBe(true);
    expect(warm.analyze(edited.join("\n\n")).scenes).toEqual(fresh.scenes);
  });

  it("gives what a fresh analysis gives after edits whose effect runs on after them", () => {
    // The excerpts as the edits join them (one blank line between paragraphs), so the warm
    // analyzer's first reading is also the fresh one of the text before the first edit.
    const start = longer.split(/\n\s*\n/u).join("\n\n");
    const warm = new StoryAnalyzer();
    const first = warm.analyze(start);
    const [, other] = names(first);
    const speakers = (a: StoryAnalysis, from: number) =>
      a.quotes.filter((q) => q.paragraph >= from).map((q) => `${q.speaker}:${q.confidence}`);
    const edits: ((p: string[]) => string[])[] = [
      // a tagged line in an exchange: the untagged turns after it change hands
      (p) => p.toSpliced(Math.floor(p.length * 0.3), 0, `"No," said ${other}.`),
      // a paragraph goes, halfway in
      (p) => p.toSpliced(Math.floor(p.length / 2), 1),
      // a word at the very start
      (p) => p.with(0, `Once ${p[0]}`),
      // a word near the end
      (p) => p.with(p.length - 2, `${p[p.length - 2]} Then.`),
      // narration's "he" becomes "she" two thirds in: pronouns resolve otherwise after it
      (p) => {
        const i = p.findIndex((s, k) => k >= Math.floor(p.length * 0.66) && / he /u.test(s));
        return p.with(i, p[i]!.replace(/ he /u, " she "));
      },
      // a paragraph is split in two, and two are joined
      (p) => {
        const i = p.findIndex((s, k) => k >= Math.floor(p.length * 0.4) && /\. [A-Z]/u.test(s));
        const [head, ...rest] = p[i]!.split(/(?<=\.) (?=[A-Z])/u);
        return p.toSpliced(i, 1, head!, rest.join(" "));
      },
      (p) => {
        const i = Math.floor(p.length * 0.2);
        return p.toSpliced(i, 2, `${p[i]} ${p[i + 1]}`);
      },
      // the same text again
      (p) => p,
    ];
    let paragraphs = start.split(/\n\s*\n/u);
    // The analysis of the text before each edit by a new analyzer: at first, the warm one's.
    let last = { text: start, fresh: first };
    for (const [k, edit] of edits.entries()) {
      const before = paragraphs;
      paragraphs = edit(paragraphs);
      const text = paragraphs.join("\n\n");
      // The same text again needs no second fresh analysis to compare with.
      const fresh = text === last.text ? last.fresh : new StoryAnalyzer().analyze(text);
      if (k === 0) {
        // The first edit's effect reaches past the paragraphs right after it.
        const at = Math.floor(before.length * 0.3) + 4;
        expect(speakers(fresh, at + 1)).not.toEqual(speakers(last.fresh, at));
      }
      expect(warm.analyze(text)).toEqual(fresh);
      last = { text, fresh };
    }
  });
});

describe("StoryAnalyzer's fast path", () => {
  const paragraphs = seed.split(/\n\s*\n/u);
  const added = "Later that night she wrote three more letters and burned every one of them.";

  // A paragraph added between two others (no paragraph replaced) at a scene's edge: the
  // scene that takes it in counts its words, as the full pass does.
  it.each([
    ["after the last paragraph", () => paragraphs.length],
    ["before a scene's first paragraph", (a: StoryAnalysis) => a.scenes[1]!.firstParagraph],
  ])("counts the words of a paragraph added %s", (_, at) => {
    const analyzer = new StoryAnalyzer();
    const start = at(analyzer.analyze(paragraphs.join("\n\n")));
    const after = [...paragraphs.slice(0, start), added, ...paragraphs.slice(start)];
    const quick = analyzer.update(parseStory(after.join("\n\n")), {
      start,
      deleteCount: 0,
      insertCount: 1,
    })!;
    const full = new StoryAnalyzer().analyze(after.join("\n\n"));
    expect(quick.words).toBe(full.words);
    expect(quick.chapters.reduce((n, c) => n + c.words, 0)).toBe(full.words);
  });
});

describe("StoryAnalyzer's fast path when a scene's paragraphs are all deleted", () => {
  const paragraphs = seed.split(/\n\s*\n/u);
  const middle = Math.floor(paragraphs.length / 2);
  const short = "The next morning, Tom left the village for good.";

  // A one-paragraph scene after a break, at the end and in the middle; its paragraph deleted
  // (the break stays) leaves the scene nothing to count.
  it.each([
    ["at the story's end", [...paragraphs, "* * *", short]],
    [
      "in the middle",
      [...paragraphs.slice(0, middle), "* * *", short, "* * *", ...paragraphs.slice(middle)],
    ],
  ])("counts the words the full pass counts, the scene %s", (_, before) => {
    const analyzer = new StoryAnalyzer();
    const scene = analyzer.analyze(before.join("\n\n")).scenes.find((s) => {
      return s.firstParagraph === s.lastParagraph && before[s.firstParagraph] === short;
    })!;
    const start = scene.firstParagraph;
    const after = [...before.slice(0, start), ...before.slice(start + 1)];
    const quick = analyzer.update(parseStory(after.join("\n\n")), {
      start,
      deleteCount: 1,
      insertCount: 0,
    })!;
    expect(quick.words).toBe(new StoryAnalyzer().analyze(after.join("\n\n")).words);
  });
});

describe("StoryAnalyzer's fast path in a paragraph with a story-wide note", () => {
  // ux-32: a spelling-mix note (an American spelling in British narration) reads every
  // paragraph's words, which the fast path does not read again; typing in its paragraph dropped
  // it until the full pass brought it back, an underline going off and on.
  const paragraphs = [
    "The colour of the harbour was grey, her favourite shade, and she would realise it later.",
    "Her neighbour's behaviour was odd; the colour of his door had changed.",
    "The color of the sky was the worst part, she thought, walking on.",
    "She walked to the centre again and sat by the harbour until dark.",
  ];
  const mixes = (a: StoryAnalysis) =>
    a.notes.filter((n) => n.kind === "spelling-mix").map((n) => [n.paragraph, n.from, n.text]);

  it.each([
    ["a word typed after it", (p: string) => p.replace("walking on", "walking home")],
    ["a word typed before it", (p: string) => p.replace("The color", "Then the color")],
    ["its word taken out", (p: string) => p.replace("The color of the sky", "The sky")],
  ])("keeps it where the full pass puts it: %s", (_, edit) => {
    const speller = spellerOf([]);
    const analyzer = new StoryAnalyzer({ speller });
    expect(mixes(analyzer.analyze(paragraphs.join("\n\n")))).toHaveLength(1);
    const after = paragraphs.map((p, i) => (i === 2 ? edit(p) : p)).join("\n\n");
    const quick = analyzer.update(parseStory(after), { start: 2, deleteCount: 1, insertCount: 1 })!;
    expect(mixes(quick)).toEqual(mixes(new StoryAnalyzer({ speller }).analyze(after)));
  });
});
