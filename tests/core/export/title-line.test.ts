import { describe, expect, it } from "vitest";
import {
  ao3ChapterBody,
  ao3ChapterFiles,
  defaultExportOptions,
  exportChapters,
  exportFiles,
  toDocx,
  toHtml,
  toHtmlBody,
  toMarkdown,
  toTxt,
  type ExportStory,
} from "../../../core/export";
import { titleLine } from "../../../core/export/title";
import { readDocx, readHtml, readMarkdown } from "./readers";

const body = "The ferry put Maren ashore an hour before dark, with one suitcase.";

describe("a draft's own title line", () => {
  it("reads a short first line set apart as a title as the draft's title", () => {
    expect(titleLine(["The Lighthouse Keeper's Ledger", body])).toBe(
      "The Lighthouse Keeper's Ledger",
    );
    expect(titleLine(["  Salt and Iron  ", body])).toBe("Salt and Iron");
    expect(titleLine(["Storm Warning 2", body])).toBe("Storm Warning 2");
  });

  it("reads no title in prose, speech, a chapter heading or a scene heading", () => {
    for (const first of [
      "It was dark.",
      "No.",
      "“Run,” she said",
      "Chapter One",
      "PART I",
      "Prologue",
      "Sunnydale, 1997",
      "Buffy's POV",
      "Three days later",
      "the lighthouse keeper's ledger",
      "Dear Nadia,",
      "A Title\non two lines",
      "The Long And Winding Road That Went On Past Every Farm In The County Until Dark",
    ])
      expect(titleLine([first, body]), first).toBeNull();
  });

  it("reads none in a story of one paragraph or none", () => {
    expect(titleLine(["The Lighthouse Keeper's Ledger"])).toBeNull();
    expect(titleLine([])).toBeNull();
  });
});

describe("the title line printed once in the formatted exports", () => {
  const title = "The Lighthouse Keeper's Ledger";
  const opening = [title, body, "Finch kept the light."];
  const later = ["The gale came in at dusk.", "Nobody slept."];
  const draft = (storyTitle = title, scenes = [opening, later]): ExportStory => ({
    title: storyTitle,
    scenes: scenes.map((paragraphs, i) => ({ title: `Scene ${i + 1}`, paragraphs })),
    eol: "\n",
    finalNewline: true,
  });
  const texts = (blocks: readonly { tag: string; text: string }[]): string[] =>
    blocks.filter((b) => b.tag !== "hr").map((b) => b.text);
  const prose = [body, "Finch kept the light.", "* * *", ...later];

  it("prints the line as the title and not again in AO3 HTML, Markdown and DOCX", async () => {
    const story = draft();
    expect(texts(readHtml(toHtml(story)).blocks)).toEqual([title, ...prose]);
    expect(texts(readHtml(toHtmlBody(story), true).blocks)).toEqual(prose);
    expect(texts(readMarkdown(toMarkdown(story)).blocks)).toEqual([title, ...prose]);
    expect(await readDocx(await toDocx(story))).toEqual([title, ...prose]);
  });

  it("leaves it out of one scene's export and of the first scene's own file", async () => {
    const story = draft();
    const first = { ...defaultExportOptions, scenes: [0] };
    expect(texts(readHtml(toHtml(story, first)).blocks)).toEqual([
      title,
      body,
      "Finch kept the light.",
    ]);
    const files = await exportFiles(story, "md", { ...defaultExportOptions, perScene: true });
    expect(files.map((f) => texts(readMarkdown(f.content as string).blocks))).toEqual([
      [title, body, "Finch kept the light."],
      [title, ...later],
    ]);
  });

  it("skips a scene that held only the title line, and gives AO3 no chapter for it", async () => {
    const story = draft(title, [[title], ["Chapter One", body], ["Chapter Two", ...later]]);
    expect(texts(readHtml(toHtml(story)).blocks)).toEqual([
      title,
      "Chapter One",
      body,
      // No ornament before a chapter heading (qa-29): the heading parts the scenes.
      "Chapter Two",
      ...later,
    ]);
    expect(exportChapters(story).map((c) => c.heading)).toEqual(["Chapter One", "Chapter Two"]);
    const files = ao3ChapterFiles(story, defaultExportOptions);
    expect(files.map((f) => texts(readHtml(f.content as string).blocks))).toEqual([[body], later]);
    expect(
      texts(readHtml(ao3ChapterBody(story, 0, defaultExportOptions)!.body, true).blocks),
    ).toEqual([body]);
    const perScene = await exportFiles(story, "html", { ...defaultExportOptions, perScene: true });
    expect(perScene.map((f) => f.name)).toEqual([
      `${title} - 02 - Scene 2.html`,
      `${title} - 03 - Scene 3.html`,
    ]);
  });

  it("gives AO3 no chapter for an opening of the title line and a byline", () => {
    const byline = "by A. N. Other";
    const story = draft(title, [
      [title, byline],
      ["Chapter One", body],
      ["Chapter Two", ...later],
    ]);
    expect(exportChapters(story).map((c) => c.heading)).toEqual(["Chapter One", "Chapter Two"]);
    const files = ao3ChapterFiles(story, defaultExportOptions);
    expect(files.map((f) => f.name)).toEqual([
      `${title} - Chapter 01.html`,
      `${title} - Chapter 02.html`,
    ]);
    expect(files.map((f) => texts(readHtml(f.content as string).blocks))).toEqual([[body], later]);
    // The whole work keeps the byline: it is the writer's words.
    expect(texts(readHtml(toHtml(story)).blocks)).toContain(byline);
  });

  it("exports a title and byline that open the first chapter's scene as it did their own", async () => {
    // The analysis gives a title block over the first heading to the first chapter's first
    // scene (core/chapters.ts, `headingUnderTitles`): every export reads as it did before.
    const byline = "by A. N. Other";
    const own = [
      [title, byline],
      ["Chapter One", body],
      ["Chapter Two", ...later],
    ];
    const folded = [
      [title, byline, "Chapter One", body],
      ["Chapter Two", ...later],
    ];
    const [before, after] = [draft(title, own), draft(title, folded)];
    expect(exportChapters(after).map((c) => [c.heading, c.headingAt, c.ao3Title])).toEqual([
      ["Chapter One", 2, ""],
      ["Chapter Two", 0, ""],
    ]);
    const files = ao3ChapterFiles(after, defaultExportOptions);
    expect(files.map((f) => f.name)).toEqual(
      ao3ChapterFiles(before, defaultExportOptions).map((f) => f.name),
    );
    expect(files.map((f) => texts(readHtml(f.content as string).blocks))).toEqual([[body], later]);
    expect(readHtml(toHtml(after)).blocks).toEqual(readHtml(toHtml(before)).blocks);
    expect(readMarkdown(toMarkdown(after)).blocks).toEqual(readMarkdown(toMarkdown(before)).blocks);
    expect(await readDocx(await toDocx(after))).toEqual(await readDocx(await toDocx(before)));
    expect(toTxt(after)).toBe(toTxt(before));
    // Under another title the writer typed, the lines are the first chapter's opening text.
    const typed = draft("Ledger", folded);
    expect(exportChapters(typed).map((c) => c.heading)).toEqual(["Chapter One", "Chapter Two"]);
    expect(
      texts(readHtml(ao3ChapterBody(typed, 0, defaultExportOptions)!.body, true).blocks),
    ).toEqual([title, byline, body]);
  });

  it("keeps an opening chapter whose second line is prose, not a byline", () => {
    for (const second of ["By the time the ferry came, Maren had gone.", "by and by", body]) {
      const story = draft(title, [
        [title, second],
        ["Chapter One", body],
      ]);
      expect(
        exportChapters(story).map((c) => c.heading),
        second,
      ).toEqual(["", "Chapter One"]);
    }
  });

  it("reads the writer's title as the line's whatever its case, spacing or apostrophe", () => {
    const story = draft("the lighthouse  keeper’s ledger");
    expect(texts(readHtml(toHtmlBody(story), true).blocks)).toEqual(prose);
  });

  it("keeps the line in the body under another title the writer typed", () => {
    const story = draft("Ledger");
    expect(texts(readHtml(toHtml(story)).blocks)).toEqual(["Ledger", title, ...prose]);
  });

  it("keeps the draft's text as written in plain text, whole or one scene", () => {
    const story = draft();
    expect(toTxt(story).split("\n\n")[0]).toBe(title);
    expect(toTxt(story, { ...defaultExportOptions, scenes: [0] })).toBe(
      opening.join("\n\n") + "\n",
    );
  });
});
