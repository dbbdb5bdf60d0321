/**
 * A stranger the narration describes first and who names themself later ("I'm Nadia," she
 * said) is that cast member from the description on (narrated-links.ts), so the lines they
 * speak before giving their name are theirs, not no one's.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const STOP = [
  "Ben got to the bus stop at seven. There was nobody there but a woman in a red raincoat, reading.",
  "The woman in the red raincoat looked up from her book and frowned at the timetable.",
  "“Is the fourteen late again?” she asked.",
  "“Ten minutes, the board says,” Ben said.",
  "“It’s always ten minutes.”",
  "“I know. I’ve stopped believing it.”",
  "She laughed and closed the book. “I’m Nadia,” she said. “I see you here every morning.”",
];

describe("a described stranger who gives their name", () => {
  it("speaks as that cast member from the description on", () => {
    expect(speakersOf([person("Ben"), person("Nadia")], ...STOP)).toEqual([
      "Nadia",
      "Ben",
      "Nadia",
      "Ben",
      "Nadia",
      "Nadia",
    ]);
  });

  it("is not someone of the other sex who names themself", () => {
    const said = speakersOf(
      [person("Ben"), person("Nadia"), person("Tom")],
      "Ben waited at the counter. The man behind it was counting coins and did not look up.",
      "“Are you open?” Ben asked.",
      "“No,” he said.",
      "The door banged and a girl came in with a parcel. “I’m Nadia,” she said. “For Tom.”",
    );
    // The man behind the counter stays unnamed: Nadia's line is tagged "she".
    expect(said.slice(0, 2)).toEqual(["Ben", null]);
  });
});
