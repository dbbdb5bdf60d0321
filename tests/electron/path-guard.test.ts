import { describe, expect, it, vi } from "vitest";
import type { HostApi } from "../../core/host-api";
import { guardPaths } from "../../electron/host/path-guard";

const ok = <T>(value: T) => ({ ok: true as const, value });

function fakeHost(): HostApi & { calls: string[] } {
  const calls: string[] = [];
  const record = (name: string) =>
    vi.fn(
      async (arg?: { path?: string }) => (
        calls.push(name),
        ok({ path: arg?.path ?? "/chosen/new.txt", name: "x", hash: "h", bytes: 1 })
      ),
    );
  return {
    calls,
    openStory: record("openStory"),
    chooseAndOpenStory: vi.fn(
      async () => (calls.push("choose"), ok({ path: "/picked/story.txt" })),
    ),
    saveStory: record("saveStory"),
    saveStoryAs: vi.fn(
      async () => (
        calls.push("saveAs"),
        ok({ path: "/chosen/copy.txt", name: "copy.txt", hash: "h" })
      ),
    ),
    exportStory: record("exportStory"),
    backupWorkingCopy: vi.fn(async () => (calls.push("backup"), ok(null))),
    discardWorkingCopy: vi.fn(async () => (calls.push("discard"), ok(null))),
    readDictionary: vi.fn(async () => (calls.push("dict"), ok({ aff: "", dic: "" }))),
    onHostEvent: vi.fn(),
  } as never;
}

const save = (path: unknown): Parameters<HostApi["saveStory"]>[0] =>
  ({ path, text: "t", encoding: "utf-8", expectedHash: null, sidecar: null }) as never;

describe("guardPaths", () => {
  it("refuses paths the writer never chose, before the host sees them", async () => {
    const host = fakeHost();
    const guarded = guardPaths(host, ["/docs/story.txt"]);
    for (const result of [
      await guarded.openStory({ path: "/etc/passwd" }),
      await guarded.saveStory(save("/home/writer/.bashrc")),
      await guarded.saveStory(save("/docs/../etc/passwd")),
      await guarded.exportStory({
        format: "txt",
        content: "x",
        suggestedName: "x",
        path: "/tmp/evil.txt",
      }),
      await guarded.backupWorkingCopy({ path: "/elsewhere.txt", text: "x" }),
      await guarded.discardWorkingCopy("/elsewhere.txt"),
    ]) {
      expect(result.ok || result.error.code).toBe("bad-request");
    }
    expect(host.calls).toEqual([]);
  });

  it("allows the granted file (however the path is spelled) and files picked in dialogs", async () => {
    const host = fakeHost();
    const guarded = guardPaths(host, ["/docs/story.txt"]);
    expect((await guarded.saveStory(save("/docs/./sub/../story.txt"))).ok).toBe(true);
    await guarded.chooseAndOpenStory();
    expect((await guarded.saveStory(save("/picked/story.txt"))).ok).toBe(true);
    await guarded.saveStoryAs({
      suggestedName: "copy.txt",
      text: "t",
      encoding: "utf-8",
      sidecar: null,
    });
    expect((await guarded.openStory({ path: "/chosen/copy.txt" })).ok).toBe(true);
    guarded.grant("/dropped/draft.md");
    expect((await guarded.openStory({ path: "/dropped/draft.md" })).ok).toBe(true);
    expect((await guarded.openStory({})).ok).toBe(true);
  });

  it("refuses malformed requests a compromised page might send", async () => {
    const host = fakeHost();
    const guarded = guardPaths(host, ["/docs/story.txt"]);
    const bad = [
      await guarded.openStory(null as never),
      await guarded.openStory({ path: 42 } as never),
      await guarded.openStory({ path: "/docs/story.txt", encoding: "ebcdic" } as never),
      await guarded.saveStory({
        ...save("/docs/story.txt"),
        text: { toString: () => "x" },
      } as never),
      await guarded.saveStory({ ...save("/docs/story.txt"), encoding: "utf-7" } as never),
      await guarded.saveStory(save("/docs/story.txt\0.png")),
      await guarded.saveStoryAs({ text: 1 } as never),
      await guarded.backupWorkingCopy({ path: "/docs/story.txt", text: null } as never),
      await guarded.discardWorkingCopy(["/docs/story.txt"] as never),
      await guarded.readDictionary("../../etc" as never),
    ];
    for (const result of bad) expect(result.ok || result.error.code).toBe("bad-request");
    expect(host.calls).toEqual([]);
  });
});
