/**
 * The Earlier Versions dialog on a novel: what it says of five versions of a 4.7 MB text is
 * worked out on the page's own thread, so it must not cost seconds; and the quick way to the
 * first difference says what the paragraph-by-paragraph reading says, on texts made to trip it.
 */
import { describe, expect, it } from "vitest";
import { firstDifference, openingOf, preview } from "../../../renderer/versions/version-summary";

/** The first reading (backups-33): every paragraph of both texts, compared in turn. */
function paragraphByParagraph(version: string, now: string) {
  const paragraphsOf = (text: string): string[] =>
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n[ \t]*\r?\n/)
      .map((p) => p.replace(/\s+/g, " ").trim())
      .filter((p) => p !== "");
  const was = paragraphsOf(version);
  const is = paragraphsOf(now);
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    if (was[i] === is[i]) continue;
    if (was[i] === undefined) return { number: i + 1, removed: true, paragraph: preview(is[i]!) };
    return { number: i + 1, removed: false };
  }
  return null;
}

describe("earlier versions of a long novel", () => {
  const para = "The rain came down on the harbour and she walked on, thinking of little. ".repeat(
    6,
  );
  const now = Array.from({ length: 9000 }, (_, i) => `${i} ${para}`).join("\n\n");

  it("says what five versions hold in under a second of CPU", () => {
    const versions = [1, 2, 3, 4, 5].map((k) => `${now.slice(0, now.length - k * 1000)} changed`);
    const start = process.cpuUsage();
    const found = versions.map((v) => [firstDifference(v, now), openingOf(v)] as const);
    const spent = process.cpuUsage(start);
    // 1.9 s when each text was split whole, every paragraph's spaces rewritten, for each version.
    expect((spent.user + spent.system) / 1000).toBeLessThan(800);
    // The version cut most is read by the first reading too (once: it is the slow one).
    expect(found[4]![0]!.number).toBe(paragraphByParagraph(versions[4]!, now)!.number);
    expect(found[0]![1]).toBe(openingOf(now));
  });

  it("finds the difference the paragraph-by-paragraph reading finds", () => {
    // Pieces that make separators, near-separators and spaces meet at the place texts part.
    const pieces = ["a", "b", " ", "\t", "\n", "\r\n", "\n\n", "\n \n", "\r", "\uFEFF", "cd"];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = (): string =>
      Array.from({ length: next(14) }, () => pieces[next(pieces.length)]!).join("");
    // 5,000 runs of this fixed seed, not 20,000 (about 1.2 s of CPU): each fault tried in the
    // quick way's skip (the separator that ends at the parting counted or not, the paragraph
    // count, the skip one or two characters too far, a blank line with a tab not read as one)
    // failed first by run 245 and in 31 or more of these 5,000 (testtime-37 in development.md).
    for (let run = 0; run < 5000; run++) {
      const shared = text();
      const version = shared + text();
      const current = shared + text();
      const expected = paragraphByParagraph(version, current);
      const got = firstDifference(version, current);
      expect(got && { number: got.number, removed: got.removed }).toEqual(
        expected && { number: expected.number, removed: expected.removed },
      );
    }
  });
});
