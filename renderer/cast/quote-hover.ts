/**
 * A small card over a line of dialogue saying who speaks it ("probably Willow", tagged "guess",
 * when the attribution is weak; "unnamed: the cashier" for a described speaker), with a select
 * to correct the speaker. The writer's correction always reads as certain.
 *
 * As with the note card there is no element to hover (quotes are ranges, not nodes): the pointer
 * is mapped to a document position, the quote decorations there are looked up, and the quote's
 * own line boxes are checked. Over a word of the line that carries a note, the note's card shows
 * instead and holds the same speaker and select as a part of its own (`cardPart`, see
 * editor/story-card.ts), so one card covers the line and the keyboard reaches both.
 */
import { Plugin, type Command, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { LocalQuote } from "../analysis/protocol";
import { correctionKey, quoteRange } from "./commands";
import type { SpeakerCorrection } from "../../core/cast/corrections";
import { analysisAt, isGuess } from "../analysis/plugin";
import { el } from "../ui/dom";
import { rectUnder } from "../editor/hit-test";
import {
  cardClosed,
  cardOpened,
  hoverYields,
  openCardOf,
  type CardOwner,
  type CardPart,
  type OpenCard,
} from "../editor/story-card";

const HIDE_DELAY_MS = 300;

/** This card's name among the cards over the story. */
const OWNER = "quote";

/** A transaction that closes the card. */
const closing = (state: EditorState): Transaction => cardClosed(state.tr, OWNER);

/**
 * The quote card, if it is the open card (`held` when opened from the keyboard: its select takes
 * focus, and no hover replaces it), with the line it is open for as the current analysis reads
 * it: a result landing while it is open (the writer's correction, a cast change, the full pass
 * after a quick one) shows what it says of the line, not what it said when the pointer arrived.
 */
export function quoteCard(state: EditorState): { card: OpenCard; quote: LocalQuote } | null {
  const card = openCardOf(state, OWNER);
  const quote = card ? quoteAt(state, card.at) : null;
  return card && quote ? { card, quote } : null;
}

/**
 * Opens the card for the line at the caret, focused on its select (the keyboard's way to the
 * speaker of a line that carries no note); false outside a line of dialogue.
 */
export const openQuoteCard: Command = (state, dispatch) => {
  const quote = quoteAt(state, state.selection.from);
  const range = quote ? quoteRange(state, quote) : null;
  if (!quote || !range) return false;
  if (dispatch) {
    const at = state.selection.from;
    dispatch(cardOpened(state.tr, { owner: OWNER, at, ...range, carries: [], held: true }));
  }
  return true;
};

/** What the card needs from the app. */
export interface QuoteHoverHost {
  /** Names the writer can choose as the speaker, in cast order. */
  names(): readonly string[];
  /** The character's colour (a CSS colour), if it has one. */
  colorOf(name: string): string | undefined;
  /** Records the writer's speaker for the line. */
  correct(correction: SpeakerCorrection): void;
}

/** The select's value for "Nobody in the cast" (no name can be a NUL). */
const NOBODY = "\u0000";

/** Why a choice was not recorded: the analysis is behind the text, so the line may have moved. */
export const REFUSED = "The text changed; try again in a moment.";

/**
 * What a choice in the card's select records: the correction, null for the placeholder, or
 * `REFUSED` when `key` finds no current analysis for the line. A refused choice puts the select
 * back on its placeholder: left on the refused name, choosing that name again would fire no
 * change, and the select would claim a speaker the line does not have.
 */
export function takeSpeakerChoice(
  select: { value: string },
  key: () => Omit<SpeakerCorrection, "speaker"> | null,
): SpeakerCorrection | typeof REFUSED | null {
  if (!select.value) return null;
  const at = key();
  if (!at) {
    select.value = "";
    return REFUSED;
  }
  return { ...at, speaker: select.value === NOBODY ? null : select.value };
}

/** The quote under a document position, if any. */
export function quoteAt(state: EditorState, pos: number): LocalQuote | null {
  for (const spec of analysisAt(state, pos)) if (spec.type === "quote") return spec.quote;
  return null;
}

/** Keys that change a closed select's value in place, as the writer browses its names. */
const BROWSING_KEYS = new Set(["ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);

/** Whether `event` moves a closed select to another option (arrows, type-ahead). */
function browses(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  return BROWSING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== " ");
}

/** What the card says of the line's speaker. */
function speakerText(quote: LocalQuote): string {
  if (quote.speaker) return isGuess(quote) ? `probably ${quote.speaker}` : quote.speaker;
  return quote.unnamed ? `unnamed: ${quote.unnamed}` : "Speaker unknown";
}

/**
 * The tag beside a line's speaker: the writer's choice, a choice carried from another line of
 * the paragraph (core/cast/corrections.ts; the writer never looked at this line), or a guess.
 */
export function choiceTag(
  quote: Pick<LocalQuote, "speaker" | "confidence" | "corrected" | "carried">,
): { readonly className: string; readonly text: string } | null {
  if (quote.corrected)
    return {
      className: "quote-card-corrected",
      text: quote.carried ? "follows your choice" : "your choice",
    };
  return isGuess(quote) ? { className: "quote-card-guess", text: "guess" } : null;
}

/**
 * The line's speaker and the select that corrects it: the quote card's body, and the part it
 * adds to a note's card over a word of the line. A choice made with the pointer (or in the
 * opened list) is recorded at once; keys that step a closed select through its names (arrows,
 * type-ahead) only show a name until Enter records it, and leaving the select, or Escape, puts
 * it back, so browsing the names with the keyboard corrects nothing. `done` closes the card.
 */
function speakerChoice(
  view: EditorView,
  host: QuoteHoverHost,
  quote: LocalQuote,
  done: () => void,
): HTMLElement[] {
  const head = el("div", "quote-card-head");
  const swatch = el("span", "quote-card-swatch");
  const color = quote.speaker ? host.colorOf(quote.speaker) : undefined;
  if (color) swatch.style.background = color;
  head.append(swatch, el("span", "quote-card-speaker", speakerText(quote)));
  const tag = choiceTag(quote);
  if (tag) head.append(el("span", `quote-card-tag ${tag.className}`, tag.text));
  const label = el("label", "quote-card-correct");
  const status = el("div", "quote-card-status");
  status.setAttribute("role", "status");
  const select = el("select", "quote-card-select");
  select.setAttribute("aria-label", "Who speaks this line");
  select.append(el("option", "", "Change speaker…"));
  select.options[0]!.value = "";
  for (const name of host.names()) {
    const option = el("option", "", name);
    option.value = name;
    select.append(option);
  }
  const nobody = el("option", "", "Nobody in the cast");
  nobody.value = NOBODY;
  select.append(nobody);
  let browsing = false;
  const record = (): void => {
    browsing = false;
    const choice = takeSpeakerChoice(select, () => correctionKey(view.state, quote));
    if (choice === null) return;
    // The head keeps naming the speaker the line has; the refusal is said beside it.
    if (choice === REFUSED) return void (status.textContent = REFUSED);
    host.correct(choice);
    done();
  };
  select.addEventListener("mousedown", () => (browsing = false));
  select.addEventListener("keydown", (event) => {
    if (browsing && event.key === "Enter") {
      event.preventDefault();
      return record();
    }
    if (browsing && event.key === "Escape" && select.value) {
      // The first Escape takes back the name browsed to; the next closes the card.
      event.preventDefault();
      event.stopPropagation();
      select.value = "";
      browsing = false;
      return;
    }
    browsing = browses(event);
  });
  select.addEventListener("change", () => {
    if (!browsing) record();
  });
  select.addEventListener("blur", () => {
    if (browsing) select.value = "";
    browsing = false;
  });
  label.append(select);
  return [head, label, status];
}

class QuoteCardView {
  private readonly card: HTMLElement;
  private shown: LocalQuote | null = null;
  private shownAt = -1;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointer: { x: number; y: number } | null = null;
  private anchor: DOMRect | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly host: QuoteHoverHost,
  ) {
    this.card = el("div", "quote-card");
    this.card.hidden = true;
    // Not a tooltip: it holds a select, and the keyboard opens it focused (as the note card).
    this.card.setAttribute("role", "dialog");
    this.card.addEventListener("mouseenter", () => clearTimeout(this.hideTimer));
    this.card.addEventListener("mouseleave", () => this.hideSoon());
    this.card.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      this.view.dispatch(closing(this.view.state));
      this.view.focus();
    });
    // Inside the page's main landmark (it is fixed-positioned, so where it sits in the DOM
    // does not move it): screen readers find it with the story.
    (document.querySelector("main") ?? document.body).append(this.card);
  }

  update(): void {
    const open = quoteCard(this.view.state);
    if (!open) return this.hide();
    const { card, quote } = open;
    const shown = this.card.hidden || !this.shown ? null : { quote: this.shown, at: this.shownAt };
    const fresh = drawsCardAgain(shown, { quote, at: card.at });
    if (fresh) {
      this.shown = quote;
      this.shownAt = card.at;
      if (card.held) this.anchorAtLine(quote);
      this.render(quote);
      this.card.hidden = false;
    }
    this.position();
    if (fresh && card.held) this.card.querySelector("select")?.focus();
  }

  /** From the keyboard: the card goes over the line's first words, not where the pointer is. */
  private anchorAtLine(quote: LocalQuote): void {
    const range = quoteRange(this.view.state, quote);
    if (!range) return;
    const at = this.view.coordsAtPos(range.from, 1);
    this.pointer = null;
    this.anchor = new DOMRect(at.left, at.top, 0, at.bottom - at.top);
  }

  private render(quote: LocalQuote): void {
    const done = (): void => {
      this.view.dispatch(closing(this.view.state));
      this.view.focus();
    };
    const parts = speakerChoice(this.view, this.host, quote, done);
    this.card.replaceChildren(...parts);
    this.card.setAttribute("aria-label", `Spoken by ${speakerText(quote)}`);
  }

  private position(): void {
    const anchor = this.anchor;
    if (this.card.hidden || !anchor) return;
    const card = this.card.getBoundingClientRect();
    const x = Math.min(
      Math.max(8, (this.pointer?.x ?? anchor.left) - 20),
      window.innerWidth - card.width - 8,
    );
    const above = anchor.top - card.height - 6;
    this.card.style.left = `${x}px`;
    this.card.style.top = `${above >= 8 ? above : anchor.bottom + 6}px`;
  }

  private hide(): void {
    clearTimeout(this.hideTimer);
    if (this.card.hidden) return;
    this.card.hidden = true;
    this.shown = null;
  }

  private hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (this.card.contains(document.activeElement)) return;
      if (quoteCard(this.view.state)) this.view.dispatch(closing(this.view.state));
    }, HIDE_DELAY_MS);
  }

  pointerMoved(x: number, y: number): void {
    // A card opened from the keyboard stays where it is, whatever the pointer does.
    if (quoteCard(this.view.state)?.card.held) return;
    this.pointer = { x, y };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const point = this.pointer;
      if (!point) return;
      const state = this.view.state;
      const hit = this.view.posAtCoords({ left: point.x, top: point.y });
      const quote = hit ? quoteAt(state, hit.pos) : null;
      const range = quote ? quoteRange(state, quote) : null;
      // The line box of the quote under the point: null when the point is outside its words.
      const box = range ? rectUnder(this.view, range.from, range.to, point.x, point.y) : null;
      if (!hit || !quote || !range || !box) {
        if (this.shown) this.hideSoon();
        return;
      }
      clearTimeout(this.hideTimer);
      const open = quoteCard(state);
      if (open?.card.held || open?.quote === quote) return;
      // A note's card that already names this line's speaker, or one the writer opened on
      // purpose, keeps its place.
      if (hoverYields(state, OWNER, hit.pos)) return;
      this.anchor = box;
      this.view.dispatch(
        cardOpened(state.tr, { owner: OWNER, at: hit.pos, ...range, carries: [], held: false }),
      );
    });
  }

  pointerLeft(): void {
    this.pointer = null;
    this.hideSoon();
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    cancelAnimationFrame(this.frame);
    this.card.remove();
  }
}

/** A line's reading as the quote card shows it, and the place the card was opened at. */
export interface ShownQuote {
  readonly quote: LocalQuote;
  readonly at: number;
}

/**
 * Whether the open quote card is drawn again for `next`, given what it shows (null: hidden).
 * Not while the line reads the same at the same place: a new result saying the same (the full
 * pass landing) must not rebuild an open select under the writer.
 */
export function drawsCardAgain(shown: ShownQuote | null, next: ShownQuote): boolean {
  return !shown || shown.at !== next.at || !readsSame(shown.quote, next.quote);
}

/** Whether the card would read the same for `a` and `b`. */
function readsSame(a: LocalQuote, b: LocalQuote): boolean {
  return (
    a.speaker === b.speaker &&
    a.unnamed === b.unnamed &&
    !!a.corrected === !!b.corrected &&
    !!a.carried === !!b.carried &&
    isGuess(a) === isGuess(b)
  );
}

/**
 * The line's speaker and its select as a part of another card at `pos` (a note's card over a
 * word of the line), or null outside a line of dialogue.
 */
function speakerPart(host: QuoteHoverHost, state: EditorState, pos: number): CardPart | null {
  const quote = quoteAt(state, pos);
  const range = quote ? quoteRange(state, quote) : null;
  if (!quote || !range) return null;
  return {
    owner: OWNER,
    ...range,
    render: (view, done) => {
      const part = el("section", "quote-card-part");
      part.setAttribute("aria-label", `Spoken by ${speakerText(quote)}`);
      const color = quote.speaker ? host.colorOf(quote.speaker) : undefined;
      if (color) part.style.borderLeftColor = color;
      part.append(
        el("div", "quote-card-kind", "Spoken by"),
        ...speakerChoice(view, host, quote, done),
      );
      return part;
    },
  };
}

/** The quote card plugin. */
export function quoteHover(host: QuoteHoverHost): Plugin {
  let cardView: QuoteCardView | null = null;
  // Read by the story card: a card over a line no analysis reads as dialogue now is not open.
  const cardOwner: CardOwner = { name: OWNER, shows: (state, card) => !!quoteAt(state, card.at) };
  return new Plugin({
    // Read by the note card (editor/story-card.ts): one card over a noted word of a line.
    cardPart: (state: EditorState, pos: number) => speakerPart(host, state, pos),
    cardOwner,
    view(view) {
      cardView = new QuoteCardView(view, host);
      return {
        update: () => cardView?.update(),
        destroy: () => (cardView?.destroy(), (cardView = null)),
      };
    },
    props: {
      handleDOMEvents: {
        mousemove: (_view, event) => (cardView?.pointerMoved(event.clientX, event.clientY), false),
        mouseleave: () => (cardView?.pointerLeft(), false),
      },
      handleKeyDown: (view, event) => {
        if (event.key !== "Escape" || !quoteCard(view.state)) return false;
        view.dispatch(closing(view.state));
        return true;
      },
    },
  });
}
