import { describe, expect, it } from "vitest";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePath } from "../../electron/host/free-names";
import { nativeDialogs, safeName, type RunProgram } from "../../electron/host/native-dialogs";

const scratch = () => mkdtempSync(path.join(tmpdir(), "draftwise-dialogs-"));

/** A recording stand-in for the dialog programs: answers `answer`, keeps what it was given. */
function recorder(answer: string | null) {
  const calls: { file: string; args: readonly string[]; env?: NodeJS.ProcessEnv }[] = [];
  const run: RunProgram = async (file, args, env) => {
    calls.push({ file, args, env });
    return answer;
  };
  return { calls, run };
}

describe("the browser shell's file dialogs", () => {
  it("uses zenity on PATH on Linux, the page's name as one argument, and its answer", async () => {
    const bin = scratch();
    const log = path.join(bin, "args.txt");
    const zenity = path.join(bin, "zenity");
    writeFileSync(zenity, `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\necho /home/w/chosen.docx\n`);
    chmodSync(zenity, 0o755);
    const dialogs = nativeDialogs({
      platform: "linux",
      env: { PATH: bin },
      currentStory: () => null,
    });
    const chosen = await dialogs.chooseSavePath("../../etc/$(rm -rf ~).docx", ["docx"]);
    expect(chosen).toBe("/home/w/chosen.docx");
    const args = readFileSync(log, "utf8").split("\n");
    expect(args).toContain("--save");
    expect(args).toContain("--filename=.._.._etc_$(rm -rf ~).docx");
    expect(args).toContain("--file-filter=*.docx");
  });

  it("passes the suggested name to AppleScript and PowerShell as data, not as code", async () => {
    const mac = recorder("/Users/w/x.txt\n");
    await nativeDialogs({
      platform: "darwin",
      run: mac.run,
      currentStory: () => null,
    }).chooseSavePath('a" & do shell script "x.txt', ["txt"]);
    expect(mac.calls[0]!.args.at(-1)).toBe('a" & do shell script "x.txt');
    expect(mac.calls[0]!.args.slice(0, -1).join(" ")).not.toContain("do shell script");

    const win = recorder("C:\\w\\x.txt");
    const chosen = await nativeDialogs({
      platform: "win32",
      run: win.run,
      env: {},
      currentStory: () => null,
    }).chooseSavePath("a'; Remove-Item x; '.txt", ["txt", "x'; Remove-Item y; '"]);
    expect(chosen).toBe("C:\\w\\x.txt");
    expect(win.calls[0]!.env?.DRAFTWISE_SUGGESTED_NAME).toBe("a'; Remove-Item x; '.txt");
    expect(win.calls[0]!.args.join(" ")).not.toContain("Remove-Item");
  });

  it("without a dialog program: Open says why, Save As writes a new file beside the story, one warning", async () => {
    const dir = scratch();
    const story = path.join(dir, "story.txt");
    writeFileSync(story, "x");
    const warnings: string[] = [];
    const dialogs = nativeDialogs({
      platform: "linux",
      env: { PATH: scratch() },
      currentStory: () => story,
      warn: (m) => warnings.push(m),
    });
    await expect(dialogs.chooseOpenPath()).rejects.toThrow(
      /no file dialog.*npm start -- --browser/,
    );
    expect(await dialogs.chooseSavePath("story.txt", ["txt"])).toBe(path.join(dir, "story 2.txt"));
    expect(await dialogs.chooseSavePath("sub/../../story.docx", ["docx"])).toBe(
      path.join(dir, "sub_.._.._story.docx"),
    );
    expect(warnings).toHaveLength(1);
  });

  it("makes a page's name a plain file name, and finds a free one", () => {
    expect(safeName("../a/b.txt")).toBe(".._a_b.txt");
    expect(safeName("..")).toBe("Untitled.txt");
    expect(safeName("a\u0000b.md")).toBe("a_b.md");
    const dir = scratch();
    writeFileSync(path.join(dir, "x.md"), "");
    writeFileSync(path.join(dir, "x 2.md"), "");
    expect(freePath(dir, "x.md")).toBe(path.join(dir, "x 3.md"));
  });

  it("takes no name that differs from a file beside it only by case", () => {
    // On a case-sensitive disk "Marjoribanks.txt" is free beside "marjoribanks.txt", but the
    // two are one file once the folder is copied to macOS, Windows or a synced drive.
    const dir = scratch();
    writeFileSync(path.join(dir, "marjoribanks.txt"), "");
    writeFileSync(path.join(dir, "MARJORIBANKS 2.txt"), "");
    expect(freePath(dir, "Marjoribanks.txt")).toBe(path.join(dir, "Marjoribanks 3.txt"));
  });

  it("takes a name one by case that lower case alone keeps apart: a final sigma, a long s", () => {
    // macOS and Windows fold "ς" and "σ" (and "ſ" and "s") together: one file there.
    const dir = scratch();
    writeFileSync(path.join(dir, "οδος.txt"), "");
    writeFileSync(path.join(dir, "story.md"), "");
    expect(freePath(dir, "ΟΔΟΣ.txt")).toBe(path.join(dir, "ΟΔΟΣ 2.txt"));
    expect(freePath(dir, "ſtory.md")).toBe(path.join(dir, "ſtory 2.md"));
  });
});
