/**
 * The note card: what the hover or right-click over an underline shows. One section per note
 * under the pointer (a word can carry a voice note and a gloss), each with its message, the
 * gloss, fix buttons and the ignore actions. The card only renders; what the buttons do is
 * the caller's business (`NoteCardActions`).
 */
import type { LocalNote } from "../analysis/protocol";
import { ignoreKeysOf } from "./commands";
import { el } from "../ui/dom";

export interface NoteCardActions {
  fix(note: LocalNote, text: string): void;
  /** Stores an ignore key (see `ignoreKeysOf`). */
  ignore(key: string): void;
  addToDictionary(word: string): void;
  /** Adds a name the speller does not know to the cast (a person only mentioned, say). */
  addToCast?(word: string): void;
  /** Slow dictionary suggestions for a spelling note, computed when the card opens. */
  suggestions(note: LocalNote): Promise<readonly string[]>;
  close(): void;
}

export const KIND_LABELS: Readonly<Record<LocalNote["kind"], string>> = {
  voice: "Voice",
  variant: "Variant spelling",
  "spelling-mix": "Spelling mix",
  spelling: "Spelling",
  encoding: "Garbled text",
  gloss: "Slang",
};

function button(
  label: string,
  className: string,
  run: () => void,
  title?: string,
): HTMLButtonElement {
  const b = el("button", className, label);
  b.type = "button";
  if (title) b.title = title;
  // mousedown would move the editor's selection and focus before the click lands.
  b.addEventListener("mousedown", (e) => e.preventDefault());
  b.addEventListener("click", run);
  return b;
}

function fixButtons(
  note: LocalNote,
  fixes: readonly string[],
  actions: NoteCardActions,
): HTMLButtonElement[] {
  return fixes.map((fix) =>
    button(
      fix,
      "note-card-fix",
      () => actions.fix(note, fix),
      `Replace “${note.text}” with “${fix}”`,
    ),
  );
}

/**
 * A card opened from the keyboard holds the focus on itself while a note's suggestions are
 * looked for (`focusFirst` in note-hover.ts), so that Enter, meant for the first fix, cannot
 * take the first button there is ("Ignore everywhere"). Once they come, the first fix has it;
 * when none comes the card keeps it (Tab reaches the buttons): moving it then to "Ignore
 * everywhere" would give that Enter the whole story after all.
 */
function focusWaitingCard(box: HTMLElement): void {
  const card = box.closest<HTMLElement>(".note-card");
  if (!card || document.activeElement !== card) return;
  if (card.querySelector("[data-looking]")) return;
  card.querySelector<HTMLElement>(".note-card-fix")?.focus();
}

/**
 * A capitalised word the speller does not know is most often a name: Xander, Dru, Parker. Only
 * offered, never assumed: the writer chooses between the cast and the dictionary.
 */
export function looksLikeName(word: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(word);
}

function section(note: LocalNote, actions: NoteCardActions): HTMLElement {
  const box = el("section", `note-card-note note-card-${note.kind}`);
  const head = el("div", "note-card-head");
  head.append(
    el(
      "span",
      "note-card-kind",
      note.severity === "info" || note.kind === "gloss"
        ? `${KIND_LABELS[note.kind]} · info`
        : KIND_LABELS[note.kind],
    ),
  );
  head.append(el("span", "note-card-term", note.text));
  box.append(head, el("p", "note-card-message", note.message));
  if (note.gloss && note.kind !== "gloss")
    box.append(el("p", "note-card-gloss", `Means: ${note.gloss}`));

  const fixes = el("div", "note-card-fixes");
  fixes.append(...fixButtons(note, note.fixes, actions));
  box.append(fixes);
  if (note.kind === "spelling") {
    const pending = el("span", "note-card-pending", "Looking for suggestions…");
    pending.dataset.looking = "";
    fixes.append(pending);
    void actions.suggestions(note).then(
      (found) => {
        // The card closed, or was drawn again for an edited word, before the answer came.
        if (!box.isConnected) return;
        pending.remove();
        const fresh = found.filter((s) => !note.fixes.includes(s));
        fixes.append(...fixButtons(note, fresh, actions));
        if (fresh.length === 0 && note.fixes.length === 0)
          fixes.append(el("span", "note-card-pending", "No suggestions."));
        focusWaitingCard(box);
      },
      () => {
        if (!box.isConnected) return;
        pending.textContent = "Suggestions are not available.";
        delete pending.dataset.looking;
        focusWaitingCard(box);
      },
    );
  }
  if (fixes.childElementCount === 0) fixes.remove();

  const keys = ignoreKeysOf(note);
  const more = el("div", "note-card-actions");
  if (keys) {
    const everywhere =
      note.kind === "voice"
        ? `Ignore “${note.text}” for every character in this story`
        : `Ignore “${note.text}” everywhere in this story`;
    more.append(
      button(
        "Ignore everywhere",
        "note-card-ignore",
        () => actions.ignore(keys.everywhere),
        everywhere,
      ),
    );
    if (keys.forSpeaker) {
      more.append(
        button(
          `Ignore for ${note.speaker}`,
          "note-card-ignore-speaker",
          () => actions.ignore(keys.forSpeaker!),
          `Ignore “${note.text}” when ${note.speaker} says it`,
        ),
      );
    }
  }
  if (note.kind === "spelling") {
    more.append(
      button(
        "Add to story dictionary",
        "note-card-add",
        () => actions.addToDictionary(note.text),
        `Accept “${note.text}” in this story`,
      ),
    );
    if (actions.addToCast && looksLikeName(note.text)) {
      const add = actions.addToCast;
      more.append(
        button(
          "Add to cast",
          "note-card-add-cast",
          () => add(note.text),
          `Add ${note.text} to the cast as a character`,
        ),
      );
    }
  }
  if (more.childElementCount > 0) box.append(more);
  return box;
}

/**
 * Fills `card` with sections for `notes`. The card is a non-modal dialog: Escape closes it,
 * and its buttons are in the tab order.
 */
export function renderNoteCard(
  card: HTMLElement,
  notes: readonly LocalNote[],
  actions: NoteCardActions,
): void {
  card.replaceChildren(...notes.map((n) => section(n, actions)));
  card.setAttribute("role", "dialog");
  card.setAttribute(
    "aria-label",
    notes.length === 1 ? `Note on “${notes[0]!.text}”` : `${notes.length} notes`,
  );
  card.onkeydown = (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      actions.close();
    }
  };
}

/**
 * Puts the card under the word's box (above it when there is no room below), inside the
 * window. `anchor` is in viewport coordinates; the card is `position: fixed`.
 */
export function placeNoteCard(
  card: HTMLElement,
  anchor: { left: number; top: number; bottom: number },
): void {
  const margin = 8;
  const { width, height } = card.getBoundingClientRect();
  const below = anchor.bottom + 6;
  const top =
    below + height + margin > window.innerHeight && anchor.top - height - 6 > margin
      ? anchor.top - height - 6
      : below;
  const left = Math.max(margin, Math.min(anchor.left - 12, window.innerWidth - width - margin));
  card.style.left = `${Math.round(left)}px`;
  card.style.top = `${Math.round(Math.max(margin, top))}px`;
}
