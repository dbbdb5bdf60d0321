/**
 * The safety nets (working copies, backups) live in the app's data folder; when it cannot take
 * them the host says so, and temps that killed saves left there are cleaned at the next start.
 */
import { beforeEach, describe, expect, it } from "vitest";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HostEvent } from "../../core/host-api";
import { backupDirFor } from "../../electron/host/backups";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";
import { writeWorkingCopy } from "../../electron/host/working-copies";

let dir: string;
let story: string;
let dataDir: string;
let events: HostEvent[];
let host: NodeHost;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-nets-"));
  story = path.join(dir, "draft.txt");
  dataDir = path.join(dir, "app-data");
  mkdirSync(dataDir);
  writeFileSync(story, "First words.\n");
  events = [];
  host = createNodeHost({
    dataDir,
    defaultStoryPath: async () => story,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
  });
  host.onHostEvent((e) => events.push(e));
});

const netMessages = (): string[] =>
  events.flatMap((e) => (e.type === "safety-net" ? [e.message] : []));

describe("safety nets that cannot be written", () => {
  it("reports a working copy the data folder cannot take, as a result and an event", async () => {
    writeFileSync(path.join(dataDir, "working-copies"), "a file where the folder should be");
    const result = await host.backupWorkingCopy({ path: story, text: "Unsaved words.\n" });
    expect(result.ok).toBe(false);
    expect(netMessages()).toHaveLength(1);
    expect(netMessages()[0]).toMatch(
      /Unsaved changes to "draft\.txt" cannot be backed up in .*working-copies/,
    );
  });

  it("saves the story but says the replaced version could not be kept as a backup", async () => {
    writeFileSync(path.join(dataDir, "backups"), "a file where the folder should be");
    const opened = await host.openStory({ path: story });
    if (!opened.ok) throw new Error(opened.error.message);
    const saved = await host.saveStory({
      path: story,
      text: "Second words.\n",
      encoding: "utf-8",
      expectedHash: opened.value.hash,
      sidecar: null,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(readFileSync(story, "utf8")).toBe("Second words.\n");
    expect(saved.value.warnings?.[0]).toMatch(
      /was saved, but the version it replaced could not be kept as a backup/,
    );
    expect(netMessages()).toEqual(saved.value.warnings);
  });
});

describe("temps in the data folder", () => {
  it("are removed at the first open; backups and working copies stay", async () => {
    const backups = backupDirFor(dataDir, story);
    mkdirSync(backups, { recursive: true });
    const keptBackup = path.join(backups, "2026-01-01T00-00-00-000Z-000.draft.txt");
    writeFileSync(keptBackup, "An old version.\n");
    expect((await writeWorkingCopy(dataDir, story, "Lost?\n")).ok).toBe(true);
    const copies = path.join(dataDir, "working-copies");
    const workingCopy = path.join(copies, readdirSync(copies)[0]!);
    const leaked = [
      path.join(backups, ".2026-01-01T00-00-00-000Z-001.draft.txt.1a2b3c4d.draftwise-tmp"),
      path.join(path.dirname(workingCopy), `.${path.basename(workingCopy)}.5e6f7a8b.draftwise-tmp`),
    ];
    for (const temp of leaked) writeFileSync(temp, "half a write");
    const opened = await host.openStory({ path: story });
    expect(opened.ok).toBe(true);
    for (const temp of leaked) expect(existsSync(temp), temp).toBe(false);
    expect(existsSync(keptBackup)).toBe(true);
    expect(opened.ok && opened.value.recovery?.text).toBe("Lost?\n");
  });
});
