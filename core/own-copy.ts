/**
 * A string that shares no storage with `text`. A paragraph parsed from a story's whole text is
 * a slice of it, and V8 keeps the whole text alive for as long as any slice lives: a cache
 * keeping one edited paragraph's text (or a name or quote read from it) kept that pass's whole
 * story (2 MB for a 120,000-word novel) for good. A JSON round trip builds the string anew from
 * a temporary the size of the paragraph; made once per new text.
 */
export function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
