import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileForms } from "../../core/notes/dictionary-forms";
import { readDictionaryFiles } from "../../electron/host/dictionaries";

const files = (pkg: string) => ({
  aff: readFileSync(`node_modules/${pkg}/index.aff`, "utf8"),
  dic: readFileSync(`node_modules/${pkg}/index.dic`, "utf8"),
});

describe("the shipped dictionaries", () => {
  it("come with the forms the build compiled from the same files, so nothing is expanded", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-forms-"));
    const { aff, dic } = files("dictionary-en-gb");
    const forms = compileForms(aff, dic);
    writeFileSync(path.join(dir, "en-GB.forms"), forms);
    expect(await readDictionaryFiles("en-GB", dir)).toEqual({ aff, forms });
  });

  it("come with their word file when the forms are missing or were made from other files", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-forms-"));
    const gb = files("dictionary-en-gb");
    const us = files("dictionary-en");
    // The en-US forms under the en-GB name: a package updated since the build looks the same.
    writeFileSync(path.join(dir, "en-GB.forms"), compileForms(us.aff, us.dic));
    expect(await readDictionaryFiles("en-GB", dir)).toEqual(gb);
    expect(await readDictionaryFiles("en-US", dir)).toEqual(us);
    expect(await readDictionaryFiles("en-US", null)).toEqual(us);
  });
});
