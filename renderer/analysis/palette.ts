/**
 * Character colours: twelve hues that stay distinct as light tints in both themes. A character
 * keeps a colour the writer picked; others take the next free hue in cast order.
 */
export const CAST_COLORS = [
  "#d1495b",
  "#2e86ab",
  "#e09f3e",
  "#3c9d5d",
  "#8e5ea2",
  "#c05621",
  "#0f8b8d",
  "#b83280",
  "#6b8e23",
  "#5a67d8",
  "#a0522d",
  "#2b6cb0",
] as const;

/**
 * Highlight slot (0..11) per character name. A colour the writer picked comes first; then each
 * character keeps the slot it had (`kept`, the last assignment): the cast lists the writer's
 * characters before the found ones, so one added mid-session would otherwise come first and move
 * every other colour one along. The rest take the next free hue.
 */
export function colorSlots(
  names: readonly string[],
  chosen: ReadonlyMap<string, string> = new Map(),
  kept: ReadonlyMap<string, number> = new Map(),
): Map<string, number> {
  const slots = new Map<string, number>();
  const used = new Set<number>();
  for (const name of names) {
    const color = chosen.get(name);
    const slot = color ? CAST_COLORS.indexOf(color as (typeof CAST_COLORS)[number]) : -1;
    if (slot >= 0) {
      slots.set(name, slot);
      used.add(slot);
    }
  }
  for (const name of names) {
    const slot = kept.get(name);
    if (slots.has(name) || slot === undefined || used.has(slot)) continue;
    slots.set(name, slot);
    used.add(slot);
  }
  let next = 0;
  for (const name of names) {
    if (slots.has(name)) continue;
    while (used.has(next % CAST_COLORS.length) && used.size < CAST_COLORS.length) next++;
    slots.set(name, next % CAST_COLORS.length);
    used.add(next % CAST_COLORS.length);
    next++;
  }
  return slots;
}
