/** Paragraph editing commands that respect the file's separators. */
import { splitBlockAs } from "prosemirror-commands";
import { schema } from "./schema";

/**
 * Enter: split the paragraph; the new half is a new paragraph (default separator), while the
 * first half keeps the separator the file had before it.
 */
export const splitParagraph = splitBlockAs(() => ({
  type: schema.nodes.paragraph,
  attrs: { before: null },
}));
