/**
 * File > Export…: reads the document into plain export data, builds the chosen format in core
 * and hands each file to the host, which asks where to save it (native dialog in Electron).
 */
import type { Node as PMNode } from "prosemirror-model";
import type { ExportFormat, ExportOptions, ExportScene, ExportStory } from "../../core/export";
import { prettyTitle, titleLine } from "../../core/export/title";
import { pageSizeFor } from "../../core/export/page-size";
import { exportChapters } from "../../core/export/chapters";
import { isMarkdownFile } from "../../core/chapters";
import { emphasisChoice, emphasisDefault } from "../../core/export/emphasis";
import type { LineEnding } from "../../core/story";
import { sameData } from "../../core/same-data";
import { wrapJoint } from "../../core/text/hard-wrap";
import type { App, Feature } from "../editor/feature";
import {
  openExportDialog,
  rememberedChoices,
  type ExportChoices,
  type ItalicsChoice,
} from "./export-dialog";
import { paragraphText, schema } from "../editor/schema";
import { docToText } from "../editor/story-doc";
import type { AppCommand } from "../editor/command-registry";

/** The format builders (docx, Markdown) are most of the app's code: loaded on first export. */
const builders = () => import("../../core/export");

/** The manuscript's title and author, kept in the sidecar's `export` part. */
export interface ManuscriptIdentity {
  readonly title: string;
  readonly author: string;
}

/** The writer's title and author for this story, as last given; null until given once. */
let identity: ManuscriptIdentity | null = null;

function readIdentity(part: unknown): ManuscriptIdentity | null {
  const p = (typeof part === "object" && part !== null ? part : {}) as Record<string, unknown>;
  const title = typeof p.title === "string" ? p.title : "";
  const author = typeof p.author === "string" ? p.author : "";
  return title || author ? { title, author } : null;
}

/** The text of the document's first two paragraphs (scene breaks skipped), for its title line. */
function openingParagraphs(doc: PMNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (out.length >= 2) return false;
    if (node.type === schema.nodes.paragraph) out.push(paragraphText(node, "\n"));
    return node.type === schema.nodes.scene;
  });
  return out;
}

/**
 * The story's title for exports: the writer's, else the draft's own title line when it opens
 * with one, else the file name made into a title.
 */
export function storyTitle(app: App): string {
  return (
    identity?.title ||
    titleLine(openingParagraphs(app.state.doc), isMarkdown(app)) ||
    prettyTitle(app.file?.name ?? "") ||
    "Untitled"
  );
}

/** The manuscript's author as the writer gave it, or "". */
export function storyAuthor(): string {
  return identity?.author ?? "";
}

/**
 * A paragraph's text with a hard-wrapped draft's wrap breaks joined as the exports join a wrap,
 * the writer's breaks kept: the editor's reading of each break, made when the story was opened.
 * Left to the exports, which read the wrap again from the text, a wrapped line the writer had
 * cut short read as the writer's, and a paragraph that flows in the editor was broken there.
 */
function shownText(block: PMNode, eol: string): string {
  let out = "";
  let afterWrap = false;
  block.forEach((child) => {
    if (child.isText) out += afterWrap ? child.text!.trimStart() : child.text!;
    else if (child.attrs.wrap === true) out = out.trimEnd() + wrapJoint(out.trimEnd());
    else out += (child.attrs.eol as string | null) ?? eol;
    afterWrap = !child.isText && child.attrs.wrap === true;
  });
  return out;
}

/**
 * The document as export data: one entry per scene node with its title, its paragraphs' text
 * and its own marker line. `original` is the text as it would be saved, so a whole-story txt
 * export matches a save byte for byte (and the file itself while the story is unedited).
 * `shown`: for a formatted export, the paragraphs as the editor shows them (`shownText`), its
 * wraps already joined; a plain-text one keeps the file's own lines.
 */
export function storyFromDoc(
  doc: PMNode,
  title: string,
  author = "",
  markdown = false,
  shown = false,
): ExportStory {
  const eol = doc.attrs.eol as LineEnding;
  const scenes: ExportScene[] = [];
  doc.forEach((scene, _offset, index) => {
    const paragraphs: string[] = [];
    let markerBefore: string | null = null;
    scene.forEach((block) => {
      if (block.type === schema.nodes.scene_break) markerBefore = block.attrs.text as string;
      else {
        const text = shown ? shownText(block, eol) : paragraphText(block, eol);
        if (text.trim() !== "") paragraphs.push(text);
      }
    });
    scenes.push({
      title: (scene.attrs.title as string) || `Scene ${index + 1}`,
      paragraphs,
      markerBefore,
    });
  });
  return {
    title,
    ...(author ? { author } : {}),
    ...(markdown ? { markdown } : {}),
    scenes,
    eol,
    finalNewline: /\n$/.test(doc.attrs.trailing as string),
    original: docToText(doc),
    // The wraps are joined: the exports leave the lines as they are.
    ...(shown ? { wrapColumn: null } : {}),
  };
}

/** The export options for the writer's choices; emphasis as the draft asks unless they chose. */
function optionsOf(choices: ExportChoices, story: ExportStory): ExportOptions {
  const emphasis =
    choices.emphasis === undefined
      ? emphasisDefault(story)
      : choices.emphasis
        ? "asterisks"
        : "none";
  return {
    sceneTitles: choices.sceneTitles,
    emphasis,
    breakStyle: choices.breakStyle,
    pageSize: pageSizeFor(navigator.language),
    perScene: choices.perScene,
    ...(choices.scenes ? { scenes: choices.scenes } : {}),
  };
}

/** Lets the progress bar paint before a long synchronous build. */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Builds and writes the export; `progress(done, total)` hears about each file. Returns the
 * paths written, or null when the writer cancelled or the host failed (a banner says why).
 */
export async function runExport(
  app: App,
  choices: ExportChoices,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<string[] | null> {
  progress(0, 1);
  await nextFrame();
  rememberIdentity(app, choices);
  const story = storyFromDoc(
    app.state.doc,
    storyTitle(app),
    storyAuthor(),
    isMarkdown(app),
    choices.format !== "txt",
  );
  const { exportFiles, ao3ChapterFiles } = await builders();
  const byChapter =
    choices.format === "html" && (choices.perChapter || choices.chapter !== undefined);
  const files = byChapter
    ? ao3ChapterFiles(story, optionsOf({ ...choices, perScene: false }, story), choices.chapter)
    : await exportFiles(story, choices.format, optionsOf(choices, story));
  if (files.length === 0) return null;
  progress(0, files.length);
  // One save dialog: the first file is chosen, the others are written beside it.
  const [first, ...rest] = files;
  const result = await app.host.exportStory({
    format: choices.format,
    content: first!.content,
    suggestedName: first!.name,
    ...(rest.length ? { besides: rest.map(({ name, content }) => ({ name, content })) } : {}),
    ...(choices.format === "txt" && app.file ? { encoding: app.file.encoding } : {}),
  });
  if (!result.ok) {
    app.showError(result.error);
    return null;
  }
  const written = [result.value.path, ...(result.value.besides ?? [])];
  progress(files.length, files.length);
  return written;
}

/** Keeps the title and author the writer gave (an unsaved change to the sidecar when new). */
function rememberIdentity(app: App, choices: ExportChoices): void {
  if (choices.title === undefined && choices.author === undefined) return;
  const next = {
    title: choices.title?.trim() ?? identity?.title ?? "",
    author: choices.author?.trim() ?? identity?.author ?? "",
  };
  const same = next.title === (identity?.title ?? "") && next.author === (identity?.author ?? "");
  if (same) return;
  identity = next.title || next.author ? next : null;
  app.markSidecarChanged();
}

/** Whether the open story is a Markdown draft (its emphasis exports as italics). */
const isMarkdown = (app: App): boolean => isMarkdownFile(app.file?.name ?? "");

/** Whether the dialog offers "Asterisks as italics", and ticked or not, for this story. */
function italicsChoice(story: ExportStory): ItalicsChoice {
  const { offered, reading } = emphasisChoice(story);
  return { offered, on: reading === "asterisks" };
}

/** Copies the AO3 body fragment of the chosen scenes to the clipboard. */
export async function copyForAo3(app: App, choices: ExportChoices): Promise<boolean> {
  const story = storyFromDoc(app.state.doc, storyTitle(app), storyAuthor(), isMarkdown(app), true);
  const { toHtmlBody, ao3ChapterBody } = await builders();
  const options = optionsOf({ ...choices, perScene: false }, story);
  // One chapter goes as AO3 takes it: without its heading line (AO3 writes the title).
  const chapter =
    choices.chapter !== undefined ? ao3ChapterBody(story, choices.chapter, options) : null;
  try {
    await navigator.clipboard.writeText(chapter ? chapter.body : toHtmlBody(story, options));
    app.flash("Copied the HTML body for AO3");
    return true;
  } catch {
    app.storyBanner(
      "The clipboard refused the text. Export as HTML and paste from the file instead.",
      "error",
      [],
      "export-copy",
    );
    return false;
  }
}

/** Shows where the export went, with the folder one click away when the host can open it. */
export function confirmExport(app: App, paths: readonly string[], format: ExportFormat): void {
  const last = paths[paths.length - 1]!;
  const what =
    paths.length === 1
      ? `Exported ${format.toUpperCase()} to ${last}`
      : `Exported ${paths.length} ${format.toUpperCase()} files, the last to ${last}`;
  app.storyBanner(
    what,
    "info",
    [{ label: "Show in folder", run: () => app.host.showInFolder(last) }],
    "export-done",
  );
}

export const exportCommands: AppCommand<App>[] = [
  {
    id: "file.export",
    label: "Export…",
    keys: "Mod-e",
    run: (app) => {
      const story = storyFromDoc(app.state.doc, storyTitle(app), "", isMarkdown(app));
      void openExportDialog(
        app,
        story.scenes,
        exportChapters(story),
        { title: storyTitle(app), author: storyAuthor() },
        italicsChoice(story),
        {
          export: async (choices, progress) => {
            const paths = await runExport(app, choices, progress);
            if (paths && paths.length > 0) confirmExport(app, paths, choices.format);
            return paths !== null;
          },
          copy: (choices) => copyForAo3(app, choices),
        },
      );
      return true;
    },
  },
  // Uses the remembered options so the copy matches the last HTML export.
  {
    id: "file.copyForAo3",
    label: "Copy Body for AO3",
    run: (app) => copyForAo3(app, rememberedChoices()),
  },
];

/**
 * The export feature: registers File > Export… and the AO3 copy command, and keeps the
 * manuscript's title and author in the sidecar.
 */
export const exportFeature: Feature = {
  name: "export",
  commands: () => exportCommands,
  prepareDoc: (app, _story, doc) => {
    identity = readIdentity(app.sidecar.export);
    return doc;
  },
  sidecar: () => identity ?? undefined,
  // A crash with autosave off keeps the title and author the writer gave, as the cast.
  keptSettings: () => ({ export: identity }),
  // A copy written before it kept them has no part: nothing of theirs to offer or restore.
  keptDifferences: (kept, sidecar) =>
    "export" in kept && !sameData(readIdentity(kept.export), readIdentity(sidecar.export))
      ? ["the export's title and author"]
      : [],
  restoreKept(app, tr, kept) {
    // Not a step of the document (giving them in the dialog is none either): set as given, and
    // marked unsaved so the next save writes them.
    const restored = readIdentity(kept.export);
    if ("export" in kept && !sameData(restored, identity)) {
      identity = restored;
      app.markSidecarChanged();
    }
    return tr;
  },
};
