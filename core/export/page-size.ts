/** Paper for a manuscript, by the writer's locale. */
import type { PageSize } from "./model";

/** Letter paper where US English is the writer's language (as Word picks it), A4 elsewhere. */
export function pageSizeFor(locale: string | undefined): PageSize {
  return /^en[-_]US\b/i.test(locale ?? "") ? "letter" : "a4";
}
