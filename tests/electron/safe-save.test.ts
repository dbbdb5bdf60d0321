import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  lstatSync,
  writeFileSync,
  rmSync,
} from "node:fs";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  cleanOrphanedTemps,
  hashBytes,
  safeWriteFile,
  TEMP_SUFFIX,
  type SaveFs,
  type SaveHandle,
} from "../../electron/host/safe-save";

const original = Buffer.from("Chapter one.\n\nShe kept every draft.\n", "utf8");
const edited = Buffer.from(
  "Chapter one.\n\nShe kept every draft, and one more.\n".repeat(50),
  "utf8",
);

let dir: string;
let story: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "draftwise-save-"));
  story = path.join(dir, "draft.txt");
  writeFileSync(story, original);
});

const temps = (folder = dir): string[] =>
  readdirSync(folder).filter((n) => n.endsWith(TEMP_SUFFIX));

/** Real fs, with each handle's write/sync/close replaceable to fail like a sick disk. */
function failingFs(faults: {
  write?: (call: number, length: number) => number | Error;
  sync?: Error;
  close?: Error;
  rename?: Error;
}): SaveFs {
  return {
    async open(file, flags, mode) {
      const real = await fs.open(file, flags, mode);
      let calls = 0;
      const handle: SaveHandle = {
        async write(bytes, offset, length) {
          const fault = faults.write?.(calls++, length);
          if (fault instanceof Error) throw fault;
          const n = fault ?? length;
          // A short write really writes its prefix, as a nearly full disk does.
          return real.write(bytes, offset, Math.min(n, length));
        },
        sync: async () => {
          if (faults.sync) throw faults.sync;
          await real.sync();
        },
        chmod: (m) => real.chmod(m),
        close: async () => {
          await real.close();
          if (faults.close) throw faults.close;
        },
      };
      return handle;
    },
    rename: async (from, to) => {
      if (faults.rename) throw faults.rename;
      await fs.rename(from, to);
    },
    unlink: (file) => fs.unlink(file),
  };
}

const errno = (code: string): Error => Object.assign(new Error(code), { code });

describe("safeWriteFile", () => {
  it("replaces the file and returns the new bytes' hash, leaving no temp", async () => {
    const result = await safeWriteFile(story, edited);
    expect(result).toEqual({ ok: true, value: { hash: hashBytes(edited) } });
    expect(readFileSync(story)).toEqual(edited);
    expect(temps()).toEqual([]);
  });

  it("keeps the original's permission bits", async () => {
    chmodSync(story, 0o600);
    await safeWriteFile(story, edited);
    expect(statSync(story).mode & 0o777).toBe(0o600);
  });

  it("writes through a symlink and leaves the link a link", async () => {
    const real = path.join(dir, "real.txt");
    writeFileSync(real, original);
    rmSync(story);
    symlinkSync(real, story);
    expect((await safeWriteFile(story, edited)).ok).toBe(true);
    expect(lstatSync(story).isSymbolicLink()).toBe(true);
    expect(readFileSync(real)).toEqual(edited);
  });

  it("refuses when the file changed since it was read, and leaves it alone", async () => {
    const result = await safeWriteFile(story, edited, {
      expectedHash: hashBytes(Buffer.from("something else")),
    });
    expect(result.ok || result.error.code).toBe("changed-on-disk");
    expect(readFileSync(story)).toEqual(original);
  });

  it("fails loudly on ENOSPC mid-write: original byte-identical, no temp", async () => {
    const result = await safeWriteFile(story, edited, {
      fsImpl: failingFs({ write: (call) => (call === 0 ? 100 : errno("ENOSPC")) }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("disk-full");
      expect(result.error.message).toMatch(/disk is full.*unchanged/);
    }
    expect(readFileSync(story)).toEqual(original);
    expect(temps()).toEqual([]);
  });

  it("fails on a write that stops making progress (short writes down to zero)", async () => {
    const result = await safeWriteFile(story, edited, {
      fsImpl: failingFs({ write: (call, length) => (call < 3 ? Math.floor(length / 2) : 0) }),
    });
    expect(result.ok || result.error.code).toBe("disk-full");
    expect(readFileSync(story)).toEqual(original);
    expect(temps()).toEqual([]);
  });

  it("finishes the file when the disk accepts it a few bytes at a time", async () => {
    const result = await safeWriteFile(story, edited, { fsImpl: failingFs({ write: () => 7 }) });
    expect(result.ok).toBe(true);
    expect(readFileSync(story)).toEqual(edited);
  });

  it.each([
    ["fsync", { sync: errno("EIO") }, "write-failed"],
    ["close (network disks report a full disk here)", { close: errno("ENOSPC") }, "disk-full"],
    ["rename", { rename: errno("EACCES") }, "write-failed"],
  ] as const)("fails when %s fails: original intact, no temp", async (_name, faults, code) => {
    const result = await safeWriteFile(story, edited, { fsImpl: failingFs(faults) });
    expect(result.ok || result.error.code).toBe(code);
    expect(readFileSync(story)).toEqual(original);
    expect(temps()).toEqual([]);
  });

  it("retries a rename a scanner briefly blocks (Windows), and gives up on a lasting one", async () => {
    let blocked = 2;
    const flaky = failingFs({});
    const busy: SaveFs = {
      ...flaky,
      rename: async (a, b) => (blocked-- > 0 ? Promise.reject(errno("EBUSY")) : fs.rename(a, b)),
    };
    expect((await safeWriteFile(story, edited, { fsImpl: busy, retryRename: true })).ok).toBe(true);
    expect(readFileSync(story)).toEqual(edited);
    const stuck: SaveFs = { ...flaky, rename: async () => Promise.reject(errno("EBUSY")) };
    const result = await safeWriteFile(story, original, { fsImpl: stuck, retryRename: true });
    expect(result.ok).toBe(false);
    expect(readFileSync(story)).toEqual(edited);
    expect(temps()).toEqual([]);
  });

  it("cleans temps a crash left next to the story, and only those", async () => {
    writeFileSync(path.join(dir, `.draft.txt.deadbeef${TEMP_SUFFIX}`), "half a draft");
    writeFileSync(path.join(dir, `.other.txt.deadbeef${TEMP_SUFFIX}`), "someone else's");
    expect(await cleanOrphanedTemps(story)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([`.other.txt.deadbeef${TEMP_SUFFIX}`, "draft.txt"]);
  });
});

describe("safeWriteFile on a real full disk (256 KB tmpfs)", () => {
  const mountPoint = mkdtempSync(path.join(tmpdir(), "draftwise-tmpfs-"));
  let mounted = false;
  let reason = "";
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", mountPoint], {
      stdio: "pipe",
    });
    mounted = true;
  } catch (err) {
    reason =
      String((err as { stderr?: Buffer }).stderr ?? err)
        .trim()
        .split("\n")[0] ?? "mount failed";
    console.log(`skipping the tmpfs test: cannot mount a tmpfs here (${reason})`);
  }
  afterAll(() => {
    if (mounted) execFileSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(!mounted)("reports disk-full and keeps the original byte for byte", async () => {
    const folder = path.join(mountPoint, "drafts");
    mkdirSync(folder);
    const onDisk = path.join(folder, "novel.txt");
    const before = Buffer.alloc(100 * 1024, "a");
    writeFileSync(onDisk, before);
    const tooBig = Buffer.alloc(200 * 1024, "b");
    const result = await safeWriteFile(onDisk, tooBig);
    expect(result.ok || result.error.code).toBe("disk-full");
    expect(readFileSync(onDisk).equals(before)).toBe(true);
    expect(temps(folder)).toEqual([]);
    // A save that fits still works afterwards: the failed one left no space taken.
    const fits = Buffer.alloc(120 * 1024, "c");
    expect((await safeWriteFile(onDisk, fits)).ok).toBe(true);
    expect(readFileSync(onDisk).equals(fits)).toBe(true);
  });
});
