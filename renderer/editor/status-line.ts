/**
 * The status bar as the app keeps it: redrawn at once (anything but typing) or once typing
 * pauses, with a message ("Saved", a refusal) until the next edit or `MESSAGE_MS` at most, and
 * the window's title, marked while the story is unsaved.
 */
import type { EditorState } from "prosemirror-state";
import { renderStatus, TypingRefresh, type StatusPart } from "./status-bar";

/** How long a status message ("Saved", a refusal) stays before it fades; an edit clears it sooner. */
export const MESSAGE_MS = 5000;

/** What the status bar shows of the app, read when it draws. */
export interface StatusSource {
  dirty(): boolean;
  fileName(): string;
  state(): EditorState;
  /** The parts the features add. */
  extra(): StatusPart[];
}

export class StatusLine {
  /** The message shown, "" when none. */
  private shown = "";
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly refresh = new TypingRefresh(() => this.draw());
  /** Whether the status bar shows the story as unsaved: that change shows at once. */
  private shownDirty = false;

  constructor(
    private readonly bar: HTMLElement,
    private readonly source: StatusSource,
  ) {}

  /** The message shown, "" when none. */
  get message(): string {
    return this.shown;
  }

  /** Whether the bar shows the story as saved or unsaved as `dirty` says. */
  showsDirty(dirty: boolean): boolean {
    return dirty === this.shownDirty;
  }

  /** Redraws at once. */
  now(): void {
    this.refresh.now();
  }

  /** Redraws once typing pauses. */
  soon(): void {
    this.refresh.soon();
  }

  /** Shows `message` until the next edit, or `MESSAGE_MS` at most. */
  flash(message: string): void {
    this.shown = message;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.clear(), MESSAGE_MS);
    this.now();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.shown = "";
    this.refresh.soon();
  }

  private draw(): void {
    const dirty = this.source.dirty();
    this.shownDirty = dirty;
    renderStatus(this.bar, {
      fileName: this.source.fileName(),
      dirty,
      state: this.source.state(),
      message: this.shown,
      extra: this.source.extra(),
    });
    const title = `${dirty ? "• " : ""}${this.source.fileName()} — Draftwise`;
    if (document.title !== title) document.title = title;
  }
}
