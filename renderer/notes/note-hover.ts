/**
 * Hover and right-click cards for note underlines, like a spell checker's. The underlines are
 * drawn for the paragraphs on screen only and carry no data, so the pointer's position is
 * mapped to a document position and the notes' decorations are looked up there, then checked
 * against the word's own boxes (posAtCoords snaps to the nearest character even in the margin).
 *
 * Where the card is open is the story card's (editor/story-card.ts): the one place that says
 * which card is open; the view draws it as a fixed element on the body. A hover card does not take focus (the writer may be typing); a right-click or the
 * keyboard command opens it focused so its buttons are reachable with Tab.
 *
 * Over a word of dialogue the card also holds the parts other features add there (the line's
 * speaker and its correction, from the cast; editor/story-card.ts): it is then the one card over
 * the line, stays while the pointer is anywhere on the line, and the quote card does not open.
 */
import { Plugin, type Command, type EditorState, type Transaction } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import type { LocalNote } from "../analysis/protocol";
import { applyFix, notesAtPos, type NoteFilter, type PlacedNote } from "./commands";
import { placeNoteCard, renderNoteCard, type NoteCardActions } from "./note-card";
import { rectUnder } from "../editor/hit-test";
import {
  cardClosed,
  cardOpened,
  cardParts,
  hoverYields,
  openCard,
  openCardOf,
  type CardOwner,
  type OpenCard,
} from "../editor/story-card";

/** This card's name among the cards over the story. */
const OWNER = "note";

/**
 * A transaction opening the card at `at` for `notes` (not empty), closing any other card. The
 * card covers its notes' words and those of the parts other features add at `at`.
 */
function opening(
  state: EditorState,
  at: number,
  notes: readonly PlacedNote[],
  focus: boolean,
): Transaction {
  const parts = cardParts(state, at);
  const spans = [...notes, ...parts];
  const from = Math.min(...spans.map((n) => n.from));
  const to = Math.max(...spans.map((n) => n.to));
  return cardOpened(state.tr, {
    owner: OWNER,
    at,
    from,
    to,
    carries: parts.map((p) => p.owner),
    held: focus,
  });
}

/** Opens the card for the notes at `pos` (the cursor by default); false when there are none. */
export function openNoteCard(filter: NoteFilter, pos?: number, focus = true): Command {
  return (state, dispatch) => {
    const at = pos ?? state.selection.from;
    const notes = notesAtPos(state, at, filter);
    if (notes.length === 0) return false;
    if (dispatch) dispatch(opening(state, at, notes, focus));
    return true;
  };
}

/** The note card, if it is the open card: `at` is where it reads its notes, `held` its focus. */
export function noteCard(state: EditorState): OpenCard | null {
  return openCardOf(state, OWNER);
}

export const closeNoteCard: Command = (state, dispatch) => {
  if (!noteCard(state)) return false;
  if (dispatch) dispatch(cardClosed(state.tr, OWNER));
  return true;
};

/** What the card's buttons do beyond fixing (which the plugin does itself). */
export type NoteHoverActions = Pick<
  NoteCardActions,
  "ignore" | "addToDictionary" | "addToCast" | "suggestions"
>;

/** Delay before a hover card closes once the pointer leaves the word and the card. */
const HIDE_DELAY_MS = 300;

class NoteCardView {
  private readonly card: HTMLElement;
  private shown: readonly LocalNote[] = [];
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointer: { x: number; y: number } | null = null;
  private readonly onScroll = (): void => this.position();
  /** Whether the writer's focus is in the card, or was when its button went away. */
  private holdsFocus = false;

  constructor(
    private readonly view: EditorView,
    private readonly filter: NoteFilter,
    private readonly actions: NoteHoverActions,
  ) {
    this.card = document.createElement("div");
    this.card.className = "note-card";
    this.card.hidden = true;
    // Focusable, not in the Tab order: it holds the focus while suggestions come.
    this.card.tabIndex = -1;
    this.card.addEventListener("mouseenter", () => clearTimeout(this.hideTimer));
    this.card.addEventListener("mouseleave", () => this.hideSoon());
    // Focus that leaves for nowhere (its button was redrawn away) still belongs to the card.
    this.card.addEventListener("focusin", () => (this.holdsFocus = true));
    this.card.addEventListener("focusout", (event) => {
      if (event.relatedTarget !== null && !this.card.contains(event.relatedTarget as Node))
        this.holdsFocus = false;
    });
    // Inside the page's main landmark (it is fixed-positioned, so where it sits in the DOM
    // does not move it): screen readers find it with the story.
    (document.querySelector("main") ?? document.body).append(this.card);
    window.addEventListener("scroll", this.onScroll, true);
  }

  private placed(state: EditorState): PlacedNote[] {
    const card = noteCard(state);
    return card ? notesAtPos(state, card.at, this.filter) : [];
  }

  update(): void {
    const card = noteCard(this.view.state);
    const placed = this.placed(this.view.state);
    if (!card || placed.length === 0) return this.hide();
    const notes = placed.map((p) => p.note);
    const same = notes.length === this.shown.length && notes.every((n, i) => n === this.shown[i]);
    const focused = this.hasFocus();
    if (!same || this.card.hidden) {
      this.shown = notes;
      const actions = this.cardActions();
      renderNoteCard(this.card, notes, actions);
      for (const part of cardParts(this.view.state, card.at))
        this.card.append(part.render(this.view, actions.close));
      this.card.hidden = false;
    }
    this.position();
    if (focused && !this.card.contains(document.activeElement)) this.focusFirst();
    // From the keyboard the first fix is what the writer most likely wants (Enter takes it).
    if (card.held && !this.card.contains(document.activeElement)) this.focusFirst();
  }

  private focusFirst(): void {
    // While suggestions are looked for, the card itself: Enter waits for the first fix.
    (
      this.card.querySelector<HTMLElement>(".note-card-fix") ??
      (this.card.querySelector("[data-looking]")
        ? this.card
        : this.card.querySelector<HTMLElement>("button"))
    )?.focus();
  }

  private hasFocus(): boolean {
    const active = document.activeElement;
    return (
      this.card.contains(active) ||
      (this.holdsFocus && (active === null || active === document.body))
    );
  }

  private cardActions(): NoteCardActions {
    const done = (): void => {
      closeNoteCard(this.view.state, this.view.dispatch);
      this.view.focus();
    };
    return {
      fix: (note, text) => {
        applyFix(note, text)(this.view.state, this.view.dispatch);
        done();
      },
      ignore: (key) => (this.actions.ignore(key), done()),
      addToDictionary: (word) => (this.actions.addToDictionary(word), done()),
      ...(this.actions.addToCast
        ? { addToCast: (word: string) => (this.actions.addToCast!(word), done()) }
        : {}),
      suggestions: (note) => this.actions.suggestions(note),
      close: done,
    };
  }

  private position(): void {
    if (this.card.hidden) return;
    const first = this.placed(this.view.state)[0];
    if (!first) return;
    const start = this.view.coordsAtPos(first.from, 1);
    placeNoteCard(this.card, { left: start.left, top: start.top, bottom: start.bottom });
  }

  private hide(): void {
    clearTimeout(this.hideTimer);
    if (this.card.hidden) return;
    // A closed card stays closed until the pointer moves again (Escape with the mouse still
    // over the word must not bring it straight back).
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pointer = null;
    const hadFocus = this.hasFocus();
    this.card.hidden = true;
    this.holdsFocus = false;
    this.shown = [];
    // Focus never stays on a closed card: back to the story.
    if (hadFocus) this.view.focus();
  }

  private hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.card.contains(document.activeElement))
        closeNoteCard(this.view.state, this.view.dispatch);
    }, HIDE_DELAY_MS);
  }

  /** The notes whose word is under the viewport point, and a position inside them. */
  private notesUnder(x: number, y: number): { pos: number; notes: PlacedNote[] } | null {
    const hit = this.view.posAtCoords({ left: x, top: y });
    if (!hit) return null;
    const notes = notesAtPos(this.view.state, hit.pos, this.filter).filter((p) =>
      this.covers(p, x, y),
    );
    return notes.length > 0 ? { pos: hit.pos, notes } : null;
  }

  /** Whether the point is on the words this open card covers with the parts it carries. */
  private coversPointer(state: EditorState, x: number, y: number): boolean {
    const card = openCard(state);
    if (card?.owner !== OWNER || card.carries.length === 0) return false;
    return rectUnder(this.view, card.from, card.to, x, y) !== null;
  }

  private covers(placed: PlacedNote, x: number, y: number): boolean {
    return rectUnder(this.view, placed.from, placed.to, x, y) !== null;
  }

  pointerMoved(x: number, y: number): void {
    this.pointer = { x, y };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const point = this.pointer;
      if (!point) return;
      const under = this.notesUnder(point.x, point.y);
      const state = this.view.state;
      const open = noteCard(state);
      if (!under) {
        // Still on the line the card names the speaker of: the card stays.
        if (open && this.coversPointer(state, point.x, point.y))
          return clearTimeout(this.hideTimer);
        if (open && !open.held) this.hideSoon();
        return;
      }
      clearTimeout(this.hideTimer);
      const current = this.placed(state);
      const same =
        current.length === under.notes.length &&
        current.every((p, i) => p.note === under.notes[i]!.note);
      if (!same && !hoverYields(state, OWNER, under.pos))
        this.view.dispatch(opening(state, under.pos, under.notes, false));
    });
  }

  pointerLeft(): void {
    this.pointer = null;
    if (!noteCard(this.view.state)?.held) this.hideSoon();
  }

  contextMenu(event: MouseEvent): boolean {
    const under = this.notesUnder(event.clientX, event.clientY);
    if (!under) return false;
    event.preventDefault();
    this.view.dispatch(opening(this.view.state, under.pos, under.notes, true));
    return true;
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    cancelAnimationFrame(this.frame);
    window.removeEventListener("scroll", this.onScroll, true);
    this.card.remove();
  }
}

/**
 * The note card plugin. `filter` says which notes are shown (kind on, not ignored); `actions`
 * carry out Ignore, Add to story dictionary and the spelling suggestions.
 */
export function noteHover(filter: NoteFilter, actions: NoteHoverActions): Plugin {
  let cardView: NoteCardView | null = null;
  // Read by the story card: a card whose notes a new analysis took away is not open.
  const cardOwner: CardOwner = {
    name: OWNER,
    shows: (state, card) => notesAtPos(state, card.at, filter).length > 0,
  };
  return new Plugin({
    cardOwner,
    view(view) {
      cardView = new NoteCardView(view, filter, actions);
      return {
        update: () => cardView?.update(),
        destroy: () => (cardView?.destroy(), (cardView = null)),
      };
    },
    props: {
      handleDOMEvents: {
        mousemove: (_view, event) => {
          // A drag selects text; a card popping up under it would only get in the way.
          if (event.buttons === 0) cardView?.pointerMoved(event.clientX, event.clientY);
          return false;
        },
        mouseleave: () => (cardView?.pointerLeft(), false),
        contextmenu: (_view, event) => cardView?.contextMenu(event) ?? false,
      },
      handleKeyDown: (view, event) =>
        event.key === "Escape" && closeNoteCard(view.state, view.dispatch),
    },
  });
}
