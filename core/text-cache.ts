/**
 * Caches keyed by a paragraph's text. The text is the key as it is: paragraph strings are the
 * same objects from one analysis to the next, so V8 hashes each once, where a key built by
 * concatenation would be hashed anew on every lookup. What else the value depends on (the quote
 * style, a paragraph's speakers) is a short `variant` checked on hit; what changes for every
 * paragraph at once (the cast) clears the cache instead.
 */
export class TextCache<V> {
  private map = new Map<string, { variant: string; value: V }>();

  constructor(private readonly limit = 50_000) {}

  get(text: string, compute: () => V, variant = ""): V {
    const hit = this.map.get(text);
    if (hit && hit.variant === variant) return hit.value;
    const value = compute();
    // Bounded: a long session of edits leaves old texts behind; drop the oldest half.
    if (!hit && this.map.size >= this.limit)
      this.map = new Map([...this.map].slice(this.limit / 2));
    this.map.set(text, { variant, value });
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}
