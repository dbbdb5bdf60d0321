/**
 * The crash test: a child process saves numbered versions of a story with the real
 * safeWriteFile, and is killed with SIGKILL at a random moment, again and again. Whatever the
 * moment, the story on disk must be exactly one whole version, and the next open must clean up
 * any temp the kill left behind.
 */
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createNodeHost } from "../../electron/host/node-host";
import { TEMP_SUFFIX } from "../../electron/host/safe-save";
import { versionBytes, whichVersion } from "../fixtures/safety/versions";
import { bundledScript } from "../support/child-script";

// Bundled once: `node --import tsx` would compile its imports again at every start.
const CHILD = bundledScript(path.resolve(import.meta.dirname, "../fixtures/safety/save-loop.ts"));
const KILLS = 50;
const PARALLEL = 2;

interface KillOutcome {
  readonly version: number | null;
  readonly tempsLeft: number;
  readonly tempsAfterOpen: number;
  /** The saver's versions are numbered above this. */
  readonly start: number;
  /** The version on disk before the saver started. */
  readonly before: number;
}

/** Starts a saver, waits until it has saved once, lets it run a random while, kills it. */
async function killOnce(dir: string, start: number, before: number): Promise<KillOutcome> {
  const story = path.join(dir, "story.txt");
  const child = spawn(process.execPath, [CHILD, story, String(start)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? code)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", () => reject(new Error(`saver exited early: ${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  const version = whichVersion(readFileSync(story));
  const tempsLeft = readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX)).length;
  const host = createNodeHost({
    dataDir: path.join(dir, "app-data"),
    defaultStoryPath: async () => story,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
  });
  const opened = await host.openStory({ path: story });
  expect(opened.ok).toBe(true);
  const tempsAfterOpen = readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX)).length;
  return { version, tempsLeft, tempsAfterOpen, start, before };
}

describe("saving survives SIGKILL at any moment", () => {
  it(
    `is always one whole version after ${KILLS} kills, and the next open removes temps`,
    { timeout: 120_000 },
    async () => {
      const began = performance.now();
      const outcomes: KillOutcome[] = [];
      const lanes = Array.from({ length: PARALLEL }, async (_, lane) => {
        const dir = mkdtempSync(path.join(tmpdir(), `draftwise-kill-${lane}-`));
        let onDisk = 0;
        writeFileSync(path.join(dir, "story.txt"), versionBytes(onDisk));
        for (let i = lane; i < KILLS; i += PARALLEL) {
          // Each saver numbers its versions above all earlier ones, so "old or new" is checkable.
          const outcome = await killOnce(dir, (i + 1) * 100_000, onDisk);
          outcomes.push(outcome);
          onDisk = outcome.version ?? onDisk;
        }
      });
      await Promise.all(lanes);
      const seconds = (performance.now() - began) / 1000;
      const midWrite = outcomes.filter((o) => o.tempsLeft > 0).length;
      console.log(
        `kill test: ${outcomes.length} kills in ${seconds.toFixed(1)} s; ${midWrite} landed mid-save (a temp was left)`,
      );

      expect(outcomes).toHaveLength(KILLS);
      for (const outcome of outcomes) {
        expect(outcome.version, "the story on disk is one whole version").not.toBeNull();
        const oldOrNew = outcome.version === outcome.before || outcome.version! > outcome.start;
        expect(
          oldOrNew,
          `version ${outcome.version} is the old (${outcome.before}) or a new one (> ${outcome.start})`,
        ).toBe(true);
        expect(outcome.tempsAfterOpen).toBe(0);
      }
      // The test only means something if some kills really interrupted a save.
      expect(midWrite).toBeGreaterThan(0);
    },
  );
});
