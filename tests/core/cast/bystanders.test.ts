/**
 * Bystanders (core/cast/reactions.ts): while two people argue, a third whom the narration shows
 * only reacting ("shook his head") has not taken the floor; the next bare line stays with the
 * two by turns.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf as speakers } from "./helpers";

const cast = [person("Rhea", "f"), person("Callum", "m"), person("Ivo", "m"), person("Lise", "f")];

describe("a bystander's reaction", () => {
  it("does not take the next bare line of a two-person argument", () => {
    expect(
      speakers(
        cast,
        "Rhea, Callum, Ivo and Lise stood around the workbench.",
        '"You moved the ladder," said Rhea.',
        '"I moved it because you told me to," said Callum.',
        '"I told you to move it to the shed, Callum. Not the creek."',
        "Lise looked up from her soldering and glanced at Ivo. Ivo shook his head.",
        '"Stop it. Stop the patient face."',
        '"Which face?"',
        '"That one. The one you make when you think I am twelve."',
      ),
    ).toEqual(["Rhea", "Callum", "Rhea", "Callum", "Rhea", "Callum"]);
  });

  it("is the same for a nod ('Lise nodded.')", () => {
    expect(
      speakers(
        cast,
        "Rhea, Callum, Ivo and Lise stood around the workbench.",
        '"Who took the good pliers?" asked Callum.',
        '"Not me," said Rhea.',
        '"Then they walked off by themselves."',
        "Lise nodded slowly, as if that settled it.",
        '"Pliers do not walk."',
        '"These ones do."',
      ),
    ).toEqual(["Callum", "Rhea", "Callum", "Rhea", "Callum"]);
  });

  it("still hands the line to the one the last line called", () => {
    expect(
      speakers(
        cast,
        "Rhea, Callum, Ivo and Lise stood around the workbench.",
        '"You moved the ladder," said Rhea.',
        '"I moved it because you told me to," said Callum.',
        '"Ivo, did you see where he put it?"',
        "Ivo shook his head.",
        '"Not a clue. I was asleep."',
      ),
    ).toEqual(["Rhea", "Callum", "Rhea", "Ivo"]);
  });

  it("is not the narrator's: 'I glanced up' comes before the narrator's own line", () => {
    const told = [person("Nell", "I"), person("Rhea"), person("Callum")];
    expect(
      speakers(
        told,
        "I had come to help them pack, and I sat by the stove while I waited.",
        '"You forgot the tent pegs," said Rhea.',
        '"I packed them last night," said Callum.',
        '"Then where are they?"',
        "There was such an edge in her voice that I glanced up in surprise.",
        '"They are in the blue bag. I watched him do it."',
      ),
    ).toEqual(["Rhea", "Callum", "Rhea", "Nell"]);
  });

  it("is the same for someone only heard in the background ('heard Ivo say something')", () => {
    expect(
      speakers(
        cast,
        '"Did Mum call you?" asked Rhea.',
        '"Twice," said Lise. "She wants to sell the flat."',
        "Behind Rhea a kettle clicked off, and she heard Ivo say something under his breath to the dishes.",
        '"When?"',
        '"By the summer."',
      ),
    ).toEqual(["Rhea", "Lise", "Lise", "Rhea", "Lise"]);
  });
});
