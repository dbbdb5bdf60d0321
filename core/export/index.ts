/** Export builders: txt, Markdown, AO3-ready HTML and DOCX from plain story data. */
export * from "./model";
export { stripForbiddenChars, paragraphLines } from "./clean-text";
export { storyForExport, type SceneRange } from "./story-input";
export { toTxt } from "./txt";
export { toMarkdown, escapeMarkdownLine } from "./markdown";
export { toHtml, toHtmlBody, escapeHtml, ao3BodyTags } from "./html";
export { toDocx } from "./docx";
export { pageSizeFor } from "./page-size";
export { prettyTitle, titleLine } from "./title";
export { exportFiles, exportContent, safeFileName } from "./files";
export {
  emphasisSpans,
  emphasisRuns,
  emphasisMarkCounts,
  usesEmphasisMarks,
  emphasisDefault,
  type EmphasisSpan,
} from "./emphasis";
export { ao3ChapterBody, ao3ChapterFiles } from "./ao3-chapters";
export { ao3ChapterTitle, exportChapters, type ExportChapter } from "./chapters";
