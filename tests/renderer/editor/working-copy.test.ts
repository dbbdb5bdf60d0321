/**
 * The working copy's timing and choices with a fake clock and a recording host: steady typing
 * is backed up within the maximum wait, a clean story removes its copy, and a recovered copy
 * on offer is never replaced until the writer chooses.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { HostApi, WorkingCopy } from "../../../core/host-api";
import { Debounce } from "../../../renderer/editor/debounce";
import { WorkingCopyKeeper } from "../../../renderer/editor/working-copy";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("Debounce", () => {
  it("acts after a pause, and no later than the maximum wait under steady changes", () => {
    const times: number[] = [];
    const start = Date.now();
    const debounce = new Debounce(() => times.push(Date.now() - start), 1000, 1500);
    // A change every 300 ms for 10 s never pauses for a second.
    for (let t = 0; t < 10_000; t += 300) {
      debounce.poke();
      vi.advanceTimersByTime(300);
    }
    expect(times.length).toBeGreaterThanOrEqual(6);
    const gaps = times.map((t, i) => t - (times[i - 1] ?? 0));
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(1800);
    vi.advanceTimersByTime(1000);
    const after = times.length;
    vi.advanceTimersByTime(5000);
    expect(times.length).toBe(after);
  });
});

function recordingHost(): { host: HostApi; writes: (WorkingCopy | { discard: string })[] } {
  const writes: (WorkingCopy | { discard: string })[] = [];
  const host = {
    backupWorkingCopy: async (copy: WorkingCopy) => (writes.push(copy), { ok: true, value: null }),
    discardWorkingCopy: async (path: string) => (
      writes.push({ discard: path }),
      { ok: true, value: null }
    ),
  } as unknown as HostApi;
  return { host, writes };
}

describe("WorkingCopyKeeper", () => {
  let text = "Saved.";
  let dirty = false;
  const source = () => ({ path: "/s.txt", dirty, text: () => text });

  beforeEach(() => {
    text = "Saved.";
    dirty = false;
  });

  it("backs up steady typing within 1.5 s of the first change", async () => {
    const { host, writes } = recordingHost();
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null);
    for (let i = 0; i < 5; i++) {
      text += "x";
      dirty = true;
      keeper.changed();
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(writes).toEqual([{ path: "/s.txt", text: "Saved.xxxxx" }]);
  });

  it("removes the copy when the story is back to clean", async () => {
    const { host, writes } = recordingHost();
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null);
    dirty = true;
    keeper.changed();
    await vi.advanceTimersByTimeAsync(2000);
    dirty = false;
    keeper.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toEqual([{ path: "/s.txt", text: "Saved." }, { discard: "/s.txt" }]);
  });

  it("is quiet only when no write is due or under way (what tests wait on)", async () => {
    let land: () => void = () => {};
    const writes: WorkingCopy[] = [];
    const host = {
      backupWorkingCopy: (copy: WorkingCopy) =>
        new Promise((resolve) => {
          writes.push(copy);
          land = () => resolve({ ok: true, value: null });
        }),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null);
    expect(keeper.quiet).toBe(true);
    dirty = true;
    keeper.changed();
    expect(keeper.quiet).toBe(false); // due
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
    expect(keeper.quiet).toBe(false); // written, not landed
    land();
    await vi.advanceTimersByTimeAsync(0);
    expect(keeper.quiet).toBe(true);
  });

  it("keeps a recovered copy untouched while it is on offer, and puts it back after a save", async () => {
    const { host, writes } = recordingHost();
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened("Recovered.");
    dirty = true;
    keeper.changed();
    await vi.advanceTimersByTimeAsync(2000);
    await keeper.flush();
    expect(writes).toEqual([]);
    keeper.saved();
    await keeper.flush();
    expect(writes).toEqual([{ path: "/s.txt", text: "Recovered." }]);
    await keeper.release();
    expect(writes.at(-1)).toEqual({ path: "/s.txt", text: "Saved." });
  });
});
