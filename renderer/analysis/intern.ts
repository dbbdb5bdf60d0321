/**
 * One copy of each repeated string in a worker's answer. Structured cloning gives every string
 * its own copy, so a novel's result held thousands of "Spike"s, "warning"s and identical note
 * messages; they are swapped for one shared instance as the result arrives.
 */

/** Past this many distinct strings the table starts over, so it cannot grow without bound. */
const MAX_TABLE = 50_000;

export class StringTable {
  private table = new Map<string, string>();

  private intern(text: string): string {
    const known = this.table.get(text);
    if (known !== undefined) return known;
    if (this.table.size >= MAX_TABLE) this.table = new Map();
    this.table.set(text, text);
    return text;
  }

  /** Replaces, in place, every string inside `value` (a freshly cloned message) by its shared copy. */
  internAll<T>(value: T): T {
    const stack: unknown[] = [value];
    while (stack.length) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const item: unknown = node[i];
          if (typeof item === "string") node[i] = this.intern(item);
          else if (item && typeof item === "object") stack.push(item);
        }
      } else if (node && typeof node === "object") {
        const record = node as Record<string, unknown>;
        for (const key in record) {
          const item = record[key];
          if (typeof item === "string") record[key] = this.intern(item);
          else if (item && typeof item === "object") stack.push(item);
        }
      }
    }
    return value;
  }
}
