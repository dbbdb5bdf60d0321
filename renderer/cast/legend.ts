/**
 * The colour legend over the story: which colour is which character, with the two switches
 * that decide what the colours mark. By default only the opening quote of each line is coloured
 * by its speaker (speaker marks); tinting every name (mentions) is there on demand. The legend
 * shows whenever colours are on the page, so a colour never means nothing.
 */
import type { DocAnalysis } from "../analysis/protocol";
import { el } from "../ui/dom";

/**
 * The legend's entries: the characters whose colour the page can show, those who speak a line or
 * are named in the story, in the analysis's order. A description with no line left ("the lady",
 * once her lines went to Mrs. Bennet) or a cast member not yet written in has no colour to explain.
 */
export function legendEntries(
  analysis: Pick<DocAnalysis, "characters" | "quotes"> | null,
  colorOf: (name: string) => string | undefined,
): { name: string; color: string }[] {
  if (!analysis) return [];
  const speakers = new Set(analysis.quotes.map((q) => q.speaker));
  return analysis.characters.flatMap((c) => {
    const color = colorOf(c.name);
    return color && (c.mentions > 0 || speakers.has(c.name)) ? [{ name: c.name, color }] : [];
  });
}

export interface LegendHost {
  /** Characters in the story's order of importance, each with its colour. */
  characters(): readonly { readonly name: string; readonly color: string }[];
  speakersOn(): boolean;
  mentionsOn(): boolean;
  setSpeakers(on: boolean): void;
  setMentions(on: boolean): void;
}

/** Names the legend lists before "and N more" (the cast panel has them all). */
const SHOWN = 8;

export class CastLegend {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly speakers: HTMLButtonElement;
  private readonly mentions: HTMLButtonElement;

  constructor(private readonly host: LegendHost) {
    this.element = el("div", "cast-legend");
    this.element.setAttribute("role", "group");
    this.element.setAttribute("aria-label", "Character colours");
    this.list = el("ul", "cast-legend-list");
    const toggle = (label: string, title: string, flip: () => void): HTMLButtonElement => {
      const b = el("button", "cast-legend-toggle", label);
      b.type = "button";
      b.title = title;
      b.addEventListener("click", () => {
        flip();
        this.render();
      });
      return b;
    };
    this.speakers = toggle(
      "Speaker colours",
      "Colour each line's opening quote by its speaker",
      () => this.host.setSpeakers(!this.host.speakersOn()),
    );
    this.mentions = toggle("Tint names", "Tint every mention of a character in their colour", () =>
      this.host.setMentions(!this.host.mentionsOn()),
    );
    // One box for both switches: they wrap as one, never "Tint names" alone on a row.
    const switches = el("div", "cast-legend-switches");
    switches.append(this.speakers, this.mentions);
    this.element.append(this.list, switches);
  }

  /** Redraws from the host: called on each analysis result and when a switch changes. */
  render(): void {
    const speakers = this.host.speakersOn();
    const mentions = this.host.mentionsOn();
    this.speakers.setAttribute("aria-pressed", String(speakers));
    this.mentions.setAttribute("aria-pressed", String(mentions));
    const characters = this.host.characters();
    const coloured = speakers || mentions;
    this.list.hidden = !coloured || characters.length === 0;
    if (this.list.hidden) return void this.list.replaceChildren();
    const items = characters.slice(0, SHOWN).map(({ name, color }) => {
      const item = el("li", "cast-legend-item");
      const swatch = el("span", "cast-legend-swatch");
      swatch.setAttribute("aria-hidden", "true");
      // CSSOM, not a style attribute: the page's CSP allows none.
      swatch.style.setProperty("--cast-color", color);
      item.append(swatch, name);
      return item;
    });
    if (characters.length > SHOWN)
      items.push(el("li", "cast-legend-more", `and ${characters.length - SHOWN} more`));
    this.list.replaceChildren(...items);
  }
}
