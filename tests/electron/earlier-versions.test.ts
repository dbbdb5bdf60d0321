/**
 * Earlier versions through the host, on real files: backups made by real saves are listed
 * newest first with their time, size and words, and read back decoded as the story is; a story
 * with none lists none; a version is named only by the id the list gave, so a name that tries
 * to leave the story's backup folder reads nothing; and the guard answers only for a story
 * the writer opened.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import type { TextEncodingName } from "../../core/host-api";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";
import { guardPaths } from "../../electron/host/path-guard";
import { backupDirFor } from "../../electron/host/backups";

let dir: string;
let dataDir: string;
let story: string;
let host: NodeHost;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-versions-"));
  dataDir = path.join(dir, "app-data");
  story = path.join(dir, "story.txt");
  host = createNodeHost({
    dataDir,
    defaultStoryPath: async () => story,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
  });
});
afterEach(() => host.dispose());

/** Opens the story and saves each text in turn, as a writer does (in `encoding`, or the file's). */
async function saveInTurn(texts: readonly string[], encoding?: TextEncodingName): Promise<void> {
  const opened = await host.openStory({ path: story });
  if (!opened.ok) throw new Error(opened.error.message);
  let hash = opened.value.hash;
  for (const text of texts) {
    const saved = await host.saveStory({
      path: story,
      text,
      encoding: encoding ?? opened.value.encoding,
      expectedHash: hash,
      sidecar: null,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    hash = saved.value.hash;
  }
}

async function versions() {
  const listed = await host.listEarlierVersions(story);
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value;
}

describe("earlier versions", () => {
  it("lists the versions saves replaced, newest first, with time, size and words", async () => {
    writeFileSync(story, "One two three.\n");
    const before = Date.now();
    await saveInTurn(["One two three four.\n", "Five.\n"]);
    const listed = await versions();
    expect(listed.map((v) => v.words)).toEqual([4, 3]);
    expect(listed.map((v) => v.bytes)).toEqual([20, 15]);
    for (const v of listed) {
      expect(Date.parse(v.keptAt)).toBeGreaterThanOrEqual(before - 1);
      expect(Date.parse(v.keptAt)).toBeLessThanOrEqual(Date.now());
    }
    expect(listed[0]!.keptAt >= listed[1]!.keptAt).toBe(true);
    const oldest = await host.readEarlierVersion({ path: story, id: listed[1]!.id });
    expect(oldest).toEqual({ ok: true, value: { text: "One two three.\n", encoding: "utf-8" } });
  });

  it("lists none for a story never saved over", async () => {
    writeFileSync(story, "Untouched.\n");
    await host.openStory({ path: story });
    expect(await versions()).toEqual([]);
  });

  it("reads a version kept in another encoding as the story's open would", async () => {
    // The draft was Windows-1252 when it was saved over, as UTF-8.
    writeFileSync(story, iconv.encode("Café crème.\n", "windows-1252"));
    await saveInTurn(["Café au lait.\n"], "utf-8");
    const [kept] = await versions();
    expect(kept!.words).toBe(2);
    expect(await host.readEarlierVersion({ path: story, id: kept!.id })).toEqual({
      ok: true,
      value: { text: "Café crème.\n", encoding: "windows-1252" },
    });
  });

  it("reads a UTF-16 version with its byte-order mark kept, as open keeps it", async () => {
    writeFileSync(story, Buffer.from("\uFEFFOld words.\n", "utf16le"));
    await saveInTurn(["\uFEFFNew words.\n"]);
    const [kept] = await versions();
    const read = await host.readEarlierVersion({ path: story, id: kept!.id });
    expect(read).toEqual({ ok: true, value: { text: "\uFEFFOld words.\n", encoding: "utf-16le" } });
  });

  it("reads nothing for a name that is not one the list gave", async () => {
    writeFileSync(story, "Kept.\n");
    await saveInTurn(["Now.\n"]);
    const folder = backupDirFor(dataDir, story);
    writeFileSync(path.join(dataDir, "secret.txt"), "not a version");
    const [kept] = await versions();
    for (const id of [
      "../../secret.txt",
      path.join(dataDir, "secret.txt"),
      "story-path.txt",
      `../${path.basename(folder)}/${kept!.id}`,
      "",
      ".",
    ]) {
      const read = await host.readEarlierVersion({ path: story, id });
      expect(read.ok ? read.value : read.error.code).toBe("not-found");
    }
    // Another story's versions are not this one's.
    const other = path.join(dir, "other.txt");
    writeFileSync(other, "Other.\n");
    const read = await host.readEarlierVersion({ path: other, id: kept!.id });
    expect(read.ok ? read.value : read.error.code).toBe("not-found");
    expect(readdirSync(folder)).toContain(kept!.id);
  });

  it("answers through the guard only for a story the writer opened", async () => {
    writeFileSync(story, "Kept.\n");
    await saveInTurn(["Now.\n"]);
    const [kept] = await versions();
    const guarded = guardPaths(host, [story]);
    const listed = await guarded.listEarlierVersions(story);
    expect(listed.ok && listed.value.length).toBe(1);
    const stranger = path.join(dir, "elsewhere.txt");
    const refused = await guarded.listEarlierVersions(stranger);
    expect(refused.ok ? refused.value : refused.error.code).toBe("bad-request");
    const read = await guarded.readEarlierVersion({ path: stranger, id: kept!.id });
    expect(read.ok ? read.value : read.error.code).toBe("bad-request");
    const malformed = await guarded.readEarlierVersion({ path: story, id: 3 as unknown as string });
    expect(malformed.ok ? malformed.value : malformed.error.code).toBe("bad-request");
  });

  it("brings a story's versions along to the name it is saved as, its last saved text first", async () => {
    const renamed = path.join(dir, "renamed.txt");
    host.dispose();
    host = createNodeHost({
      dataDir,
      defaultStoryPath: async () => story,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => renamed },
      watch: false,
    });
    writeFileSync(story, "First draft.\n");
    await saveInTurn(["Second draft.\n", "Third draft.\n"]);
    const guarded = guardPaths(host, [story]);
    const saved = await guarded.saveStoryAs({
      suggestedName: "story.txt",
      from: story,
      text: "Third draft, renamed and typed on.\n",
      encoding: "utf-8",
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    const listed = await host.listEarlierVersions(renamed);
    if (!listed.ok) throw new Error(listed.error.message);
    const texts = await Promise.all(
      listed.value.map(async (v) => {
        const read = await host.readEarlierVersion({ path: renamed, id: v.id });
        return read.ok ? read.value.text : null;
      }),
    );
    expect(texts).toEqual(["Third draft.\n", "Second draft.\n", "First draft.\n"]);
    // The story under its old name keeps its own.
    expect(await versions()).toHaveLength(2);

    // Only a story the writer opened brings its versions: another path is refused.
    const stranger = await guarded.saveStoryAs({
      suggestedName: "x.txt",
      from: path.join(dir, "elsewhere.txt"),
      text: "x",
      encoding: "utf-8",
      sidecar: null,
    });
    expect(stranger.ok ? stranger.value : stranger.error.code).toBe("bad-request");
  });

  it("keeps every version of a file Save As writes over, making room with the versions it brings", async () => {
    // crev-34: Save As onto an existing file trimmed that file's own versions, the only copies
    // there are, to make room for copies of the old name's (still kept under the old name).
    const other = path.join(dir, "other.txt");
    host.dispose();
    host = createNodeHost({
      dataDir,
      defaultStoryPath: async () => story,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => other },
      watch: false,
    });
    writeFileSync(other, "Other one.\n");
    const openedOther = await host.openStory({ path: other });
    if (!openedOther.ok) throw new Error(openedOther.error.message);
    const savedOther = await host.saveStory({
      path: other,
      text: "Other two.\n",
      encoding: "utf-8",
      expectedHash: openedOther.value.hash,
      sidecar: null,
    });
    if (!savedOther.ok) throw new Error(savedOther.error.message);
    writeFileSync(story, "Draft one.\n");
    await saveInTurn(["Draft two.\n", "Draft three.\n", "Draft four.\n", "Draft five.\n"]);
    const saved = await host.saveStoryAs({
      suggestedName: "story.txt",
      from: story,
      text: "Draft six.\n",
      encoding: "utf-8",
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    const listed = await host.listEarlierVersions(other);
    if (!listed.ok) throw new Error(listed.error.message);
    const texts = await Promise.all(
      listed.value.map(async (v) => {
        const read = await host.readEarlierVersion({ path: other, id: v.id });
        return read.ok ? read.value.text : null;
      }),
    );
    // The file's own two, and the newest of the story's (its last saved text first) in the room left.
    expect(texts).toEqual([
      "Draft five.\n",
      "Other two.\n",
      "Draft four.\n",
      "Draft three.\n",
      "Other one.\n",
    ]);
  });
});
