/** The status bar: file name, unsaved marker, word counts (story, scene, selection). */
import type { EditorState } from "prosemirror-state";
import { wordsBetween, wordsIn, formatCount } from "./word-count";

/** A part a feature adds to the status bar (the session word target, say). */
export interface StatusPart {
  readonly role: string;
  readonly text: string;
  readonly title?: string;
  /** Makes the part a button. */
  readonly onClick?: () => void;
}

export interface StatusInfo {
  readonly fileName: string;
  readonly dirty: boolean;
  readonly state: EditorState;
  readonly message?: string;
  readonly extra?: readonly StatusPart[];
}

function sceneAt(state: EditorState): number {
  const $head = state.selection.$head;
  return $head.depth >= 1 ? wordsIn($head.node(1)) : 0;
}

const handlers = new WeakMap<HTMLElement, Map<string, () => void>>();

export function renderStatus(bar: HTMLElement, info: StatusInfo): void {
  const { state } = info;
  const selection = wordsBetween(state.doc, state.selection.from, state.selection.to);
  const parts: StatusPart[] = [
    {
      role: "file",
      text: `${info.fileName}${info.dirty ? " •" : ""}`,
      title: info.dirty ? "Unsaved changes" : "Saved",
    },
    { role: "words", text: `${formatCount(wordsIn(state.doc))} words` },
    {
      role: "scene-words",
      // "scene 358" read as a scene's number; the count comes first, as in "2,971 words".
      text: `${formatCount(sceneAt(state))} in scene`,
      title: "Words in the scene the caret is in",
    },
  ];
  if (selection > 0)
    parts.push({ role: "selection-words", text: `${formatCount(selection)} selected` });
  parts.push(...(info.extra ?? []));
  if (info.message) parts.push({ role: "message", text: info.message });
  handlers.set(bar, new Map(parts.filter((p) => p.onClick).map((p) => [p.role, p.onClick!])));
  // Typing changes only the counts: update the parts in place, rebuild only when they differ.
  const existing = [...bar.children] as HTMLElement[];
  const same =
    existing.length === parts.length &&
    parts.every(
      (p, i) =>
        existing[i]!.dataset.status === p.role &&
        existing[i]!.tagName === (p.onClick ? "BUTTON" : "SPAN"),
    );
  if (same) {
    parts.forEach((part, i) => {
      const el = existing[i]!;
      if (el.textContent !== part.text) el.textContent = part.text;
      if ((part.title ?? "") !== el.title) el.title = part.title ?? "";
    });
    markCovered(bar);
    return;
  }
  bar.replaceChildren(
    ...parts.map((part) => {
      const el = document.createElement(part.onClick ? "button" : "span");
      el.className = `status-${part.role}`;
      el.dataset.status = part.role;
      el.textContent = part.text;
      // Only the message is announced ("Saved", a refusal), not every count as it changes.
      if (part.role === "message") el.setAttribute("role", "status");
      if (part.title) el.title = part.title;
      if (part.onClick) {
        (el as HTMLButtonElement).type = "button";
        // The part is rebuilt rarely; look the handler up at click time so it stays current.
        el.addEventListener("click", () => handlers.get(bar)?.get(part.role)?.());
      }
      return el;
    }),
  );
  watchClipped(bar);
  markCovered(bar);
}

/**
 * A message sits over the bar's right end for a few seconds (styles.css), over whatever items
 * are there: while it shows, those items are inert too, so Tab does not land on a button the
 * writer cannot see. Measured only while a message shows or has just gone (a layout read).
 */
function markCovered(bar: HTMLElement): void {
  const message = bar.querySelector<HTMLElement>(":scope > .status-message");
  if (!message && !bar.querySelector(":scope > [data-covered]")) return;
  const over = message?.getBoundingClientRect();
  for (const item of bar.children) {
    if (!(item instanceof HTMLElement) || item === message) continue;
    const box = item.getBoundingClientRect();
    const covered =
      !!over &&
      box.width > 0 &&
      box.left < over.right &&
      box.right > over.left &&
      box.top < over.bottom &&
      box.bottom > over.top;
    item.toggleAttribute("data-covered", covered);
    item.inert = covered || item.hasAttribute("data-clipped");
  }
}

/**
 * Items the bar has no room for wrap to a second line, which its height clips (styles.css).
 * Clipped, they would still take Tab and be read out: an IntersectionObserver rooted at the bar
 * (no layout forced, and a resize or a longer count is seen as it happens) makes an item not
 * wholly in the bar inert, out of the tab order and the accessibility tree, and gives it back
 * when a wider window has room for it again.
 */
const clipWatchers = new WeakMap<HTMLElement, IntersectionObserver>();

function watchClipped(bar: HTMLElement): void {
  if (typeof IntersectionObserver !== "function") return;
  let watcher = clipWatchers.get(bar);
  if (!watcher) {
    watcher = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const item = entry.target as HTMLElement;
          const clipped = entry.intersectionRatio < WHOLLY_SHOWN;
          item.toggleAttribute("data-clipped", clipped);
          item.inert = clipped || item.hasAttribute("data-covered");
        }
        // A resize moves the items under the message too.
        markCovered(bar);
      },
      { root: bar, threshold: [0, WHOLLY_SHOWN] },
    );
    clipWatchers.set(bar, watcher);
  }
  watcher.disconnect();
  for (const item of bar.children) watcher.observe(item);
}

/** The share of an item in the bar that counts as shown (sub-pixel edges aside). */
const WHOLLY_SHOWN = 0.98;

/** Pause in typing after which the counts catch up. */
const COUNTS_PAUSE_MS = 150;
/** While typing goes on, the counts still catch up this often. */
const COUNTS_MAX_WAIT_MS = 1000;

/**
 * Schedules status bar redraws for typing: after a short pause, and at least once a second
 * while the writer types on. Redrawing the counts on every key cost each key about a fifth of
 * a millisecond (a tenth of a bare editor's whole keystroke at 30,000 words).
 */
export class TypingRefresh {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstWait = 0;

  constructor(private readonly refresh: () => void) {}

  /** A keystroke: redraw once typing pauses (or the longest wait has passed). */
  soon(): void {
    const now = Date.now();
    if (this.timer === undefined) this.firstWait = now;
    clearTimeout(this.timer);
    const wait = Math.min(COUNTS_PAUSE_MS, this.firstWait + COUNTS_MAX_WAIT_MS - now);
    this.timer = setTimeout(() => this.now(), Math.max(0, wait));
  }

  /** Redraws at once (anything but typing), dropping a pending redraw. */
  now(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.refresh();
  }
}
