/**
 * Mentions, lines of dialogue and their speakers, kept with the paragraph they are in rather
 * than in a decoration set. A novel has tens of thousands of them: as decorations they took
 * megabytes, and building the set cost ProseMirror time that grows with scenes times ranges
 * (a sixth of a second at 300,000 words, on every result). Here each paragraph node carries
 * its own short list, with offsets from the paragraph's start; an unchanged paragraph is the
 * same node object in every later document, so its list stays right without any mapping. A
 * paragraph an edit replaces gets its list mapped through the edit, as a decoration would be.
 * Each list is packed (offsets in one Int32Array, specs in one array): tens of thousands of
 * small range objects were most of the page's memory.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { Transaction } from "prosemirror-state";

/** A range in one paragraph: offsets are positions inside it (0 = just after its opening). */
export interface AnchoredItem<S> {
  readonly from: number;
  readonly to: number;
  readonly spec: S;
}

/** A range in the document, in absolute positions. */
export interface PlacedItem<S> {
  readonly from: number;
  readonly to: number;
  readonly spec: S;
}

/** One paragraph's items: offsets as [from, to] pairs, and the spec of each pair. */
interface Packed<S> {
  readonly spans: Int32Array;
  readonly specs: readonly S[];
}

function pack<S>(items: readonly AnchoredItem<S>[]): Packed<S> {
  const spans = new Int32Array(items.length * 2);
  items.forEach((item, i) => {
    spans[2 * i] = item.from;
    spans[2 * i + 1] = item.to;
  });
  return { spans, specs: items.map((item) => item.spec) };
}

function unpack<S>(packed: Packed<S>): AnchoredItem<S>[] {
  return packed.specs.map((spec, i) => ({
    from: packed.spans[2 * i]!,
    to: packed.spans[2 * i + 1]!,
    spec,
  }));
}

export class ParagraphLayer<S> {
  /** Shared by every state of one result: entries are only ever added, for new node objects. */
  private constructor(private readonly items: WeakMap<PMNode, Packed<S>>) {}

  static empty<S>(): ParagraphLayer<S> {
    return new ParagraphLayer<S>(new WeakMap());
  }

  /** A layer over `blocks` (the document's blocks in order): `itemsAt(i)` lists block i's items. */
  static build<S>(
    blocks: readonly PMNode[],
    itemsAt: (index: number) => readonly AnchoredItem<S>[] | undefined,
  ): ParagraphLayer<S> {
    const items = new WeakMap<PMNode, Packed<S>>();
    blocks.forEach((block, i) => {
      const list = itemsAt(i);
      if (list?.length) items.set(block, pack(list));
    });
    return new ParagraphLayer(items);
  }

  itemsOf(block: PMNode): readonly AnchoredItem<S>[] {
    const packed = this.items.get(block);
    return packed ? unpack(packed) : [];
  }

  /** Carries the items of the paragraphs `tr` replaced over to their new nodes. */
  map(tr: Transaction): ParagraphLayer<S> {
    if (!tr.docChanged) return this;
    const before = tr.before;
    const inverse = tr.mapping.invert();
    const size = tr.doc.content.size;
    for (const [from, to] of changedRanges(tr)) {
      tr.doc.nodesBetween(Math.max(0, from - 1), Math.min(size, to + 1), (node, pos) => {
        if (!node.isTextblock) return true;
        if (this.items.has(node)) return false;
        const start = pos + 1;
        const oldStart = inverse.map(start, -1);
        const $old = before.resolve(Math.min(oldStart, before.content.size));
        const old = $old.parent;
        const packed = old.isTextblock ? this.items.get(old) : undefined;
        if (!packed) return false;
        const list = unpack(packed);
        const origin = $old.start();
        const end = start + node.content.size;
        const mapped: AnchoredItem<S>[] = [];
        for (const item of list) {
          const a = tr.mapping.mapResult(origin + item.from, 1);
          const b = tr.mapping.mapResult(origin + item.to, -1);
          // Text deleted at either end means the marked words were edited: drop the mark
          // until the next result reads them again.
          if (a.deletedAfter || b.deletedBefore) continue;
          if (a.pos < b.pos && a.pos >= start && b.pos <= end)
            mapped.push({ from: a.pos - start, to: b.pos - start, spec: item.spec });
        }
        if (mapped.length) this.items.set(node, pack(mapped));
        return false;
      });
    }
    return this;
  }

  /** The items of the paragraphs between `from` and `to`, in absolute positions, in order. */
  find(doc: PMNode, from: number, to: number): PlacedItem<S>[] {
    const out: PlacedItem<S>[] = [];
    doc.nodesBetween(Math.max(0, from), Math.min(to, doc.content.size), (node, pos) => {
      if (!node.isTextblock) return true;
      const packed = this.items.get(node);
      if (!packed) return false;
      packed.specs.forEach((spec, i) => {
        const a = pos + 1 + packed.spans[2 * i]!;
        const b = pos + 1 + packed.spans[2 * i + 1]!;
        if (b > from && a < to) out.push({ from: a, to: b, spec });
      });
      return false;
    });
    return out;
  }

  /** The specs of the items that cover `pos`. */
  at(doc: PMNode, pos: number): S[] {
    return this.find(doc, pos - 1, pos + 1)
      .filter((item) => item.from <= pos && pos <= item.to)
      .map((item) => item.spec);
  }

  /** The first item (absolute) whose spec passes `test`, in document order. */
  locate(doc: PMNode, test: (spec: S) => boolean): PlacedItem<S> | null {
    let found: PlacedItem<S> | null = null;
    doc.descendants((node, pos) => {
      if (found) return false;
      if (!node.isTextblock) return true;
      const item = this.itemsOf(node).find((i) => test(i.spec));
      if (item) found = { from: pos + 1 + item.from, to: pos + 1 + item.to, spec: item.spec };
      return false;
    });
    return found;
  }
}

/** The ranges of the new document that `tr`'s steps touched. */
function changedRanges(tr: Transaction): [number, number][] {
  const ranges: [number, number][] = [];
  const maps = tr.mapping.maps;
  maps.forEach((map, i) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let a = newStart;
      let b = newEnd;
      for (let j = i + 1; j < maps.length; j++) {
        a = maps[j]!.map(a, -1);
        b = maps[j]!.map(b, 1);
      }
      ranges.push([a, b]);
    });
  });
  return ranges;
}
