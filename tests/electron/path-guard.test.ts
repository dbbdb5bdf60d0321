import { beforeEach, describe, expect, it, vi } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HostApi } from "../../core/host-api";
import { createNodeHost } from "../../electron/host/node-host";
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

describe("guardPaths over real files", () => {
  let dir: string;
  let story: string;
  let secret: string;
  let suggested: string[];
  let host: ReturnType<typeof createNodeHost>;
  let guarded: ReturnType<typeof guardPaths>;
  beforeEach(() => {
    const root = mkdtempSync(path.join(tmpdir(), "draftwise-guard-"));
    dir = path.join(root, "stories");
    const outside = path.join(root, "outside");
    mkdirSync(path.join(outside, "deep"), { recursive: true });
    mkdirSync(dir);
    story = path.join(dir, "story.txt");
    secret = path.join(outside, "story.txt");
    writeFileSync(story, "The story.\n");
    writeFileSync(secret, "Not yours.\n");
    symlinkSync(path.join(outside, "deep"), path.join(dir, "link"));
    suggested = [];
    host = createNodeHost({
      dataDir: path.join(root, "app-data"),
      defaultStoryPath: async () => story,
      dialogs: {
        chooseOpenPath: async () => null,
        chooseSavePath: async (name) => (suggested.push(name), story),
      },
      watch: false,
    });
    guarded = guardPaths(host, [story]);
  });

  it("resolves symlinks before '..': a linked folder cannot walk out of the granted set", async () => {
    // Spelled out: path.join would fold "link/.." away before the file system saw it.
    const escape = `${dir}${path.sep}link${path.sep}..${path.sep}story.txt`;
    expect(readFileSync(escape, "utf8")).toBe("Not yours.\n");
    const read = await guarded.openStory({ path: escape });
    expect(read.ok || read.error.code).toBe("bad-request");
    const wrote = await guarded.saveStory({
      path: escape,
      text: "Overwritten.\n",
      encoding: "utf-8",
      expectedHash: null,
      sidecar: null,
    });
    expect(wrote.ok || wrote.error.code).toBe("bad-request");
    expect(readFileSync(secret, "utf8")).toBe("Not yours.\n");
    expect((await guarded.openStory({ path: `${dir}${path.sep}.${path.sep}story.txt` })).ok).toBe(
      true,
    );
  });

  it("checks every export argument and never writes over the open story", async () => {
    expect((await guarded.openStory({ path: story })).ok).toBe(true);
    const malformed = [
      { format: "txt", content: {}, suggestedName: "x.txt" },
      { format: "txt", content: null, suggestedName: "x.txt" },
      { format: "exe", content: "x", suggestedName: "x.txt" },
      { format: "txt", content: "x", suggestedName: 7 },
      { format: "txt", content: "x", suggestedName: "x.txt", encoding: "utf-7" },
      // Files written beside an export are plain names: no folder, nothing hidden.
      {
        format: "html",
        content: "x",
        suggestedName: "x.html",
        besides: [{ name: "../y.html", content: "y" }],
      },
      {
        format: "html",
        content: "x",
        suggestedName: "x.html",
        besides: [{ name: ".bashrc", content: "y" }],
      },
      {
        format: "html",
        content: "x",
        suggestedName: "x.html",
        besides: [{ name: "y.html", content: 7 }],
      },
      { format: "html", content: "x", suggestedName: "x.html", besides: "y.html" },
    ];
    for (const request of malformed) {
      const result = await guarded.exportStory(request as never);
      expect(result.ok || result.error.code).toBe("bad-request");
    }
    // Unguarded too: content that is neither text nor bytes writes nothing.
    const direct = await host.exportStory({
      format: "txt",
      content: {},
      suggestedName: "x",
    } as never);
    expect(direct.ok || direct.error.code).toBe("bad-request");
    // The dialog (here) or the page names the story itself: refused, the story untouched.
    const chosen = await guarded.exportStory({
      format: "txt",
      content: "",
      suggestedName: "x.txt",
    });
    expect(chosen.ok || chosen.error.message).toMatch(/is the story itself/);
    const named = await guarded.exportStory({
      format: "txt",
      content: "",
      suggestedName: "x.txt",
      path: story,
    });
    expect(named.ok).toBe(false);
    expect(readFileSync(story, "utf8")).toBe("The story.\n");
  });

  it("lets the page suggest a file name, never the dialog's folder", async () => {
    await guarded.exportStory({ format: "txt", content: "x", suggestedName: "/root/.bashrc" });
    await guarded.saveStoryAs({
      suggestedName: "..\\..\\boot.ini",
      text: "t",
      encoding: "utf-8",
      sidecar: null,
    });
    await guarded.exportStory({ format: "md", content: "x", suggestedName: "../.." });
    expect(suggested).toEqual([".bashrc", "boot.ini", "Untitled.txt"]);
  });
});
