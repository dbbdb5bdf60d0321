/**
 * Story text <-> ProseMirror document. `docToText(storyToDoc(parseStory(t))) === t` for any t,
 * and an edit changes only the paragraphs it touches: every paragraph remembers its separator.
 */
import { Fragment, type Node as PMNode } from "prosemirror-model";
import {
  parseStory,
  storyToText,
  type LineEnding,
  type ParagraphText,
  type StoryText,
} from "../../core/story";
import { isMarkdownFile } from "../../core/chapters";
import { paragraphLines } from "../../core/export/clean-text";
import { wrapBreaksIn, wrapColumn } from "../../core/text/hard-wrap";
import { paragraphText, schema, type SceneAttrs } from "./schema";

/** Scene layout to apply when building a document: paragraph ranges with their attributes. */
export interface SceneLayout {
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly attrs: Partial<SceneAttrs>;
}

let nextId = 0;
/** A scene id unique in this session and stable through edits (it lives on the node). */
export function newSceneId(): string {
  nextId += 1;
  return `s${Date.now().toString(36)}${nextId.toString(36)}`;
}

/**
 * A copy of `text` that does not keep the string it was cut from alive. V8 keeps a slice as a
 * view into its parent, so paragraphs sliced from the file held the whole file in memory, and
 * as two bytes a character if one character anywhere needed it; a copy is one byte a character
 * when the paragraph allows.
 */
function ownText(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** How a story's text is read into a document beyond its bytes. */
export interface ReadingOptions {
  /** A Markdown draft: a line ending in a Markdown hard break is the writer's break. */
  readonly markdown?: boolean;
}

/** How the file named `name` is read (a Markdown draft by its extension). */
export function readingFor(name: string | undefined): ReadingOptions {
  return { markdown: isMarkdownFile(name ?? "") };
}

/**
 * The column a story's paragraphs were hard-wrapped at, or null: the exports' reading
 * (`core/export/wrapped.ts`). Only paragraphs with a line break have lines to read.
 */
function storyWrapColumn(story: StoryText): number | null {
  const broken = story.paragraphs.filter((p) => !p.isBreak && /[\r\n]/u.test(p.text));
  return wrapColumn(broken.map((p) => paragraphLines(p.text)));
}

/**
 * Makes paragraph nodes that share their attribute objects. ProseMirror gives every node it
 * creates its own attributes, built in dictionary mode (about 120 bytes each); a novel's
 * thousands of paragraphs have a handful of distinct separators, so each distinct one is built
 * once and every other paragraph is a `copy` of it (attributes are immutable, so sharing them
 * is safe, and edits that copy a node keep sharing them). In a hard-wrapped story (`width`) a
 * line break the wrap made is a `wrap` break, drawn as a space.
 */
function paragraphMaker(
  width: number | null,
  markdown: boolean,
): (p: ParagraphText | null) => PMNode {
  const empty = new Map<string | null, PMNode>();
  const breaks = new Map<string, PMNode>();
  const template = (before: string | null): PMNode => {
    let node = empty.get(before);
    if (!node) empty.set(before, (node = schema.nodes.paragraph.create({ before })));
    return node;
  };
  const hardBreak = (eol: string, wrap: boolean): PMNode => {
    const key = wrap ? `wrap${eol}` : eol;
    let node = breaks.get(key);
    if (!node) breaks.set(key, (node = schema.nodes.hard_break.create({ eol, wrap })));
    return node;
  };
  return (p) => {
    const shape = template(p?.before || null);
    if (!p || p.text === "") return shape.copy();
    const content: PMNode[] = [];
    const wraps = width ? wrapBreaksIn(p.text, width, markdown) : [];
    // A bare CR (a classic Mac line end, or a stray one) is a break node too: left in a text
    // node, the browser reads it back as a space once the writer types in the paragraph.
    const re = /\r\n|\n|\r/g;
    let start = 0;
    for (let m = re.exec(p.text), k = 0; m; m = re.exec(p.text), k++) {
      if (m.index > start) content.push(schema.text(ownText(p.text.slice(start, m.index))));
      content.push(hardBreak(m[0], wraps[k] ?? false).copy());
      start = m.index + m[0].length;
    }
    if (start < p.text.length) content.push(schema.text(ownText(p.text.slice(start))));
    return shape.copy(Fragment.fromArray(content));
  };
}

/** Splits paragraphs into scenes at break lines; `layout` may split further. */
function defaultLayout(story: StoryText): SceneLayout[] {
  const scenes: SceneLayout[] = [];
  let first = -1;
  story.paragraphs.forEach((p, i) => {
    if (p.isBreak) {
      if (first >= 0) scenes.push({ firstParagraph: first, lastParagraph: i - 1, attrs: {} });
      first = -1;
    } else if (first < 0) first = i;
  });
  if (first >= 0)
    scenes.push({ firstParagraph: first, lastParagraph: story.paragraphs.length - 1, attrs: {} });
  return scenes;
}

/**
 * Builds the editor document for a story, in the given scene layout or split at markers. A
 * hard-wrapped story's wraps are read here, from the text as it stands.
 */
export function storyToDoc(
  story: StoryText,
  layout: readonly SceneLayout[] = defaultLayout(story),
  options: ReadingOptions = {},
): PMNode {
  const scenes: PMNode[] = [];
  const ps = story.paragraphs;
  const paragraphNode = paragraphMaker(storyWrapColumn(story), options.markdown ?? false);
  let pendingBreak: PMNode | null = null;
  let i = 0;
  const flushBreaksBefore = (limit: number): void => {
    for (; i < limit; i++) {
      const p = ps[i]!;
      // Two markers in a row: the first is kept verbatim inside the second's text.
      if (p.isBreak) {
        const text: string = pendingBreak
          ? `${pendingBreak.attrs.text as string}${p.before}${p.text}`
          : p.text;
        pendingBreak = schema.nodes.scene_break.create({
          text,
          before: pendingBreak ? pendingBreak.attrs.before : p.before || null,
        });
      }
    }
  };
  for (const scene of layout) {
    flushBreaksBefore(scene.firstParagraph);
    const content: PMNode[] = pendingBreak ? [pendingBreak] : [];
    pendingBreak = null;
    for (let j = scene.firstParagraph; j <= scene.lastParagraph; j++) {
      const p = ps[j]!;
      if (p.isBreak)
        content.push(schema.nodes.scene_break.create({ text: p.text, before: p.before || null }));
      else content.push(paragraphNode(p));
    }
    i = scene.lastParagraph + 1;
    if (!content.some((n) => n.type === schema.nodes.paragraph)) content.push(paragraphNode(null));
    scenes.push(
      schema.nodes.scene.create({ id: newSceneId(), source: "detected", ...scene.attrs }, content),
    );
  }
  flushBreaksBefore(ps.length);
  let trailing = story.trailing;
  if (pendingBreak) {
    // Markers after the last paragraph have no scene to open; keep them verbatim.
    const brk: PMNode = pendingBreak;
    trailing = `${(brk.attrs.before as string | null) ?? ""}${brk.attrs.text as string}${trailing}`;
  }
  if (scenes.length === 0)
    scenes.push(schema.nodes.scene.create({ id: newSceneId() }, paragraphNode(null)));
  return schema.nodes.doc.create(
    { bom: story.bom, leading: story.leading, trailing, eol: story.eol },
    scenes,
  );
}

/** Reads the document back into paragraphs in the story's conventions. */
export function docToStory(doc: PMNode): StoryText {
  const eol = doc.attrs.eol as LineEnding;
  const paragraphs: ParagraphText[] = [];
  doc.forEach((scene) => {
    scene.forEach((block) => {
      const isBreak = block.type === schema.nodes.scene_break;
      const text = isBreak ? (block.attrs.text as string) : paragraphText(block, eol);
      paragraphs.push({
        text,
        before: (block.attrs.before as string | null) ?? "",
        offset: 0,
        isBreak,
      });
    });
  });
  const only = paragraphs.length === 1 ? paragraphs[0]! : null;
  const empty = only !== null && only.text === "" && !only.isBreak;
  return {
    bom: doc.attrs.bom as boolean,
    leading: doc.attrs.leading as string,
    paragraphs: empty ? [] : paragraphs,
    trailing: doc.attrs.trailing as string,
    eol,
  };
}

export function textToDoc(
  text: string,
  layout?: readonly SceneLayout[],
  options: ReadingOptions = {},
): PMNode {
  return storyToDoc(parseStory(text), layout, options);
}

export function docToText(doc: PMNode): string {
  return storyToText(docToStory(doc));
}
