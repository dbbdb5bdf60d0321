/**
 * A story told in the present shows its people acting in the present ("Bryony closes her book",
 * "Bryony takes my ticket"): discovery reads those deeds as it reads "Bryony closed her book", so
 * a name the narration shows acting is listed whatever the tense.
 */
import { describe, expect, it } from "vitest";
import { storyFromParagraphs } from "../../../core/story";
import { discoverCast } from "../../../core/cast/discover";

const WAITING = [
  "The waiting room smells of floor polish. I sit on the end of the bench and hold my ticket.",
  "A girl with a library book sits two seats down. She looks up when they call a number.",
  "“Not me,” she says. “Forty-one.”",
  "Bryony closes her book and puts it in her bag.",
  "“Are you nervous?” I ask.",
  "“Everybody is.”",
  "Bryony takes the ticket from my hand and reads it. “You're next after me.”",
  "“Thanks, Bryony.”",
];

const found = (paragraphs: readonly string[]) =>
  discoverCast(storyFromParagraphs([...paragraphs])).map((c) => c.name);

describe("a name acting in the present tense", () => {
  it("lists someone the narration shows acting in the present", () => {
    expect(found(WAITING)).toContain("Bryony");
  });

  it("lists the same person told in the past", () => {
    const past = WAITING.map((t) => t.replace("closes", "closed").replace("takes", "took"));
    expect(found(past)).toContain("Bryony");
  });

  it('lists no place whose sentence acts after it ("everyone in Tarrow knows")', () => {
    const place = [
      ...WAITING,
      "Everyone in Tarrow knows the bus is late. The driver in Tarrow takes his time.",
      "Nobody in Tarrow minds.",
    ];
    expect(found(place)).not.toContain("Tarrow");
  });

  it("lists no one from a capital before a plural noun, which ends as a verb does", () => {
    const lights = WAITING.map((t) =>
      t.startsWith("Bryony") ? t.replace(/^Bryony \w+/, "Harbour lights blink") : t,
    ).filter((t) => !t.includes("Thanks"));
    expect(found(lights)).not.toContain("Harbour");
  });
});
