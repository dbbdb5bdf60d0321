/**
 * What a story-wide pass around the speaker walk reads from one paragraph alone (which of its
 * quotes are scare quotes, what it gives its conversation turn), kept from one pass to the
 * next: after a one-paragraph edit only that paragraph is read again, not the whole story.
 *
 * Kept by the paragraph's text, and taken over only when the paragraph reads as it did then:
 * the same segments and mentions (objects an analyzer caches by text, so the same ones while
 * the text, quote style and cast stay) and the same quotes where they stand in the paragraph.
 * What else a value reads (the cast's descriptions) is the pass's `inputs`: other inputs start
 * the memo afresh. It holds the paragraphs of two passes at most.
 */
import type { ParagraphReading } from "./refs";

interface Kept<V> {
  readonly reading: ParagraphReading;
  readonly value: V;
}

export class ParagraphMemo<V> {
  private last = new Map<string, Kept<V>>();
  private current = new Map<string, Kept<V>>();
  private inputs: unknown = undefined;
  /** How many values were made rather than taken over (what the tests count). */
  made = 0;

  /** Starts a pass; `inputs` is compared by identity with the pass before's. */
  pass(inputs: unknown): this {
    this.last = inputs === this.inputs ? this.current : new Map();
    this.current = new Map();
    this.inputs = inputs;
    return this;
  }

  /** The value for a paragraph's text and reading: the one made before, or `make`'s. */
  get(text: string, reading: ParagraphReading, make: () => V): V {
    let kept = this.current.get(text) ?? this.last.get(text);
    if (!kept || !sameReading(kept.reading, reading)) {
      this.made++;
      kept = { reading, value: make() };
    }
    this.current.set(text, kept);
    return kept.value;
  }
}

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
