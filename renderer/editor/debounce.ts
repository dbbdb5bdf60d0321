/**
 * Runs an action once changes pause, but never later than `maxWait` after the first change of
 * a burst: steady typing with short gaps still gets its action (a plain debounce would wait
 * for a pause that never comes).
 */
export class Debounce {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet acted on happened; null when none is pending. */
  private firstChange: number | null = null;

  constructor(
    private readonly action: () => void,
    private readonly wait: number,
    private readonly maxWait = Infinity,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A change: act after `wait` of quiet, or at `maxWait` after the first pending change. */
  poke(): void {
    const now = this.clock();
    this.firstChange ??= now;
    clearTimeout(this.timer);
    const delay = Math.min(this.wait, this.firstChange + this.maxWait - now);
    this.timer = setTimeout(() => this.fire(), Math.max(0, delay));
  }

  get pending(): boolean {
    return this.firstChange !== null;
  }

  /** Drops the pending action. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstChange = null;
  }

  private fire(): void {
    this.cancel();
    this.action();
  }
}
