/**
 * The working copy's timing and choices with a fake clock and a recording host: steady typing
 * is backed up within the maximum wait, a clean story removes its copy, and a recovered copy
 * on offer is never replaced until the writer chooses; then, through the real host and files in
 * a temp dir, the writer's settings kept beside the text and a recovered copy put back as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type {
  HostApi,
  KeptSettings,
  OpenedStory,
  WorkingCopy,
  WriteOrder,
} from "../../../core/host-api";
import { createNodeHost, type NodeHost } from "../../../electron/host/node-host";
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
    holdStory: async () => ({ ok: true, value: null }),
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
  const source = () => ({ path: "/s.txt", dirty, text: () => text, settings: () => ({}) });

  beforeEach(() => {
    text = "Saved.";
    dirty = false;
  });

  it("backs up steady typing within 1.5 s of the first change", async () => {
    const { host, writes } = recordingHost();
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
    for (let i = 0; i < 5; i++) {
      text += "x";
      dirty = true;
      keeper.changed();
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(writes).toEqual([{ path: "/s.txt", text: "Saved.xxxxx", settings: {} }]);
  });

  it("removes the copy when the story is back to clean", async () => {
    const { host, writes } = recordingHost();
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
    dirty = true;
    keeper.changed();
    await vi.advanceTimersByTimeAsync(2000);
    dirty = false;
    keeper.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toEqual([
      { path: "/s.txt", text: "Saved.", settings: {} },
      { discard: "/s.txt" },
    ]);
  });

  it("is quiet only when no write is due or under way (what tests wait on)", async () => {
    let land: () => void = () => {};
    const writes: WorkingCopy[] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: (copy: WorkingCopy) =>
        new Promise((resolve) => {
          writes.push(copy);
          land = () => resolve({ ok: true, value: null });
        }),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
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

  it("sends a page's last copy as it is left, beside a write still under way, numbered after it", async () => {
    const sent: { text: string; n: number; writer: string }[] = [];
    const lands: (() => void)[] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: (copy: WorkingCopy, order: WriteOrder) =>
        new Promise((resolve) => {
          sent.push({ text: copy.text, ...order });
          lands.push(() => resolve({ ok: true, value: null }));
        }),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
    dirty = true;
    text = "Saved. Under way.";
    keeper.changed();
    await vi.advanceTimersByTimeAsync(1000);
    text = "Saved. Under way. Last words.";
    keeper.changed();
    // beforeunload (app.ts): the page may end before the first write's answer comes.
    keeper.leave();
    expect(sent.map((s) => s.text)).toEqual(["Saved. Under way.", "Saved. Under way. Last words."]);
    expect(sent[1]!.writer).toBe(sent[0]!.writer);
    expect(sent[1]!.n).toBeGreaterThan(sent[0]!.n);
    // The writer stayed: a later write waits for both.
    text = "Saved. Stayed.";
    void keeper.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2);
    lands[1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2);
    lands[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.text).at(-1)).toBe("Saved. Stayed.");
  });

  it("places a save after the copies made before it and before those made after", async () => {
    const orders: WriteOrder[] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: async (_copy: WorkingCopy, order: WriteOrder) => (
        orders.push(order),
        { ok: true, value: null }
      ),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
    dirty = true;
    await keeper.flush();
    let answer = (): void => undefined;
    let save: WriteOrder | undefined;
    const saving = keeper.ordered(
      (order) => ((save = order), new Promise<void>((resolve) => (answer = resolve))),
    );
    text = "Saved. Typed while saving.";
    keeper.leave();
    await vi.advanceTimersByTimeAsync(0);
    expect(orders.map((o) => o.writer)).toEqual([save!.writer, save!.writer]);
    expect(orders[0]!.n).toBeLessThan(save!.n);
    expect(orders[1]!.n).toBeGreaterThan(save!.n);
    // The copy sent while the save was unanswered may reach the host before the save's removal.
    expect(orders[1]!.overtakes).toEqual([save!.n]);
    answer();
    await saving;
    text = "Saved. Stayed.";
    await keeper.flush();
    expect(orders[2]!.overtakes).toEqual([]);
  });

  it("says with each write which of its earlier ones were unanswered (what the host must wait for)", async () => {
    const sent: { text: string; order: WriteOrder }[] = [];
    const lands: (() => void)[] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: (copy: WorkingCopy, order: WriteOrder) =>
        new Promise((resolve) => {
          sent.push({ text: copy.text, order });
          lands.push(() => resolve({ ok: true, value: null }));
        }),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
    dirty = true;
    text = "Saved. Under way.";
    void keeper.flush();
    await vi.advanceTimersByTimeAsync(0);
    // Due while the first is under way: it waits for that one's answer.
    text = "Saved. Under way. Queued.";
    void keeper.flush();
    text = "Saved. Under way. Queued. Last words.";
    keeper.leave();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.text)).toEqual([
      "Saved. Under way.",
      "Saved. Under way. Queued. Last words.",
    ]);
    expect(sent[0]!.order.overtakes).toEqual([]);
    expect(sent[1]!.order.overtakes).toEqual([sent[0]!.order.n]);
    // The queued copy is older than the last one sent: it is not sent after it (a page that
    // ends never sends it, so the host waits for nothing that will not come).
    lands[0]!();
    lands[1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2);
    text = "Saved. Stayed.";
    void keeper.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => s.text).at(-1)).toBe("Saved. Stayed.");
    expect(sent.at(-1)!.order.overtakes).toEqual([]);
  });

  it("discards the old file's copy after a Save As in order, behind the writes to it (issue qa-37)", async () => {
    const calls: { what: string; path: string; order: WriteOrder }[] = [];
    const lands: (() => void)[] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: (copy: WorkingCopy, order: WriteOrder) =>
        new Promise((resolve) => {
          calls.push({ what: copy.text, path: copy.path, order });
          lands.push(() => resolve({ ok: true, value: null }));
        }),
      discardWorkingCopy: async (path: string, order: WriteOrder) => (
        calls.push({ what: "discard", path, order }),
        { ok: true, value: null }
      ),
    } as unknown as HostApi;
    let path = "/s.txt";
    const keeper = new WorkingCopyKeeper(host, () => ({ ...source(), path }));
    keeper.opened(null, "/s.txt");
    dirty = true;
    text = "Saved. Under way.";
    void keeper.flush();
    text = "Saved. Under way. Queued.";
    void keeper.flush();
    // Saved as another file while the old file's copies are on their way.
    path = "/other.txt";
    dirty = false;
    keeper.saved();
    void keeper.discard("/s.txt");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.what)).toEqual(["Saved. Under way."]);
    lands[0]!();
    await vi.advanceTimersByTimeAsync(0);
    lands[1]!();
    await vi.advanceTimersByTimeAsync(0);
    const old = calls.filter((c) => c.path === "/s.txt");
    expect(old.map((c) => c.what)).toEqual([
      "Saved. Under way.",
      "Saved. Under way. Queued.",
      "discard",
    ]);
    expect(old[2]!.order.n).toBeGreaterThan(old[1]!.order.n);
  });

  it("still removes the old file's copy after a Save As when the page's last copy (another file's) went first (crev-37)", async () => {
    const calls: { what: string; path: string }[] = [];
    const lands: (() => void)[] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: (copy: WorkingCopy) =>
        new Promise((resolve) => {
          calls.push({ what: copy.text, path: copy.path });
          lands.push(() => resolve({ ok: true, value: null }));
        }),
      discardWorkingCopy: async (path: string) => (
        calls.push({ what: "discard", path }),
        { ok: true, value: null }
      ),
    } as unknown as HostApi;
    let path = "/s.txt";
    const keeper = new WorkingCopyKeeper(host, () => ({ ...source(), path }));
    keeper.opened(null, "/s.txt");
    dirty = true;
    text = "Saved. Under way.";
    void keeper.flush();
    await vi.advanceTimersByTimeAsync(0);
    // Saved as another file while the old file's copy is on its way; its discard waits for it.
    path = "/other.txt";
    dirty = false;
    keeper.saved();
    void keeper.discard("/s.txt");
    // The writer types in the new file and the tab is closed (the writer then stays): the new
    // file's copy goes at once, numbered after the queued discard of the old file's.
    dirty = true;
    text = "Saved. Under way. New file.";
    keeper.leave();
    await vi.advanceTimersByTimeAsync(0);
    lands[0]!();
    lands[1]!();
    await vi.advanceTimersByTimeAsync(0);
    // Another file's copy holds none of the old file's words: the old copy is still removed,
    // or the old file's next open offers words the writer saved under the new name.
    expect(calls).toContainEqual({ what: "discard", path: "/s.txt" });
  });

  it("holds the story it opens before its first copy, and hears when another window holds it", async () => {
    const calls: string[] = [];
    let elsewhere = false;
    const host = {
      holdStory: async (path: string, writer: string) => (
        calls.push(`hold ${path} ${writer}`),
        { ok: true, value: null }
      ),
      backupWorkingCopy: async (copy: WorkingCopy) => {
        calls.push(`copy ${copy.text}`);
        return elsewhere
          ? { ok: false, error: { code: "held-elsewhere", message: "Open in another window." } }
          : { ok: true, value: null };
      },
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    let told = 0;
    keeper.onHeldElsewhere = () => told++;
    keeper.opened(null, "/s.txt");
    dirty = true;
    text = "Saved. Mine.";
    await keeper.flush();
    expect(calls).toEqual([`hold /s.txt ${keeper.writerName}`, "copy Saved. Mine."]);
    expect(told).toBe(0);
    // Another window opened the story: the host refuses this one's copy, and the app is told.
    elsewhere = true;
    text = "Saved. Mine, later.";
    await keeper.flush();
    expect(told).toBe(1);
  });

  it("names its writes as the shell names its page, whose holds go when the page goes (holds-38)", async () => {
    const orders: WriteOrder[] = [];
    const host = {
      page: "page-of-the-shell",
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: async (_copy: WorkingCopy, order: WriteOrder) => (
        orders.push(order),
        { ok: true, value: null }
      ),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    dirty = true;
    await keeper.flush();
    expect(keeper.writerName).toBe("page-of-the-shell");
    expect(orders.map((order) => order.writer)).toEqual(["page-of-the-shell"]);
  });

  it("answers a refused discard with the host's sentence, and a discard done with null (holds-38)", async () => {
    let elsewhere = true;
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      discardWorkingCopy: async () =>
        elsewhere
          ? { ok: false, error: { code: "held-elsewhere", message: "Not discarded: held." } }
          : { ok: true, value: null },
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    expect(await keeper.discard("")).toBe("Not discarded: held.");
    elsewhere = false;
    expect(await keeper.discard("")).toBeNull();
  });

  it("sends the copy a discard is of, and answers its refusal without turning read-only (holds-39)", async () => {
    const sent: unknown[][] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      discardWorkingCopy: async (...args: unknown[]) => (
        sent.push(args),
        { ok: false, error: { code: "changed-since-offered", message: "Not discarded: changed." } }
      ),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    const heldElsewhere = vi.fn();
    keeper.onHeldElsewhere = heldElsewhere;
    const offered = { savedAt: "2026-12-08T00:00:00.000Z", text: "Offered." };
    expect(await keeper.discard("", offered)).toBe("Not discarded: changed.");
    expect(sent.map((args) => args[2])).toEqual([offered]);
    expect(heldElsewhere).not.toHaveBeenCalled();
  });

  it("keeps a recovered copy untouched while it is on offer, and puts it back after a save", async () => {
    const { host, writes } = recordingHost();
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened({ text: "Recovered.", savedAt: "2026-12-06T10:00:00.000Z" }, "/s.txt");
    dirty = true;
    keeper.changed();
    await vi.advanceTimersByTimeAsync(2000);
    await keeper.flush();
    expect(writes).toEqual([]);
    keeper.saved();
    await keeper.flush();
    expect(writes).toEqual([
      { path: "/s.txt", text: "Recovered.", savedAt: "2026-12-06T10:00:00.000Z" },
    ]);
    await keeper.release();
    expect(writes.at(-1)).toEqual({ path: "/s.txt", text: "Saved.", settings: {} });
  });

  it("keeps a change made while a save was under way, which that save did not write", async () => {
    const { host, writes } = recordingHost();
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
    dirty = true;
    text = "Saved. More.";
    keeper.changed();
    // The save had read "Saved." before the writer typed: the story is still unsaved.
    keeper.saved();
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toEqual([{ path: "/s.txt", text: "Saved. More.", settings: {} }]);
  });

  // Found in trev-27: a copy on its way when the host removed it outlived the save, and a later
  // open whose outline file differed offered "unsaved changes" the writer had saved.
  it("leaves no copy behind that was on its way while a save ran", async () => {
    const lands: (() => void)[] = [];
    const writes: (WorkingCopy | { discard: string })[] = [];
    const host = {
      holdStory: async () => ({ ok: true, value: null }),
      backupWorkingCopy: (copy: WorkingCopy) =>
        new Promise((resolve) => {
          writes.push(copy);
          lands.push(() => resolve({ ok: true, value: null }));
        }),
      discardWorkingCopy: async (path: string) => (
        writes.push({ discard: path }),
        { ok: true, value: null }
      ),
    } as unknown as HostApi;
    const keeper = new WorkingCopyKeeper(host, source);
    keeper.opened(null, "/s.txt");
    dirty = true;
    keeper.changed();
    await vi.advanceTimersByTimeAsync(1000);
    // A save starts while that copy is on its way: it waits for the copy to land.
    let started = false;
    const saving = keeper.saving().then(() => (started = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toBe(false);
    lands.shift()!();
    await saving;
    // A change's copy is sent while the save runs; the save then wrote it, and the story is clean.
    text = "Saved. More.";
    keeper.changed();
    await vi.advanceTimersByTimeAsync(1000);
    dirty = false;
    keeper.saved();
    lands.shift()!();
    await keeper.flush();
    expect(writes.at(-1)).toEqual({ discard: "/s.txt" });
  });

  it("leaves a recovered copy on offer under its own story through a Save As", async () => {
    const { host, writes } = recordingHost();
    let path = "/s.txt";
    const keeper = new WorkingCopyKeeper(host, () => ({ ...source(), path }));
    keeper.opened({ text: "Recovered.", savedAt: "2026-12-06T10:00:00.000Z" }, "/s.txt");
    // Saved as another file: the host removed no copy of /s.txt, and none goes to the new one.
    path = "/other.txt";
    keeper.saved();
    await keeper.flush();
    expect(writes).toEqual([]);
  });
});

describe("WorkingCopyKeeper with the writer's settings, on disk", () => {
  const CAST = {
    characters: [{ name: "Maud", aliases: ["Mo"], voice: "british" }],
    corrections: [],
    dismissed: [],
  };
  let dir: string;
  let story: string;
  let host: NodeHost;
  let settings: KeptSettings;
  let dirty: boolean;

  beforeEach(() => {
    vi.useRealTimers();
    dir = mkdtempSync(path.join(tmpdir(), "draftwise-keeper-"));
    story = path.join(dir, "draft.txt");
    writeFileSync(story, "One.\n\nTwo.\n");
    host = createNodeHost({
      dataDir: path.join(dir, "app-data"),
      defaultStoryPath: async () => story,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
      watch: false,
    });
    settings = { cast: null, notes: null };
    dirty = false;
  });
  afterEach(() => host.dispose());

  const keeperFor = (file: string): WorkingCopyKeeper =>
    new WorkingCopyKeeper(host, () => ({
      path: file,
      dirty,
      text: () => "One.\n\nTwo.\n",
      settings: () => settings,
    }));

  async function open(): Promise<OpenedStory> {
    const opened = await host.openStory({ path: story });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  }

  /** Saves the story as the app does: the host removes the copy, then the keeper hears of it. */
  async function save(keeper: WorkingCopyKeeper, opened: OpenedStory): Promise<void> {
    const saved = await host.saveStory({
      path: story,
      text: opened.text,
      encoding: "utf-8",
      expectedHash: opened.hash,
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    keeper.saved();
    await keeper.flush();
  }

  it("keeps a change of the settings alone, and the reopened story offers it", async () => {
    const keeper = keeperFor(story);
    keeper.opened(null, story);
    settings = { cast: CAST, notes: null };
    dirty = true;
    keeper.changed();
    await keeper.flush();
    const { recovery } = await open();
    expect(recovery?.text).toBe("One.\n\nTwo.\n");
    expect(recovery?.settings).toEqual({ cast: CAST, notes: null });
  });

  it("puts a recovered copy back after a save with its settings, not the story's", async () => {
    await host.backupWorkingCopy({
      path: story,
      text: "One.\n\nTwo.\n",
      settings: { cast: CAST, notes: null },
    });
    const opened = await open();
    const keeper = keeperFor(story);
    keeper.opened(opened.recovery ?? null, story);
    // The writer types and saves without choosing: their save must not cost the offer.
    dirty = true;
    await save(keeper, opened);
    expect((await open()).recovery?.settings).toEqual({ cast: CAST, notes: null });
  });

  it("puts a recovered copy back with the time it was kept, not the time of the save", async () => {
    await host.backupWorkingCopy({ path: story, text: "One.\n\nKept.\n" });
    const opened = await open();
    const keptAt = opened.recovery?.savedAt;
    expect(keptAt).toBeDefined();
    const keeper = keeperFor(story);
    keeper.opened(opened.recovery ?? null, story);
    await new Promise((resolve) => setTimeout(resolve, 20));
    dirty = true;
    await save(keeper, opened);
    // The banner says when the work was kept: a later time would pass it off as newer work.
    expect((await open()).recovery?.savedAt).toBe(keptAt);
  });

  it("puts an old copy (the text only) back as it was, with no settings", async () => {
    const folder = path.join(dir, "app-data", "working-copies");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, "old.json"),
      JSON.stringify({ path: story, text: "One.\n\nOld.\n", savedAt: "2026-12-01T10:00:00.000Z" }),
    );
    // Found by name, as the app names a story's copy: move it there through a backup and write.
    await host.backupWorkingCopy({ path: story, text: "placeholder" });
    const [name] = readdirSync(folder).filter((n) => n !== "old.json");
    writeFileSync(path.join(folder, name!), readFileSync(path.join(folder, "old.json")));
    const opened = await open();
    expect(opened.recovery).toEqual({
      text: "One.\n\nOld.\n",
      savedAt: "2026-12-01T10:00:00.000Z",
    });
    const keeper = keeperFor(story);
    keeper.opened(opened.recovery ?? null, story);
    settings = { cast: CAST, notes: null };
    dirty = true;
    await save(keeper, opened);
    const kept = JSON.parse(readFileSync(path.join(folder, name!), "utf8")) as Record<
      string,
      unknown
    >;
    expect(kept.text).toBe("One.\n\nOld.\n");
    expect(kept).not.toHaveProperty("settings");
  });

  it("leaves the untitled story's copy on offer, settings and all, when it is saved as a file", async () => {
    await host.backupWorkingCopy({ path: "", text: "", settings: { cast: CAST, notes: null } });
    const found = await host.untitledWorkingCopy();
    const offered = found.ok ? found.value : null;
    expect(offered?.settings).toEqual({ cast: CAST, notes: null });
    // An untitled story is saved only as a file: the keeper then reads the file's path.
    let file = "";
    const keeper = new WorkingCopyKeeper(host, () => ({
      path: file,
      dirty,
      text: () => "One.\n\nTwo.\n",
      settings: () => settings,
    }));
    keeper.opened(offered, "");
    dirty = true;
    const saved = await host.saveStory({
      path: story,
      text: "One.\n\nTwo.\n",
      encoding: "utf-8",
      expectedHash: null,
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    file = story;
    keeper.saved();
    await keeper.flush();
    const again = await host.untitledWorkingCopy();
    expect(again.ok && again.value?.settings).toEqual({ cast: CAST, notes: null });
    // Not offered as the new file's work.
    expect((await open()).recovery).toBeUndefined();
  });
});
