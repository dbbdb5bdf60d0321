/**
 * The CLI's limits on inputs of ten megabytes and more (CONTRACT.md): an integration test for
 * their size (seconds of CPU and some hundreds of megabytes each), run in this process like
 * bad-input.test.ts.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli, expectRefusal } from "../support/cli";

const dir = mkdtempSync(path.join(tmpdir(), "draftwise-cli-large-"));

function file(name: string, bytes: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
}

describe("the CLI's size limits", () => {
  it("reads a file over 10 MB when told to with --large", async () => {
    // Over 10 MB in bytes, but mostly blank lines: this tests the limit, not analysis speed.
    const large = file(
      "large-ok.txt",
      "Word and word.\n\n".repeat(1_000) + "\n".repeat(11_000_000),
    );
    const result = await cli(["check", large, "--large"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("refuses a story too large to analyse even with --large, in one line", async () => {
    const big = file("big.txt", "Word and word, she said.\n\n".repeat(1_000_000));
    expectRefusal(
      await cli(["check", big, "--large"]),
      /24\.8 MB; the command line analyses stories up to 20\.0 MB/,
    );
  });
});
