/**
 * Falling asleep ("Mara fell asleep", "Mara was asleep", "dozed off") and "Mara was gone" send
 * someone out of the talk as leaving the room does (core/cast/exits.ts): they take no bare line
 * by turns until the narration brings them back; "Mara was quiet" sends no one out.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Mara"), person("Jonah"), person("Tess")];

const story = (exit: string): (string | null)[] =>
  speakers(
    cast,
    "Mara, Jonah and Tess sat on the porch steps.",
    '"The truck is late again," said Mara.',
    '"It always is," said Tess.',
    exit,
    '"Will they send another one?" asked Jonah.',
    '"Not before noon."',
  );

describe("someone asleep or gone", () => {
  it.each([
    "Mara fell asleep in her chair.",
    "Mara was asleep.",
    "Mara dozed off.",
    "Then Mara was gone.",
  ])("takes no bare line by turns: %s", (exit) => {
    expect(story(exit)).toEqual(["Mara", "Tess", "Jonah", "Tess"]);
  });

  it("still takes turns after a 'was' that says nothing of leaving", () => {
    expect(story("Mara was quiet.")).toEqual(["Mara", "Tess", "Jonah", "Mara"]);
  });
});
