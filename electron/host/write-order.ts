/**
 * A page's working-copy writes kept in the order the page made them. A page being left sends
 * its last copy at once, not behind the answer to the write before (the page may end before
 * that answer comes), so two writes of one copy may be under way together, and the older may
 * reach the host last (another connection in the browser shell, a path check that takes
 * longer). Writes of one copy run one after another, and a write older than one of the same
 * writer already taken is skipped: its text is in the newer one.
 */
import type { WriteOrder } from "../../core/host-api";

export class CopyWrites {
  /** Each copy's newest order taken, by writer. */
  private readonly newest = new Map<string, Map<string, number>>();
  /** Each copy's writes under way, the last one's end. */
  private readonly tails = new Map<string, Promise<unknown>>();

  /**
   * Runs `write` for the copy `key` once the writes of it already under way end, or answers
   * `skipped` when its writer has sent a newer one (no order: always run, in turn).
   */
  run<T>(
    key: string,
    order: WriteOrder | undefined,
    write: () => Promise<T>,
    skipped: T,
  ): Promise<T> {
    if (order) {
      const writers = this.newest.get(key) ?? new Map<string, number>();
      this.newest.set(key, writers);
      if ((writers.get(order.writer) ?? -Infinity) > order.n) return Promise.resolve(skipped);
      writers.set(order.writer, order.n);
    }
    const done = (this.tails.get(key) ?? Promise.resolve()).then(write, write);
    const tail = done.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return done;
  }
}
