/**
 * Which cast member a gold scene's POV names. The exact judge (the official scorer's way for
 * speakers) takes the gold name when it is a cast member's name or alias. Ours also takes a
 * shorter form of one member's name that no one else in the cast could own ("Lord Chancellor"
 * for the found "Lord High Chancellor", "Dr. Archie" for "Dr. Howard Archie"), as the speaker
 * judge takes a form only the gold person owns: the gold is written from the text, the cast is
 * found, and the two may name one person by two of the text's own forms.
 */
import { impliedForms } from "../core/cast/names";
import type { Character } from "../core/model";

export type PovJudge = "exact" | "forms";

/** The cast's name the gold `name` stands for under `judge`, else `name` itself. */
export function povCanonical(
  cast: readonly Character[],
  judge: PovJudge,
): (name: string) => string {
  const owner = new Map<string, string>();
  if (judge === "forms")
    for (const [name, forms] of impliedForms(cast))
      for (const f of forms) owner.set(f.toLowerCase(), name);
  return (name) =>
    cast.find((c) => c.name === name || c.aliases.includes(name))?.name ??
    owner.get(name.toLowerCase()) ??
    name;
}
