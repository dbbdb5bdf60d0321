/**
 * Caches keyed by a paragraph's text. The text is the key as it is: paragraph strings are the
 * same objects from one analysis to the next (the analyzer reads them through a `TextPool`),
 * so V8 hashes each once, where a key built by concatenation would be hashed anew on every
 * lookup. What else the value depends on (the quote style, a paragraph's speakers) is a short
 * `variant` checked on hit; what changes for every paragraph at once (the cast) clears the
 * cache instead.
 *
 * Entries go by generations: each remembers the last pass that used it, and once the cache
 * outgrows what the story needs (`nextPass`), those no pass used lately go. A long session of
 * edits leaves a text behind with every edit; without this the cache kept them all.
 */
export class TextCache<V> {
  private map = new Map<string, { variant: string; value: V; pass: number }>();
  private pass = 0;

  constructor(private readonly limit = 50_000) {}

  /** How many texts the cache holds. */
  get size(): number {
    return this.map.size;
  }

  /**
   * Starts a pass. Past `bound` entries (the analyzer gives a multiple of the story's
   * paragraphs), drops those the last two passes did not use: an edited paragraph's old text,
   * a deleted paragraph's. Two, not one: a pass may skip what the next needs again (the
   * speaker walk reads only around an edit).
   */
  nextPass(bound: number): void {
    this.pass++;
    if (this.map.size <= bound) return;
    for (const [text, entry] of this.map) if (entry.pass < this.pass - 2) this.map.delete(text);
  }

  get(text: string, compute: () => V, variant = ""): V {
    const hit = this.map.get(text);
    if (hit && hit.variant === variant) {
      hit.pass = this.pass;
      return hit.value;
    }
    const value = compute();
    // A hard bound for a caller that never starts passes: drop the oldest half.
    if (!hit && this.map.size >= this.limit)
      this.map = new Map([...this.map].slice(this.limit / 2));
    this.map.set(this.keyFor(text, value), { variant, value, pass: this.pass });
    return value;
  }

  clear(): void {
    this.map.clear();
  }

  /** The key an entry is stored under: the text itself. */
  protected keyFor(text: string, _value: V): string {
    return text;
  }
}

/**
 * Each paragraph text once, as a string of its own. A paragraph parsed from a story's whole
 * text is a slice of it, and V8 keeps the whole text alive for as long as any slice lives: a
 * cache keeping one edited paragraph's text (or a name or quote read from it) kept that pass's
 * whole story (2 MB for a 120,000-word novel) for good. The analyzer reads every paragraph
 * through the pool, so the caches keep copies alone; an unchanged paragraph gets the same copy
 * pass after pass.
 */
export class TextPool extends TextCache<string> {
  own(text: string): string {
    return this.get(text, () => ownCopy(text));
  }

  protected override keyFor(_text: string, copy: string): string {
    return copy;
  }
}

/**
 * A string that shares no storage with `text`: a JSON round trip builds it anew from a
 * temporary the size of the paragraph. Made once per new text.
 */
export function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
