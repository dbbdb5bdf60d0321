import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nspell from "nspell";
import { describe, expect, it } from "vitest";
import { checkerFromForms, compileForms, formsMatch } from "../../../core/notes/dictionary-forms";
import { tokenize } from "../../../core/lexicon";

const LITBANK = path.resolve(import.meta.dirname, "../../fixtures/litbank");
const files = (pkg: string) => ({
  aff: readFileSync(`node_modules/${pkg}/index.aff`, "utf8"),
  dic: readFileSync(`node_modules/${pkg}/index.dic`, "utf8"),
});

let litbank: string[] | undefined;

/**
 * Every distinct word of the LitBank excerpts (CC BY 4.0: tests/fixtures/litbank/README.md),
 * read once for both dictionaries.
 */
function litbankWords(): string[] {
  if (litbank) return litbank;
  const words = new Set<string>();
  for (const name of readdirSync(LITBANK).filter((n) => n.endsWith(".txt")))
    for (const t of tokenize(readFileSync(path.join(LITBANK, name), "utf8"))) {
      words.add(t.text);
      for (const part of t.text.split("-")) words.add(part);
    }
  litbank = [...words];
  return litbank;
}

type Table = { data: Record<string, string[] | undefined>; compoundRules: RegExp[] };

describe.each(["dictionary-en-gb", "dictionary-en"])("compiled forms of %s", (pkg) => {
  const { aff, dic } = files(pkg);
  const expanded = nspell(aff, dic);
  const forms = compileForms(aff, dic);
  const compiled = checkerFromForms(aff, forms);

  it("hold every form nspell expands, with the same flags, and no other", () => {
    const want = (expanded as unknown as Table).data;
    const got = (compiled as unknown as Table).data;
    const keys = Object.keys(want);
    expect(keys.length).toBeGreaterThan(100_000);
    const differ = keys.filter((k) => JSON.stringify(got[k]) !== JSON.stringify(want[k]));
    expect(differ).toEqual([]);
    for (const other of ["", "zzqx", "colourr", "__proto__", "constructor", "toString", "a"])
      expect(got[other]).toEqual(want[other]);
    expect((compiled as unknown as Table).compoundRules.map(String)).toEqual(
      (expanded as unknown as Table).compoundRules.map(String),
    );
  });

  it("answer each form with its own flags when asked in turn, again and after a miss", () => {
    // The table keeps its last answer for nspell's repeated asks: it must never lend it on.
    const want = (expanded as unknown as Table).data;
    const got = (compiled as unknown as Table).data;
    const flagged = Object.keys(want).filter((k) => (want[k]?.length ?? 0) > 0);
    const [a, b] = [
      flagged[0]!,
      flagged.find((k) => String(want[k]) !== String(want[flagged[0]!]))!,
    ];
    for (const form of [a, b, a, a, "zzqx", a, "zzqx", b, b, "colour", a])
      expect(got[form]).toEqual(want[form]);
  });

  it("check every LitBank word as the expanded dictionary does, numbers and cases included", () => {
    const words = [...litbankWords(), "1st", "22nd", "103rd", "11th", "2th", "OK", "ok", "USA"];
    const differ = words.filter((w) => compiled.correct(w) !== expanded.correct(w));
    expect(words.length).toBeGreaterThan(10_000);
    expect(differ).toEqual([]);
  });

  it("suggest what the expanded dictionary suggests", () => {
    for (const typo of ["recieve", "teh", "colr", "Lodnon", "wierd", "hereven"])
      expect(compiled.suggest(typo)).toEqual(expanded.suggest(typo));
  });

  it("are used only with the files they were made from", () => {
    expect(formsMatch(forms, aff, dic)).toBe(true);
    // One letter changed, the length kept.
    expect(formsMatch(forms, aff, dic.replace(/a/, "e"))).toBe(false);
    expect(formsMatch(forms, `${aff}\n`, dic)).toBe(false);
    expect(() => checkerFromForms(aff, dic)).toThrow(/not in a format/);
  });
});
