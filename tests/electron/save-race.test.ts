/**
 * Saves racing other writers: another program writing the story while the host saves, and two
 * hosts (two windows) saving the same story at once. Each round is driven by state (the
 * writer's "done", both saves settled); the writer's spin moves its write across the save.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { listBackups } from "../../electron/host/backups";
import { createNodeHost, type NodeHost } from "../../electron/host/node-host";
import { hashBytes } from "../../electron/host/safe-save";
import { bundledScript } from "../support/child-script";

// Bundled once: `node --import tsx` would compile its imports again at every start.
const WRITER = bundledScript(
  path.resolve(import.meta.dirname, "../fixtures/safety/write-on-cue.ts"),
);
const ROUNDS = 60;

function makeHost(dataDir: string, story: string): NodeHost {
  return createNodeHost({
    dataDir,
    defaultStoryPath: async () => story,
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    watch: false,
  });
}

/** Our version for a round: big enough that writing it takes a while. */
const ours = (round: number): string =>
  `ours, round ${round}\n` + `A line the writer typed in round ${round}.\n`.repeat(20_000);

describe("a save racing another program's write", () => {
  let writer: ChildProcess;
  let lines: AsyncIterator<string>;
  let dir: string;
  let story: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "draftwise-race-"));
    story = path.join(dir, "story.txt");
    writeFileSync(story, ours(0));
    writer = spawn(process.execPath, [WRITER, story], {
      stdio: ["pipe", "pipe", "inherit"],
    });
    lines = createInterface({ input: writer.stdout! })[Symbol.asyncIterator]();
    expect((await lines.next()).value).toBe("ready");
  });
  afterAll(() => writer.kill());

  it(
    `never loses the other program's words, in ${ROUNDS} rounds`,
    { timeout: 120_000 },
    async () => {
      const dataDir = path.join(dir, "app-data");
      const host = makeHost(dataDir, story);
      let lost = 0;
      let refused = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        writeFileSync(story, ours(round - 1));
        const opened = await host.openStory({ path: story });
        if (!opened.ok) throw new Error(opened.error.message);
        const spin = Math.floor(Math.random() * 40_000_000);
        writer.stdin!.write(`${round} ${spin}\n`);
        const [saved, done] = await Promise.all([
          host.saveStory({
            path: story,
            text: ours(round),
            encoding: "utf-8",
            expectedHash: opened.value.hash,
            sidecar: null,
          }),
          lines.next(),
        ]);
        expect(done.value).toMatch(new RegExp(`^done ${round}\\b`));
        if (!saved.ok) {
          expect(saved.error.code).toBe("changed-on-disk");
          refused++;
        }
        const theirs = `other program, round ${round}\n`;
        const kept = [story, ...(await listBackups(dataDir, story))].map((f) =>
          readFileSync(f, "utf8"),
        );
        if (!kept.includes(theirs)) lost++;
      }
      console.log(`save race: ${ROUNDS} rounds, ${refused} refused, ${lost} lost`);
      expect(lost).toBe(0);
    },
  );
});

describe("two windows saving the same story", () => {
  it("lets exactly one save win each round; the other is refused", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-two-"));
    const story = path.join(dir, "story.txt");
    const dataDir = path.join(dir, "app-data");
    writeFileSync(story, ours(0));
    const [a, b] = [makeHost(dataDir, story), makeHost(dataDir, story)];
    let bothWon = 0;
    for (let round = 1; round <= 30; round++) {
      const hash = hashBytes(readFileSync(story));
      const save = (host: NodeHost, who: string) =>
        host.saveStory({
          path: story,
          text: `${who} ${round}\n` + ours(round),
          encoding: "utf-8",
          expectedHash: hash,
          sidecar: null,
        });
      const results = await Promise.all([save(a, "window A"), save(b, "window B")]);
      const won = results.filter((r) => r.ok).length;
      if (won === 2) bothWon++;
      expect(won).toBeGreaterThanOrEqual(1);
      for (const r of results) if (!r.ok) expect(r.error.code).toBe("changed-on-disk");
    }
    expect(bothWon).toBe(0);
  });
});
