import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { promises as fsp } from "node:fs";
import {
  closeSync,
  existsSync,
  openSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  renameSync,
  utimesSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { storyForExport, toDocx, toHtml } from "../../core/export";
import type { HostEvent, OpenedStory } from "../../core/host-api";
import { backupDirFor, BACKUPS_KEPT, keepBackup, listBackups } from "../../electron/host/backups";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";
import { nativeDialogs } from "../../electron/host/native-dialogs";
import { watchStory } from "../../electron/host/watch";
import { hashBytes } from "../../electron/host/safe-save";

let dir: string;
let story: string;
let dataDir: string;
let host: NodeHost;
let events: HostEvent[];

function makeHost(watch = true): NodeHost {
  const made = createNodeHost({
    dataDir,
    defaultStoryPath: async () => story,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch,
  });
  made.onHostEvent((e) => events.push(e));
  return made;
}

async function open(): Promise<OpenedStory> {
  const opened = await host.openStory({ path: story });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

const until = async (check: () => boolean, ms = 3000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-host-"));
  story = path.join(dir, "draft.txt");
  dataDir = path.join(dir, "app-data");
  writeFileSync(story, "One.\n\nTwo.\n");
  events = [];
  host = makeHost(false);
});
afterEach(() => host.dispose());

describe("backups on save", () => {
  it("keeps the version each save replaced, newest first, at most five", async () => {
    let { hash } = await open();
    for (let i = 1; i <= 7; i++) {
      const saved = await host.saveStory({
        path: story,
        text: `Version ${i}.\n`,
        encoding: "utf-8",
        expectedHash: hash,
        sidecar: null,
      });
      if (!saved.ok) throw new Error(saved.error.message);
      hash = saved.value.hash;
    }
    const backups = await listBackups(dataDir, story);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups.map((b) => readFileSync(b, "utf8"))).toEqual([
      "Version 6.\n",
      "Version 5.\n",
      "Version 4.\n",
      "Version 3.\n",
      "Version 2.\n",
    ]);
    expect(path.dirname(backups[0]!)).toBe(backupDirFor(dataDir, story));
    expect(backupDirFor(dataDir, story)).toMatch(/app-data[\\/]backups[\\/][0-9a-f]{16}$/);
    expect(
      readFileSync(path.join(backupDirFor(dataDir, story), "story-path.txt"), "utf8").trim(),
    ).toBe(path.resolve(story));
  });

  it("moves a held version in even when its bytes match the newest backup so far", async () => {
    // A program truncating the story in place, its write not yet landed: the version the save
    // replaced reads as the newest backup's bytes (empty), but writes still land in its holder.
    await keepBackup(dataDir, story, Buffer.from(""), new Date("2026-01-02T03:04:05.000Z"));
    const holder = path.join(dir, ".story.txt.held");
    writeFileSync(holder, "");
    const late = openSync(holder, "r+");
    const kept = await keepBackup(
      dataDir,
      story,
      Buffer.from(""),
      new Date("2026-01-02T03:04:06.000Z"),
      holder,
    );
    writeSync(late, "other program's words\n");
    closeSync(late);
    expect(kept.ok && kept.value).toBeTruthy();
    const versions = (await listBackups(dataDir, story)).map((b) => readFileSync(b, "utf8"));
    expect(versions).toContain("other program's words\n");
  });

  it("reads the backups folder once a save, the trim included", async () => {
    for (let i = 0; i < BACKUPS_KEPT + 1; i++)
      await keepBackup(
        dataDir,
        story,
        Buffer.from(`v${i}`),
        new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      );
    const folder = backupDirFor(dataDir, story);
    const readdir = vi.spyOn(fsp, "readdir");
    try {
      await keepBackup(dataDir, story, Buffer.from("newest"), new Date(Date.UTC(2026, 0, 2)));
      expect(readdir.mock.calls.filter(([dir]) => dir === folder)).toHaveLength(1);
    } finally {
      readdir.mockRestore();
    }
    const versions = (await listBackups(dataDir, story)).map((b) => readFileSync(b, "utf8"));
    expect(versions).toEqual(["newest", "v5", "v4", "v3", "v2"]);
  });

  it("makes no backup when a save changes nothing, and keeps order within one millisecond", async () => {
    const { hash } = await open();
    await host.saveStory({
      path: story,
      text: "One.\n\nTwo.\n",
      encoding: "utf-8",
      expectedHash: hash,
      sidecar: null,
    });
    expect(await listBackups(dataDir, story)).toEqual([]);
    const now = new Date("2026-01-02T03:04:05.678Z");
    await keepBackup(dataDir, story, Buffer.from("a"), now);
    await keepBackup(dataDir, story, Buffer.from("b"), now);
    expect((await listBackups(dataDir, story)).map((b) => readFileSync(b, "utf8"))).toEqual([
      "b",
      "a",
    ]);
  });
});

describe("a save that changes nothing", () => {
  it("leaves the file in place: a program holding it open still writes into the story", async () => {
    const { hash } = await open();
    // Another program has the story open (it writes in place, as many do); it writes after
    // the writer's Ctrl+S on unchanged text.
    const other = openSync(story, "r+");
    const saved = await host.saveStory({
      path: story,
      text: "One.\n\nTwo.\n",
      encoding: "utf-8",
      expectedHash: hash,
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    writeSync(other, "One.\n\nTwo.\n\nThree, from the other program.\n", 0);
    closeSync(other);
    // In the story, where the watcher sees it as a change on disk; not lost with a dropped holder.
    expect(readFileSync(story, "utf8")).toContain("Three, from the other program.");
    expect(await listBackups(dataDir, story)).toEqual([]);
  });
});

describe("saving with care", () => {
  it("refuses a file changed on disk, makes no backup, and overwrites only when told", async () => {
    const { hash } = await open();
    writeFileSync(story, "Someone else's edit.\n");
    const refused = await host.saveStory({
      path: story,
      text: "Mine.\n",
      encoding: "utf-8",
      expectedHash: hash,
      sidecar: null,
    });
    expect(refused.ok || refused.error.code).toBe("changed-on-disk");
    expect(readFileSync(story, "utf8")).toBe("Someone else's edit.\n");
    const forced = await host.saveStory({
      path: story,
      text: "Mine.\n",
      encoding: "utf-8",
      expectedHash: null,
      sidecar: null,
    });
    expect(forced.ok).toBe(true);
    expect((await listBackups(dataDir, story)).map((b) => readFileSync(b, "utf8"))).toEqual([
      "Someone else's edit.\n",
    ]);
  });

  it("never saves a replacement character decoding made without consent", async () => {
    writeFileSync(story, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1: invalid UTF-8
    const opened = await host.openStory({ path: story, encoding: "utf-8" });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.text).toBe("caf\uFFFD\n");
    expect(opened.value.warnings.join(" ")).toMatch(/could not be read/);
    const request = {
      path: story,
      text: opened.value.text,
      encoding: "utf-8" as const,
      expectedHash: opened.value.hash,
      sidecar: null,
    };
    const refused = await host.saveStory(request);
    expect(refused.ok || refused.error.code).toBe("needs-confirmation");
    expect(readFileSync(story)).toEqual(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect((await host.saveStory({ ...request, allowReplacementCharacters: true })).ok).toBe(true);
  });

  it("saves a file's own U+FFFD characters without asking", async () => {
    writeFileSync(story, "A real \uFFFD in the text.\n");
    const opened = await open();
    const saved = await host.saveStory({
      path: story,
      text: opened.text + "More.\n",
      encoding: "utf-8",
      expectedHash: opened.hash,
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
  });

  it("refuses characters Windows-1252 cannot store instead of writing '?'", async () => {
    writeFileSync(story, Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0a])); // “Hi” in Windows-1252
    const opened = await open();
    expect(opened.encoding).toBe("windows-1252");
    expect(opened.text).toBe("\u201CHi\u201D\n");
    const refused = await host.saveStory({
      path: story,
      text: "\u201CHi\u201D \u2192 there\n",
      encoding: "windows-1252",
      expectedHash: opened.hash,
      sidecar: null,
    });
    expect(refused.ok || refused.error.code).toBe("unencodable");
    expect(refused.ok || refused.error.message).toContain("\u2192");
    expect(readFileSync(story)).toEqual(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0a]));
  });

  it("names UTF-16 without a byte-order mark instead of calling it binary, and opens it when asked", async () => {
    const bytes = Buffer.from("Tide one.\n\nTide two.\n", "utf16le");
    writeFileSync(story, bytes);
    const refused = await host.openStory({ path: story });
    expect(refused.ok || refused.error.code).toBe("binary");
    expect(refused.ok || refused.error.message).toMatch(/UTF-16 LE text without a byte-order mark/);
    const opened = await host.openStory({ path: story, encoding: "utf-16le" });
    expect(opened.ok && opened.value.text).toBe("Tide one.\n\nTide two.\n");
    writeFileSync(
      story,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
    );
    const png = await host.openStory({ path: story });
    expect(png.ok || png.error.message).toMatch(/binary file, not text/);
  });

  it("names a Word document, an OpenDocument text and a PDF instead of calling them binary", async () => {
    const docx = await toDocx(storyForExport("One.\n\nTwo.\n", { title: "Draft" }));
    const kinds: [Uint8Array, RegExp][] = [
      [docx, /is a Word document \(DOCX\), not plain text\. Save it from Word as Plain Text/],
      [
        Buffer.concat([
          Buffer.from("PK\x03\x04\x14\x00\x00\x00\x00\x00", "latin1"),
          Buffer.from("mimetypeapplication/vnd.oasis.opendocument.text", "latin1"),
        ]),
        /is an OpenDocument text \(ODT\), not plain text\./,
      ],
      [Buffer.from("%PDF-1.7\n%\xe2\xe3\n1 0 obj\x00", "latin1"), /is a PDF, not plain text\./],
    ];
    for (const [bytes, message] of kinds) {
      writeFileSync(story, bytes);
      const refused = await host.openStory({ path: story });
      expect(refused.ok || refused.error.code).toBe("binary");
      expect(refused.ok || refused.error.message).toMatch(message);
    }
  });

  it("opens a text file that starts with the letters of a PDF or ZIP signature as text", async () => {
    // A writer's notes on a printer's settings, say: words, no PDF header line or object.
    for (const text of [
      "%PDF-1.4 is what the printer wanted.\n\nShe sent it.\n",
      "PK said no.\n",
    ]) {
      writeFileSync(story, text);
      const opened = await host.openStory({ path: story });
      expect(opened.ok || opened.error.message).toBe(true);
      expect(opened.ok && opened.value.text).toBe(text);
    }
  });

  it("opens an HTML page or an RTF file as text, saying its tags will show as text", async () => {
    const kinds: [string, RegExp][] = [
      [toHtml(storyForExport("One.\n\nTwo.\n", { title: "Draft" })), /This file is HTML/],
      ["{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 One.\\par Two.}\n", /This file is RTF/],
    ];
    for (const [text, warning] of kinds) {
      writeFileSync(story, text);
      const opened = await host.openStory({ path: story });
      expect(opened.ok && opened.value.text).toBe(text);
      expect(opened.ok && opened.value.warnings.join("\n")).toMatch(warning);
    }
    writeFileSync(story, "<Chapter One>\n\nShe wrote <b> in the margin.\n");
    const plain = await host.openStory({ path: story });
    expect(plain.ok && plain.value.warnings).toEqual([]);
  });

  it("cleans temps a crash left next to the story and its sidecar when the story opens", async () => {
    writeFileSync(path.join(dir, ".draft.txt.0badf00d.draftwise-tmp"), "half");
    writeFileSync(path.join(dir, ".draft.draftwise.json.0badf00d.draftwise-tmp"), "{");
    await open();
    expect(readdirSync(dir).filter((n) => n.endsWith(".draftwise-tmp"))).toEqual([]);
  });

  it("keeps the working copy for recovery and forgets it after a save", async () => {
    const { hash } = await open();
    expect((await host.backupWorkingCopy({ path: story, text: "One.\n\nTwo, edited.\n" })).ok).toBe(
      true,
    );
    const reopened = await open();
    expect(reopened.recovery?.text).toBe("One.\n\nTwo, edited.\n");
    await host.saveStory({
      path: story,
      text: "One.\n\nTwo, edited.\n",
      encoding: "utf-8",
      expectedHash: hash,
      sidecar: null,
    });
    expect((await open()).recovery).toBeUndefined();
    expect(readdirSync(path.join(dataDir, "working-copies"))).toEqual([]);
  });

  // erev-28: outline.test.ts's reopen, under load. The page's copy, sent while the save ran,
  // landed after the save removed the copy; the page's removal after it never went (the page
  // reloaded at once), and the stale copy was offered as unsaved work once the outline file changed.
  it("keeps no copy of what was just saved, arriving after the save", async () => {
    const { hash } = await open();
    const settings = { outline: { version: 1, scenes: ["a"] } };
    const sidecar = JSON.stringify({ draftwise: 1, ...settings });
    const text = "One.\n\nTwo, edited.\n";
    await host.saveStory({ path: story, text, encoding: "utf-8", expectedHash: hash, sidecar });
    expect((await host.backupWorkingCopy({ path: story, text, settings })).ok).toBe(true);
    const copies = path.join(dataDir, "working-copies");
    expect(existsSync(copies) ? readdirSync(copies) : []).toEqual([]);
    writeFileSync(story.replace(/\.txt$/, ".draftwise.json"), JSON.stringify({ draftwise: 1 }));
    expect((await open()).recovery).toBeUndefined();
    // Work beyond the save is kept.
    expect((await host.backupWorkingCopy({ path: story, text: text + "Three.\n" })).ok).toBe(true);
    expect((await open()).recovery?.text).toBe(text + "Three.\n");
  });
});

describe("watching the open story", () => {
  it("reports another program's change once, and stays quiet for our own saves", async () => {
    host.dispose();
    host = makeHost(true);
    const { hash } = await open();
    const saved = await host.saveStory({
      path: story,
      text: "Ours.\n",
      encoding: "utf-8",
      expectedHash: hash,
      sidecar: null,
    });
    expect(saved.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(events).toEqual([]);
    // Another editor's safe save: a new file renamed over ours.
    writeFileSync(path.join(dir, "other.tmp"), "Theirs.\n");
    renameSync(path.join(dir, "other.tmp"), story);
    await until(() => events.length > 0);
    expect(events).toEqual([{ type: "file-changed", path: story }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toHaveLength(1);
  });

  it("reports a plain in-place write and a deletion", async () => {
    const seen: (string | null)[] = [];
    const watcher = watchStory(story, hashBytes(readFileSync(story)), (h) => seen.push(h), {
      debounceMs: 50,
    });
    writeFileSync(story, "Changed in place.\n");
    await until(() => seen.length === 1);
    expect(seen).toEqual([hashBytes(Buffer.from("Changed in place.\n"))]);
    const { rmSync } = await import("node:fs");
    rmSync(story);
    await until(() => seen.length === 2);
    expect(seen[1]).toBeNull();
    watcher.close();
  });
});

describe("reading the default story ahead", () => {
  it("answers the first plain open with the story read before it was asked for", async () => {
    utimesSync(story, 1000, 1000);
    await host.readAheadDefaultStory();
    // Same size, same time stamp: the host cannot tell, so the text read ahead is the answer.
    writeFileSync(story, "Uno.\n\nTwo.\n");
    utimesSync(story, 1000, 1000);
    const read = await host.openStory({});
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.text).toBe("One.\n\nTwo.\n");
    expect(read.value.path).toBe(story);
  });

  it("reads again when the file changed on disk after the read ahead", async () => {
    await host.readAheadDefaultStory();
    writeFileSync(story, "One.\n\nTwo, changed since.\n");
    const read = await host.openStory({});
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.text).toBe("One.\n\nTwo, changed since.\n");
  });

  it("is used once, and never for a request that names a path or an encoding", async () => {
    const readingAhead = host.readAheadDefaultStory();
    const other = path.join(dir, "other.txt");
    writeFileSync(other, "Other.\n");
    const named = await host.openStory({ path: other });
    expect(named.ok && named.value.text).toBe("Other.\n");
    // The read ahead was dropped with that request: a later plain open reads the disk.
    await readingAhead;
    writeFileSync(story, "Rewritten.\n");
    const plain = await host.openStory({});
    expect(plain.ok && plain.value.text).toBe("Rewritten.\n");
  });
});

describe("a shell without a file dialog", () => {
  it("answers Open, Save As and Export with its reason, writing nothing", async () => {
    const why = "No file dialog here.";
    const shell = createNodeHost({
      dataDir,
      defaultStoryPath: async () => story,
      dialogs: {
        chooseOpenPath: () => Promise.reject(new Error(why)),
        chooseSavePath: () => Promise.reject(new Error(why)),
      },
      watch: false,
    });
    const unavailable = { ok: false, error: { code: "unavailable", message: why } };
    expect(await shell.chooseAndOpenStory()).toEqual(unavailable);
    const text = { text: "x", encoding: "utf-8", sidecar: null, suggestedName: "x.txt" } as const;
    expect(await shell.saveStoryAs(text)).toEqual(unavailable);
    expect(
      await shell.exportStory({ format: "txt", content: "x", suggestedName: "x.txt" }),
    ).toEqual(unavailable);
    expect(readdirSync(dir).sort()).toEqual(["draft.txt"]);
  });
});

describe("the dictionaries", () => {
  it("are read once per host: a second request answers with the same files", async () => {
    const first = await host.readDictionary("en-GB");
    const again = await host.readDictionary("en-GB");
    expect(first.ok && again.ok).toBe(true);
    if (first.ok && again.ok) expect(again.value).toBe(first.value);
  });
});

describe("the shipped dictionaries", () => {
  // The browser shell's tests open a host per story: each read and checked some megabytes.
  it("are read once per process, however many hosts ask", async () => {
    const first = makeHost(false);
    const second = makeHost(false);
    const [a, b] = await Promise.all([
      first.readDictionary("en-GB"),
      second.readDictionary("en-GB"),
    ]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value.aff.length).toBeGreaterThan(0);
    expect(b.value).toBe(a.value);
  });
});

describe("an export of many files (one per chapter or scene) beside files already there", () => {
  // Found by qa-29: exporting by chapter twice wrote "… Chapter 01 2.html" (a free name) but
  // replaced Chapter 02 and 03; a native dialog confirms only the first file's overwrite.
  const names = [
    "Low Tide - Chapter 01.html",
    "Low Tide - Chapter 02.html",
    "Low Tide - Chapter 03.html",
  ];
  const chapters = (version: string) => ({
    format: "html" as const,
    content: `${version} 1`,
    suggestedName: names[0]!,
    besides: names.slice(1).map((name, i) => ({ name, content: `${version} ${i + 2}` })),
  });
  const exportsIn = (folder: string) =>
    readdirSync(folder)
      .filter((f) => f.endsWith(".html"))
      .sort()
      .map((f) => `${f}: ${readFileSync(path.join(folder, f), "utf8")}`);
  const hostAnswering = (answer: () => string) =>
    createNodeHost({
      dataDir,
      defaultStoryPath: async () => story,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => answer() },
      watch: false,
    });

  it("replaces none of the set when the dialog confirmed the first: the set takes one free number", async () => {
    const shell = hostAnswering(() => path.join(dir, names[0]!));
    expect((await shell.exportStory(chapters("old"))).ok).toBe(true);
    const again = await shell.exportStory(chapters("new"));
    expect(again.ok && [again.value.path, ...(again.value.besides ?? [])]).toEqual(
      names.map((n) => path.join(dir, n.replace(".html", " 2.html"))),
    );
    expect(exportsIn(dir)).toEqual([
      "Low Tide - Chapter 01 2.html: new 1",
      "Low Tide - Chapter 01.html: old 1",
      "Low Tide - Chapter 02 2.html: new 2",
      "Low Tide - Chapter 02.html: old 2",
      "Low Tide - Chapter 03 2.html: new 3",
      "Low Tide - Chapter 03.html: old 3",
    ]);
    shell.dispose();
  });

  it("numbers the set together in a shell without a dialog, a later file taken or one by case", async () => {
    const shell = createNodeHost({
      dataDir,
      defaultStoryPath: async () => story,
      dialogs: nativeDialogs({ platform: "linux", env: { PATH: "" }, currentStory: () => story }),
      watch: false,
    });
    // Only the third name is taken (by case): the first is free, but the set moves together.
    writeFileSync(path.join(dir, "low tide - chapter 03.HTML"), "mine");
    expect((await shell.exportStory(chapters("one"))).ok).toBe(true);
    expect((await shell.exportStory(chapters("two"))).ok).toBe(true);
    expect(exportsIn(dir)).toEqual([
      "Low Tide - Chapter 01 2.html: one 1",
      "Low Tide - Chapter 01 3.html: two 1",
      "Low Tide - Chapter 02 2.html: one 2",
      "Low Tide - Chapter 02 3.html: two 2",
      "Low Tide - Chapter 03 2.html: one 3",
      "Low Tide - Chapter 03 3.html: two 3",
    ]);
    expect(readFileSync(path.join(dir, "low tide - chapter 03.HTML"), "utf8")).toBe("mine");
    shell.dispose();
  });

  it("writes no file of the set over another when the first is named in the dialog as one of them", async () => {
    const shell = hostAnswering(() => path.join(dir, names[1]!));
    expect((await shell.exportStory(chapters("one"))).ok).toBe(true);
    expect(exportsIn(dir)).toEqual([
      "Low Tide - Chapter 02 2.html: one 2",
      "Low Tide - Chapter 02.html: one 1",
      "Low Tide - Chapter 03 2.html: one 3",
    ]);
    shell.dispose();
  });

  it("writes the set as named, over nothing, when its names are free", async () => {
    const shell = hostAnswering(() => path.join(dir, names[0]!));
    const first = await shell.exportStory(chapters("one"));
    expect(first.ok && first.value.besides).toEqual(names.slice(1).map((n) => path.join(dir, n)));
    shell.dispose();
  });
});
