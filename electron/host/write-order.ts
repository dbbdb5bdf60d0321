/**
 * A page's working-copy writes kept in the order the page made them. A page being left sends
 * its last copy at once, not behind the answer to the write before (the page may end before
 * that answer comes), so two writes of one copy may be under way together, and the older may
 * reach the host last (another connection in the browser shell, a path check that takes
 * longer). Writes of one copy run one after another, and a write older than one of the same
 * writer already kept is skipped: its text is in the newer one. Only a write that was kept
 * counts: when the newer failed (a full disk that has room again), the older one's words are
 * the newest the host can keep, so it runs.
 *
 * What the host remembers of a writer is bounded by the writes that can still come. A write
 * says which of its writer's earlier ones were unanswered when it was made (`overtakes`): only
 * those can reach the host after it. The writer's place is kept until each of them has had its
 * turn (or had it already: the last turns are remembered), then forgotten; a page whose writes
 * came one after another (every write but a closing page's) leaves nothing. A write that does
 * not say (an older page, a test) is remembered for the host's life, as before.
 */
import type { HostResult, WriteOrder } from "../../core/host-api";

/** What a skipped write answers: its words are kept, in the newer write. */
const skipped: HostResult<null> = { ok: true, value: null };

/**
 * How many turns are remembered, for a write listing one that had its turn before it came (the
 * answer was on its way back). Forgetting one too early keeps a writer longer, never shorter.
 */
const RECENT_TURNS = 256;

/** A writer whose older writes may still come. */
interface Remembered {
  /** The newest order kept, by copy. */
  readonly newest: Map<string, number>;
  /** Its writes that may still come; null: unknown, so it is never forgotten. */
  awaited: Set<number> | null;
}

export class CopyWrites {
  /** Writers whose older writes may still come, by name. */
  private readonly writers = new Map<string, Remembered>();
  /** Each copy's writes under way, the last one's end. */
  private readonly tails = new Map<string, Promise<unknown>>();
  /** The last turns taken, as `writer n`, oldest first. */
  private readonly recent = new Set<string>();

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
      if (order && (this.writers.get(order.writer)?.newest.get(key) ?? -Infinity) > order.n) {
        this.passed(order);
        return skipped;
      }
      try {
        const result = await write();
        if (order && result.ok) this.kept(key, order);
        return result;
      } finally {
        if (order) this.passed(order);
      }
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

  /**
   * The write `order` had its turn, or will have none (a save refused before it removed the
   * copy): a later write that lists it need not wait for it.
   */
  passed(order: WriteOrder): void {
    const turn = `${order.writer} ${order.n}`;
    this.recent.delete(turn);
    this.recent.add(turn);
    if (this.recent.size > RECENT_TURNS) this.recent.delete(this.recent.values().next().value!);
    const remembered = this.writers.get(order.writer);
    if (!remembered?.awaited) return;
    remembered.awaited.delete(order.n);
    if (remembered.awaited.size === 0) this.writers.delete(order.writer);
  }

  /** How many writers the host remembers (whose older writes may still come). */
  get remembered(): number {
    return this.writers.size;
  }

  /** A write ran only if no newer of its writer's was kept, so its count is the newest. */
  private kept(key: string, order: WriteOrder): void {
    const still = order.overtakes?.filter((n) => !this.recent.has(`${order.writer} ${n}`));
    const remembered = this.writers.get(order.writer);
    if (!remembered && still?.length === 0) return;
    const writer = remembered ?? { newest: new Map<string, number>(), awaited: new Set<number>() };
    this.writers.set(order.writer, writer);
    writer.newest.set(key, order.n);
    if (still === undefined) writer.awaited = null;
    else for (const n of still) writer.awaited?.add(n);
    if (writer.awaited?.size === 0) this.writers.delete(order.writer);
  }
}
