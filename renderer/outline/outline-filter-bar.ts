/**
 * The outline's filter controls: a search box (titles, synopses, characters) and a menu of the
 * story's characters. They own their elements and the menu's contents; which rows a filter
 * keeps is `matchesFilter`'s, and hiding them is the panel's.
 */
import { el } from "../ui/dom";

export class FilterBar {
  /** The controls' container, for the panel's head. */
  readonly dom: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly select: HTMLSelectElement;

  /** `changed` runs when the writer types in the box or picks a character. */
  constructor(changed: () => void) {
    this.input = el("input", "outline-filter");
    this.input.type = "search";
    this.input.placeholder = "Filter scenes";
    this.input.setAttribute("aria-label", "Filter scenes by title, synopsis or character");
    this.select = el("select", "outline-character");
    this.select.setAttribute("aria-label", "Show scenes with a character");
    this.select.append(new Option("All characters", ""));
    this.dom = el("div", "outline-filters");
    this.dom.append(this.input, this.select);
    this.input.addEventListener("input", changed);
    this.select.addEventListener("change", changed);
  }

  /** The typed text, trimmed and case folded ("" when none). */
  get text(): string {
    return this.input.value.trim().toLocaleLowerCase();
  }

  /** The chosen character's name, "" for all. */
  get who(): string {
    return this.select.value;
  }

  /** Whether anything is typed (even only spaces) or a character chosen. */
  get touched(): boolean {
    return !!(this.input.value || this.select.value);
  }

  /** Lists `names` in the character menu, keeping the choice while its name is still there. */
  setCharacters(names: readonly string[]): void {
    const key = names.join("\u0000");
    if (this.select.dataset.key === key) return;
    this.select.dataset.key = key;
    const chosen = this.select.value;
    this.select.replaceChildren(
      new Option("All characters", ""),
      ...names.map((name) => new Option(name, name)),
    );
    this.select.value = names.includes(chosen) ? chosen : "";
  }
}
