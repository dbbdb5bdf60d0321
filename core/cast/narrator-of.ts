/**
 * Who the cast says "I" is. Its own module so that the editor, which names the narrator in the
 * outline and the Cast panel, reads the same rule as the speaker walk without loading it.
 */
import type { Character } from "../model";

/**
 * The first-person narrator's name: the cast member marked `narrator: true`, or called
 * "narrator" or "I" (as a name or alias), else the string "narrator" (CONTRACT.md).
 */
export function narratorOf(
  cast: readonly Pick<Character, "name" | "aliases" | "narrator">[],
): string {
  const isNarrator = (n: string): boolean => /^(?:narrator|I)$/i.test(n.trim());
  return (
    cast.find((c) => c.narrator)?.name ??
    cast.find((c) => [c.name, ...c.aliases].some(isNarrator))?.name ??
    "narrator"
  );
}
