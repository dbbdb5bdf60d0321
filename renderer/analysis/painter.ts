/**
 * Draws analysis decorations with the CSS Custom Highlight API: underlines and tints without a
 * single extra DOM node, so Chromium's text insertion stays as fast as in a bare editor.
 *
 * Only the paragraphs on or near the screen are painted: Chromium re-places every registered
 * range after each change to the DOM, so each range off screen cost every keystroke; scrolling
 * paints what comes into view. Ranges are kept per scene, with a signature of what was drawn.
 * A keystroke replaces one scene node, so only that scene's ranges are rebuilt; a new analysis result rebuilds only the scenes
 * whose decorations changed. Ranges are placed by walking the scene's own DOM (section > p >
 * text), never through `view.domAtPos`, which measures the document from the top on every call
 * and made a repaint quadratic in the number of scenes.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { EditorView } from "prosemirror-view";
import type { AnalysisSpec } from "../plugins/analysis";
import type { PlacedItem } from "./paragraph-layer";

type Item = PlacedItem<AnalysisSpec>;

/** What the analysis marks between two document positions (notes, mentions, lines...). */
export type RangeSource = (from: number, to: number) => readonly Item[];

/** Highlight names by what they mark; the stylesheet styles `::highlight(<name>)`. */
export type ClassifySpec = (spec: AnalysisSpec) => string | null;

/**
 * Static ranges: Chromium updates every live Range in the document on each text change, which
 * with tens of thousands of underlines made every keystroke slow. Static ranges are not
 * tracked; the scene being edited is repainted after each keystroke instead.
 */
type Painted = {
  readonly scene: PMNode;
  /** The part of the scene the ranges cover, as offsets from its start. */
  readonly area: string;
  readonly signature: string;
  readonly ranges: readonly [string, StaticRange][];
};

/** Document positions to paint, from the start of one block to the end of another. */
export interface PaintWindow {
  readonly from: number;
  readonly to: number;
}

/** The DOM point `offset` characters into a paragraph element (text nodes and <br>s). */
function textPoint(block: Element, offset: number): { node: Node; offset: number } {
  let left = offset;
  for (const child of block.childNodes) {
    if (child.nodeType === 3) {
      const length = (child as Text).data.length;
      if (left <= length) return { node: child, offset: left };
      left -= length;
    } else if (
      child.nodeName === "BR" &&
      !(child as Element).classList.contains("ProseMirror-trailingBreak")
    ) {
      if (left === 0) return { node: block, offset: [...block.childNodes].indexOf(child) };
      left -= 1;
    }
  }
  return { node: block, offset: block.childNodes.length };
}

export class HighlightPainter {
  private readonly highlights = new Map<string, Highlight>();
  private painted: Painted[] = [];
  /** The classifier's generation: a toggle or new colours repaint everything once. */
  private generation = 0;
  private origin: object | null = null;

  constructor(private classify: ClassifySpec) {}

  static supported(): boolean {
    return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
  }

  /** Changes what is drawn (a toggle, new colours); the next paint redraws every scene. */
  setClassifier(classify: ClassifySpec): void {
    this.classify = classify;
    this.generation++;
  }

  private highlight(name: string): Highlight {
    let h = this.highlights.get(name);
    if (!h) {
      h = new Highlight();
      this.highlights.set(name, h);
      CSS.highlights.set(name, h);
    }
    return h;
  }

  /** What a scene's highlights would be: class and position of each decoration in it. */
  /** The decorations of a scene inside the window, and a signature of what they would draw. */
  private wanted(
    source: RangeSource,
    pos: number,
    scene: PMNode,
    window: PaintWindow,
  ): { decos: [string, Item][]; signature: string } {
    const from = Math.max(pos, window.from);
    const to = Math.min(pos + scene.nodeSize, window.to);
    const decos: [string, Item][] = [];
    for (const deco of source(from, to)) {
      if (deco.to <= from || deco.from >= to) continue;
      const name = deco.to > deco.from ? this.classify(deco.spec as AnalysisSpec) : null;
      if (name) decos.push([name, deco]);
    }
    decos.sort((a, b) => a[1].from - b[1].from);
    const signature = `${this.generation}|${decos.map(([n, d]) => `${n}@${d.from - pos}-${d.to - pos}`).join(",")}`;
    return { decos, signature };
  }

  private rangesFor(
    view: EditorView,
    section: Element | null,
    pos: number,
    scene: PMNode,
    decos: [string, Item][],
  ): [string, StaticRange][] {
    const out: [string, StaticRange][] = [];
    if (decos.length === 0) return out;
    const starts: number[] = [];
    scene.forEach((_block, offset) => void starts.push(pos + 1 + offset));
    let k = 0;
    for (const [name, deco] of decos) {
      while (k + 1 < starts.length && starts[k + 1]! <= deco.from) k++;
      const block = scene.child(k);
      const blockStart = starts[k]! + 1;
      const element = section?.children[k];
      try {
        const direct = element && deco.to <= blockStart + block.content.size;
        // A range across blocks, or a DOM that does not mirror the document: ask ProseMirror.
        const start = direct
          ? textPoint(element, deco.from - blockStart)
          : view.domAtPos(deco.from, 1);
        const end = direct ? textPoint(element, deco.to - blockStart) : view.domAtPos(deco.to, -1);
        const range = new StaticRange({
          startContainer: start.node,
          startOffset: start.offset,
          endContainer: end.node,
          endOffset: end.offset,
        });
        this.highlight(name).add(range);
        out.push([name, range]);
      } catch {
        // A position the DOM cannot hold right now (mid-redraw): the next paint fixes it.
      }
    }
    return out;
  }

  private clear(ranges: readonly [string, StaticRange][]): void {
    for (const [name, range] of ranges) this.highlights.get(name)?.delete(range);
  }

  /**
   * Brings the highlights in line with `source` on the view's document, scene by scene, for the
   * part of the document in `window` (Chromium re-places every registered range after each DOM
   * change, so each range off screen would still cost every keystroke). `origin` is the result
   * the set was built from: while it is the same (the set was only mapped through edits), an
   * unchanged scene node keeps its ranges if the window still covers the same part of it.
   */
  paint(
    view: EditorView,
    source: RangeSource,
    origin: object | null,
    window: PaintWindow = { from: 0, to: Infinity },
  ): void {
    if (!HighlightPainter.supported()) return;
    const sameResult = origin === this.origin;
    this.origin = origin;
    const next: Painted[] = [];
    const sections = view.dom.children;
    let i = 0;
    view.state.doc.forEach((scene, pos) => {
      const old = this.painted[i];
      const section = sections[i] ?? null;
      i++;
      if (pos + scene.nodeSize <= window.from || pos >= window.to) {
        // Off screen: nothing registered; painted again when it scrolls into view.
        if (old) this.clear(old.ranges);
        next.push({ scene, area: "", signature: "", ranges: [] });
        return;
      }
      const current = old && old.scene === scene && old.signature.startsWith(`${this.generation}|`);
      const area = `${Math.max(pos, window.from) - pos}-${Math.min(pos + scene.nodeSize, window.to) - pos}`;
      if (current && sameResult && old.area === area) return void next.push(old);
      // Same node, same DOM: its ranges still hold unless what it should show changed.
      const { decos, signature } = this.wanted(source, pos, scene, window);
      if (current && signature === old.signature) return void next.push({ ...old, area });
      if (old) this.clear(old.ranges);
      // ProseMirror renders one <section> per scene, in order; check before trusting it.
      const mirrored =
        section !== null && (section as HTMLElement).dataset.sceneId === scene.attrs.id;
      next.push({
        scene,
        area,
        signature,
        ranges: this.rangesFor(view, mirrored ? section : null, pos, scene, decos),
      });
    });
    for (let j = i; j < this.painted.length; j++) this.clear(this.painted[j]!.ranges);
    this.painted = next;
  }

  destroy(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.painted = [];
    this.origin = null;
  }
}
