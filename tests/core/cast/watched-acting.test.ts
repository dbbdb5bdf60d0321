/**
 * One watched doing something ("Ann watched Lucy tear her napkin") is the focus a pronoun after
 * means, as a subject is: a sentence's object only when nothing follows that they do. The
 * stories here are written for these tests.
 */
import { describe, expect, it } from "vitest";
import { analyzeStory } from "../../../core/analyze";
import type { Character } from "../../../core/model";

const person = (name: string): Character => ({ name, aliases: [], voice: "unknown" });
const CAST = [person("Ann"), person("Lucy"), person("Tom")];

const lastSpeaker = (text: string): string | null | undefined =>
  analyzeStory(text, { file: "story.txt", cast: CAST }).quotes.at(-1)?.speaker;

describe("a person watched doing something", () => {
  it("is the one a pronoun tag after means", () => {
    const text = `"We could still go," said Tom.

Ann watched Lucy tear her napkin into strips.

"I'm sorry, Tom," she said.`;
    expect(lastSpeaker(text)).toBe("Lucy");
  });

  it("is not when only a place follows the watched name", () => {
    const text = `"We could still go," said Tom.

Ann watched Lucy at the counter for a long time.

"I'm sorry, Tom," she said.`;
    expect(lastSpeaker(text)).toBe("Ann");
  });
});
