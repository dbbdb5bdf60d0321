import { describe, expect, it } from "vitest";
import {
  fileFromArgv,
  isDraftPath,
  setupSingleInstance,
  type SingleInstanceApp,
} from "../../electron/single-instance";

function fakeApp(lock: boolean) {
  const handlers = new Map<string, (...args: never[]) => void>();
  let quit = false;
  const app = {
    isPackaged: true,
    requestSingleInstanceLock: () => lock,
    quit: () => void (quit = true),
    on: (event: string, listener: (...args: never[]) => void) => handlers.set(event, listener),
  } as unknown as SingleInstanceApp;
  return { app, handlers, quitted: () => quit };
}

describe("single instance", () => {
  it("reads the draft from a second launch relative to where it was started", () => {
    expect(
      fileFromArgv(["/opt/Draftwise/draftwise", "--no-sandbox", "ch1.txt"], "/home/w", true),
    ).toBe("/home/w/ch1.txt");
    expect(
      fileFromArgv(["/usr/bin/electron", "/src/draftwise", "/tmp/x.md"], "/home/w", false),
    ).toBe("/tmp/x.md");
    expect(fileFromArgv(["/usr/bin/electron", "/src/draftwise"], "/home/w", false)).toBeNull();
  });

  it("quits when another instance holds the lock", () => {
    const { app, quitted, handlers } = fakeApp(false);
    expect(
      setupSingleInstance(
        app,
        () => undefined,
        () => undefined,
      ),
    ).toBe(false);
    expect(quitted()).toBe(true);
    expect(handlers.size).toBe(0);
  });

  it("hands a second launch's file to the running app and focuses it", () => {
    const { app, handlers } = fakeApp(true);
    const opened: string[] = [];
    let focused = 0;
    expect(
      setupSingleInstance(
        app,
        (f) => opened.push(f),
        () => focused++,
      ),
    ).toBe(true);
    (handlers.get("second-instance") as (e: unknown, argv: string[], cwd: string) => void)(
      {},
      ["/opt/d", "b.md"],
      "/w",
    );
    (handlers.get("second-instance") as (e: unknown, argv: string[], cwd: string) => void)(
      {},
      ["/opt/d"],
      "/w",
    );
    let prevented = false;
    (handlers.get("open-file") as (e: { preventDefault(): void }, f: string) => void)(
      { preventDefault: () => void (prevented = true) },
      "/f.txt",
    );
    expect(opened).toEqual(["/w/b.md", "/f.txt"]);
    expect(focused).toBe(2);
    expect(prevented).toBe(true);
  });

  it("accepts text and Markdown drafts only", () => {
    expect(["a.txt", "B.MD", "c.markdown"].every(isDraftPath)).toBe(true);
    expect(["a.docx", "a.exe", "txt"].some(isDraftPath)).toBe(false);
  });
});
