/**
 * Reads a cast given by the writer (`--cast CAST.json`, the sidecar's cast): `{"characters":
 * [{"name", "aliases", "voice"}]}`. Validation is strict and the message says what to fix,
 * because a silently ignored typo would make every speaker wrong.
 */
import type { Character, Voice } from "./model";

const VOICES: readonly Voice[] = ["british", "american", "unknown"];

/** Longer than any name: a runaway paste must not become a 4 MB pattern to match. */
export const MAX_NAME_CHARS = 200;

export type CastParse = { ok: true; characters: Character[] } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validates one character record; returns an error message or the character. */
export function readCharacter(value: unknown, where: string): Character | string {
  if (!isRecord(value)) return `${where} must be an object`;
  const { name, aliases = [], voice = "unknown", narrator = false } = value;
  if (typeof name !== "string" || name.trim() === "")
    return `${where}.name must be a non-empty string`;
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === "string"))
    return `${where}.aliases must be a list of strings`;
  const long = [name, ...(aliases as string[])].findIndex((a) => a.length > MAX_NAME_CHARS);
  if (long >= 0) {
    const field = long === 0 ? `${where}.name` : `${where}.aliases[${long - 1}]`;
    return `${field} is ${[name, ...(aliases as string[])][long]!.length} characters long; a name or alias has at most ${MAX_NAME_CHARS}`;
  }
  if (typeof voice !== "string" || !VOICES.includes(voice as Voice))
    return `${where}.voice must be one of ${VOICES.join(", ")}`;
  if (typeof narrator !== "boolean") return `${where}.narrator must be true or false`;
  return {
    name: name.trim(),
    aliases: (aliases as string[]).map((a) => a.trim()).filter(Boolean),
    voice: voice as Voice,
    ...(narrator ? { narrator: true } : {}),
  };
}

/** Parses a cast file's text. */
export function parseCastFile(text: string): CastParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `is not valid JSON (${(err as Error).message})` };
  }
  if (!isRecord(data) || !Array.isArray(data.characters))
    return { ok: false, message: 'must be {"characters": [...]}' };
  const characters: Character[] = [];
  for (const [i, value] of data.characters.entries()) {
    const read = readCharacter(value, `characters[${i}]`);
    if (typeof read === "string") return { ok: false, message: read };
    characters.push(read);
  }
  return { ok: true, characters };
}
