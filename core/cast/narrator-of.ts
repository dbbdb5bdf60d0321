/**
 * Who the cast says "I" is. Its own module so that the editor, which names the narrator in the
 * outline and the Cast panel, reads the same rule as the speaker walk without loading it.
 */
import type { Character } from "../model";

/** Whether a cast member is called "narrator" or "I" (as a name or alias). */
export function calledNarrator(c: {
  readonly name: string;
  readonly aliases?: readonly string[];
}): boolean {
  return [c.name, ...(c.aliases ?? [])].some((n) => /^(?:narrator|I)$/i.test(n.trim()));
}

/**
 * The first-person narrator's name: the cast member marked `narrator: true`, or called
 * "narrator" or "I" (as a name or alias), else the string "narrator" (CONTRACT.md).
 */
export function narratorOf(
  cast: readonly Pick<Character, "name" | "aliases" | "narrator">[],
): string {
  return cast.find((c) => c.narrator)?.name ?? cast.find(calledNarrator)?.name ?? "narrator";
}
