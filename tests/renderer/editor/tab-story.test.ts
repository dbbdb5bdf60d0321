/**
 * A reload reopens the story the tab had open (tab-story.ts), not the one named at launch; a
 * story gone or refused since gives the launch story. A Map stands in for the tab's storage.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { HostApi, HostResult, OpenedStory, OpenRequest } from "../../../core/host-api";
import { readStartStory, rememberTabStory, startRequest } from "../../../renderer/editor/tab-story";

beforeEach(() => {
  const kept = new Map<string, string>();
  vi.stubGlobal("sessionStorage", {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  });
});
afterEach(() => vi.unstubAllGlobals());

const opened = (path: string): HostResult<OpenedStory> =>
  ({ ok: true, value: { path } }) as unknown as HostResult<OpenedStory>;

/** A host whose files are `files`; what it was asked, in order. */
function hostOf(files: string[], large: string[] = []) {
  const asked: OpenRequest[] = [];
  const host = {
    openStory: async (request: OpenRequest): Promise<HostResult<OpenedStory>> => {
      asked.push(request);
      const path = request.path ?? "/launch.txt";
      if (large.includes(path) && !request.confirmLarge)
        return { ok: false, error: { code: "needs-confirmation", message: "Large." } };
      return files.includes(path)
        ? opened(path)
        : { ok: false, error: { code: "not-found", message: "Gone." } };
    },
  } as unknown as HostApi;
  return { host, asked };
}

describe("the story a start opens", () => {
  it("is the launch story in a new tab", async () => {
    const { host, asked } = hostOf(["/launch.txt"]);
    expect(startRequest()).toEqual({});
    expect(await readStartStory(host, startRequest())).toEqual(opened("/launch.txt"));
    expect(asked).toEqual([{}]);
  });

  it("is the story the tab had open, after a reload", async () => {
    rememberTabStory("/b/second.md");
    const { host } = hostOf(["/launch.txt", "/b/second.md"]);
    expect(await readStartStory(host, startRequest())).toEqual(opened("/b/second.md"));
  });

  it("is the launch story again once the tab's story is untitled", () => {
    rememberTabStory("/b/second.md");
    rememberTabStory(null);
    expect(startRequest()).toEqual({});
  });

  it("falls back to the launch story when the tab's story is gone, and forgets it", async () => {
    rememberTabStory("/b/gone.md");
    const { host, asked } = hostOf(["/launch.txt"]);
    expect(await readStartStory(host, startRequest())).toEqual(opened("/launch.txt"));
    expect(asked).toEqual([{ path: "/b/gone.md" }, {}]);
    expect(startRequest()).toEqual({});
  });

  it("leaves a large tab story's confirmation to that story", async () => {
    rememberTabStory("/b/novel.txt");
    const { host, asked } = hostOf(["/launch.txt", "/b/novel.txt"], ["/b/novel.txt"]);
    const read = await readStartStory(host, startRequest());
    expect(read.ok).toBe(false);
    expect(asked).toEqual([{ path: "/b/novel.txt" }]);
    expect(startRequest()).toEqual({ path: "/b/novel.txt" });
  });
});
