/**
 * The cast as scene detection reads it: each name and alias compiled into one regex, once per
 * cast array, with the map from each surface form to its canonical name. Separate so the
 * paragraph reading and the stand-in cast (names.ts) share the `SceneCharacter` shape without
 * importing the whole paragraph reading.
 */

import { groupedAlternation } from "./alternation";

/** A character as scene detection needs it: a canonical name and other names for them. */
export interface SceneCharacter {
  readonly name: string;
  readonly aliases: readonly string[];
}

interface CompiledCast {
  readonly mention: RegExp | null;
  /** Surface form (as written) to canonical name. */
  readonly canonical: ReadonlyMap<string, string>;
}

const compiledCasts = new WeakMap<readonly SceneCharacter[], CompiledCast>();

/** Compiles the cast into one regex, once per cast array (callers reuse the same array). */
export function compileCast(cast: readonly SceneCharacter[]): CompiledCast {
  const cached = compiledCasts.get(cast);
  if (cached) return cached;
  const canonical = new Map<string, string>();
  for (const c of cast) {
    for (const form of [c.name, ...c.aliases]) {
      const trimmed = form.trim();
      if (!trimmed) continue;
      // "the Slayer" also opens sentences as "The Slayer".
      const forms = [trimmed, trimmed[0]!.toUpperCase() + trimmed.slice(1)];
      for (const f of forms) if (!canonical.has(f)) canonical.set(f, c.name);
    }
  }
  // The look-ahead for a name's first character changes no match; it spares the look-behind
  // at every other character of the text.
  const initials = [...new Set([...canonical.keys()].map((k) => [...k][0]!))]
    .map((c) => c.replace(/[\]\\^-]/gu, "\\$&"))
    .join("");
  const mention =
    canonical.size === 0
      ? null
      : new RegExp(
          `(?=[${initials}])(?<![\\p{L}\\p{N}])(?:${groupedAlternation([...canonical.keys()])})(?![\\p{L}\\p{N}])`,
          "gu",
        );
  const compiled = { mention, canonical };
  compiledCasts.set(cast, compiled);
  return compiled;
}
