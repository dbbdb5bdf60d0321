/**
 * Whether two pieces of plain data (what JSON holds: the writer's settings) are alike: arrays
 * item by item in order, objects key by key in any order, a key holding `undefined` as no key
 * (JSON.stringify drops it). Comparing two JSON.stringify strings instead tells apart equal
 * settings whose keys were written in another order.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameData(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>): string[] =>
    Object.keys(o).filter((k) => o[k] !== undefined);
  const xKeys = keys(x);
  if (xKeys.length !== keys(y).length) return false;
  return xKeys.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k]));
}
