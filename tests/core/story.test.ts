import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseStory, storyToText, isBreakLine, storyFromParagraphs } from "../../core/story";
import { countWords } from "../../core/words";

const seed = readFileSync(new URL("../../documents/story.txt", import.meta.url), "utf8");
const texts = (t: string) => parseStory(t).paragraphs.map((p) => p.text);

describe("parseStory", () => {
  it("reads the bundled story as 30 paragraphs and 2971 words", () => {
    const story = parseStory(seed);
    expect(story.paragraphs).toHaveLength(30);
    expect(story.paragraphs.reduce((n, p) => n + countWords(p.text), 0)).toBe(2971);
    expect(storyToText(story)).toBe(seed);
  });

  it("splits on blank lines with LF and CRLF alike", () => {
    expect(texts("one\n\ntwo\n")).toEqual(["one", "two"]);
    expect(texts("one\r\n\r\ntwo\r\n")).toEqual(["one", "two"]);
    expect(parseStory("a\r\n\r\nb").eol).toBe("\r\n");
  });

  it("treats whitespace-only lines as blank and keeps inner line breaks", () => {
    expect(texts("one\nline two\n  \t\nthree")).toEqual(["one\nline two", "three"]);
  });

  it("keeps a byte-order mark out of the first paragraph", () => {
    const story = parseStory("\uFEFFHello\r\n\r\nWorld\r\n");
    expect(story.bom).toBe(true);
    expect(story.paragraphs[0]?.text).toBe("Hello");
    expect(story.paragraphs[0]?.offset).toBe(1);
  });

  it("counts scene-break lines as paragraphs, even without blank lines around them", () => {
    const story = parseStory("One.\n\n* * *\n\nTwo.\n#\nThree.");
    expect(story.paragraphs.map((p) => [p.text, p.isBreak])).toEqual([
      ["One.", false],
      ["* * *", true],
      ["Two.", false],
      ["#", true],
      ["Three.", false],
    ]);
  });

  it("reads an empty file and a blank file as no paragraphs", () => {
    expect(parseStory("").paragraphs).toEqual([]);
    expect(storyToText(parseStory(""))).toBe("");
    expect(storyToText(parseStory("\n\n  \n"))).toBe("\n\n  \n");
  });

  it("records offsets into the text as read", () => {
    const t = "\n\nAlpha beta.\r\n\r\n\r\nGamma.";
    for (const p of parseStory(t).paragraphs)
      expect(t.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
  });

  it("gives new paragraphs the story's own separator", () => {
    const story = parseStory("a\r\n\r\nb");
    const added = {
      ...story,
      paragraphs: [...story.paragraphs, { text: "c", before: "", offset: 0, isBreak: false }],
    };
    expect(storyToText(added)).toBe("a\r\n\r\nb\r\n\r\nc");
    expect(storyToText(storyFromParagraphs(["x", "y"], { finalNewline: true }))).toBe("x\n\ny\n");
  });
});

describe("storyFromParagraphs", () => {
  it("reads a block of several break lines (the editor's merged markers) as one break", () => {
    const story = storyFromParagraphs([
      "One.",
      "* * *\n\n* * *",
      "Two.",
      "***\r\n\r\n~~~",
      "x\n* * *",
    ]);
    expect(story.paragraphs.map((p) => p.isBreak)).toEqual([false, true, false, true, false]);
  });
});

describe("isBreakLine", () => {
  it("recognises the usual markers, centred or not", () => {
    for (const m of ["* * *", "***", "#", "~~~", "---", "   * * *   ", "\t~ ~ ~"])
      expect(isBreakLine(m)).toBe(true);
    for (const m of ["**", "#hashtag", "- item", "* bullet", "--", "Words * * *"])
      expect(isBreakLine(m)).toBe(false);
  });

  it("recognises fan fiction's own: a lone tilde, '~*~' and the rings 'oOo', 'xXx'", () => {
    for (const m of ["~", "  ~  ", "~*~", "oOo", "o0o", "xXx", "-o-"])
      expect(isBreakLine(m)).toBe(true);
    for (const m of ["~~", "~ and then", "oOo, she said", "xx", "o", "Oooo"])
      expect(isBreakLine(m)).toBe(false);
  });

  it("recognises the other breaks archives keep: rows of any one symbol, rings, words", () => {
    const breaks = [
      ...["+++", "+ + +", ":::", "|", "/ / /", "///", "^^^", "%%%", "♦♦♦", "♥ ♥ ♥", "####"],
      ...["*~*~*", "~*~*~*~", "-=-=-", "<><><>", "*-*-*", "⁂", "❧", "    *    ", "  |  "],
      ...["oOoOoOo", "OoOoO", "xXxXx", "o0o0o", "0o0", "-x-", "~o~", "~oOo~", "-x-x-x-"],
      ...["ooOOoo", "oooOOOooo", "xxXXxx"],
      ...["(break)", "Line break", "[scene break]", "Scene Break", "BREAK", "- break -"],
      ...["~Time skip~", "Timeskip", "POV change", "[Page Break]", "~*~ Break ~*~"],
    ];
    for (const m of breaks) expect(isBreakLine(m), m).toBe(true);
  });

  it("never takes a short paragraph of prose, a pause or a kiss for a break", () => {
    const prose = [
      ...["No.", "Oh.", "Hmm.", "...", "…", ". . .", "?", "?!", "!!!", "???", "-", "—", "--"],
      ...["Break.", "Break it.", "A break", "Time", "Skip", "Change", "xxx", "XXX", "ooo", "OOO"],
      ...[
        "Ooh",
        "Ooo",
        "Oooo",
        "ooOO",
        "xoxo",
        "<3",
        "1.",
        "II",
        "*Oh no*",
        "*sigh*",
        "_Later_",
        "'...'",
        '"..."',
      ],
      ...['"—"', "(...)", "* bullet", "- item", "Later that night", "Sunnydale, 1997"],
      ...["|---|:--:|", "-|-", ":--: |"],
    ];
    for (const m of prose) expect(isBreakLine(m), m).toBe(false);
  });
});

describe("round trip", () => {
  it("writes any text back byte for byte", () => {
    const piece = fc.constantFrom(
      "word",
      " ",
      "\n",
      "\r\n",
      "\t",
      "* * *",
      "#",
      "\uFEFF",
      "“quote”",
      "é",
      "\r",
      "",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const t = parts.join("");
        expect(storyToText(parseStory(t))).toBe(t);
      }),
      { numRuns: 500 },
    );
  });
});

describe("countWords", () => {
  it("counts as word processors do", () => {
    expect(countWords("So...um Tsk-tsk, — * * * 42 ‘Right,’")).toBe(4);
    expect(countWords("")).toBe(0);
  });
});

describe("countWords against its definition", () => {
  const byRegex = (t: string): number =>
    [...t.matchAll(/\S+/gu)].filter((m) => /[\p{L}\p{N}]/u.test(m[0])).length;

  it("agrees with the regular-expression definition on any text", () => {
    const piece = fc.constantFrom(
      "word",
      " ",
      "\n",
      "\t",
      "—",
      "...",
      "é",
      "42",
      "\u00a0",
      "\u2003",
      "\uFEFF",
      "* * *",
      "’",
      "😀",
      "日本",
      "-",
      "\r\n",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const t = parts.join("");
        expect(countWords(t)).toBe(byRegex(t));
      }),
      { numRuns: 1000 },
    );
  });
});
