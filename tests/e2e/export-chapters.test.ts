/**
 * AO3 posting chapter by chapter from the Export dialog: one chapter as AO3 takes it (the text
 * to paste without its heading line, the title for AO3's field), or each chapter into its own
 * HTML file from one save dialog.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AO3_TAGS, readHtml } from "../core/export/readers";
import { sharedApp } from "../support/app-reuse";
import { SEED_STORY, type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import { ExportPage } from "./pages/export-page";
import { OutlinePage } from "./pages/outline-page";

const seed = readFileSync(SEED_STORY, "utf8")
  .split(/\r?\n\s*\r?\n/u)
  .filter((p) => p.trim());
const headings: [number, string][] = [
  [0, "Chapter 1: The PEZ"],
  [10, "Chapter 2"],
  [20, "Chapter Three: Riley"],
];

function storyFile(): string {
  const out: string[] = [];
  seed.forEach((p, i) => {
    for (const [at, heading] of headings) if (at === i) out.push(heading);
    out.push(p);
  });
  const dir = mkdtempSync(path.join(tmpdir(), "draftwise-ao3-"));
  const file = path.join(dir, "willow.txt");
  writeFileSync(file, out.join("\n\n") + "\n");
  return file;
}

/** The paragraphs' text of an exported HTML file (scene breaks left out). */
function prose(html: string): string[] {
  return readHtml(html)
    .blocks.filter((b) => b.tag === "p" && b.text !== "* * *")
    .map((b) => b.text);
}

describe("AO3 posting chapter by chapter", () => {
  let app: AppHarness;
  let exporter: ExportPage;

  beforeAll(async () => {
    app = await sharedApp({ story: storyFile(), storyName: "willow.txt" });
    exporter = new ExportPage(app.page, app.dialogs);
    // The analysis has read the chapters once their rows show.
    await new OutlinePage(app.page).chapters.nth(2).waitFor();
  }, 60_000);
  afterAll(() => app?.close());

  it("exports one chapter as AO3 HTML: its text without the heading, its title for AO3's field", async () => {
    await exporter.open();
    expect(await exporter.chapterChoices()).toEqual(headings.map(([, h]) => h));
    // Room for the arrow beside the longest title: writer-25 saw "PART I" cut by it.
    expect(await exporter.chapterSelectRoom()).toBeGreaterThanOrEqual(24);
    await exporter.chooseFormat("html");
    await exporter.chooseChapter(2);
    await screenshot(exporter.dialog, "export-chapter-dialog.png");
    const file = path.join(app.dir, "riley.html");
    await exporter.exportTo(file);
    const html = readFileSync(file, "utf8");
    expect(html).toContain("<title>Riley</title>");
    expect(html).not.toContain("Chapter Three");
    const text = prose(html);
    expect(text[0]).toBe(seed[20]!.trim());
    expect(text).toContain(seed[seed.length - 1]!.trim());
    expect(text).not.toContain(seed[19]!.trim());
    for (const tag of readHtml(html).tags) expect(AO3_TAGS.has(tag)).toBe(true);
  });

  it("writes each chapter into its own file from one save dialog", async () => {
    await exporter.open();
    await exporter.chooseFormat("html");
    await exporter.setOneFilePerChapter(true);
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-ao3-out-"));
    // One path answers the one dialog; the other chapters go beside it.
    await exporter.exportTo(path.join(dir, "chapter-1.html"));
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(3);
    expect(names).toContain("chapter-1.html");
    expect(names.filter((n) => /Chapter 02\.html$/u.test(n))).toHaveLength(1);
    expect(names.filter((n) => /Chapter 03 - Riley\.html$/u.test(n))).toHaveLength(1);
    const first = readFileSync(path.join(dir, "chapter-1.html"), "utf8");
    expect(first).toContain("<title>The PEZ</title>");
    expect(prose(first)[0]).toBe(seed[0]!.trim());
    const second = readFileSync(
      path.join(
        dir,
        names.find((n) => /02/u.test(n))!,
      ),
      "utf8",
    );
    expect(prose(second)[0]).toBe(seed[10]!.trim());
    expect(prose(second)).not.toContain("Chapter 2");
    // Every paragraph of the story is in exactly one chapter file.
    const all = [
      first,
      second,
      readFileSync(
        path.join(
          dir,
          names.find((n) => /03/u.test(n))!,
        ),
        "utf8",
      ),
    ].flatMap(prose);
    expect(all).toEqual(seed.map((p) => p.trim()));
    await exporter.open();
    await exporter.setOneFilePerChapter(false);
    await exporter.close();
  });
});
