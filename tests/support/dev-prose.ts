/**
 * The dev stories' prose as paragraphs (LitBank's excerpts, CC BY 4.0, and the speakers-dev,
 * speakers-dev-2, -3 and -4 stories; never the held-out checks), for tests that compare
 * two forms of a pattern on real text match for match.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

const DIRS = ["litbank", "speakers-dev", "speakers-dev-2", "speakers-dev-3", "speakers-dev-4"];

export function devParagraphs(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => readFileSync(path.join(FIXTURES, dir, f), "utf8").split(/\n\s*\n/)),
  );
}
