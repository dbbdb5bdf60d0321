/**
 * Where a dragged row would land, and the line that shows it: a drop on a row's upper half goes
 * before it, on its lower half after it, and one row at a time carries the drop-before or
 * drop-after mark. Plain DOM geometry and classes, apart from the panel's reordering rules, so
 * its own module.
 */

/** Whether a drop at `clientY` on `item` goes before it (its upper half). */
export function dropsBefore(item: HTMLElement, clientY: number): boolean {
  const rect = item.getBoundingClientRect();
  return clientY < rect.top + rect.height / 2;
}

/** Marks `item` as where the drop lands, before or after it, and unmarks every other row. */
export function showDropIndicator(list: HTMLElement, item: HTMLElement, before: boolean): void {
  for (const li of list.querySelectorAll(".drop-before, .drop-after"))
    if (li !== item) li.classList.remove("drop-before", "drop-after");
  item.classList.toggle("drop-before", before);
  item.classList.toggle("drop-after", !before);
}

/** Unmarks every row of `list`. */
export function clearDropIndicator(list: HTMLElement): void {
  for (const li of list.querySelectorAll(".drop-before, .drop-after"))
    li.classList.remove("drop-before", "drop-after");
}
