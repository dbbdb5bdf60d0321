import { describe, expect, it } from "vitest";
import {
  compileLexicon,
  entryProblems,
  lexiconEntries,
  normaliseWord,
} from "../../../core/lexicon";

describe("lexicon data", () => {
  it("has at least 300 entries, all well formed", () => {
    expect(lexiconEntries.length).toBeGreaterThanOrEqual(300);
    const problems = lexiconEntries.flatMap(entryProblems);
    expect(problems).toEqual([]);
  });

  it("rejects sense patterns without one _ or with a break inside, and selected entries without a rule", () => {
    const base = {
      id: "x",
      forms: ["x"],
      region: "british" as const,
      kind: "slang" as const,
      gloss: "x",
      counterparts: ["y"],
    };
    expect(entryProblems({ ...base, senses: { regional: ["a b"], why: "w" } })).toHaveLength(1);
    expect(entryProblems({ ...base, senses: { other: ["a | _"], why: "w" } })).toHaveLength(1);
    expect(entryProblems({ ...base, senses: { other: ["_ a"], why: "" } })).toHaveLength(1);
    expect(entryProblems({ ...base, context: "selected" })).toHaveLength(1);
    expect(entryProblems({ ...base, shared: "" })).toHaveLength(1);
    expect(
      entryProblems({ ...base, context: "selected", senses: { regional: ["| _ |"], why: "w" } }),
    ).toEqual([]);
  });

  it("gives every shared word and every sense rule a reason", () => {
    for (const e of lexiconEntries) {
      if (e.shared !== undefined) expect(e.shared.length, e.id).toBeGreaterThan(20);
      if (e.senses) expect(e.senses.why.length, e.id).toBeGreaterThan(20);
    }
  });

  it("uses each id once", () => {
    const ids = lexiconEntries.map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it("covers every kind in both regions", () => {
    for (const kind of ["slang", "vocabulary", "grammar"] as const) {
      for (const region of ["british", "american"] as const) {
        const n = lexiconEntries.filter((e) => e.kind === kind && e.region === region).length;
        expect(n, `${region} ${kind}`).toBeGreaterThanOrEqual(10);
      }
    }
    expect(lexiconEntries.filter((e) => e.kind === "spelling").length).toBeGreaterThanOrEqual(100);
  });

  it("gives every entry a gloss and a counterpart", () => {
    const bare = lexiconEntries.filter(
      (e) => e.gloss.trim().length < 3 || e.counterparts.length === 0,
    );
    expect(bare.map((e) => e.id)).toEqual([]);
  });

  it("lists a form in one entry per region only", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of lexiconEntries) {
      for (const f of e.forms) {
        const key = `${e.region}:${normaliseWord(f)}`;
        const other = seen.get(key);
        if (other && other !== e.id) clashes.push(`${f}: ${other} / ${e.id}`);
        seen.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("marks a form claimed by both regions as ambiguous on at least one side", () => {
    const byForm = new Map<string, (typeof lexiconEntries)[number][]>();
    for (const e of lexiconEntries) {
      if (e.kind === "spelling") continue;
      for (const f of e.forms) {
        const k = normaliseWord(f);
        byForm.set(k, [...(byForm.get(k) ?? []), e]);
      }
    }
    const bad = [...byForm].filter(([, es]) => {
      const regions = new Set(es.map((e) => e.region));
      return regions.size > 1 && !es.some((e) => e.context === "ambiguous");
    });
    expect(bad.map(([f]) => f)).toEqual([]);
  });

  it("never offers a counterpart identical to the form it replaces", () => {
    const same = lexiconEntries.filter(
      (e) =>
        e.counterparts.length === e.forms.length &&
        e.forms.some((f, i) => normaliseWord(f) === normaliseWord(e.counterparts[i]!)) &&
        e.kind !== "spelling",
    );
    expect(same.map((e) => e.id)).toEqual([]);
  });

  it("keeps forms of address to short words and covers the usual ones", () => {
    const address = lexiconEntries.filter((e) => e.context === "address").flatMap((e) => e.forms);
    for (const w of ["luv", "love", "pet", "mate"]) expect(address).toContain(w);
  });

  it("pairs spelling forms with their counterparts", () => {
    const colour = lexiconEntries.find((e) => e.id === "spelling-colour")!;
    expect(colour.forms[colour.forms.indexOf("coloured")]).toBe("coloured");
    expect(colour.counterparts[colour.forms.indexOf("coloured")]).toBe("colored");
    for (const [gb, us] of [
      ["grey", "gray"],
      ["tyre", "tire"],
      ["kerb", "curb"],
      ["programme", "program"],
      ["realise", "realize"],
      ["centre", "center"],
      ["travelled", "traveled"],
    ]) {
      const e = lexiconEntries.find((x) => x.kind === "spelling" && x.forms.includes(gb!));
      expect(e, gb).toBeDefined();
      expect(e!.counterparts[e!.forms.indexOf(gb!)]).toBe(us);
    }
  });

  it("pairs fixes with forms only where the entry says so", () => {
    const lex = compileLexicon(lexiconEntries);
    const fixes = (w: string) => lex.byFirstWord.get(w)![0]!.fixes;
    expect(fixes("prats")).toEqual(["idiot", "jerk"]);
    expect(fixes("mums")).toEqual(["moms"]);
    expect(fixes("gotten")).toEqual(["got"]);
  });

  it("compiles, deriving American spellings except for homographs", () => {
    const lex = compileLexicon(lexiconEntries);
    const sides = (w: string): string[] =>
      (lex.byFirstWord.get(w) ?? []).map((f) => `${f.side}:${f.entry.kind}`);
    expect(sides("color")).toContain("american:spelling");
    expect(sides("colour")).toContain("british:spelling");
    expect(sides("tire")).not.toContain("american:spelling");
    expect(sides("story")).not.toContain("american:spelling");
    // A gas or parking meter is British English too (qa-30 saw "meter" flagged as American).
    expect(sides("meter")).not.toContain("american:spelling");
    expect(sides("kilometer")).toContain("american:spelling");
    expect(lex.knownWords.has("gobsmacked")).toBe(true);
  });

  it("rejects a malformed entry", () => {
    expect(() =>
      compileLexicon([
        {
          id: "x",
          forms: ["a, b"],
          region: "british",
          kind: "slang",
          gloss: "g",
          counterparts: [],
        },
      ]),
    ).toThrow(/bad form/);
    expect(() =>
      compileLexicon([
        {
          id: "x",
          forms: ["ok"],
          region: "canadian" as never,
          kind: "slang",
          gloss: "g",
          counterparts: [],
        },
      ]),
    ).toThrow(/region/);
  });
});
