/**
 * Working copies are found by the file's identity: the same story reached through a symlinked
 * folder, a hard link or a new name still gets its unsaved work offered; the untitled story has
 * its own copy; a copy keeps the writer's settings beside the text and is offered when either
 * differs from the file and its sidecar; a copy in the old format (text only) is read as before;
 * a copy that cannot be read is set aside, never deleted; and a file grown past the hard open
 * limit can still be opened when confirmed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { promises as fsPromises } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";
import { guardPaths } from "../../electron/host/path-guard";
import { storyId } from "../../electron/host/backups";
import { CopyWrites } from "../../electron/host/write-order";
import type { HostEvent, HostResult, WriteOrder } from "../../core/host-api";

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

/** The story's sidecar on disk (what Save writes next to it). */
const sidecarOf = (file: string): string => file.replace(/\.txt$/, ".draftwise.json");
const MAUD = {
  characters: [{ name: "Maud", aliases: [], voice: "british" }],
  corrections: [],
  dismissed: [],
};
const MAUD_ALIASED = {
  characters: [{ name: "Maud", aliases: ["Mo"], voice: "british" }],
  corrections: [],
  dismissed: [],
};

async function opened(file: string) {
  const result = await host.openStory({ path: file });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("a working copy's settings", () => {
  it("offers a copy whose text is the file's when its cast differs from the sidecar on disk", async () => {
    writeFileSync(sidecarOf(story), JSON.stringify({ draftwise: 1, cast: MAUD }, null, 2));
    await host.backupWorkingCopy({
      path: story,
      text: "One.\n\nTwo.\n",
      settings: { cast: MAUD_ALIASED, notes: null },
    });
    const recovery = (await opened(story)).recovery;
    expect(recovery?.text).toBe("One.\n\nTwo.\n");
    expect(recovery?.settings).toEqual({ cast: MAUD_ALIASED, notes: null });
  });

  it("does not offer a copy whose text and settings are the file's and the sidecar's", async () => {
    // Written in another key order and with no "notes" part: a null part is no part.
    writeFileSync(
      sidecarOf(story),
      JSON.stringify({ cast: { dismissed: [], corrections: [], characters: MAUD.characters } }),
    );
    await host.backupWorkingCopy({
      path: story,
      text: "One.\n\nTwo.\n",
      settings: { cast: MAUD, notes: null },
    });
    expect((await opened(story)).recovery).toBeUndefined();
  });

  it("offers settings a story without a sidecar never had", async () => {
    await host.backupWorkingCopy({
      path: story,
      text: "One.\n\nTwo.\n",
      settings: { cast: null, notes: { ignored: ["voice:gonna"], storyWords: [] } },
    });
    expect((await opened(story)).recovery?.settings).toEqual({
      cast: null,
      notes: { ignored: ["voice:gonna"], storyWords: [] },
    });
    // A damaged sidecar opens as none: the same settings are still offered.
    writeFileSync(sidecarOf(story), "{ not json");
    expect((await opened(story)).recovery?.settings?.notes).toEqual({
      ignored: ["voice:gonna"],
      storyWords: [],
    });
  });

  it("reads a copy in the old format (the text only) and offers it as before", async () => {
    writeFileSync(sidecarOf(story), JSON.stringify({ draftwise: 1, cast: MAUD }));
    const folder = path.join(dir, "app-data", "working-copies");
    mkdirSync(folder, { recursive: true });
    // As the app wrote it before copies kept settings.
    const old = {
      path: story,
      realPath: story,
      dev: null,
      ino: null,
      text: "One.\n\nOld.\n",
      savedAt: "2026-12-01T10:00:00.000Z",
    };
    writeFileSync(path.join(folder, `${storyId(story)}.json`), JSON.stringify(old));
    const recovery = (await opened(story)).recovery;
    expect(recovery).toEqual({ text: "One.\n\nOld.\n", savedAt: "2026-12-01T10:00:00.000Z" });
    // An old copy of the file's own text has nothing to offer, whatever the sidecar holds.
    writeFileSync(
      path.join(folder, `${storyId(story)}.json`),
      JSON.stringify({ ...old, text: "One.\n\nTwo.\n" }),
    );
    expect((await opened(story)).recovery).toBeUndefined();
  });

  it("keeps the untitled story's settings, and offers settings alone", async () => {
    await host.backupWorkingCopy({ path: "", text: "", settings: { cast: MAUD, notes: null } });
    const found = await host.untitledWorkingCopy();
    expect(found.ok && found.value).toMatchObject({
      text: "",
      settings: { cast: MAUD, notes: null },
    });
    await host.backupWorkingCopy({ path: "", text: "", settings: { cast: null, notes: null } });
    expect(await host.untitledWorkingCopy()).toEqual({ ok: true, value: null });
  });
});

describe("a working copy that cannot be read", () => {
  const folder = (): string => path.join(dir, "app-data", "working-copies");
  const copyFile = (): string => path.join(folder(), `${storyId(story)}.json`);

  it.each([
    ["cut short", '{"path":"x","text":"One.'],
    ["not a copy", '["One."]'],
    ["without its time", '{"path":"x","text":"One."}'],
  ])("(%s) is set aside and said, and the story still opens", async (_name, body) => {
    mkdirSync(folder(), { recursive: true });
    writeFileSync(copyFile(), body);
    const story1 = await opened(story);
    expect(story1.text).toBe("One.\n\nTwo.\n");
    expect(story1.recovery).toBeUndefined();
    expect(story1.recoveryError).toMatch(
      /could not be read; the file was kept as .*unreadable-\d+/,
    );
    const aside = readdirSync(folder()).filter((n) => n.includes(".unreadable-"));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(folder(), aside[0]!), "utf8")).toBe(body);
    // The next backup and a save leave the set-aside file alone.
    await host.backupWorkingCopy({ path: story, text: "One.\n\nNew.\n" });
    const saved = await host.saveStory({
      path: story,
      text: "One.\n\nNew.\n",
      encoding: "utf-8",
      expectedHash: story1.hash,
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    expect(readFileSync(path.join(folder(), aside[0]!), "utf8")).toBe(body);
  });

  it("is not removed by a save while it stands where the story's copy goes", async () => {
    const story1 = await opened(story);
    mkdirSync(folder(), { recursive: true });
    writeFileSync(copyFile(), "{ damaged");
    const saved = await host.saveStory({
      path: story,
      text: "One.\n\nTwo.\n",
      encoding: "utf-8",
      expectedHash: story1.hash,
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    expect(existsSync(copyFile())).toBe(false);
    const aside = readdirSync(folder()).filter((n) => n.includes(".unreadable-"));
    expect(aside.map((n) => readFileSync(path.join(folder(), n), "utf8"))).toEqual(["{ damaged"]);
  });

  it("still finds the work kept under the story's old name once it is set aside", async () => {
    await host.backupWorkingCopy({ path: story, text: "One.\n\nBefore the rename.\n" });
    const renamed = path.join(dir, "drafts", "renamed.txt");
    renameSync(story, renamed);
    writeFileSync(path.join(folder(), `${storyId(renamed)}.json`), "{ damaged");
    const reopened = await opened(renamed);
    expect(reopened.recoveryError).toMatch(/"renamed\.txt" could not be read/);
    expect(reopened.recovery?.text).toBe("One.\n\nBefore the rename.\n");
  });

  it("for the untitled story, says so through the host's answer", async () => {
    mkdirSync(folder(), { recursive: true });
    writeFileSync(path.join(folder(), "untitled.json"), "{ damaged");
    const found = await host.untitledWorkingCopy();
    expect(found.ok || found.error.code).toBe("unreadable");
    expect(found.ok || found.error.message).toMatch(/Untitled.*could not be read/);
    expect(readdirSync(folder()).filter((n) => n.includes(".unreadable-"))).toHaveLength(1);
  });
});

describe("a page's writes in the order it made them", () => {
  const copyText = (): string =>
    (
      JSON.parse(
        readFileSync(
          path.join(dir, "app-data", "working-copies", `${storyId(story)}.json`),
          "utf8",
        ),
      ) as { text: string }
    ).text;

  it("keeps the later write when the earlier reaches the host after it (a page left mid-write)", async () => {
    const writer = "page-one";
    expect(
      (await host.backupWorkingCopy({ path: story, text: "Last words.\n" }, { writer, n: 2 })).ok,
    ).toBe(true);
    // The earlier write lands after: its words are in the later one.
    expect(
      (await host.backupWorkingCopy({ path: story, text: "Under way.\n" }, { writer, n: 1 })).ok,
    ).toBe(true);
    expect(copyText()).toBe("Last words.\n");
    // A removal made earlier than the write it follows in is skipped too.
    await host.discardWorkingCopy(story, { writer, n: 1 });
    expect(copyText()).toBe("Last words.\n");
    // Another page (a reload) counts its own writes.
    await host.backupWorkingCopy(
      { path: story, text: "Reloaded.\n" },
      { writer: "page-two", n: 1 },
    );
    expect(copyText()).toBe("Reloaded.\n");
  });

  it("takes an earlier write that lands after a later one the host could not write", async () => {
    const writer = "page-one";
    // A folder where the copy's file goes: the later write (the page's last) fails.
    const copyFile = path.join(dir, "app-data", "working-copies", `${storyId(story)}.json`);
    mkdirSync(copyFile, { recursive: true });
    const later = await host.backupWorkingCopy(
      { path: story, text: "Under way. Last words.\n" },
      { writer, n: 2 },
    );
    expect(later.ok).toBe(false);
    rmSync(copyFile, { recursive: true });
    // Its words are not on disk: the earlier write's are the newest the host can keep.
    await host.backupWorkingCopy({ path: story, text: "Under way.\n" }, { writer, n: 1 });
    expect(copyText()).toBe("Under way.\n");
    // A later write that was kept still wins over an earlier one landing after it.
    await host.backupWorkingCopy({ path: story, text: "Under way. Again.\n" }, { writer, n: 3 });
    await host.backupWorkingCopy({ path: story, text: "Under way.\n" }, { writer, n: 1 });
    expect(copyText()).toBe("Under way. Again.\n");
  });

  it("keeps a copy made after the save read its text, landing before the save ends (typed while saving, then the tab closed)", async () => {
    let renaming = (): void => undefined;
    const reached = new Promise<void>((resolve) => (renaming = resolve));
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The story's rename waits: a long save (a novel on a slow disk).
    const slow = createNodeHost({
      dataDir: path.join(dir, "app-data"),
      defaultStoryPath: async () => story,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
      watch: false,
      saveFs: {
        open: (file, flags, mode) => fsPromises.open(file, flags, mode),
        unlink: (file) => fsPromises.unlink(file),
        rename: async (from, to) => (renaming(), await gate, await fsPromises.rename(from, to)),
      },
    });
    try {
      const opened = await slow.openStory({ path: story });
      if (!opened.ok) throw new Error(opened.error.message);
      const writer = "page-one";
      await slow.backupWorkingCopy({ path: story, text: "One.\n\nSaved.\n" }, { writer, n: 1 });
      const saving = slow.saveStory({
        path: story,
        text: "One.\n\nSaved.\n",
        encoding: "utf-8",
        expectedHash: opened.value.hash,
        sidecar: null,
        copyOrder: { writer, n: 2 },
      });
      await reached;
      await slow.backupWorkingCopy(
        { path: story, text: "One.\n\nSaved. Typed while saving.\n" },
        { writer, n: 3 },
      );
      release();
      expect((await saving).ok).toBe(true);
      expect(copyText()).toBe("One.\n\nSaved. Typed while saving.\n");
      // A copy made before the save read its text is the save's to remove.
      const again = { path: story, text: "One.\n\nAgain.\n" };
      await slow.backupWorkingCopy(again, { writer, n: 4 });
      const resaved = await slow.saveStory({
        path: story,
        text: "One.\n\nAgain. More.\n",
        encoding: "utf-8",
        expectedHash: null,
        sidecar: null,
        copyOrder: { writer, n: 5 },
      });
      expect(resaved.ok).toBe(true);
      expect(readdirSync(path.join(dir, "app-data", "working-copies"))).toEqual([]);
      // Landing after the save, it is still older than the save: not offered as unsaved work.
      await slow.backupWorkingCopy(again, { writer, n: 4 });
      expect(readdirSync(path.join(dir, "app-data", "working-copies"))).toEqual([]);
    } finally {
      slow.dispose();
    }
  });

  it("reads the copy for an opened story after its writes under way (a page reloaded as its last copy was written)", async () => {
    // The copy's rename into place waits (its fsync on a slow disk).
    const { reached, release, held } = holdCopyRenames();
    try {
      // The page that is left had the story open (the host has been running).
      await host.openStory({ path: story });
      const writing = host.backupWorkingCopy(
        { path: story, text: "One.\n\nLast words.\n" },
        { writer: "page-one", n: 1 },
      );
      await reached;
      // The reloaded page opens the story while the old page's copy is still being written.
      let answered = false;
      const opening = host.openStory({ path: story }).finally(() => (answered = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(answered).toBe(false);
      release();
      expect((await writing).ok).toBe(true);
      const opened = await opening;
      expect(opened.ok && opened.value.recovery?.text).toBe("One.\n\nLast words.\n");
    } finally {
      held.mockRestore();
    }
  });

  it("cleans the data folder's leftover temps before a copy is written, not under a write (the first open of a start)", async () => {
    const { reached, release, held } = holdCopyRenames();
    try {
      // The untitled story's work is being written as the writer opens a file, the start's first.
      const writing = host.backupWorkingCopy({ path: "", text: "Untitled words.\n" });
      await reached;
      const opening = host.openStory({ path: story });
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      expect((await opening).ok).toBe(true);
      expect((await writing).ok).toBe(true);
    } finally {
      held.mockRestore();
    }
    const untitled = await host.untitledWorkingCopy();
    expect(untitled.ok && untitled.value?.text).toBe("Untitled words.\n");
  });

  it("runs the writes of one copy one after the other, in the order they came", async () => {
    const writes = new CopyWrites();
    const started: string[] = [];
    const done: HostResult<null> = { ok: true, value: null };
    let finishFirst = (): void => undefined;
    const first = writes.run("a", { writer: "w", n: 1 }, () => {
      started.push("first");
      return new Promise((resolve) => (finishFirst = () => resolve(done)));
    });
    const second = writes.run("a", { writer: "w", n: 2 }, async () => {
      started.push("second");
      return done;
    });
    const elsewhere = writes.run("b", undefined, async () => (started.push("b"), done));
    await elsewhere;
    expect(started).toEqual(["first", "b"]);
    finishFirst();
    await Promise.all([first, second]);
    expect(started).toEqual(["first", "b", "second"]);
  });

  it("decides whether a write is older than a kept one when its turn comes, not when it arrives", async () => {
    const writes = new CopyWrites();
    const ran: string[] = [];
    const failed: HostResult<null> = {
      ok: false,
      error: { code: "disk-full", message: "The disk is full." },
    };
    const later = writes.run("a", { writer: "w", n: 2 }, async () => (ran.push("later"), failed));
    const earlier = writes.run("a", { writer: "w", n: 1 }, async () => {
      ran.push("earlier");
      return { ok: true, value: null };
    });
    expect(await later).toEqual(failed);
    expect((await earlier).ok).toBe(true);
    expect(ran).toEqual(["later", "earlier"]);
  });
});

describe("what the host remembers of a page's writes", () => {
  const done: HostResult<null> = { ok: true, value: null };
  const copyText = (): string =>
    (
      JSON.parse(
        readFileSync(
          path.join(dir, "app-data", "working-copies", `${storyId(story)}.json`),
          "utf8",
        ),
      ) as { text: string }
    ).text;

  it("forgets a page whose writes came one after another (a thousand reloads leave nothing)", async () => {
    const writes = new CopyWrites();
    for (let page = 0; page < 1000; page++) {
      const writer = `page-${page}`;
      await writes.run("a", { writer, n: 1, overtakes: [] }, async () => done);
      await writes.run("a", { writer, n: 2, overtakes: [] }, async () => done);
    }
    expect(writes.remembered).toBe(0);
  });

  it("forgets a page once the write its last one overtook has had its turn, or had it before", async () => {
    const writes = new CopyWrites();
    // The pause's write came and was answered; the page's last copy, sent as it closed, lists
    // it (the answer had not reached the page): nothing of it is still to come.
    await writes.run("a", { writer: "w", n: 1, overtakes: [] }, async () => done);
    await writes.run("a", { writer: "w", n: 2, overtakes: [1] }, async () => done);
    expect(writes.remembered).toBe(0);
    // A save that never reached the removal of the copy (refused) passes its turn all the same.
    await writes.run("a", { writer: "v", n: 3, overtakes: [2] }, async () => done);
    expect(writes.remembered).toBe(1);
    writes.passed({ writer: "v", n: 2 });
    expect(writes.remembered).toBe(0);
  });

  it("still skips a page's stale write that lands after a thousand other pages were forgotten", async () => {
    // The page's last copy (n 2) overtook the pause's (n 1), which reaches the host last.
    await host.backupWorkingCopy(
      { path: story, text: "One.\n\nLast words.\n" },
      { writer: "closed-page", n: 2, overtakes: [1] },
    );
    for (let page = 0; page < 1000; page++)
      await host.discardWorkingCopy("", { writer: `page-${page}`, n: 1, overtakes: [] });
    const writes = new CopyWrites();
    await writes.run("a", { writer: "w", n: 2, overtakes: [1] }, async () => done);
    for (let page = 0; page < 1000; page++)
      await writes.run("a", { writer: `page-${page}`, n: 1, overtakes: [] }, async () => done);
    expect(writes.remembered).toBe(1);
    let ran = false;
    await writes.run("a", { writer: "w", n: 1, overtakes: [] }, async () => ((ran = true), done));
    expect(ran).toBe(false);
    expect(writes.remembered).toBe(0);
    // The same through the host, on the copy's file.
    await host.backupWorkingCopy(
      { path: story, text: "One.\n\nUnder way.\n" },
      { writer: "closed-page", n: 1, overtakes: [] },
    );
    expect(copyText()).toBe("One.\n\nLast words.\n");
  });

  it("remembers for the host's life a page that does not say what its write overtook (an older page)", async () => {
    const writes = new CopyWrites();
    await writes.run("a", { writer: "w", n: 2 }, async () => done);
    expect(writes.remembered).toBe(1);
    let ran = false;
    await writes.run("a", { writer: "w", n: 1 }, async () => ((ran = true), done));
    expect(ran).toBe(false);
    expect(writes.remembered).toBe(1);
  });
});

describe("two windows of one story", () => {
  const copyText = (): string | null => {
    const file = path.join(dir, "app-data", "working-copies", `${storyId(story)}.json`);
    return existsSync(file)
      ? (JSON.parse(readFileSync(file, "utf8")) as { text: string }).text
      : null;
  };

  it("keeps the copy of the window that opened the story last, refuses the other's and tells it", async () => {
    const events: HostEvent[] = [];
    host.onHostEvent((event) => events.push(event));
    const opened = await host.openStory({ path: story });
    if (!opened.ok) throw new Error(opened.error.message);
    await host.holdStory(story, "first-window");
    await host.backupWorkingCopy(
      { path: story, text: "One.\n\nTwo. First window.\n" },
      { writer: "first-window", n: 1, overtakes: [] },
    );
    // The story opened in a second window (another tab of the browser shell's address).
    expect((await host.openStory({ path: story })).ok).toBe(true);
    await host.holdStory(story, "second-window");
    // The first window's hold told no one; the second's tells the first.
    expect(events.filter((e) => e.type === "story-held")).toHaveLength(1);
    expect(events.filter((e) => e.type === "story-held").at(-1)).toEqual({
      type: "story-held",
      path: story,
      writer: "second-window",
    });
    await host.backupWorkingCopy(
      { path: story, text: "One.\n\nTwo. Second window.\n" },
      { writer: "second-window", n: 1, overtakes: [] },
    );
    // The first window's writes no longer land over the second's: refused, and it is told.
    const late = await host.backupWorkingCopy(
      { path: story, text: "One.\n\nTwo. First window, later.\n" },
      { writer: "first-window", n: 2, overtakes: [] },
    );
    expect(late.ok || late.error.code).toBe("held-elsewhere");
    expect(late.ok || late.error.message).toMatch(
      /"draft.txt" is open in another Draftwise window/,
    );
    const discard = await host.discardWorkingCopy(story, {
      writer: "first-window",
      n: 3,
      overtakes: [],
    });
    expect(discard.ok || discard.error.code).toBe("held-elsewhere");
    // A save from the first window writes the file but leaves the second window's copy.
    const saved = await host.saveStory({
      path: story,
      text: "One.\n\nTwo. First window, saved.\n",
      encoding: "utf-8",
      expectedHash: opened.value.hash,
      sidecar: null,
      copyOrder: { writer: "first-window", n: 4, overtakes: [] },
    });
    expect(saved.ok).toBe(true);
    expect(copyText()).toBe("One.\n\nTwo. Second window.\n");
    // A write with no order (an older caller) is taken as before.
    await host.backupWorkingCopy({ path: story, text: "One.\n\nUnordered.\n" });
    expect(copyText()).toBe("One.\n\nUnordered.\n");
  });

  it("holds one copy for the window that opened the story last through another name (a symlinked folder) (crev-37)", async () => {
    // The copy follows the file, whatever the name (the first describe): so must its hold.
    symlinkSync(path.join(dir, "drafts"), path.join(dir, "linked"));
    const viaLink = path.join(dir, "linked", "draft.txt");
    const events: HostEvent[] = [];
    host.onHostEvent((event) => events.push(event));
    await host.holdStory(story, "first-window");
    await host.holdStory(viaLink, "second-window");
    expect(events.filter((e) => e.type === "story-held")).toHaveLength(1);
    await host.backupWorkingCopy(
      { path: viaLink, text: "One.\n\nTwo. Second window.\n" },
      { writer: "second-window", n: 1, overtakes: [] },
    );
    const late = await host.backupWorkingCopy(
      { path: story, text: "One.\n\nTwo. First window, later.\n" },
      { writer: "first-window", n: 1, overtakes: [] },
    );
    expect(late.ok || late.error.code).toBe("held-elsewhere");
    expect(copyText()).toBe("One.\n\nTwo. Second window.\n");
  });

  it("lets go of every hold when the one window closes, so the next window's Discard is done (holds-38)", async () => {
    await host.holdStory("", "closed-window");
    await host.backupWorkingCopy(
      { path: "", text: "Untitled.\n" },
      { writer: "closed-window", n: 1 },
    );
    const before = await host.discardWorkingCopy("", { writer: "next-window", n: 1 });
    expect(before.ok || before.error.code).toBe("held-elsewhere");
    host.letGoAll();
    expect(await host.discardWorkingCopy("", { writer: "next-window", n: 2 })).toEqual({
      ok: true,
      value: null,
    });
    expect(await host.untitledWorkingCopy()).toEqual({ ok: true, value: null });
  });

  it("holds the untitled story's copy for one window too, through the guard", async () => {
    const guarded = guardPaths(host, [story]);
    expect((await guarded.holdStory("", "second-window")).ok).toBe(true);
    const refused = await guarded.backupWorkingCopy(
      { path: "", text: "Untitled, first window.\n" },
      { writer: "first-window", n: 1 },
    );
    expect(refused.ok || refused.error.code).toBe("held-elsewhere");
    expect((await guarded.holdStory(story, "first-window")).ok).toBe(true);
    for (const writer of ["", 7, "w".repeat(65)]) {
      const odd = await guarded.holdStory(story, writer as unknown as string);
      expect(odd.ok || odd.error.code).toBe("bad-request");
    }
    const elsewhere = await guarded.holdStory("/elsewhere.txt", "first-window");
    expect(elsewhere.ok || elsewhere.error.code).toBe("bad-request");
  });
});

describe("a Discard of the copy as it was offered (holds-39)", () => {
  it("keeps the copy a window wrote after the offer was read, checked as it removes (one step)", async () => {
    const first = { writer: "first-window", n: 1, overtakes: [] };
    await host.holdStory("", "first-window");
    await host.backupWorkingCopy({ path: "", text: "Untitled.\n" }, first);
    // The second window reads the copy to offer it...
    const read = await host.untitledWorkingCopy();
    const offered = read.ok && read.value ? read.value : null;
    expect(offered?.text).toBe("Untitled.\n");
    // ...a write of the first lands before the writer clicks Discard, and the first closes.
    await host.backupWorkingCopy(
      { path: "", text: "Untitled. Later words.\n" },
      { ...first, n: 2 },
    );
    host.letGo("first-window");
    const second = { writer: "second-window", n: 1, overtakes: [] };
    const stale = await host.discardWorkingCopy("", second, {
      savedAt: offered!.savedAt,
      text: offered!.text,
    });
    expect(stale.ok || stale.error.code).toBe("changed-since-offered");
    expect(!stale.ok && stale.error.message).toMatch(/^Not discarded: the untitled story changed/);
    const kept = await host.untitledWorkingCopy();
    expect(kept.ok && kept.value?.text).toBe("Untitled. Later words.\n");
    // Offered as it is now, its Discard is done.
    const now = kept.ok && kept.value ? kept.value : null;
    const done = await host.discardWorkingCopy(
      "",
      { ...second, n: 2 },
      { savedAt: now!.savedAt, text: now!.text },
    );
    expect(done).toEqual({ ok: true, value: null });
    expect(await host.untitledWorkingCopy()).toEqual({ ok: true, value: null });
  });

  it("is done when the copy is already gone, and refused for an offer that is not one", async () => {
    const offered = { savedAt: new Date().toISOString(), text: "Gone.\n" };
    expect(await host.discardWorkingCopy("", undefined, offered)).toEqual({
      ok: true,
      value: null,
    });
    const guarded = guardPaths(host, [story]);
    for (const odd of [{ savedAt: 1, text: "x" }, { savedAt: "x" }, "Gone."]) {
      const refused = await guarded.discardWorkingCopy("", undefined, odd as never);
      expect(refused.ok || refused.error.code).toBe("bad-request");
    }
    expect((await guarded.discardWorkingCopy("", null as never, offered)).ok).toBe(true);
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
    // Settings of another shape than plain data parts are refused.
    const odd = await guarded.backupWorkingCopy({
      path: "",
      text: "x",
      settings: ["cast"] as unknown as Record<string, unknown>,
    });
    expect(odd.ok || odd.error.code).toBe("bad-request");
    // A time that is no time would show as "Invalid Date" in the offer.
    const undated = await guarded.backupWorkingCopy({ path: "", text: "x", savedAt: "soon" });
    expect(undated.ok || undated.error.code).toBe("bad-request");
    // A write's order is a writer's name and a count, or nothing (JSON's null for none).
    const unordered = await guarded.backupWorkingCopy({ path: "", text: "x" }, {
      writer: "w",
      n: "1",
    } as unknown as WriteOrder);
    expect(unordered.ok || unordered.error.code).toBe("bad-request");
    // What it overtook is a short list of counts (a page has one or two writes under way).
    for (const overtakes of [["1"], 3, Array.from({ length: 65 }, (_, i) => i)]) {
      const listed = await guarded.discardWorkingCopy("", {
        writer: "w",
        n: 70,
        overtakes,
      } as unknown as WriteOrder);
      expect(listed.ok || listed.error.code).toBe("bad-request");
    }
    const overtook = await guarded.discardWorkingCopy("", { writer: "w", n: 2, overtakes: [1] });
    expect(overtook.ok).toBe(true);
    const none = await guarded.discardWorkingCopy("", null as unknown as WriteOrder);
    expect(none.ok).toBe(true);
    const badSave = await guarded.saveStory({
      path: story,
      text: "x",
      encoding: "utf-8",
      expectedHash: null,
      sidecar: null,
      copyOrder: { writer: 7 } as unknown as WriteOrder,
    });
    expect(badSave.ok || badSave.error.code).toBe("bad-request");
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

/**
 * Holds every rename into the working-copies folder until `release()`: `reached` resolves when
 * the first one is held; `held.mockRestore()` ends it.
 */
function holdCopyRenames() {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let renaming = (): void => undefined;
  const reached = new Promise<void>((resolve) => (renaming = resolve));
  const rename = fsPromises.rename.bind(fsPromises);
  const held = vi.spyOn(fsPromises, "rename").mockImplementation(async (from, to) => {
    if (String(to).includes("working-copies")) {
      renaming();
      await gate;
    }
    return rename(from, to);
  });
  return { reached, release: () => release(), held };
}
