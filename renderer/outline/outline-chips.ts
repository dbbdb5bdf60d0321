/**
 * A scene row's character chips: the first few characters of the scene, the point-of-view one
 * marked, long names clipped in the text with the whole name as the chip's title. Redrawn only
 * when the names shown change. Its own module: what a chip shows is decided apart from when the
 * panel refreshes its figures.
 */
import { el } from "../ui/dom";
import type { SceneSummary } from "./outline-data";

const MAX_CHIPS = 4;
/** Longest name a chip shows whole; longer ones end in "…" (in the text: a clip costs paint). */
const CHIP_CHARS = 14;

const chipLabel = (name: string): string =>
  name.length > CHIP_CHARS ? `${name.slice(0, CHIP_CHARS - 1).trimEnd()}…` : name;

/** Shows `characters` (point of view first, when it is one of them) in a row's chips element. */
export function showChips(
  chips: HTMLElement,
  characters: readonly string[],
  scenePov: SceneSummary["pov"],
): void {
  const shown = characters.slice(0, MAX_CHIPS);
  const key = shown.join("\u0000");
  if (chips.dataset.key === key) return;
  chips.dataset.key = key;
  chips.replaceChildren(
    ...shown.flatMap((name, k) => {
      const pov = k === 0 && name === scenePov;
      const label = chipLabel(name);
      const chip = el("span", pov ? "outline-chip pov" : "outline-chip", label);
      if (!pov) {
        if (label !== name) chip.title = name;
        return [chip];
      }
      chip.title = label === name ? "Point of view" : `Point of view: ${name}`;
      // The fill and the title say nothing to a screen reader; these words do, unseen.
      return [chip, el("span", "visually-hidden", " (point of view)")];
    }),
  );
}
