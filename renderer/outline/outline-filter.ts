/**
 * What the outline's filter keeps: a scene whose title, synopsis or characters hold the typed
 * text (case folded), with the chosen character among its characters; and the count line that
 * says how many are shown. Pure, apart from the panel that hides the rows, so its own module.
 */
import { formatCount } from "../editor/word-count";
import type { SceneSummary } from "./outline-data";

/** Whether a scene with these `people` matches the filter `text` (folded) and character `who`. */
export function matchesFilter(
  scene: SceneSummary,
  people: readonly string[],
  text: string,
  who: string,
): boolean {
  return (
    (!who || people.includes(who)) &&
    (!text ||
      scene.title.toLocaleLowerCase().includes(text) ||
      scene.synopsis.toLocaleLowerCase().includes(text) ||
      people.some((name) => name.toLocaleLowerCase().includes(text)))
  );
}

/** The count line: "3 of 12 scenes" while a filter is on, else "12 scenes". */
export function sceneCount(shown: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? "scene" : "scenes";
  const all = `${formatCount(total)} ${noun}`;
  return filtered ? `${formatCount(shown)} of ${all}` : all;
}
