/**
 * Working copies are found by the file's identity: the same story reached through a symlinked
 * folder, a hard link or a new name still gets its unsaved work offered; the untitled story has
 * its own copy; and a file grown past the hard open limit can still be opened when confirmed.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { linkSync, mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";
import { guardPaths } from "../../electron/host/path-guard";

let dir: string;
let story: string;
let host: NodeHost;

const make = (limits?: { large: number; max: number }): NodeHost =>
  createNodeHost({
    dataDir: path.join(dir, "app-data"),
    defaultStoryPath: async () => story,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
    ...(limits ? { limits } : {}),
  });

async function recoveredText(file: string): Promise<string | undefined> {
  const opened = await host.openStory({ path: file });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.recovery?.text;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-copies-"));
  mkdirSync(path.join(dir, "drafts"));
  story = path.join(dir, "drafts", "draft.txt");
  writeFileSync(story, "One.\n\nTwo.\n");
  host = make();
});
afterEach(() => host.dispose());

describe("working copies by identity", () => {
  it("offers the work to the same file opened through a symlinked folder", async () => {
    symlinkSync(path.join(dir, "drafts"), path.join(dir, "linked"));
    const viaLink = path.join(dir, "linked", "draft.txt");
    expect((await host.backupWorkingCopy({ path: viaLink, text: "One.\n\nEdited.\n" })).ok).toBe(
      true,
    );
    expect(await recoveredText(story)).toBe("One.\n\nEdited.\n");
    // Discarding through either name forgets it.
    await host.discardWorkingCopy(story);
    expect(await recoveredText(viaLink)).toBeUndefined();
  });

  it("follows the file through a hard link and a rename (same device and inode)", async () => {
    await host.backupWorkingCopy({ path: story, text: "One.\n\nLinked.\n" });
    const hard = path.join(dir, "hard.txt");
    linkSync(story, hard);
    expect(await recoveredText(hard)).toBe("One.\n\nLinked.\n");
    const renamed = path.join(dir, "drafts", "renamed.txt");
    renameSync(story, renamed);
    expect(await recoveredText(renamed)).toBe("One.\n\nLinked.\n");
    // A save under the new name removes the copy kept under the old one.
    const opened = await host.openStory({ path: renamed });
    if (!opened.ok) throw new Error(opened.error.message);
    // The story still has a second name (hard.txt): the writer agreed to the save splitting them.
    const saved = await host.saveStory({
      path: renamed,
      text: "One.\n\nLinked.\n",
      encoding: "utf-8",
      expectedHash: opened.value.hash,
      sidecar: null,
      splitHardLinks: true,
    });
    expect(saved.ok).toBe(true);
    expect(await recoveredText(renamed)).toBeUndefined();
  });

  it("does not offer one file's work to another file", async () => {
    const other = path.join(dir, "drafts", "other.txt");
    writeFileSync(other, "Other.\n");
    await host.backupWorkingCopy({ path: story, text: "One.\n\nMine.\n" });
    expect(await recoveredText(other)).toBeUndefined();
  });

  it("keeps the untitled story's work apart, until it is discarded", async () => {
    expect(await host.untitledWorkingCopy()).toEqual({ ok: true, value: null });
    await host.backupWorkingCopy({ path: "", text: "Untitled words.\n" });
    const found = await host.untitledWorkingCopy();
    expect(found.ok && found.value?.text).toBe("Untitled words.\n");
    expect(await recoveredText(story)).toBeUndefined();
    await host.discardWorkingCopy("");
    expect(await host.untitledWorkingCopy()).toEqual({ ok: true, value: null });
  });
});

describe("through the path guard", () => {
  it("lets the page keep and find the untitled story's work (the data folder's own slot)", async () => {
    const guarded = guardPaths(host, [story]);
    expect((await guarded.backupWorkingCopy({ path: "", text: "Untitled.\n" })).ok).toBe(true);
    const found = await guarded.untitledWorkingCopy();
    expect(found.ok && found.value?.text).toBe("Untitled.\n");
    expect((await guarded.discardWorkingCopy("")).ok).toBe(true);
    expect(await guarded.untitledWorkingCopy()).toEqual({ ok: true, value: null });
    // Any other unchosen path is still refused.
    const refused = await guarded.backupWorkingCopy({ path: "/elsewhere.txt", text: "x" });
    expect(refused.ok || refused.error.code).toBe("bad-request");
  });
});

describe("a file picked in the open dialog that needs the writer's say", () => {
  it("names the file, and the guard lets the page open it anyway", async () => {
    host.dispose();
    const big = path.join(dir, "drafts", "big.txt");
    writeFileSync(big, "A story grown past the limit.\n");
    host = createNodeHost({
      dataDir: path.join(dir, "app-data"),
      defaultStoryPath: async () => story,
      dialogs: { chooseOpenPath: async () => big, chooseSavePath: async () => null },
      watch: false,
      limits: { large: 8, max: 16 },
    });
    const guarded = guardPaths(host, [story]);
    const picked = await guarded.chooseAndOpenStory();
    expect(picked.ok || [picked.error.code, picked.error.path]).toEqual(["too-large", big]);
    const opened = await guarded.openStory({ path: big, confirmLarge: true });
    expect(opened.ok && opened.value.text).toBe("A story grown past the limit.\n");
  });
});

describe("the open limit", () => {
  it("refuses a story past the hard limit at first, and opens it when the writer confirms", async () => {
    host.dispose();
    host = make({ large: 8, max: 16 });
    writeFileSync(story, "A story grown past the limit.\n");
    const refused = await host.openStory({ path: story });
    expect(refused.ok || refused.error.code).toBe("too-large");
    expect(refused.ok || refused.error.message).toMatch(/open it anyway/);
    const opened = await host.openStory({ path: story, confirmLarge: true });
    expect(opened.ok && opened.value.text).toBe("A story grown past the limit.\n");
  });
});
