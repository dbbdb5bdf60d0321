/**
 * Words laid out as an editor's hard wrap leaves them: lines of at most `columns` characters,
 * broken at spaces. The tests of hard-wrapped drafts (editor, find, export) build their stories
 * with it.
 */
export function hardWrap(words: string, columns = 60): string {
  const lines: string[] = [];
  for (const word of words.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= columns)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}
