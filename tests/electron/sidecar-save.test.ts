/**
 * A sidecar (NAME.draftwise.json) the disk cannot take is reported as exactly that, not as a
 * failed save. That the story and its sidecar come from the same save whenever a kill lands is
 * sidecar-crash.test.ts (saver processes: an integration test).
 */
import { describe, expect, it } from "vitest";
import { promises as fs, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createNodeHost } from "../../electron/host/node-host";
import type { SaveFs } from "../../electron/host/safe-save";
import { sidecarPathFor } from "../../electron/host/story-files";
import { sidecarFor } from "../fixtures/safety/versions";

function hostFor(dir: string, saveFs?: SaveFs) {
  return createNodeHost({
    dataDir: path.join(dir, "app-data"),
    defaultStoryPath: async () => path.join(dir, "story.txt"),
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
    ...(saveFs ? { saveFs } : {}),
  });
}

describe("the story and its sidecar", () => {
  it("reports a full disk on the sidecar as the story saved and the sidecar not", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-sidecar-full-"));
    const story = path.join(dir, "story.txt");
    writeFileSync(story, "Old words.\n");
    writeFileSync(sidecarPathFor(story), sidecarFor(1));
    // The disk fills up exactly when the sidecar is written.
    const fullForSidecar: SaveFs = {
      open: async (file, flags, mode) => {
        if (path.basename(file).startsWith(".story.draftwise.json."))
          throw Object.assign(new Error("no space"), { code: "ENOSPC" });
        return fs.open(file, flags, mode);
      },
      rename: (from, to) => fs.rename(from, to),
      unlink: (file) => fs.unlink(file),
    };
    const host = hostFor(dir, fullForSidecar);
    const opened = await host.openStory({});
    if (!opened.ok) throw new Error(opened.error.message);
    const saved = await host.saveStory({
      path: story,
      text: "New words.\n",
      encoding: "utf-8",
      expectedHash: opened.value.hash,
      sidecar: sidecarFor(2),
    });
    if (!saved.ok) throw new Error(`the story was written, yet: ${saved.error.message}`);
    expect(readFileSync(story, "utf8")).toBe("New words.\n");
    expect(saved.value.warnings?.join(" ")).toMatch(
      /was saved, but its outline file .* was not .*disk is full/,
    );
    expect(JSON.parse(readFileSync(sidecarPathFor(story), "utf8")).version).toBe(1);
    // The hash it returned is the file's: the next save is not refused as "changed on disk".
    const again = await host.saveStory({
      path: story,
      text: "Newer words.\n",
      encoding: "utf-8",
      expectedHash: saved.value.hash,
      sidecar: null,
    });
    expect(again.ok).toBe(true);
  });
});
