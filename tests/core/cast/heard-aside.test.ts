/**
 * Someone only heard in the background while two others talk ("she heard Leo say something
 * under his breath") is out of the talk, as one who left is: not just for the next line, but
 * until the narration names them again or a line is theirs.
 */
import { describe, expect, it } from "vitest";
import { person, speakersOf } from "./helpers";

const cast = [person("Mara"), person("Kit"), person("Leo")];

describe("a bystander only heard", () => {
  it("takes no later turn of the talk", () => {
    expect(
      speakersOf(
        cast,
        "Mara sat on the folding table with the phone. Leo was feeding quarters into a dryer.",
        "“Is that Kit?” Leo asked.",
        "“Yes. Hush.” Mara turned away from him.",
        "“Dad's selling the boat,” Kit said.",
        "“He can't sell the boat.”",
        "“He can. He rang me last night.”",
        "“Why you and not me?”",
        "That was fair. Somewhere behind her a dryer door banged and she heard Leo say something under his breath to his shirts.",
        "“Because you'd shout.”",
        "“When?”",
        "“In the spring.”",
        "“Spring's a long way off.”",
      ),
    ).toEqual(["Leo", "Mara", "Kit", "Mara", "Kit", "Mara", "Kit", "Mara", "Kit", "Mara"]);
  });
});
