/**
 * A conversation's turns as the eval scripts read them: each paragraph with dialogue is one turn,
 * its quotes' indexes in order.
 */
export function turnsOf(quotes: readonly { readonly paragraph: number }[]): number[][] {
  const turns: number[][] = [];
  quotes.forEach((q, j) => {
    const last = turns[turns.length - 1];
    if (last && quotes[last[0]!]!.paragraph === q.paragraph) last.push(j);
    else turns.push([j]);
  });
  return turns;
}
