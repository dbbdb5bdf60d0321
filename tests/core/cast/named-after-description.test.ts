/**
 * A person the narration describes and then names in so many words ("The waitress came with
 * the coffee pot. Her name tag said Denise") is that cast member from the description on
 * (narrated-links.ts), though the name is no subject of its sentence: the description's beat
 * and the lines after it are hers, not the last speaker's.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const DINER = [
  "Nora and Priya took the corner booth. Nora spread the map out between the ketchup and the salt.",
  "“We could do the coast road,” Nora said. “Three weeks, all the way down.”",
  "“Three weeks is a lot,” said Priya.",
  "The waitress came over with the coffee pot. Her name tag said Denise and she had worked there for years.",
  "“You two eating or just taking up my booth?”",
  "“Eating, I promise,” said Nora.",
  "“I'll give you one minute.”",
];

describe("a described person the narration names ('Her name tag said Denise')", () => {
  it("speaks as that cast member from the description on", () => {
    expect(speakersOf([person("Nora"), person("Priya"), person("Denise")], ...DINER)).toEqual([
      "Nora",
      "Nora",
      "Priya",
      "Denise",
      "Nora",
      "Denise",
    ]);
  });

  it("speaks as that cast member in the lines before the naming too", () => {
    expect(
      speakersOf(
        [person("Nora"), person("Priya"), person("Denise")],
        ...DINER.slice(0, 3),
        "The waitress came over with the coffee pot and stood there.",
        "“You two eating or just taking up my booth?”",
        "“Eating, I promise,” said Nora.",
        "The waitress sniffed. Her name tag said Denise, and she had worked there for years.",
        "“I'll give you one minute.”",
      ),
    ).toEqual(["Nora", "Nora", "Priya", "Denise", "Nora", "Denise"]);
  });

  it("is not named by a name no naming words bring in ('Her coffee was for Denise')", () => {
    const said = speakersOf(
      [person("Nora"), person("Priya"), person("Denise")],
      ...DINER.slice(0, 3),
      "The waitress came over with the coffee pot. Her mind was on Denise, who had not come in.",
      DINER[4]!,
    );
    expect(said.at(-1)).not.toBe("Denise");
  });
});
