/**
 * Saves that would surprise the writer ask first: a story marked read-only, and a story with
 * other names (hard links), which a save by rename would split from its other names.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { chmodSync, linkSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SaveRequest } from "../../core/host-api";
import { listBackups } from "../../electron/host/backups";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";

let dir: string;
let story: string;
let host: NodeHost;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-consent-"));
  story = path.join(dir, "draft.txt");
  writeFileSync(story, "Old words.\n");
  host = createNodeHost({
    dataDir: path.join(dir, "app-data"),
    defaultStoryPath: async () => story,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
  });
});

async function request(extra: Partial<SaveRequest> = {}): Promise<SaveRequest> {
  const opened = await host.openStory({ path: story });
  if (!opened.ok) throw new Error(opened.error.message);
  const hash = opened.value.hash;
  return {
    path: story,
    text: "New words.\n",
    encoding: "utf-8",
    expectedHash: hash,
    sidecar: null,
    ...extra,
  };
}

describe("saving a story that would surprise the writer", () => {
  it("asks before replacing a read-only story, and keeps it read-only when told", async () => {
    chmodSync(story, 0o444);
    const refused = await host.saveStory(await request());
    expect(refused.ok || refused.error.code).toBe("read-only");
    expect(refused.ok || refused.error.message).toMatch(
      /"draft\.txt" is marked read-only, so nothing was saved\. Use Save As/,
    );
    expect(readFileSync(story, "utf8")).toBe("Old words.\n");
    const saved = await host.saveStory(await request({ replaceReadOnly: true }));
    expect(saved.ok).toBe(true);
    expect(readFileSync(story, "utf8")).toBe("New words.\n");
    expect(statSync(story).mode & 0o777).toBe(0o444);
  });

  it("asks before splitting a story from its hard links, saying what would happen", async () => {
    const other = path.join(dir, "same-story.txt");
    linkSync(story, other);
    const refused = await host.saveStory(await request());
    expect(refused.ok || refused.error.code).toBe("hard-linked");
    expect(refused.ok || refused.error.message).toMatch(
      /1 other name .*saving would give "draft\.txt" the new text while the other name keeps the old/,
    );
    expect(readFileSync(story, "utf8")).toBe("Old words.\n");
    const saved = await host.saveStory(await request({ splitHardLinks: true }));
    expect(saved.ok).toBe(true);
    expect(readFileSync(story, "utf8")).toBe("New words.\n");
    expect(readFileSync(other, "utf8")).toBe("Old words.\n");
  });

  it("does not count the link a save in progress holds as another name", async () => {
    const ready = await request();
    // A save in progress holds the story by a hidden link; it is not a name the writer made.
    linkSync(story, path.join(dir, ".draft.txt.0123abcd-replaced.draftwise-tmp"));
    const saved = await host.saveStory(ready);
    expect(saved.ok).toBe(true);
  });
});

describe("the backup of a story saved apart from its hard links", () => {
  it("is a copy, not one more name for the file the other names still share", async () => {
    const other = path.join(dir, "same-story.txt");
    linkSync(story, other);
    const saved = await host.saveStory(await request({ splitHardLinks: true }));
    expect(saved.ok).toBe(true);
    const [backup] = await listBackups(path.join(dir, "app-data"), story);
    expect(readFileSync(backup!, "utf8")).toBe("Old words.\n");
    writeFileSync(other, "Edited under the other name.\n");
    expect(readFileSync(backup!, "utf8")).toBe("Old words.\n");
  });
});
