/**
 * The voice view: every line one character speaks, in story order, under the title of its
 * scene, each a link back into the text. Writers reread a character's dialogue in one go to
 * hear whether the voice holds. It shows inside the Cast panel, with a way back to the list.
 */
import type { DocAnalysis, LocalQuote } from "../analysis/protocol";
import { sceneOfBlock, type SceneSpan } from "../editor/scene-spans";
import { el } from "../ui/dom";
import { isGuess } from "../analysis/plugin";

/** Whose lines: a character by name, or an unnamed speaker by description. */
export type Speaker = { readonly name: string } | { readonly unnamed: string };

export interface VoiceLine {
  readonly quote: LocalQuote;
  /** Index of the scene node holding the line, -1 when outside every scene. */
  readonly scene: number;
  readonly text: string;
}

/** The lines of `who`, in story order (paragraph, then place in the paragraph). */
export function linesOf(
  analysis: Pick<DocAnalysis, "quotes">,
  spans: readonly SceneSpan[],
  who: Speaker,
  textOf: (quote: LocalQuote) => string = (quote) => quote.text ?? "",
): VoiceLine[] {
  const speaks =
    "name" in who
      ? (q: LocalQuote) => q.speaker === who.name
      : (q: LocalQuote) => !q.speaker && q.unnamed === who.unnamed;
  return analysis.quotes
    .filter(speaks)
    .sort((a, b) => a.paragraph - b.paragraph || a.index - b.index)
    .map((quote) => ({
      quote,
      scene: sceneOfBlock(spans, quote.paragraph),
      text: textOf(quote),
    }));
}

export interface VoiceViewHost {
  /** Selects the line in the text; false when it is no longer there. */
  select(quote: LocalQuote): boolean;
  back(): void;
}

export class VoiceView {
  constructor(
    private readonly root: HTMLElement,
    private readonly host: VoiceViewHost,
  ) {
    root.classList.add("voice-view");
  }

  /** Draws the lines of one speaker. `color` tints the heading; scene titles label the groups. */
  show(
    title: string,
    color: string | undefined,
    lines: readonly VoiceLine[],
    spans: readonly SceneSpan[],
  ): void {
    const head = el("header", "voice-head");
    const back = el("button", "voice-back", "← Cast");
    back.type = "button";
    back.addEventListener("click", () => this.host.back());
    const heading = el("h2", "voice-title", title);
    if (color) heading.style.setProperty("--cast-color", color);
    head.append(
      back,
      heading,
      el("span", "voice-count", `${lines.length} ${lines.length === 1 ? "line" : "lines"}`),
    );
    const list = el("ol", "voice-lines");
    let scene = Number.NaN;
    for (const line of lines) {
      if (line.scene !== scene) {
        scene = line.scene;
        const span = spans[scene];
        list.append(
          el(
            "li",
            "voice-scene",
            span ? `${scene + 1}. ${span.title || "Untitled scene"}` : "Outside the scenes",
          ),
        );
      }
      const item = el("li", "voice-line");
      const go = el("button", "voice-go", `“${line.text}”`);
      go.type = "button";
      go.title = "Show this line in the text";
      // The same rule as the quote card: a weak attribution the writer has not confirmed.
      if (isGuess(line.quote)) go.classList.add("guess");
      go.addEventListener("click", () => {
        if (!this.host.select(line.quote)) go.classList.add("gone");
      });
      item.append(go);
      list.append(item);
    }
    if (lines.length === 0) list.append(el("li", "voice-empty", "No lines attributed yet."));
    this.root.replaceChildren(head, list);
  }
}
