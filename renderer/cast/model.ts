/**
 * The writer's cast as plain data, and the pure operations the Cast panel performs on it: add,
 * rename, merge, delete, aliases, voice, colour, notes, and speaker corrections (applied by
 * core/cast/corrections.ts). Every operation returns a new cast (or the reason it cannot apply);
 * nothing here touches the editor.
 */
import type { Character, CharacterInfo, Voice } from "../../core/model";
import type { SpeakerCorrection } from "../../core/cast/corrections";
import { NARRATOR } from "../../core/scenes/detect";
import type { WriterCast } from "../analysis/writer-settings";

export {
  castSidecar,
  EMPTY_CAST,
  readCastSidecar,
  type WriterCast,
} from "../analysis/writer-settings";

export type CastEdit =
  | {
      readonly ok: true;
      readonly cast: WriterCast;
      /** A character now known by another name (renamed, or merged into another). */
      readonly renamed?: { readonly from: string; readonly to: string };
    }
  | { readonly ok: false; readonly reason: string };

const ok = (cast: WriterCast, renamed?: { from: string; to: string }): CastEdit =>
  renamed ? { ok: true, cast, renamed } : { ok: true, cast };
const refuse = (reason: string): CastEdit => ({ ok: false, reason });
const fold = (s: string): string => s.trim().toLowerCase();
const tidy = (s: string): string => s.trim().replace(/\s+/g, " ");

/** The writer's character called `name`, if any. */
export function characterNamed(cast: WriterCast, name: string): Character | undefined {
  return cast.characters.find((c) => c.name === name);
}

/** The character (other than `except`) already known by `text` as a name or alias. */
export function ownerOf(cast: WriterCast, text: string, except?: string): Character | undefined {
  const key = fold(text);
  return cast.characters.find(
    (c) => c.name !== except && (fold(c.name) === key || c.aliases.some((a) => fold(a) === key)),
  );
}

function replace(cast: WriterCast, name: string, change: (c: Character) => Character): WriterCast {
  return { ...cast, characters: cast.characters.map((c) => (c.name === name ? change(c) : c)) };
}

function renameSpeakers(
  corrections: readonly SpeakerCorrection[],
  from: string,
  to: string | null,
): SpeakerCorrection[] {
  return corrections.map((c) => (c.speaker === from ? { ...c, speaker: to } : c));
}

/**
 * Adds a character. `found` carries what discovery knew (aliases, a guessed voice stays
 * inferred), less the descriptions the reading folded into it (`spokenAs`): those were this
 * draft's guess, and as the writer's aliases every later "the man" would be this character.
 */
export function addCharacter(
  cast: WriterCast,
  name: string,
  found?: Partial<CharacterInfo>,
): CastEdit {
  const clean = tidy(name);
  if (!clean) return refuse("A character needs a name.");
  const owner = ownerOf(cast, clean);
  if (owner)
    return refuse(
      owner.name === clean
        ? `${clean} is already in the cast.`
        : `"${clean}" is already a name of ${owner.name}.`,
    );
  const aliases = unique(
    (found?.aliases ?? [])
      .filter((a) => !found?.spokenAs?.includes(a))
      .map(tidy)
      .filter((a) => a && fold(a) !== fold(clean) && !ownerOf(cast, a)),
  );
  const character: Character = {
    name: clean,
    aliases,
    voice: found?.voiceInferred ? "unknown" : (found?.voice ?? "unknown"),
    ...(found?.color ? { color: found.color } : {}),
    ...(found?.notes ? { notes: found.notes } : {}),
  };
  return ok({
    ...cast,
    characters: [...cast.characters, character],
    dismissed: cast.dismissed.filter((d) => d !== clean),
  });
}

/**
 * Renames a character; corrections that name it follow. The old name stays as an alias (shown
 * with the others, where the writer can remove it): the text still says "Harriet said", and
 * without it those lines would stop naming the character. Not when it is only a change of case,
 * or another character already goes by that name.
 */
export function renameCharacter(cast: WriterCast, name: string, next: string): CastEdit {
  const clean = tidy(next);
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  if (!clean) return refuse("A character needs a name.");
  if (clean === name) return ok(cast);
  const owner = ownerOf(cast, clean, name);
  if (owner) return refuse(`"${clean}" is already a name of ${owner.name}.`);
  const keepOld = !ownerOf(cast, name, name);
  const renamed = replace(cast, name, (c) => ({
    ...c,
    name: clean,
    aliases: unique([...c.aliases, ...(keepOld ? [name] : [])]).filter(
      (a) => fold(a) !== fold(clean),
    ),
  }));
  return ok(
    {
      ...renamed,
      corrections: renameSpeakers(cast.corrections, name, clean),
      dismissed: cast.dismissed.filter((d) => d !== clean),
    },
    { from: name, to: clean },
  );
}

/**
 * The writer's "Ignore for NAME" choices (voice keys end in the speaker, `voice:gonna:Spike`)
 * follow a character renamed or merged away; other ignored notes stay as they are.
 */
export function ignoredAfterRename(
  ignored: readonly string[],
  from: string,
  to: string,
): readonly string[] {
  return ignored.map((key) => {
    if (!key.startsWith("voice:")) return key;
    const speakerAt = key.indexOf(":", "voice:".length) + 1;
    return speakerAt > 0 && key.slice(speakerAt) === from ? key.slice(0, speakerAt) + to : key;
  });
}

/**
 * Merges `from` into `into`: `from`'s name and aliases become aliases of `into`, its notes are
 * appended, its voice fills in an unset one, and its corrected lines become `into`'s.
 */
export function mergeCharacters(cast: WriterCast, into: string, from: string): CastEdit {
  const target = characterNamed(cast, into);
  const source = characterNamed(cast, from);
  if (!target || !source) return refuse("Both characters must be in the cast to merge them.");
  if (into === from) return refuse("A character cannot be merged into itself.");
  const aliases = unique(
    [...target.aliases, source.name, ...source.aliases].filter(
      (a) => fold(a) !== fold(target.name),
    ),
  );
  const notes = [target.notes, source.notes].filter((n) => n && n.trim()).join("\n\n");
  const merged: Character = {
    ...target,
    aliases,
    voice: target.voice === "unknown" ? source.voice : target.voice,
    ...(notes ? { notes } : {}),
    ...((target.color ?? source.color) ? { color: target.color ?? source.color } : {}),
  };
  return ok(
    {
      ...cast,
      characters: cast.characters
        .filter((c) => c.name !== from)
        .map((c) => (c.name === into ? merged : c)),
      corrections: renameSpeakers(cast.corrections, from, into),
    },
    { from, to: into },
  );
}

/** Deletes a character; its name is remembered so discovery does not list it again. */
export function deleteCharacter(cast: WriterCast, name: string): CastEdit {
  return ok({
    characters: cast.characters.filter((c) => c.name !== name),
    corrections: cast.corrections.filter((c) => c.speaker !== name),
    dismissed: unique([...cast.dismissed, name]),
  });
}

/** Adds an alias; refused when it is already a name or alias of anyone (no shared aliases). */
export function addAlias(cast: WriterCast, name: string, alias: string): CastEdit {
  const clean = tidy(alias);
  const character = characterNamed(cast, name);
  if (!character) return refuse(`${name} is not in the cast.`);
  if (!clean) return refuse("The alias is empty.");
  const owner = ownerOf(cast, clean);
  if (owner)
    return refuse(
      owner.name === name
        ? `${name} already goes by "${clean}".`
        : `"${clean}" is already a name of ${owner.name}.`,
    );
  return ok(replace(cast, name, (c) => ({ ...c, aliases: [...c.aliases, clean] })));
}

/**
 * Changes one alias of a character to `next`, in its place among the others (a Replace All of
 * the alias in the text). Refused when another character goes by `next`; an alias that becomes
 * one of the character's own names is dropped.
 */
export function renameAlias(cast: WriterCast, name: string, alias: string, next: string): CastEdit {
  const clean = tidy(next);
  const character = characterNamed(cast, name);
  if (!character || !character.aliases.includes(alias))
    return refuse(`${name} does not go by "${alias}".`);
  if (!clean) return refuse("The alias is empty.");
  const owner = ownerOf(cast, clean, name);
  if (owner) return refuse(`"${clean}" is already a name of ${owner.name}.`);
  const own = [character.name, ...character.aliases.filter((a) => a !== alias)];
  const kept = own.some((n) => fold(n) === fold(clean)) ? [] : [clean];
  return ok(
    replace(cast, name, (c) => ({
      ...c,
      aliases: c.aliases.flatMap((a) => (a === alias ? kept : [a])),
    })),
  );
}

export function removeAlias(cast: WriterCast, name: string, alias: string): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, (c) => ({ ...c, aliases: c.aliases.filter((a) => a !== alias) })));
}

/** Sets the voice; "unknown" means "infer it from the character's lines". */
export function setVoice(cast: WriterCast, name: string, voice: Voice): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, (c) => ({ ...c, voice })));
}

/** Sets the colour (one of the palette's), or clears it with undefined. */
export function setColor(cast: WriterCast, name: string, color: string | undefined): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, ({ color: _old, ...c }) => (color ? { ...c, color } : c)));
}

export function setNotes(cast: WriterCast, name: string, notes: string): CastEdit {
  if (!characterNamed(cast, name)) return refuse(`${name} is not in the cast.`);
  return ok(replace(cast, name, ({ notes: _old, ...c }) => (notes.trim() ? { ...c, notes } : c)));
}

/**
 * Records the writer's speaker for a line; a later correction of the same line replaces it. The
 * speaker is in the cast, or is the first-person narrator the cast does not name ("narrator").
 */
export function correctSpeaker(cast: WriterCast, correction: SpeakerCorrection): CastEdit {
  if (
    correction.speaker !== null &&
    !characterNamed(cast, correction.speaker) &&
    !(correction.speaker === NARRATOR && !cast.characters.some((c) => c.narrator))
  )
    return refuse(`${correction.speaker} is not in the cast.`);
  const others = cast.corrections.filter(
    (c) => c.paragraph !== correction.paragraph || c.quote !== correction.quote,
  );
  return ok({ ...cast, corrections: [...others, correction] });
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = fold(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Runs `edit` on `found`, first adopting it into the writer's cast when it is only discovered. */
export function withCharacter(
  cast: WriterCast,
  found: Character | CharacterInfo,
  edit: (cast: WriterCast) => CastEdit,
): CastEdit {
  if (characterNamed(cast, found.name)) return edit(cast);
  const adopted = addCharacter(cast, found.name, found);
  return adopted.ok ? edit(adopted.cast) : adopted;
}
