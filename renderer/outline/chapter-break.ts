/**
 * A chapter break at the caret: a heading line written into the text in the draft's own style
 * (the nearest heading's word, case, number form and Markdown marks, numbered one past it), and
 * the scene split there so the heading opens the next chapter's first scene. One undo step.
 */
import type { Node as PMNode } from "prosemirror-model";
import { closeHistory } from "prosemirror-history";
import { TextSelection, type Command } from "prosemirror-state";
import { isChapterHeading } from "../../core/chapters";
import { schema } from "../editor/schema";
import { newSceneId } from "../editor/story-doc";
import { OUTLINE_TOUCHED, provisionalTitle } from "./scene-commands";

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];
/** "## Chapter 12: Title" -> marks "## ", word "Chapter", number "12". */
const NUMBERED = /^(\s{0,3}#{1,2}[ \t]+)?(chapter|part|book)\s+([0-9]+|[ivxlcdm]+|[a-z]+)\b/iu;

function toRoman(n: number): string {
  let out = "";
  for (const [value, letters] of ROMAN)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

function fromRoman(s: string): number {
  let n = 0;
  let rest = s.toLowerCase();
  for (const [value, letters] of ROMAN)
    while (rest.startsWith(letters)) {
      n += value;
      rest = rest.slice(letters.length);
    }
  return rest ? NaN : n;
}

/** Writes `n` as `like` writes its number: digits, Roman numerals or a word, in its case. */
function numberLike(like: string, n: number): string {
  const cased = (s: string): string =>
    like === like.toUpperCase()
      ? s.toUpperCase()
      : like[0] === like[0]!.toUpperCase()
        ? s[0]!.toUpperCase() + s.slice(1)
        : s;
  if (/^[0-9]+$/u.test(like)) return String(n);
  const word = NUMBER_WORDS.indexOf(like.toLowerCase());
  if (word >= 0) return n < NUMBER_WORDS.length ? cased(NUMBER_WORDS[n]!) : String(n);
  return cased(toRoman(n));
}

function valueOf(number: string): number {
  if (/^[0-9]+$/u.test(number)) return Number(number);
  const word = NUMBER_WORDS.indexOf(number.toLowerCase());
  return word >= 0 ? word : fromRoman(number);
}

/**
 * The heading line for a new chapter after the headings `before` (in story order), styled as
 * the nearest numbered one (or the first numbered one after, `after`). Pure.
 */
export function nextHeading(
  before: readonly string[],
  after: readonly string[],
  markdown: boolean,
): string {
  const numberedBefore = before.filter((h) => NUMBERED.test(h.trim()));
  const model = numberedBefore[numberedBefore.length - 1] ?? after.find((h) => NUMBERED.test(h));
  const match = model ? NUMBERED.exec(model.trim()) : null;
  if (!match) {
    const marks = markdown ? (/^\s{0,3}(#{1,2})[ \t]/u.exec(before.at(-1) ?? "")?.[1] ?? "#") : "";
    return `${marks ? `${marks} ` : ""}Chapter ${numberedBefore.length + 1}`;
  }
  const [, marks = "", word, number] = match;
  const modelValue = valueOf(number!);
  // One past the model when it is before the caret; one before it when it is the next one.
  const value = Number.isNaN(modelValue)
    ? numberedBefore.length + 1
    : numberedBefore.length
      ? modelValue + 1
      : Math.max(1, modelValue - 1);
  return `${marks}${word} ${numberLike(number!, value)}`;
}

/** The doc's heading paragraphs before and after the caret's paragraph (O(paragraphs), once). */
function headingsAround(
  doc: PMNode,
  pos: number,
  markdown: boolean,
): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  doc.descendants((node, at) => {
    if (node.type === schema.nodes.scene) return true;
    if (node.type === schema.nodes.paragraph && node.content.size <= 100) {
      const text = node.textContent;
      if (isChapterHeading(text, markdown)) (at < pos ? before : after).push(text.trim());
    }
    return false;
  });
  return { before, after };
}

/**
 * Adds a chapter heading at the caret: the paragraph is split there, the heading goes between,
 * and it opens a new scene (unless nothing of the scene comes before it). `markdown` is whether
 * the draft is a Markdown file. The caret ends after the heading, to type a title.
 */
export function addChapterBreak(markdown: boolean): Command {
  return (state, dispatch) => {
    const $head = state.selection.$head;
    if ($head.depth < 2 || $head.parent.type !== schema.nodes.paragraph) return false;
    if (!dispatch) return true;
    const scene = $head.node(1);
    const at = $head.index(1);
    const para = $head.parent;
    const offset = $head.parentOffset;
    const { before: headingsBefore, after: headingsAfter } = headingsAround(
      state.doc,
      $head.before(2),
      markdown,
    );
    const heading = schema.nodes.paragraph.create(
      null,
      schema.text(nextHeading(headingsBefore, headingsAfter, markdown)),
    );
    const head: PMNode[] = [];
    const tail: PMNode[] = [heading];
    scene.forEach((child, _o, i) => {
      if (i < at) head.push(child);
      else if (i > at) tail.push(child);
    });
    if (offset > 0) head.push(para.cut(0, offset));
    if (offset < para.content.size || offset === 0)
      tail.splice(
        1,
        0,
        schema.nodes.paragraph.create(offset === 0 ? para.attrs : null, para.content.cut(offset)),
      );
    const opensScene = head.some((n) => n.type === schema.nodes.paragraph);
    const scenes = opensScene
      ? [
          schema.nodes.scene.create(scene.attrs, head),
          schema.nodes.scene.create(
            {
              id: newSceneId(),
              source: "writer",
              title: provisionalTitle(tail[1]?.textContent ?? heading.textContent),
              pov: scene.attrs.pov,
            },
            tail,
          ),
        ]
      : [schema.nodes.scene.create(scene.attrs, [...head, ...tail])];
    const start = $head.before(1);
    const tr = state.tr.replaceWith(start, start + scene.nodeSize, scenes);
    // The caret at the end of the heading.
    const headingStart = opensScene
      ? start + scenes[0]!.nodeSize + 2
      : start + 1 + head.reduce((n, c) => n + c.nodeSize, 0) + 1;
    tr.setSelection(TextSelection.create(tr.doc, headingStart + heading.content.size));
    // A scene the writer made, as Split makes one: detection no longer regroups the outline.
    if (opensScene) tr.setMeta(OUTLINE_TOUCHED, true);
    dispatch(closeHistory(tr).scrollIntoView());
    return true;
  };
}
