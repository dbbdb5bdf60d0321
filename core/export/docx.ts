/**
 * DOCX export with the `docx` library. Every string is cleaned of the characters XML 1.0
 * forbids before it reaches the library, which would write them through and leave a file Word
 * refuses. `Packer.toArrayBuffer` runs in the browser and in Node alike.
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from "docx";
import { cleanTitle, paragraphLines } from "./clean-text";
import { chosenScenes, defaultExportOptions, type ExportOptions, type ExportStory } from "./model";

function proseParagraph(lines: readonly string[]): Paragraph {
  // A line break inside a paragraph (verse, a letter's address) stays a line break.
  return new Paragraph({
    children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 })),
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
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }));
  for (const scene of chosenScenes(story, options)) {
    if (scene.breakBefore) out.push(sceneBreak(options));
    const sceneTitle = options.sceneTitles ? cleanTitle(scene.title) : "";
    if (sceneTitle !== "")
      out.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(sceneTitle)] }),
      );
    for (const paragraph of scene.paragraphs) {
      const lines = paragraphLines(paragraph);
      if (lines.length > 0) out.push(proseParagraph(lines));
    }
  }
  return out;
}

/** The chosen scenes as a .docx file's bytes. */
export async function toDocx(
  story: ExportStory,
  options: ExportOptions = defaultExportOptions,
): Promise<Uint8Array> {
  const doc = new Document({
    title: cleanTitle(story.title),
    creator: "Draftwise",
    sections: [{ children: docxParagraphs(story, options) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
