/**
 * Loads a folder of stories with gold files: every `NAME.txt` (or `.md`) that has a
 * `NAME.gold.json` beside it. Gold files come in two shapes, both read here: LitBank's
 * `{quotes, cast: {characters}}` and the bundled story's `{quotes, characters, scenes, ...}`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Character } from "../core/model";
import { readStoryFile } from "../electron/host/story-files";

export interface EvalStory {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  /** The gold file as parsed; each section reads the fields it knows. */
  readonly gold: Record<string, unknown>;
  /** The gold cast, when the gold file has one. */
  readonly cast: readonly Character[] | undefined;
}

/** The gold cast; a gold `narrator` name marks that character as the narrator, as a writer would. */
function goldCast(gold: Record<string, unknown>): Character[] | undefined {
  const wrapped = gold["cast"] as { characters?: unknown } | undefined;
  const list = (wrapped?.characters ?? gold["characters"]) as Character[] | undefined;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const narrator = gold["narrator"];
  return typeof narrator === "string"
    ? list.map((c) => (c.name === narrator ? { ...c, narrator: true } : c))
    : list;
}

export async function loadStories(dir: string): Promise<EvalStory[]> {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.slice(0, -".gold.json".length))
    .sort();
  const stories: EvalStory[] = [];
  for (const name of names) {
    const file = [".txt", ".md"]
      .map((ext) => path.join(dir, name + ext))
      .find((p) => {
        try {
          readFileSync(p);
          return true;
        } catch {
          return false;
        }
      });
    if (!file) continue;
    const read = await readStoryFile(file, { confirmLarge: true });
    if (!read.ok) throw new Error(`${file}: ${read.error.message}`);
    const gold = JSON.parse(
      readFileSync(path.join(dir, name + ".gold.json"), "utf8").replace(/^\uFEFF/, ""),
    ) as Record<string, unknown>;
    stories.push({ name, file, text: read.value.text, gold, cast: goldCast(gold) });
  }
  return stories;
}
