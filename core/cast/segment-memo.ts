/**
 * Readings kept with a paragraph's segments. An analyzer caches each paragraph's segments by its
 * text and hands the same array back for an unchanged paragraph, so a reading that depends on
 * the segments alone is made once per paragraph text and read again on every later pass. A
 * reading that also depends on the pass (the cast, the state a story-wide walk enters with)
 * keeps its own `WeakMap` and checks that state (genders.ts, narrated-links.ts).
 */
import type { Segment } from "./refs";

/**
 * `read`, answered once per segments array: later calls with the same array give the first
 * answer (false and 0 too). `read` must depend on the segments alone and answer something
 * other than undefined.
 */
export function perSegments<T>(
  read: (segments: readonly Segment[]) => T,
): (segments: readonly Segment[]) => T {
  const kept = new WeakMap<readonly Segment[], T>();
  return (segments) => {
    let found = kept.get(segments);
    if (found === undefined) {
      found = read(segments);
      kept.set(segments, found);
    }
    return found;
  };
}
