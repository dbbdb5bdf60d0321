/**
 * A page's working-copy writes kept in the order the page made them. A page being left sends
 * its last copy at once, not behind the answer to the write before (the page may end before
 * that answer comes), so two writes of one copy may be under way together, and the older may
 * reach the host last (another connection in the browser shell, a path check that takes
 * longer). Writes of one copy run one after another, and a write older than one of the same
 * writer already kept is skipped: its text is in the newer one. Only a write that was kept
 * counts: when the newer failed (a full disk that has room again), the older one's words are
 * the newest the host can keep, so it runs.
 */
import type { HostResult, WriteOrder } from "../../core/host-api";

/** What a skipped write answers: its words are kept, in the newer write. */
const skipped: HostResult<null> = { ok: true, value: null };

export class CopyWrites {
  /** Each copy's newest order kept, by writer. */
  private readonly newest = new Map<string, Map<string, number>>();
  /** Each copy's writes under way, the last one's end. */
  private readonly tails = new Map<string, Promise<unknown>>();

  /**
   * Runs `write` for the copy `key` once the writes of it already under way end, unless its
   * writer's newer one was kept by then (no order: always run, in turn).
   */
  run(
    key: string,
    order: WriteOrder | undefined,
    write: () => Promise<HostResult<null>>,
  ): Promise<HostResult<null>> {
    const inTurn = async (): Promise<HostResult<null>> => {
      if (order && (this.newest.get(key)?.get(order.writer) ?? -Infinity) > order.n) return skipped;
      const result = await write();
      if (order && result.ok) this.kept(key, order);
      return result;
    };
    const done = (this.tails.get(key) ?? Promise.resolve()).then(inTurn, inTurn);
    const tail = done.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return done;
  }

  /**
   * Resolves once the writes of the copy `key` under way have ended: a page reloaded while
   * its last copy is being written reads that copy, not the one before (whose offer, restored,
   * would then be written over the last words).
   */
  settled(key: string): Promise<void> {
    return (this.tails.get(key) ?? Promise.resolve()).then(() => undefined);
  }

  /** A write ran only if no newer of its writer's was kept, so its count is the newest. */
  private kept(key: string, order: WriteOrder): void {
    const writers = this.newest.get(key) ?? new Map<string, number>();
    this.newest.set(key, writers);
    writers.set(order.writer, order.n);
  }
}
