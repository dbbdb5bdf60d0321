/**
 * The modern speakers dev set (tests/fixtures/speakers-dev) is labelled by hand and its offsets
 * are written by a script; this checks that every gold quote's words are at its offsets and that
 * every speaker is someone in the story's gold cast, so a slipped offset cannot score silently.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DEV = path.resolve(import.meta.dirname, "../../fixtures/speakers-dev");

interface Gold {
  readonly quotes: readonly { from: number; to: number; text: string; speaker: string | null }[];
  readonly cast: { readonly characters: readonly { name: string; aliases: string[] }[] };
}

const stories = readdirSync(DEV)
  .filter((f) => f.endsWith(".gold.json"))
  .map((f) => f.slice(0, -".gold.json".length));

describe("the modern speakers dev set's gold files", () => {
  it("has stories", () => {
    expect(stories.length).toBeGreaterThanOrEqual(3);
  });

  it.each(stories)("%s: every quote's words are at its offsets", (name) => {
    const text = readFileSync(path.join(DEV, name + ".txt"), "utf8");
    const gold = JSON.parse(readFileSync(path.join(DEV, name + ".gold.json"), "utf8")) as Gold;
    expect(gold.quotes.length).toBeGreaterThan(20);
    for (const q of gold.quotes) expect(text.slice(q.from, q.to)).toBe(q.text);
  });

  it.each(stories)("%s: every speaker is in the gold cast", (name) => {
    const gold = JSON.parse(readFileSync(path.join(DEV, name + ".gold.json"), "utf8")) as Gold;
    const names = new Set(gold.cast.characters.flatMap((c) => [c.name, ...c.aliases]));
    names.add("narrator");
    const unknown = gold.quotes.filter((q) => q.speaker !== null && !names.has(q.speaker));
    expect(unknown.map((q) => q.speaker)).toEqual([]);
  });
});
