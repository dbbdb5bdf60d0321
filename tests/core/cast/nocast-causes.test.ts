import { describe, expect, it } from "vitest";
import type { Character, Quote } from "../../../core/model";
import { noCastCauses } from "../../../eval/nocast-causes";
import { formsOfSpeaker, goldForms, norm } from "../../../eval/speakers";

const person = (name: string, ...aliases: string[]): Character => ({
  name,
  aliases,
  voice: "unknown",
});
const said = (speaker: string | null): Quote => ({
  paragraph: 0,
  index: 0,
  from: 0,
  to: 1,
  text: "x",
  speaker,
});

const gold = [
  person("Ann Hale"),
  person("Bo"),
  person("Cy"),
  person("Dee"),
  person("Eve"),
  person("A man"),
];

/** One lost quote per gold speaker, given to `given[i]`, read against `discovered`. */
function causes(discovered: Character[], speakers: string[], given: (string | null)[]) {
  return noCastCauses({
    goldSpeakers: speakers,
    rightWithCast: speakers.map(() => true),
    rightNoCast: speakers.map(() => false),
    noCastQuote: given.map(said),
    narrators: new Set(["eve"]),
    goldForms: goldForms(gold),
    discovered,
    formsOfName: formsOfSpeaker,
    norm,
  }).lost;
}

describe("why the no-cast run loses a quote the cast run gets right", () => {
  it("tells apart a speaker never found, split in two, merged with another, and a narrator", () => {
    const found = [person("Ann"), person("Hale"), person("Bo", "Cy"), person("Mist")];
    const lost = causes(found, ["Ann Hale", "Cy", "Dee", "Eve"], ["Hale", "Bo", "Mist", null]);
    expect(lost["split name"]).toBe(1);
    expect(lost["merged with another"]).toBe(1);
    expect(lost["not discovered: a name"]).toBe(1);
    expect(lost["narrator: no speaker"]).toBe(1);
    expect(lost["attribution"]).toBe(0);
  });

  it("blames the attribution when the speaker was found cleanly, and a non-person given it", () => {
    const found = [person("Bo"), person("Dee"), person("Mist")];
    const lost = causes(found, ["Bo", "Dee", "A man"], ["Dee", "Mist", null]);
    expect(lost["attribution"]).toBe(1);
    expect(lost["no gold person given it"]).toBe(1);
    expect(lost["not discovered: a description"]).toBe(1);
    expect(lost["not discovered: a name"]).toBe(0);
  });
});
