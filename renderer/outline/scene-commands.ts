/**
 * Scene commands: reorder, split, merge and annotate the scenes of the document. Each is a
 * ProseMirror command `(state, dispatch?) => boolean` that reports whether it applies when
 * called without `dispatch`, and each structural change is one transaction (one undo step).
 *
 * Reordering moves scene *content*, not slots: a slot is a scene's place in the order together
 * with what opens it there, i.e. the file's own marker line (`* * *`) and the separator before
 * its first paragraph. The k-th marker of the file therefore stays between the k-th and
 * (k+1)-th scene, the sequence of separators in the saved file is unchanged, and a story
 * without markers gets none. Moving one scene also leaves a chapter heading that opens a slot
 * in place, as the outline draws chapter rows fixed while scene rows move; moving a chapter
 * takes its heading along.
 */
import type { Node as PMNode } from "prosemirror-model";
import { closeHistory } from "prosemirror-history";
import { TextSelection, type Command, type EditorState, type Transaction } from "prosemirror-state";
import { headingUnderTitles, isChapterHeading, ownHeading } from "../../core/chapters";
import { schema, type SceneAttrs } from "../editor/schema";
import { newSceneId } from "../editor/story-doc";

/** Transaction meta key set by every command that changes the outline on the writer's behalf. */
export const OUTLINE_TOUCHED = "outlineTouched";

export type SceneStatus = SceneAttrs["status"];
export const SCENE_STATUSES: readonly SceneStatus[] = ["draft", "revised", "done"];

/** Index of the scene that holds the selection's head. */
export function sceneIndexAt(state: EditorState): number {
  return state.selection.$head.index(0);
}

/** Document position where scene `index` starts (before its opening token). */
export function scenePos(doc: PMNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

function isBreak(node: PMNode | null): boolean {
  return node?.type === schema.nodes.scene_break;
}

/**
 * A scene's place in the order: the marker node, the chapter heading (when headings stay) with
 * the part's heading and title lines stacked over it, and the separator before the first
 * paragraph after them.
 */
interface Slot {
  readonly marker: PMNode | null;
  readonly headings: readonly PMNode[];
  readonly separator: string | null;
}

/** Chapter headings stay in their slot through a move; `markdown`: `#` lines are headings. */
interface StayingHeadings {
  readonly markdown: boolean;
}

/**
 * The chapter heading opening a scene, with those stacked over it (core/chapters.ts,
 * `ownHeading`) or the story's title lines above it (`headingUnderTitles`), when the scene
 * holds more than them; else none.
 */
function headingsOf(scene: PMNode, stay: StayingHeadings): readonly PMNode[] {
  const at = isBreak(scene.firstChild) ? 1 : 0;
  const textAt = (k: number): string | undefined =>
    k < scene.childCount ? scene.child(k).textContent : undefined;
  if (
    !isChapterHeading(textAt(at) ?? "", stay.markdown) &&
    headingUnderTitles(textAt, at, stay.markdown) === null
  )
    return [];
  const own = ownHeading(textAt, at, stay.markdown);
  if (scene.childCount <= own + 1) return [];
  const out: PMNode[] = [];
  for (let k = at; k <= own; k++) out.push(scene.child(k));
  return out;
}

function slotOf(scene: PMNode, headingsStay: StayingHeadings | null): Slot {
  const marker = isBreak(scene.firstChild) ? scene.firstChild : null;
  const headings = headingsStay ? headingsOf(scene, headingsStay) : [];
  const first = scene.child((marker ? 1 : 0) + headings.length);
  return { marker, headings, separator: first.attrs.before as string | null };
}

/** The scene's paragraphs but its marker, and its headings when they stay in the slot. */
function bodyOf(scene: PMNode, slot: Slot): PMNode[] {
  const out: PMNode[] = [];
  scene.forEach((child) => {
    if (!isBreak(child) && !slot.headings.includes(child)) out.push(child);
  });
  return out;
}

function withBefore(paragraph: PMNode, before: string | null): PMNode {
  if (paragraph.attrs.before === before) return paragraph;
  return paragraph.type.create({ ...paragraph.attrs, before }, paragraph.content, paragraph.marks);
}

/**
 * Puts a scene's paragraphs into a slot: the slot's marker, heading and separator, the scene's
 * attrs. The `first` slot opens the story on no break, so a suggested one is not carried there
 * (its row would offer Keep and Remove that cannot apply).
 */
function placeInSlot(scene: PMNode, own: Slot, slot: Slot, first: boolean): PMNode {
  const body = bodyOf(scene, own);
  body[0] = withBefore(body[0]!, slot.separator);
  body.unshift(...slot.headings);
  const source = slot.marker
    ? "marker"
    : scene.attrs.source === "marker"
      ? "writer"
      : scene.attrs.source;
  return schema.nodes.scene.create(
    { ...scene.attrs, source, ...(first ? { confidence: 1 } : {}) },
    slot.marker ? [slot.marker, ...body] : body,
  );
}

/** Position of the start of the text of a scene's first paragraph. */
export function sceneTextStart(doc: PMNode, index: number): number {
  const scene = doc.child(index);
  return (
    scenePos(doc, index) + 1 + (isBreak(scene.firstChild) ? scene.firstChild!.nodeSize : 0) + 1
  );
}

/** Puts the cursor at the start of scene `index` and scrolls there. */
export function selectScene(index: number): Command {
  return (state, dispatch) => {
    if (index < 0 || index >= state.doc.childCount) return false;
    if (dispatch)
      dispatch(
        state.tr
          .setSelection(TextSelection.create(state.doc, sceneTextStart(state.doc, index)))
          .scrollIntoView(),
      );
    return true;
  };
}

function finish(tr: Transaction, sceneIndex: number): Transaction {
  tr.setSelection(TextSelection.create(tr.doc, sceneTextStart(tr.doc, sceneIndex)));
  tr.setMeta(OUTLINE_TOUCHED, true);
  return closeHistory(tr).scrollIntoView();
}

/**
 * Moves scene `from` so that it ends up at index `to` in the new order. Only content moves;
 * markers, chapter headings and separators stay in their slots (see the file comment); in a
 * Markdown story (`markdown`) its `#` headings are chapter headings too. One undo step.
 */
export function moveScene(from: number, to: number, markdown = false): Command {
  return moveScenes(from, 1, to, { markdown });
}

/**
 * Moves the `count` scenes from `from` on (a chapter) so that the first ends up at index `to`
 * in the new order, as `moveScene` moves one: content moves, slots stay. Chapter headings move
 * with their scenes unless `headingsStay` says which stay (one scene moved among the chapters).
 * One undo step.
 */
export function moveScenes(
  from: number,
  count: number,
  to: number,
  headingsStay: StayingHeadings | null = null,
): Command {
  return (state, dispatch) => {
    const { doc } = state;
    const n = doc.childCount;
    if (count < 1 || from === to || from < 0 || to < 0 || from + count > n || to + count > n)
      return false;
    if (!dispatch) return true;
    const lo = Math.min(from, to);
    const hi = Math.max(from, to) + count - 1;
    const scenes: PMNode[] = [];
    for (let i = lo; i <= hi; i++) scenes.push(doc.child(i));
    const slots = scenes.map((scene) => slotOf(scene, headingsStay));
    const own = new Map(scenes.map((scene, k) => [scene, slots[k]!]));
    const order = scenes.slice();
    const moved = order.splice(from - lo, count);
    order.splice(to - lo, 0, ...moved);
    const placed = order.map((scene, k) =>
      placeInSlot(scene, own.get(scene)!, slots[k]!, lo + k === 0),
    );
    const tr = state.tr.replaceWith(scenePos(doc, lo), scenePos(doc, hi + 1), placed);
    dispatch(finish(tr, to));
    return true;
  };
}

/** Moves the scene at `index` (default: the one under the cursor) one place up. */
export function moveSceneUp(index?: number, markdown = false): Command {
  return (state, dispatch) => {
    const i = index ?? sceneIndexAt(state);
    return moveScene(i, i - 1, markdown)(state, dispatch);
  };
}

/** Moves the scene at `index` (default: the one under the cursor) one place down. */
export function moveSceneDown(index?: number, markdown = false): Command {
  return (state, dispatch) => {
    const i = index ?? sceneIndexAt(state);
    return moveScene(i, i + 1, markdown)(state, dispatch);
  };
}

/**
 * The paragraph a scene's provisional title is read from: its first that is not a chapter
 * heading (a heading in either form: the scene does not know whether the story is Markdown).
 * A scene of nothing but its heading has none yet ("New scene" until the writer types one).
 */
export function titleLine(paragraphs: readonly PMNode[]): string {
  const line = paragraphs.find(
    (p) => p.type === schema.nodes.paragraph && !isChapterHeading(p.textContent, true),
  );
  return line?.textContent ?? "";
}

/** A title for a scene the writer created, until detection or the writer names it. */
export function provisionalTitle(firstParagraph: string): string {
  const words = firstParagraph.split(/\s+/).filter(Boolean);
  if (words.length === 0) return "New scene";
  const head = words.slice(0, 5).join(" ");
  return words.length > 5 ? `${head.replace(/[.,;:!?]+$/u, "")}…` : head;
}

/**
 * Splits the scene under the cursor: the paragraph holding the cursor opens the new scene, or,
 * when the cursor sits at the end of a paragraph that is not the scene's last, the next one
 * does. The new scene's boundary comes from the writer. Does not apply at a scene's first
 * paragraph (there is nothing before it to keep).
 */
export const splitSceneAtCursor: Command = (state, dispatch) => {
  const $head = state.selection.$head;
  if ($head.depth < 2) return false;
  const index = $head.index(0);
  const scene = $head.node(1);
  let cut = $head.index(1);
  const atEnd =
    $head.parent.isTextblock &&
    $head.parentOffset === $head.parent.content.size &&
    $head.parentOffset > 0;
  if (atEnd && cut < scene.childCount - 1) cut += 1;
  const firstBody = isBreak(scene.firstChild) ? 1 : 0;
  if (cut <= firstBody || cut >= scene.childCount) return false;
  if (!dispatch) return true;
  const head: PMNode[] = [];
  const tail: PMNode[] = [];
  scene.forEach((child, _offset, i) => (i < cut ? head : tail).push(child));
  const first = schema.nodes.scene.create(scene.attrs, head);
  const title = provisionalTitle(titleLine(tail));
  const second = schema.nodes.scene.create(
    { id: newSceneId(), source: "writer", title, pov: scene.attrs.pov },
    tail,
  );
  const start = scenePos(state.doc, index);
  const tr = state.tr.replaceWith(start, start + scene.nodeSize, [first, second]);
  dispatch(finish(tr, index + 1));
  return true;
};

/**
 * Merges scene `index` (default: the one under the cursor) into the previous one. Does not
 * apply to the first scene, nor to a scene opened by a marker line from the file: markers are
 * authoritative, so the writer removes the line itself if it should go.
 */
export function mergeSceneWithPrevious(index?: number): Command {
  return (state, dispatch) => {
    const i = index ?? sceneIndexAt(state);
    if (i <= 0 || i >= state.doc.childCount) return false;
    const prev = state.doc.child(i - 1);
    const scene = state.doc.child(i);
    if (isBreak(scene.firstChild)) return false;
    if (!dispatch) return true;
    const content: PMNode[] = [];
    prev.forEach((c) => content.push(c));
    scene.forEach((c) => content.push(c));
    const merged = schema.nodes.scene.create(prev.attrs, content);
    const start = scenePos(state.doc, i - 1);
    const tr = state.tr.replaceWith(start, start + prev.nodeSize + scene.nodeSize, merged);
    dispatch(finish(tr, i - 1));
    return true;
  };
}

/**
 * Keeps the break that detection found before scene `index` (default: the one under the cursor)
 * as the writer's own: no longer drawn as a suggestion, and kept by Re-detect as every break the
 * writer made is. Applies only to a detected break (not the first scene's, a marker's or one the
 * writer made); the text is unchanged, so it is one undo step of the outline alone.
 */
export function keepSceneBreak(index?: number): Command {
  return (state, dispatch) => {
    const i = index ?? sceneIndexAt(state);
    if (i <= 0 || i >= state.doc.childCount) return false;
    if ((state.doc.child(i).attrs as SceneAttrs).source !== "detected") return false;
    return setSceneAttrs(i, { source: "writer", confidence: 1 }, true)(state, dispatch);
  };
}

/** Changes a scene's attributes; `touches` marks the outline as the writer's (renames do). */
function setSceneAttrs(index: number, attrs: Partial<SceneAttrs>, touches = false): Command {
  return (state, dispatch) => {
    if (index < 0 || index >= state.doc.childCount) return false;
    const scene = state.doc.child(index);
    const changed = Object.entries(attrs).some(([k, v]) => scene.attrs[k] !== v);
    if (!changed) return false;
    if (dispatch) {
      const tr = state.tr.setNodeMarkup(scenePos(state.doc, index), null, {
        ...scene.attrs,
        ...attrs,
      });
      dispatch(touches ? tr.setMeta(OUTLINE_TOUCHED, true) : tr);
    }
    return true;
  };
}

/**
 * After the writer renames a character (or merges one into another) in the Cast panel: each
 * title that detection made leading with the old name ("Theo — the shop") leads with the new
 * one, so the outline, the Export dialog and the exports say what the chips say. A title the
 * writer gave stays. Adds its steps to `tr`, the rename's own (see cast/commands.ts
 * `changeCast`): the titles and the cast are one undo step, so no scene step undone after it
 * can set a title back apart from the name.
 */
export function renameInTitles(tr: Transaction, from: string, to: string): Transaction {
  const lead = `${from} — `;
  tr.doc.forEach((scene, pos) => {
    const { title, titleEdited } = scene.attrs as SceneAttrs;
    if (titleEdited || !title.startsWith(lead)) return;
    tr.setNodeMarkup(pos, null, { ...scene.attrs, title: `${to} — ${title.slice(lead.length)}` });
  });
  return tr;
}

/** Renames a scene; generated titles never replace a title the writer gave. */
export function renameScene(index: number, title: string): Command {
  const clean = title.replace(/\s+/g, " ").trim();
  return clean === ""
    ? () => false
    : setSceneAttrs(index, { title: clean, titleEdited: true }, true);
}

export function setSynopsis(index: number, synopsis: string): Command {
  return setSceneAttrs(index, { synopsis: synopsis.trim() });
}

export function setStatus(index: number, status: SceneStatus): Command {
  return SCENE_STATUSES.includes(status) ? setSceneAttrs(index, { status }) : () => false;
}
