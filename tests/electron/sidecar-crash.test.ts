/**
 * The story and its sidecar (NAME.draftwise.json) come from the same save, whenever a kill
 * lands. Eight saver processes, killed at each rename in turn: an integration test (the
 * full-disk case, in process, is in sidecar-save.test.ts).
 */
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createNodeHost } from "../../electron/host/node-host";
import { sidecarPathFor } from "../../electron/host/story-files";
import { sidecarFor, versionText, whichVersion } from "../fixtures/safety/versions";
import { bundledScript } from "../support/child-script";

// Bundled once: `node --import tsx` would compile its imports again at every start.
const CHILD = bundledScript(
  path.resolve(import.meta.dirname, "../fixtures/safety/save-sidecar-loop.ts"),
);
/** A save with a sidecar and a backup renames three or four times: this covers two saves. */
const CRASH_POINTS = 8;

function hostFor(dir: string) {
  return createNodeHost({
    dataDir: path.join(dir, "app-data"),
    defaultStoryPath: async () => path.join(dir, "story.txt"),
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
  });
}

/** Runs a saver that kills itself right after its `renames`th rename. */
async function crashAfter(dir: string, start: number, renames: number): Promise<void> {
  const child = spawn(
    process.execPath,
    [CHILD, path.join(dir, "story.txt"), path.join(dir, "app-data"), `${start}`, `${renames}`],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = await new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? code)),
  );
  expect(exited, stderr).toBe("SIGKILL");
}

describe("the story and its sidecar", () => {
  it(
    `come from the same save after a crash at each of the first ${CRASH_POINTS} renames`,
    { timeout: 180_000 },
    async () => {
      let mismatched = 0;
      for (let point = 1; point <= CRASH_POINTS; point++) {
        // A fresh folder each time, so crash point N is always the same step of the same save.
        const dir = mkdtempSync(path.join(tmpdir(), "draftwise-sidecar-crash-"));
        writeFileSync(path.join(dir, "story.txt"), versionText(0));
        writeFileSync(sidecarPathFor(path.join(dir, "story.txt")), sidecarFor(0));
        await crashAfter(dir, point * 100_000, point);
        const opened = await hostFor(dir).openStory({});
        if (!opened.ok) throw new Error(opened.error.message);
        const version = whichVersion(Buffer.from(opened.value.text, "utf8"));
        expect(version, "the story is one whole version").not.toBeNull();
        const sidecar = JSON.parse(opened.value.sidecar ?? "{}") as { version?: number };
        if (sidecar.version !== version) mismatched++;
        const left = readdirSync(dir).filter((n) => n.startsWith("."));
        expect(left, "no temp or pending file outlives the next open").toEqual([]);
      }
      console.log(
        `sidecar crash test: ${CRASH_POINTS} crash points, ${mismatched} opened with another save's sidecar`,
      );
      expect(mismatched).toBe(0);
    },
  );
});
