/**
 * Draws analysis decorations with the CSS Custom Highlight API: underlines and tints without a
 * single extra DOM node, so Chromium's text insertion stays as fast as in a bare editor.
 *
 * Ranges are kept per scene. A keystroke replaces one scene node, so only that scene's ranges
 * are rebuilt; ranges in untouched scenes point into DOM text that ProseMirror did not redraw
 * and stay correct as they are. A new analysis result repaints everything once.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { DecorationSet, EditorView } from "prosemirror-view";
import type { AnalysisSpec } from "../plugins/analysis";

/** Highlight names by what they mark; the stylesheet styles `::highlight(<name>)`. */
export type ClassifySpec = (spec: AnalysisSpec) => string | null;

interface Painted {
  readonly scene: PMNode;
  readonly ranges: readonly [string, Range][];
}

export class HighlightPainter {
  private readonly highlights = new Map<string, Highlight>();
  private painted: Painted[] = [];
  /** The result the painted ranges came from; a new one means a full repaint. */
  private origin: object | null = null;

  constructor(private classify: ClassifySpec) {}

  static supported(): boolean {
    return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
  }

  /** Changes what is drawn (a toggle, new colours) and repaints. */
  setClassifier(view: EditorView, classify: ClassifySpec): void {
    this.classify = classify;
    this.origin = null;
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

  private rangesFor(view: EditorView, set: DecorationSet, from: number, to: number): [string, Range][] {
    const out: [string, Range][] = [];
    for (const deco of set.find(from, to)) {
      const name = this.classify(deco.spec as AnalysisSpec);
      if (!name || deco.to <= deco.from) continue;
      try {
        const start = view.domAtPos(deco.from, 1);
        const end = view.domAtPos(deco.to, -1);
        const range = new Range();
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
        this.highlight(name).add(range);
        out.push([name, range]);
      } catch {
        // A position ProseMirror cannot map to the DOM (mid-redraw): the next paint fixes it.
      }
    }
    return out;
  }

  private clear(ranges: readonly [string, Range][]): void {
    for (const [name, range] of ranges) this.highlights.get(name)?.delete(range);
  }

  /**
   * Brings the highlights in line with `set` on the view's document. `origin` is the result
   * the set was built from: while it stays the same (the set was only mapped through edits),
   * only changed scenes are repainted; a new origin repaints everything.
   */
  paint(view: EditorView, set: DecorationSet, origin: object | null): void {
    if (!HighlightPainter.supported()) return;
    const doc = view.state.doc;
    const full = origin === null || origin !== this.origin;
    const next: Painted[] = [];
    let i = 0;
    doc.forEach((scene, pos) => {
      const old = this.painted[i];
      if (!full && old && old.scene === scene) {
        next.push(old);
      } else {
        if (old && !full) this.clear(old.ranges);
        next.push({ scene, ranges: this.rangesFor(view, set, pos, pos + scene.nodeSize) });
      }
      i++;
    });
    if (full) {
      for (const h of this.highlights.values()) h.clear();
      next.length = 0;
      doc.forEach((scene, pos) => void next.push({ scene, ranges: this.rangesFor(view, set, pos, pos + scene.nodeSize) }));
    } else {
      for (let j = i; j < this.painted.length; j++) this.clear(this.painted[j]!.ranges);
    }
    this.painted = next;
    this.origin = origin;
  }

  destroy(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
  }
}
