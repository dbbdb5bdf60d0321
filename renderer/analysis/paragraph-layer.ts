/**
 * Mentions, lines of dialogue and their speakers, kept with the paragraph they are in rather
 * than in a decoration set. A novel has tens of thousands of them: as decorations they took
 * megabytes, and building the set cost ProseMirror time that grows with scenes times ranges
 * (a sixth of a second at 300,000 words, on every result). Here each paragraph node carries
 * its own short list, with offsets from the paragraph's start; an unchanged paragraph is the
 * same node object in every later document, so its list stays right without any mapping. A
 * paragraph an edit replaces gets its list mapped through the edit, as a decoration would be.
 * The items are packed: all of a result's offsets sit in one array of small integers, its specs
 * in another, and a paragraph maps to where its run starts. A typed array per paragraph cost an
 * object and a buffer each (about 150 bytes), more than the offsets it held.
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

/**
 * Runs of items: at each run's start, its item count and the index of its first spec, then a
 * [from, to] pair per item. A plain array of small integers takes four bytes a number, as a
 * typed array would, without a buffer object.
 */
interface Runs<S> {
  readonly data: readonly number[];
  readonly specs: readonly S[];
}

function pack<S>(runs: { data: number[]; specs: S[] }, items: readonly AnchoredItem<S>[]): number {
  const at = runs.data.length;
  runs.data.push(items.length, runs.specs.length);
  for (const item of items) {
    runs.data.push(item.from, item.to);
    runs.specs.push(item.spec);
  }
  return at;
}

/** Calls `each` with every item of the run at `at`. */
function forRun<S>(
  runs: Runs<S>,
  at: number,
  each: (from: number, to: number, spec: S) => void,
): void {
  const count = runs.data[at]!;
  const firstSpec = runs.data[at + 1]!;
  for (let i = 0; i < count; i++)
    each(runs.data[at + 2 + 2 * i]!, runs.data[at + 3 + 2 * i]!, runs.specs[firstSpec + i]!);
}

/** Where a paragraph's run is: in the result's shared runs, or (once mapped) in its own. */
type Entry<S> = number | Runs<S>;

export class ParagraphLayer<S> {
  /**
   * `items` is the result's own, shared by every state of that result and never changed after
   * `build`; `mapped` holds the paragraphs edits replaced since, each layer its own copy (a few
   * entries: one per paragraph node an edit made before the next result replaces the layer).
   */
  private constructor(
    private readonly shared: Runs<S>,
    private readonly items: WeakMap<PMNode, Entry<S>>,
    private readonly mapped: ReadonlyMap<PMNode, Runs<S>> = new Map(),
  ) {}

  static empty<S>(): ParagraphLayer<S> {
    return new ParagraphLayer<S>({ data: [], specs: [] }, new WeakMap());
  }

  /** A layer over `blocks` (the document's blocks in order): `itemsAt(i)` lists block i's items. */
  static build<S>(
    blocks: readonly PMNode[],
    itemsAt: (index: number) => readonly AnchoredItem<S>[] | undefined,
  ): ParagraphLayer<S> {
    const shared = { data: [] as number[], specs: [] as S[] };
    const items = new WeakMap<PMNode, Entry<S>>();
    blocks.forEach((block, i) => {
      const list = itemsAt(i);
      if (list?.length) items.set(block, pack(shared, list));
    });
    // Arrays grown by push keep up to half again their length as spare room: copy them exact.
    return new ParagraphLayer({ data: shared.data.slice(), specs: shared.specs.slice() }, items);
  }

  /** Calls `each` with every item of `block`, offsets local to it; false when it has none. */
  private forItems(block: PMNode, each: (from: number, to: number, spec: S) => void): boolean {
    const entry = this.mapped.get(block) ?? this.items.get(block);
    if (entry === undefined) return false;
    if (typeof entry === "number") forRun(this.shared, entry, each);
    else forRun(entry, 0, each);
    return true;
  }

  itemsOf(block: PMNode): readonly AnchoredItem<S>[] {
    const out: AnchoredItem<S>[] = [];
    this.forItems(block, (from, to, spec) => out.push({ from, to, spec }));
    return out;
  }

  /**
   * A layer for `tr`'s document: the items of the paragraphs `tr` replaced carried over to their
   * new nodes. This layer stays as it was (it belongs to the state before `tr`); it is returned
   * itself only when nothing was carried over.
   */
  map(tr: Transaction): ParagraphLayer<S> {
    if (!tr.docChanged) return this;
    // Mapping every item through every step costs steps x items: Replace All on a novel (4,000
    // steps) spent seconds here. The paragraphs such an edit replaced start with no items and
    // get them from the next analysis result, as a paragraph whose marked words were edited does.
    if (tr.mapping.maps.length > MAPPED_STEPS) return this;
    const before = tr.before;
    const inverse = tr.mapping.invert();
    const size = tr.doc.content.size;
    let next: Map<PMNode, Runs<S>> | null = null;
    for (const [from, to] of changedRanges(tr)) {
      tr.doc.nodesBetween(Math.max(0, from - 1), Math.min(size, to + 1), (node, pos) => {
        if (!node.isTextblock) return true;
        if (next?.has(node) || this.mapped.has(node) || this.items.has(node)) return false;
        const start = pos + 1;
        const oldStart = inverse.map(start, -1);
        const $old = before.resolve(Math.min(oldStart, before.content.size));
        const old = $old.parent;
        const list = old.isTextblock ? this.itemsOf(old) : [];
        if (!list.length) return false;
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
        if (mapped.length) {
          const own = { data: [] as number[], specs: [] as S[] };
          pack(own, mapped);
          (next ??= new Map(this.mapped)).set(node, own);
        }
        return false;
      });
    }
    return next ? new ParagraphLayer(this.shared, this.items, next) : this;
  }

  /** The items of the paragraphs between `from` and `to`, in absolute positions, in order. */
  find(doc: PMNode, from: number, to: number): PlacedItem<S>[] {
    const out: PlacedItem<S>[] = [];
    doc.nodesBetween(Math.max(0, from), Math.min(to, doc.content.size), (node, pos) => {
      if (!node.isTextblock) return true;
      this.forItems(node, (a, b, spec) => {
        if (pos + 1 + b > from && pos + 1 + a < to)
          out.push({ from: pos + 1 + a, to: pos + 1 + b, spec });
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

/** Edits of more steps than this leave their paragraphs' items to the next result. */
const MAPPED_STEPS = 64;

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
