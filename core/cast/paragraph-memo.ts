/**
 * What a story-wide pass around the speaker walk reads from one paragraph alone (which of its
 * quotes are scare quotes, what it gives its conversation turn), kept from one pass to the
 * next: after a one-paragraph edit only that paragraph is read again, not the whole story.
 *
 * Kept by the paragraph's text, and taken over only when the paragraph reads as it did then:
 * the same segments and mentions (objects an analyzer caches by text, so the same ones while
 * the text, quote style and cast stay) and the same quotes where they stand in the paragraph.
 * What else a value reads (the cast's descriptions) is the pass's `inputs`: other inputs start
 * the memo afresh. What neither this pass nor the one before took is never taken again, and
 * is let go once such entries outnumber the live ones.
 */
import type { ParagraphReading } from "./refs";

interface Kept<V> {
  readonly reading: ParagraphReading;
  readonly value: V;
  /** The last pass that took it: one from before the pass before is let go. */
  pass: number;
}

export class ParagraphMemo<V> {
  /** One map across passes (not one built per pass): after an edit, all but one entry stay. */
  private kept = new Map<string, Kept<V>>();
  private passes = 0;
  /** How many entries the last pass and this one took. */
  private takenBefore = 0;
  private taken = 0;
  private inputs: unknown = undefined;
  /** How many values were made rather than taken over (what the tests count). */
  made = 0;

  /** How many paragraphs the memo holds. */
  get size(): number {
    return this.kept.size;
  }

  /** Starts a pass; `inputs` is compared by identity with the pass before's. */
  pass(inputs: unknown): this {
    if (inputs !== this.inputs) this.kept = new Map();
    this.inputs = inputs;
    this.passes++;
    [this.takenBefore, this.taken] = [this.taken, 0];
    // Entries the last pass did not take can never be taken again: let them go once they
    // outnumber the live ones.
    if (this.kept.size > 2 * this.takenBefore + SWEEP_FLOOR)
      for (const [text, k] of this.kept) if (k.pass < this.passes - 1) this.kept.delete(text);
    return this;
  }

  /** The value for a paragraph's text and reading: the one made before, or `make`'s. */
  get(text: string, reading: ParagraphReading, make: () => V): V {
    let kept = this.kept.get(text);
    if (!kept || kept.pass < this.passes - 1 || !sameReading(kept.reading, reading)) {
      this.made++;
      kept = { reading, value: make(), pass: this.passes };
      this.kept.set(text, kept);
      this.taken++;
    } else if (kept.pass !== this.passes) {
      kept.pass = this.passes;
      this.taken++;
    }
    return kept.value;
  }
}

/** Entries a memo keeps past its live ones before it sweeps (a short story never does). */
const SWEEP_FLOOR = 256;

/** Whether a paragraph reads as before wherever it stands: its offset and place may differ. */
function sameReading(a: ParagraphReading, b: ParagraphReading): boolean {
  return (
    a.segments === b.segments &&
    a.mentions === b.mentions &&
    a.local.length === b.local.length &&
    a.local.every((q, k) => {
      const o = b.local[k]!;
      return (
        q.from === o.from &&
        q.to === o.to &&
        q.open === o.open &&
        q.close === o.close &&
        q.dash === o.dash
      );
    })
  );
}
