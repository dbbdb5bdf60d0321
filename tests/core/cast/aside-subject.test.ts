/**
 * A name opening its sentence is its subject across an aside between commas ("Ned, hidden from
 * his uncle's sight, threw a dark look"): the one a pronoun tag next means, not the owner the
 * aside names ("his uncle"). A list ("Ned, Tilda and Mr. Orme") or a state or passive after the
 * aside ("was taken away") is no deed of the name's.
 */
import { describe, expect, it } from "vitest";
import { readParagraph } from "../../../core/cast/refs";
import { person, speakersOf as speakers } from "./helpers";

const firstRef = (text: string) =>
  readParagraph(text, 0, [], [])!.segments[0]!.sentences[0]!.refs[0]!;

describe("a subject before an aside", () => {
  it("is the 'he' of the next tag, not the uncle the aside names", () => {
    const cast = [person("Ned Varley"), person("Mr. Orme"), person("Tilda")];
    expect(
      speakers(
        cast,
        'Mr. Orme set down his pen. "Then it is settled," he said.',
        '"No, uncle," said Tilda. "Leave the will as it is."',
        "Ned, hidden from his uncle's sight, threw a dark look at Tilda.",
        '"Has the girl lost her wits?" he muttered.',
      ),
    ).toEqual(["Mr. Orme", "Tilda", "Tilda", "Ned Varley"]);
  });

  it("reads a description before 'however' as acting", () => {
    expect(firstRef("The doctor, however, shook his head.").subject).toBe(true);
  });

  it("reads a long relative clause as an aside", () => {
    const text =
      "The little drummer, who was just then coming out of the shop on his way to the bar, stopped and stared.";
    expect(firstRef(text).subject).toBe(true);
  });

  it("reads no subject in a list or before a state or a passive", () => {
    expect(firstRef("The doctor, the nurse and the cook went out.").subject).toBe(false);
    expect(firstRef("The boy, still sleeping, was taken away.").subject).toBe(false);
  });
});
