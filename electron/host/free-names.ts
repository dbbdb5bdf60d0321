/**
 * Free names for new files: "story.docx", "story 2.docx"... A name is taken when a file in the
 * folder has it up to case, as a case-insensitive disk compares names (macOS, Windows, most
 * synced folders): on a case-sensitive disk the two would be files a writer cannot tell apart.
 * An export of many files (one per chapter or scene) takes one number for the whole set, so the
 * set stays numbered together and replaces none of a writer's files.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * A name as a case-insensitive disk compares it. Upper then lower case, so a pair that lower
 * case alone keeps apart is one name: "ΟΔΟΣ" and "οδος" (a final sigma), "ſ" and "s".
 */
const folded = (name: string): string => name.normalize("NFC").toUpperCase().toLowerCase();

/** `name` with the number `n` before its extension: "story 2.docx"; `n` 1 is the name itself. */
export function numberedName(name: string, n: number): string {
  if (n === 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} ${n}${ext}`;
}

/** Whether a name is taken in `dir`, up to case (a folder that cannot be listed: exact names). */
function takenIn(dir: string): (name: string) => boolean {
  let listed: Set<string>;
  try {
    listed = new Set(readdirSync(dir).map(folded));
  } catch {
    listed = new Set();
  }
  return (name) => listed.has(folded(name)) || existsSync(path.join(dir, name));
}

/** The first number from `from` at which every one of `names` is free in `dir`. */
export function freeNumber(dir: string, names: readonly string[], from = 1): number {
  const taken = takenIn(dir);
  for (let n = from; ; n++) if (!names.some((name) => taken(numberedName(name, n)))) return n;
}

/** The first name like `name` in `dir` that is not taken: "story.docx", "story 2.docx"... */
export function freePath(dir: string, name: string): string {
  return path.join(dir, numberedName(name, freeNumber(dir, [name])));
}

/**
 * Where the files of a many-file export go: `chosen` (from the dialog) for the first, the
 * `besides` beside it. When a file of the set is there already, the whole set takes the first
 * number free for all of it, the chosen file too: a dialog confirmed replacing that one file
 * only, and a set half replaced and half numbered would not read as one export. A first file
 * the dialog already numbered ("Chapter 01 2.html", a shell without a dialog) keeps its
 * number when the others are free under it.
 */
export function setPaths(
  chosen: string,
  suggested: string,
  besides: readonly string[],
): { first: string; besides: string[] } {
  const dir = path.dirname(chosen);
  const name = path.basename(chosen);
  const numbered = numberOf(name, suggested);
  const base = numbered === null ? name : suggested;
  const from = numbered ?? 1;
  const taken = takenIn(dir);
  // A first file named in the dialog as one of the others ("Chapter 02.html") would be
  // written over by it: that name is taken too, and the others alone take a number.
  const clashes = (b: string, n: number): boolean =>
    taken(numberedName(b, n)) || folded(numberedName(b, n)) === folded(name);
  if (!besides.some((b) => clashes(b, from)))
    return { first: chosen, besides: besides.map((b) => path.join(dir, numberedName(b, from))) };
  if (besides.some((b) => folded(b) === folded(base))) {
    let n = 2;
    while (besides.some((b) => clashes(b, n))) n++;
    return { first: chosen, besides: besides.map((b) => path.join(dir, numberedName(b, n))) };
  }
  const n = freeNumber(dir, [base, ...besides], Math.max(from, 2));
  return {
    first: path.join(dir, numberedName(base, n)),
    besides: besides.map((b) => path.join(dir, numberedName(b, n))),
  };
}

/** The number `name` carries as a numbered form of `suggested` (1: the same), else null. */
function numberOf(name: string, suggested: string): number | null {
  if (name === suggested) return 1;
  const ext = path.extname(suggested);
  const stem = suggested.slice(0, suggested.length - ext.length);
  if (!name.startsWith(`${stem} `) || !name.endsWith(ext)) return null;
  const digits = name.slice(stem.length + 1, name.length - ext.length);
  return /^[1-9]\d{0,5}$/u.test(digits) && digits !== "1" ? Number(digits) : null;
}
