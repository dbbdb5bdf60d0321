/**
 * The voice precision suite (tests/fixtures/voice/precision.json): short lines, true slips and
 * look-alikes in both directions, each held to the voice note it should get.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lexiconEntries } from "../../../core/lexicon";
import { runPrecisionCase, type PrecisionCase } from "../../../eval/precision-suite";

const suite = JSON.parse(
  readFileSync(new URL("../../fixtures/voice/precision.json", import.meta.url), "utf8"),
) as { cases: PrecisionCase[] };

describe("voice precision suite", () => {
  it("has at least 300 cases, each about a lexicon entry", () => {
    expect(suite.cases.length).toBeGreaterThanOrEqual(300);
    const ids = new Set(lexiconEntries.map((e) => e.id));
    for (const c of suite.cases) expect(ids.has(c.entry), c.entry).toBe(true);
  });

  it("gives every line the note it expects", () => {
    const wrong = suite.cases
      .map((c) => ({ c, got: runPrecisionCase(c) }))
      .filter(({ c, got }) => got !== c.expect)
      .map(({ c, got }) => `${c.entry}: ${c.voice} "${c.line}" expected ${c.expect}, got ${got}`);
    expect(wrong).toEqual([]);
  });

  it("has, for every entry with a sense rule, a slip (where it can warn) and a look-alike", () => {
    const missing: string[] = [];
    for (const entry of lexiconEntries.filter((e) => e.senses)) {
      const cases = suite.cases.filter((c) => c.entry === entry.id);
      const other = entry.region === "british" ? "american" : "british";
      // An ambiguous entry with no regional context ("aye") has no slip to show, only hints.
      const canWarn = entry.context !== "ambiguous" || !!entry.senses?.regional?.length;
      const slip = !canWarn || cases.some((c) => c.voice === other && c.expect === "warning");
      const lookAlike = cases.some((c) => c.voice === other && c.expect !== "warning");
      if (!slip || !lookAlike) missing.push(entry.id);
    }
    expect(missing).toEqual([]);
  });
});
