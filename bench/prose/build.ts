/**
 * `npx tsx bench/prose/build.ts`: writes `novel.txt`, the bench's real prose, from the LitBank
 * excerpts in tests/fixtures/litbank (public-domain novels; see README.md beside this file).
 * Each excerpt becomes a chapter, in file-name order, as written: one that does not open with a
 * chapter heading of its own gets a "Chapter N" line, so the outline and scenes see chapters as
 * in a novel. Run again only if the fixture set changes; the output is committed.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isChapterHeading } from "../../core/chapters";

const LITBANK = path.resolve(import.meta.dirname, "../../tests/fixtures/litbank");
const OUT = path.join(import.meta.dirname, "novel.txt");

const excerpts = readdirSync(LITBANK)
  .filter((name) => name.endsWith(".txt"))
  .sort();
const chapters = excerpts.map((name, i) => {
  const text = readFileSync(path.join(LITBANK, name), "utf8").trim();
  const first = text.split(/\n\s*\n/u, 1)[0] ?? "";
  return isChapterHeading(first) ? text : `Chapter ${i + 1}\n\n${text}`;
});
writeFileSync(OUT, chapters.join("\n\n\n") + "\n");
process.stdout.write(`${excerpts.length} excerpts -> ${path.relative(process.cwd(), OUT)}\n`);
