/**
 * Which of the browser shell's pages are still there, for the host to let go of a page's story
 * holds once it has gone (browser-server.ts). A page is there while its event stream is open or
 * any call of it is unanswered. Its last stream closing starts a short grace (`PAGE_GRACE_MS`):
 * a page still there reads its events again after a network blip and keeps its holds meanwhile;
 * one that does not come back is gone once the grace is over and every call it made before has
 * been answered, so its last working copy is in before another page may discard the story. A
 * call of a gone page that comes later (on another connection than its stream) lets go again,
 * once answered, of what it took, say a hold.
 */

/** How many pages that went are remembered, for their calls that come later. */
const REMEMBERED_PAGES = 256;

/**
 * How long a page whose event stream closed may take to open it again and keep its holds.
 * The page reads its events again 500 ms after a stream ends (browser-host.ts); a few seconds
 * more cover a busy machine. A page really gone lets go once it has passed: until then another
 * window's Discard of its copy is refused (it may discard once the grace is over).
 */
export const PAGE_GRACE_MS = 5000;

/** Runs `run` once the grace is over; the function returned cancels it (the page came back). */
export type GraceTimer = (run: () => void) => () => void;

export const wallClockGrace: GraceTimer = (run) => {
  const timer = setTimeout(run, PAGE_GRACE_MS);
  timer.unref?.();
  return () => clearTimeout(timer);
};

interface PageState {
  calls: number;
  /** Open event streams: the host may see an old stream end after the page opened its next. */
  streams: number;
  /** Its last stream closed and its grace is over. */
  gone: boolean;
}

export class PagePresence {
  /** Each named page with calls unanswered or streams open, or gone while its calls were. */
  private readonly pages = new Map<string, PageState>();
  /** Pages that went, the newest last. */
  private readonly left = new Set<string>();
  /** Pages whose last stream closed and whose grace runs: its cancel. */
  private readonly inGrace = new Map<string, () => void>();
  /** The server is closing: its streams' ends start no grace. */
  private closing = false;

  constructor(
    /** A page went away and its calls have all been answered. */
    private readonly onGone: (page: string) => void,
    private readonly grace: GraceTimer = wallClockGrace,
  ) {}

  /** A call of `page` arrived (counted before its body is read). */
  callStarted(page: string): void {
    this.state(page).calls++;
  }

  /** A call of `page` was answered. */
  callEnded(page: string): void {
    this.state(page).calls--;
    this.settle(page);
  }

  /** `page` opened an event stream: it is there, whatever went before. */
  streamOpened(page: string): void {
    this.left.delete(page);
    this.endGrace(page);
    const state = this.state(page);
    state.gone = false;
    state.streams++;
  }

  /** One of `page`'s event streams closed; the last one starts its grace. */
  streamClosed(page: string): void {
    if (--this.state(page).streams > 0) return;
    this.settle(page);
    if (this.closing) return;
    let over = false;
    const cancel = this.grace(() => {
      if (over) return;
      over = true;
      this.inGrace.delete(page);
      this.state(page).gone = true;
      this.settle(page);
    });
    this.inGrace.set(page, () => {
      over = true;
      cancel();
    });
  }

  /** The server is closing: no grace runs on, none starts. */
  close(): void {
    this.closing = true;
    for (const page of [...this.inGrace.keys()]) this.endGrace(page);
  }

  private state(page: string): PageState {
    const state = this.pages.get(page) ?? { calls: 0, streams: 0, gone: false };
    this.pages.set(page, state);
    return state;
  }

  private endGrace(page: string): void {
    const cancel = this.inGrace.get(page);
    if (!cancel) return;
    this.inGrace.delete(page);
    cancel();
  }

  private settle(page: string): void {
    const state = this.pages.get(page);
    if (!state || state.calls > 0 || state.streams > 0) return;
    this.pages.delete(page);
    if (state.gone) this.left.add(page);
    if (this.left.size > REMEMBERED_PAGES) this.left.delete(this.left.values().next().value!);
    if (this.left.has(page)) this.onGone(page);
  }
}
