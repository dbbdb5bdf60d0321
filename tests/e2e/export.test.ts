import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AO3_TAGS,
  expectedParagraphs,
  invalidXmlParts,
  readDocx,
  readHtml,
  readMarkdown,
} from "../core/export/readers";
import { sharedApp } from "../support/app-reuse";
import { type AppHarness } from "../support/harness";
import { screenshot } from "../support/screenshots";
import JSZip from "jszip";
import { sidecarPathFor } from "../../electron/host/story-files";
import { EditorPage } from "./pages/editor-page";
import { ExportPage } from "./pages/export-page";
import { OutlinePage } from "./pages/outline-page";

const fixture = path.resolve(import.meta.dirname, "../fixtures/export/crlf-markers.txt");
const source = readFileSync(fixture, "utf8");
// The test process's running app, reset for each group's story.

/** The fixture's paragraphs grouped by its three marker-separated scenes. */
const sceneParagraphs = source.split(/\r\n\r\n\* \* \*\r\n\r\n/).map(expectedParagraphs);

function prose(blocks: readonly { tag: string; text: string }[]): string[] {
  return blocks.filter((b) => b.tag === "p" && b.text !== "* * *").map((b) => b.text);
}

describe("exporting from the app in Chromium", () => {
  let app: AppHarness;
  let exporter: ExportPage;
  const out = (name: string): string => path.join(app.dir, name);

  beforeAll(async () => {
    app = await sharedApp({ story: fixture, storyName: "harbour.txt" });
    exporter = new ExportPage(app.page, app.dialogs);
  }, 60_000);
  afterAll(() => app?.close());

  it("exports a DOCX that mammoth reads back, every XML part valid", async () => {
    expect(sceneParagraphs).toHaveLength(3);
    await exporter.open();
    // A story without *word* marks or chapter headings is not asked about either.
    expect((await exporter.italicsChoice()).shown).toBe(false);
    expect(await exporter.offersChapters()).toBe(false);
    await exporter.chooseFormat("docx");
    await exporter.setSceneTitles(false);
    await exporter.setBreakStyle("asterisks");
    await screenshot(app.page, "export-dialog.png");
    await exporter.exportTo(out("harbour.docx"));

    const bytes = new Uint8Array(readFileSync(out("harbour.docx")));
    expect(await invalidXmlParts(bytes)).toEqual([]);
    const paragraphs = await readDocx(bytes);
    expect(paragraphs[0]).toBe("Harbour");
    expect(paragraphs.filter((p) => p === "* * *")).toHaveLength(2);
    expect(paragraphs.slice(1).filter((p) => p !== "* * *")).toEqual(sceneParagraphs.flat());
    expect(await exporter.banners.last().innerText()).toContain(out("harbour.docx"));
  });

  it("exports chosen scenes as AO3 HTML with titles, and remembers the choices", async () => {
    await exporter.open();
    expect(await exporter.checkedFormat()).toBe("docx");
    expect(await exporter.sceneTitles()).toHaveLength(3);
    await exporter.chooseFormat("html");
    await exporter.chooseScenes([0, 2]);
    await exporter.setSceneTitles(true);
    await exporter.setBreakStyle("rule");
    await exporter.exportTo(out("harbour.html"));

    const read = readHtml(readFileSync(out("harbour.html"), "utf8"));
    expect(prose(read.blocks)).toEqual([...sceneParagraphs[0]!, ...sceneParagraphs[2]!]);
    expect(read.blocks.filter((b) => b.tag === "h2")).toHaveLength(2);
    expect(read.blocks.filter((b) => b.tag === "hr")).toHaveLength(1);
    expect(read.tags.has("script")).toBe(false);
    expect([...read.tags].filter((t) => !AO3_TAGS.has(t))).toEqual([]);

    await exporter.open();
    expect(await exporter.checkedFormat()).toBe("html");
    expect(await exporter.dialog.locator("input[name=sceneTitles]").isChecked()).toBe(true);
    await exporter.close();
  });

  it("copies the AO3 body to the clipboard", async () => {
    await exporter.open();
    await exporter.chooseFormat("html");
    await exporter.setSceneTitles(false);
    const copied = await exporter.copyForAo3();
    await exporter.close();
    const read = readHtml(copied, true);
    expect(copied).not.toMatch(/<html|<body|<h1/);
    expect(prose(read.blocks)).toEqual(sceneParagraphs.flat());
  });

  it("writes one file per scene", async () => {
    await exporter.open();
    await exporter.chooseFormat("md");
    await exporter.setOneFilePerScene(true);
    // One save dialog: the first scene's file is named there, the others go beside it.
    await exporter.exportTo(out("part1.md"));
    const besides = readdirSync(app.dir)
      .filter((name) => / - 0[23] - .*\.md$/u.test(name))
      .sort();
    expect(besides).toHaveLength(2);
    const files = ["part1.md", ...besides];
    for (const [i, scene] of sceneParagraphs.entries()) {
      const md = readFileSync(out(files[i]!), "utf8");
      for (const p of scene) expect(md).toContain(p.split("\n")[0]!.slice(0, 30));
    }
  });

  it("exports the unedited story as txt byte for byte", async () => {
    await exporter.open();
    await exporter.chooseFormat("txt");
    await exporter.setOneFilePerScene(false);
    await exporter.exportTo(out("copy.txt"));
    expect(readFileSync(out("copy.txt"))).toEqual(readFileSync(fixture));
  });

  it("exports scenes in their new order after a move in the outline", async (ctx) => {
    const moved = await app.page.evaluate(() =>
      (
        window as unknown as {
          draftwiseApp: { commands: { run(id: string, arg?: string): Promise<boolean> } };
        }
      ).draftwiseApp.commands.run("outline.moveDown", "0"),
    );
    if (!moved)
      return ctx.skip("the outline's outline.moveDown command is not registered in this build");
    await exporter.open();
    await exporter.chooseFormat("txt");
    await exporter.exportTo(out("moved.txt"));
    const text = readFileSync(out("moved.txt"), "utf8");
    const firstOf = (scene: number): number =>
      text.indexOf(sceneParagraphs[scene]![0]!.split("\n")[0]!);
    expect(firstOf(1)).toBeGreaterThanOrEqual(0);
    expect(firstOf(1)).toBeLessThan(firstOf(0));
    expect(firstOf(0)).toBeLessThan(firstOf(2));
    expect(expectedParagraphs(text).sort()).toEqual(sceneParagraphs.flat().sort());

    await exporter.open();
    await exporter.chooseFormat("html");
    await exporter.exportTo(out("moved.html"));
    const read = readHtml(readFileSync(out("moved.html"), "utf8"));
    expect(prose(read.blocks)).toEqual([
      ...sceneParagraphs[1]!,
      ...sceneParagraphs[0]!,
      ...sceneParagraphs[2]!,
    ]);
  });
});

describe("scene breaks in exports from the app (Chromium, bundled story without marker lines)", () => {
  let app: AppHarness;
  let exporter: ExportPage;
  let outline: OutlinePage;
  beforeAll(async () => {
    app = await sharedApp();
    exporter = new ExportPage(app.page, app.dialogs);
    outline = new OutlinePage(app.page);
  }, 60_000);
  afterAll(() => app?.close());

  it("puts a break between every two scenes of the outline, a split one too, in DOCX and Markdown", async () => {
    const before = await outline.sceneCount();
    expect(before).toBeGreaterThan(2);
    // The writer splits the third scene at its second paragraph.
    await outline.splitAt(2, 1);
    const scenes = await outline.sceneCount();
    expect(scenes).toBe(before + 1);

    await exporter.open();
    await exporter.chooseFormat("docx");
    await exporter.setBreakStyle("asterisks");
    await exporter.exportTo(path.join(app.dir, "story.docx"));
    const paragraphs = await readDocx(
      new Uint8Array(readFileSync(path.join(app.dir, "story.docx"))),
    );
    expect(paragraphs.filter((p) => p === "* * *")).toHaveLength(scenes - 1);

    await exporter.open();
    await exporter.chooseFormat("md");
    await exporter.setBreakStyle("rule");
    await exporter.exportTo(path.join(app.dir, "story.md"));
    const md = readMarkdown(readFileSync(path.join(app.dir, "story.md"), "utf8"));
    expect(md.blocks.filter((b) => b.tag === "hr")).toHaveLength(scenes - 1);
  });
});

describe("exporting a manuscript (Chromium)", () => {
  let app: AppHarness;
  let exporter: ExportPage;
  beforeAll(async () => {
    app = await sharedApp({ storyName: "the-night-shift.txt" });
    exporter = new ExportPage(app.page, app.dialogs);
  }, 60_000);
  afterAll(() => app?.close());

  it("opens with Ctrl+E, offers the file name as a title, and remembers the title and author in the sidecar", async () => {
    await exporter.openWithKeys();
    expect(await exporter.manuscript()).toEqual({ title: "The Night Shift", author: "" });
    await exporter.setManuscript("Night Shift", "Jo Quill");
    await exporter.chooseFormat("docx");
    await screenshot(app.page, "export-manuscript.png");
    await exporter.exportTo(path.join(app.dir, "night.docx"));
    const zip = await JSZip.loadAsync(readFileSync(path.join(app.dir, "night.docx")));
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("<dc:title>Night Shift</dc:title>");
    expect(core).toContain("<dc:creator>Jo Quill</dc:creator>");
    const paragraphs = await readDocx(
      new Uint8Array(readFileSync(path.join(app.dir, "night.docx"))),
    );
    expect(paragraphs.slice(0, 2)).toEqual(["Night Shift", "Jo Quill"]);

    await exporter.openWithKeys();
    expect(await exporter.manuscript()).toEqual({ title: "Night Shift", author: "Jo Quill" });
    await app.page.keyboard.press("Escape");
    await new EditorPage(app.page).save();
    const sidecar = JSON.parse(readFileSync(sidecarPathFor(app.storyPath), "utf8")) as {
      export?: unknown;
    };
    expect(sidecar.export).toEqual({ title: "Night Shift", author: "Jo Quill" });
  });
});
