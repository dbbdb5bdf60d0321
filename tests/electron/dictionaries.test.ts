import { mkdtempSync, promises as fs, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileForms } from "../../core/notes/dictionary-forms";
import { dictionaryCache, readDictionaryFiles } from "../../electron/host/dictionaries";

const files = (pkg: string) => ({
  aff: readFileSync(`node_modules/${pkg}/index.aff`, "utf8"),
  dic: readFileSync(`node_modules/${pkg}/index.dic`, "utf8"),
});

describe("the shipped dictionaries", () => {
  // en-GB's forms, compiled once for both tests (an expansion of the word file, about 1.5 s of
  // CPU): the first reads them under their own name, the second under the other language's.
  let gbForms: string | undefined;
  const compiledGb = (): string => {
    const { aff, dic } = files("dictionary-en-gb");
    return (gbForms ??= compileForms(aff, dic));
  };

  it("come with the forms the build compiled from the same files, so nothing is expanded", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-forms-"));
    const { aff } = files("dictionary-en-gb");
    const forms = compiledGb();
    writeFileSync(path.join(dir, "en-GB.forms"), forms);
    expect(await readDictionaryFiles("en-GB", dir)).toEqual({ aff, forms });
  });

  it("come with their word file when the forms are missing or were made from other files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-forms-"));
    const gb = files("dictionary-en-gb");
    const us = files("dictionary-en");
    // The en-GB forms under the en-US name: a package updated since the build looks the same.
    writeFileSync(path.join(dir, "en-US.forms"), compiledGb());
    expect(await readDictionaryFiles("en-US", dir)).toEqual(us);
    expect(await readDictionaryFiles("en-GB", dir)).toEqual(gb);
    expect(await readDictionaryFiles("en-GB", null)).toEqual(gb);
  });
});

describe("the dictionaries the host serves", () => {
  /** Reads the real files, keeping each path it read. */
  function countingReader(): { read: (file: string) => Promise<string>; reads: string[] } {
    const reads: string[] = [];
    return { reads, read: (file) => (reads.push(file), fs.readFile(file, "utf8")) };
  }

  it("are read from disk once per language, however often the page asks", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-forms-"));
    const { read, reads } = countingReader();
    const dictionary = dictionaryCache(dir, read);
    const gb = await dictionary("en-GB");
    expect(gb).toEqual(files("dictionary-en-gb"));
    const readForGb = reads.length;
    expect(readForGb).toBeGreaterThan(0);
    const [again, us, usAgain] = await Promise.all([
      dictionary("en-GB"),
      dictionary("en-US"),
      dictionary("en-US"),
    ]);
    expect(again).toBe(gb);
    expect(usAgain).toBe(us);
    expect(us).toEqual(files("dictionary-en"));
    // Only en-US's files, once: the same count en-GB's took.
    expect(reads.length).toBe(2 * readForGb);
    expect(reads.slice(readForGb).every((file) => !reads.slice(0, readForGb).includes(file))).toBe(
      true,
    );
  });

  it("try the disk again after a read that failed", async () => {
    const { read, reads } = countingReader();
    let failures = 1;
    const flaky = (file: string): Promise<string> =>
      failures-- > 0 ? Promise.reject(new Error("EMFILE")) : read(file);
    const dictionary = dictionaryCache(null, flaky);
    await expect(dictionary("en-GB")).rejects.toThrow("EMFILE");
    const before = reads.length;
    expect(await dictionary("en-GB")).toEqual(files("dictionary-en-gb"));
    // The affix file and the word file, read again (no compiled forms here).
    expect(reads.length - before).toBe(2);
  });
});
