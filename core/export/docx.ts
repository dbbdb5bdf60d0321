/**
 * DOCX export with the `docx` library, in standard manuscript format: a readable serif at 12
 * points, double spacing, a half-inch first-line indent and no space between paragraphs, scene
 * breaks centred, one-inch margins, Letter paper for US English and A4 elsewhere, the title and
 * author in the document's properties. Every string is cleaned of the characters XML 1.0 forbids
 * before it reaches the library, which would write them through and leave a file Word refuses.
 * `Packer.toArrayBuffer` runs in the browser and in Node alike.
 */
import {
  AlignmentType,
  convertInchesToTwip,
  Document,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
} from "docx";
import { headingText } from "./chapters";
import { cleanTitle } from "./clean-text";
import { exportLines } from "./wrapped";
import { emphasisRuns, type Run } from "./emphasis";
import {
  chosenScenes,
  defaultExportOptions,
  readsBold,
  readsEmphasis,
  type ExportOptions,
  type ExportStory,
  type PageSize,
} from "./model";

/** Manuscript type: a serif every word processor has, 12 points (docx counts half-points). */
const FONT = "Times New Roman";
const FONT_HALF_POINTS = 24;
/** Double spacing: 480 twentieths of a point, exact multiples of the line ("auto"). */
const DOUBLE_SPACING = { line: 480, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
const FIRST_LINE_INDENT = convertInchesToTwip(0.5);
const MARGIN = convertInchesToTwip(1);

const PAGE_SIZES: Readonly<Record<PageSize, { width: number; height: number }>> = {
  letter: { width: convertInchesToTwip(8.5), height: convertInchesToTwip(11) },
  // 210 by 297 mm, as Word writes it (the library's conversion rounds down a twip).
  a4: { width: 11906, height: 16838 },
};

/** A line's runs: its emphasis (and a Markdown draft's bold) read when `italics` (model.ts). */
function lineRuns(line: string, italics: boolean, bold: boolean): Run[] {
  return italics ? emphasisRuns(line, bold) : [{ text: line, italic: false }];
}

const runStyle = (run: Run): { italics?: true; bold?: true } => ({
  ...(run.italic ? { italics: true } : {}),
  ...(run.bold ? { bold: true } : {}),
});

function proseParagraph(lines: readonly string[], italics: boolean, bold: boolean): Paragraph {
  // A line break inside a paragraph (verse, a letter's address) stays a line break; emphasis,
  // when read, becomes italic (and bold) runs.
  const runs = lines.flatMap((line, i) =>
    lineRuns(line, italics, bold).map(
      (run, j) =>
        new TextRun({ text: run.text, break: i > 0 && j === 0 ? 1 : 0, ...runStyle(run) }),
    ),
  );
  return new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, children: runs });
}

/** A chapter heading line in Word's Heading 2 style, so the navigation pane lists chapters. */
function chapterHeading(text: string, italics: boolean, bold: boolean): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: lineRuns(text, italics, bold).map(
      (run) => new TextRun({ text: run.text, ...runStyle(run) }),
    ),
  });
}

function sceneBreak(options: ExportOptions): Paragraph {
  if (options.breakStyle === "page") return new Paragraph({ children: [new PageBreak()] });
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun("* * *")] });
}

/** The paragraphs of the document body, in order (exposed for tests of the layout). */
export function docxParagraphs(
  story: ExportStory,
  options: ExportOptions = defaultExportOptions,
): Paragraph[] {
  const out: Paragraph[] = [];
  const title = cleanTitle(story.title);
  if (title !== "")
    out.push(
      new Paragraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        children: [new TextRun(title)],
      }),
    );
  const author = cleanTitle(story.author ?? "");
  if (author !== "")
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(author)] }));
  for (const scene of chosenScenes(story, options, true)) {
    if (scene.breakBefore) out.push(sceneBreak(options));
    const sceneTitle = options.sceneTitles ? cleanTitle(scene.title) : "";
    if (sceneTitle !== "")
      out.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(sceneTitle)] }),
      );
    const markdown = story.markdown === true;
    const italics = readsEmphasis(story, options);
    const bold = readsBold(story, options);
    for (const paragraph of scene.paragraphs) {
      const chapter = headingText(paragraph, markdown);
      if (chapter !== null) {
        out.push(chapterHeading(chapter, italics, bold));
        continue;
      }
      const lines = exportLines(story, paragraph);
      if (lines.length > 0) out.push(proseParagraph(lines, italics, bold));
    }
  }
  return out;
}

/** The chosen scenes as a .docx file's bytes. */
export async function toDocx(
  story: ExportStory,
  options: ExportOptions = defaultExportOptions,
): Promise<Uint8Array> {
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const run = { font, size: FONT_HALF_POINTS, color: "000000" };
  const author = cleanTitle(story.author ?? "");
  const doc = new Document({
    title: cleanTitle(story.title),
    creator: author || "Draftwise",
    lastModifiedBy: author || "Draftwise",
    styles: {
      default: {
        document: { run, paragraph: { spacing: DOUBLE_SPACING } },
        title: { run: { ...run, bold: true }, paragraph: { spacing: DOUBLE_SPACING } },
        heading2: { run: { ...run, bold: true }, paragraph: { spacing: DOUBLE_SPACING } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE_SIZES[options.pageSize ?? "a4"],
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: docxParagraphs(story, options),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
