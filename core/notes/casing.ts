/** Gives a replacement the capitalisation of the words it replaces ("Gonna" -> "Going to"). */
export function matchCase(replacement: string, original: string): string {
  const letters = original.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  const first = letters.charAt(0);
  if (first !== "" && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
