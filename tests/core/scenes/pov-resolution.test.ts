import { describe, expect, it } from "vitest";
import { paragraphFeatures, resolveEvidence, viewpointCharacters } from "../../../core/scenes";

// Two men who share the scene: "he" alone cannot say which of them it is.
const cast = [
  { name: "Anton", aliases: [] },
  { name: "Bram", aliases: [] },
];

function resolved(texts: readonly string[]) {
  const features = texts.map((t) => paragraphFeatures(t, cast));
  return resolveEvidence(features, viewpointCharacters(features));
}

describe("a 'he' before anyone is named in the paragraph", () => {
  it("goes on with the man the narration followed, not one named later in passing", () => {
    const evidence = resolved([
      "Anton opened the yard gate, and he thought about the rain coming in from the west.",
      "He was in the shed when he heard Bram's van at the gate. He knew it by the exhaust.",
      "Bram came in out of the rain, and he shook his coat off by the door.",
      "Anton filled the kettle. He wondered what Bram wanted this time, on a Sunday.",
      "Bram sat down at the bench and he said nothing for a long time.",
    ]);
    // Paragraph 1 names only Bram's van: its "he heard" is Anton's, the one followed before.
    expect(evidence[1]!["Anton"] ?? 0).toBeGreaterThan(evidence[1]!["Bram"] ?? 0);
  });

  it("still goes to a man the paragraph names as its subject first", () => {
    const evidence = resolved([
      "Anton opened the yard gate, and he thought about the rain coming in from the west.",
      "Bram came into the yard. He looked at the sky and he heard the thunder coming.",
      "Anton filled the kettle. He wondered what Bram wanted this time, on a Sunday.",
      "Bram sat down at the bench and he said nothing for a long time.",
    ]);
    expect(evidence[1]!["Bram"] ?? 0).toBeGreaterThan(evidence[1]!["Anton"] ?? 0);
  });
});

describe("a subject after a short phrase of place", () => {
  it("reads 'In the office Dev shut the door' as Dev acting, not a mention", () => {
    const withPlace = paragraphFeatures("In the back office Bram shut the door behind him.", cast);
    const bare = paragraphFeatures("Bram shut the door behind him.", cast);
    expect(withPlace.pov["Bram"]).toBe(bare.pov["Bram"]);
    expect(withPlace.opener).toBe("Bram");
  });

  it("does not read a name after a longer phrase as its subject", () => {
    const f = paragraphFeatures("The letter from the bank to Bram lay on the desk.", cast);
    expect(f.opener).toBeNull();
  });
});
