/**
 * The browser shell as a writer starts it: `draftwise open --browser --no-open --port 0` in a
 * child process, its first line read for the address, the page opened in Chromium. Then what
 * another site, a rebound DNS name or a page without the secret could try against the server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";
import { SEED_STORY, waitForAnalysis } from "../support/harness";
import { watchPageErrors } from "../support/page-errors";
import { waitForReady } from "../support/page-waits";
import { screenshot } from "../support/screenshots";
import { EditorPage } from "./pages/editor-page";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin", "draftwise.mjs");

interface Launched {
  readonly child: ChildProcess;
  readonly url: string;
  readonly home: string;
}

/** Starts the shell with a fresh home folder; resolves with the address from its first line. */
function launch(
  args: readonly string[],
  options: { open?: boolean; env?: Record<string, string> } = {},
): Promise<Launched> {
  const home = mkdtempSync(path.join(tmpdir(), "draftwise-home-"));
  const flags = ["open", "--browser", ...(options.open ? [] : ["--no-open"])];
  const child = spawn(process.execPath, [BIN, ...flags, ...args], {
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, ".config"),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const newline = out.indexOf("\n");
      if (newline >= 0) resolve({ child, url: out.slice(0, newline), home });
    });
    child.once("exit", (code) => reject(new Error(`exited ${code} before its address: ${stderr}`)));
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null) return Promise.resolve({ code: child.exitCode, signal: null });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** A raw HTTP request, so the test can set Host and send paths a browser would normalise. */
function raw(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe("npm start's browser shell", () => {
  it("prints its address first, opens the bundled story's copy, saves typing to disk, and stops on Ctrl+C", async () => {
    const started = performance.now();
    const shell = await launch(["--port", "0"]);
    const printedMs = performance.now() - started;
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]{32,}$/);
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    watchPageErrors(page);
    // What the page's own thread writes as JSON (a worker has its own JSON, not counted).
    await page.addInitScript(() => {
      const written: string[] = [];
      const stringify = JSON.stringify;
      JSON.stringify = function (this: unknown, ...args: Parameters<typeof stringify>) {
        const json = stringify.apply(this, args);
        if (typeof json === "string" && json.includes("Typed in")) written.push(json.slice(0, 40));
        return json;
      } as typeof stringify;
      (window as unknown as { __storyJson: string[] }).__storyJson = written;
    });
    await page.goto(shell.url);
    await waitForReady(page);
    await waitForAnalysis(page);
    const copy = path.join(shell.home, "Documents", "Draftwise", "story.txt");
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(SEED_STORY, "utf8"));
    const editor = new EditorPage(page);
    await editor.typeAtEndOf(0, " Typed in the browser shell.");
    await expect.poll(() => page.title()).toBe("• story.txt — Draftwise");
    await editor.save();
    expect(readFileSync(copy, "utf8")).toContain("Typed in the browser shell.");
    expect(readFileSync(SEED_STORY, "utf8")).not.toContain("Typed in the browser shell.");
    expect(await page.title()).toBe("story.txt — Draftwise");
    // The story went to the host as JSON written off the page's thread (host-calls.ts): a
    // novel's took 0.3-1 s of it a write, keys waiting.
    expect(
      await page.evaluate(() => (window as unknown as { __storyJson: string[] }).__storyJson),
    ).toEqual([]);
    await page.close();
    shell.child.kill("SIGINT");
    expect(await exitOf(shell.child)).toEqual({ code: 0, signal: null });
    console.info(`browser shell printed its address in ${printedMs.toFixed(0)} ms`);
  });

  it("opens the file named on the command line, on the port asked for", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-open-"));
    const file = path.join(dir, "draft.txt");
    writeFileSync(file, "One line of a draft.\n");
    // Any free port: ask the system for one, then ask the shell for it.
    const probe = await launch(["--port", "0"]);
    const port = Number(new URL(probe.url).port);
    probe.child.kill("SIGINT");
    await exitOf(probe.child);
    const shell = await launch(["--port", String(port), file]);
    try {
      expect(new URL(shell.url).port).toBe(String(port));
      const page = await browser.newPage();
      watchPageErrors(page);
      await page.goto(shell.url);
      await waitForReady(page);
      expect(await new EditorPage(page).fileLabel()).toBe("draft.txt");
      await page.close();
    } finally {
      shell.child.kill("SIGINT");
      await exitOf(shell.child);
    }
  });
});

describe("opening the window", () => {
  it("opens the address as an app window with a fresh profile, and stops when it closes", async () => {
    // A stand-in browser: notes its arguments, loads the page's address, then "closes".
    const bin = mkdtempSync(path.join(tmpdir(), "draftwise-fake-browser-"));
    const fake = path.join(bin, "fake-chromium");
    const record = path.join(bin, "record.json");
    writeFileSync(
      fake,
      `#!${process.execPath}
const app = process.argv.find((a) => a.startsWith("--app=")).slice(6);
fetch(app).then(async (r) => {
  require("node:fs").writeFileSync(${JSON.stringify(record)}, JSON.stringify({ args: process.argv.slice(2), status: r.status }));
});
`,
    );
    chmodSync(fake, 0o755);
    const shell = await launch([], { open: true, env: { DRAFTWISE_BROWSER: fake } });
    expect(await exitOf(shell.child)).toEqual({ code: 0, signal: null });
    const { args, status } = JSON.parse(readFileSync(record, "utf8")) as {
      args: string[];
      status: number;
    };
    expect(status).toBe(200);
    expect(args).toContain(`--app=${shell.url}`);
    const profile = args.find((a) => a.startsWith("--user-data-dir="))!.slice(16);
    expect(profile.startsWith(tmpdir())).toBe(true);
    expect(existsSync(profile)).toBe(false);
  });
});

describe("the browser shell refuses what its own page would not send", () => {
  let shell: Launched;
  let story: string;
  let outside: string;
  let secret: string;
  let origin: string;
  const call = (method: string, args: unknown[], headers: Record<string, string>) =>
    raw(origin, {
      method: "POST",
      path: "/__host",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ method, args }),
    });
  const save = (file: string) => ({
    path: file,
    text: "Overwritten.\n",
    encoding: "utf-8",
    expectedHash: null,
    sidecar: null,
  });

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "draftwise-guard-"));
    story = path.join(dir, "story.txt");
    outside = path.join(dir, "elsewhere.txt");
    writeFileSync(story, "The story as the writer left it.\n");
    shell = await launch([story]);
    const url = new URL(shell.url);
    origin = url.origin;
    secret = url.hash.slice("#k=".length);
    // The page's first call is the launch story: that grants its path, as it does in the app.
    const opened = await call("openStory", [{}], { origin, "x-draftwise-key": secret });
    expect(JSON.parse(opened.body).value.ok).toBe(true);
  });
  afterAll(async () => {
    shell.child.kill("SIGINT");
    await exitOf(shell.child);
  });

  it("answers its own page's call (the control for the refusals below)", async () => {
    const answer = await call("readDictionary", ["en-GB"], { origin, "x-draftwise-key": secret });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).value.ok).toBe(true);
  });

  it("refuses a call without the secret, or with a wrong one, with 403, writing nothing", async () => {
    for (const headers of [
      { origin } as Record<string, string>,
      { origin, "x-draftwise-key": secret.replace(/^./, "A") + "x" },
    ]) {
      const answer = await call("saveStory", [save(story)], headers);
      expect(answer.status).toBe(403);
    }
    const events = await raw(origin, { path: "/__events" });
    expect(events.status).toBe(403);
    expect(readFileSync(story, "utf8")).toBe("The story as the writer left it.\n");
  });

  it("refuses another site's page, even with the secret, with 403", async () => {
    const foreign: Record<string, string>[] = [
      { origin: "https://evil.example", "x-draftwise-key": secret },
      { origin: "http://localhost:" + new URL(origin).port, "x-draftwise-key": secret },
      { origin, "x-draftwise-key": secret, "sec-fetch-site": "cross-site" },
      // A POST with no Origin did not come from the app's page.
      { "x-draftwise-key": secret },
    ];
    for (const headers of foreign) {
      const answer = await call("saveStory", [save(story)], headers);
      expect(answer.status).toBe(403);
    }
    expect(readFileSync(story, "utf8")).toBe("The story as the writer left it.\n");
  });

  it("refuses a request whose Host is not its own (DNS rebinding) with 403, files included", async () => {
    const port = new URL(origin).port;
    for (const host of [`evil.example:${port}`, `localhost:${port}`, "127.0.0.1"]) {
      const page = await raw(origin, { path: "/index.html", headers: { host } });
      expect(page.status).toBe(403);
      const answer = await call("saveStory", [save(story)], {
        host,
        origin: `http://${host}`,
        "x-draftwise-key": secret,
      });
      expect(answer.status).toBe(403);
    }
    expect(readFileSync(story, "utf8")).toBe("The story as the writer left it.\n");
  });

  it("refuses paths the writer did not choose, with the secret and the right origin", async () => {
    const headers = { origin, "x-draftwise-key": secret };
    const saved = JSON.parse((await call("saveStory", [save(outside)], headers)).body);
    expect(saved.value).toMatchObject({ ok: false, error: { code: "bad-request" } });
    expect(existsSync(outside)).toBe(false);
    const read = JSON.parse((await call("openStory", [{ path: "/etc/passwd" }], headers)).body);
    expect(read.value).toMatchObject({ ok: false, error: { code: "bad-request" } });
    const exported = JSON.parse(
      (
        await call(
          "exportStory",
          [{ format: "txt", content: "x", suggestedName: "x.txt", path: outside }],
          headers,
        )
      ).body,
    );
    expect(exported.value).toMatchObject({ ok: false, error: { code: "bad-request" } });
    expect(existsSync(outside)).toBe(false);
    const unknown = JSON.parse((await call("grant", [outside], headers)).body);
    expect(unknown.error).toMatch(/malformed/);
  });

  it("serves the app's files with the policy, and nothing outside them", async () => {
    const index = await raw(origin, { path: "/" });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<div id="editor">');
    for (const escape of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/..%2fpackage.json",
      "/%2e%2e%2f%2e%2e%2fpackage.json",
      "/..\\package.json",
      "//etc/passwd",
      "http://127.0.0.1/../package.json",
    ]) {
      const answer = await raw(origin, { path: escape });
      expect(answer.status, escape).toBe(404);
      expect(answer.body).not.toContain('"name": "draftwise"');
    }
    const post = await raw(origin, { method: "POST", path: "/index.html", headers: { origin } });
    expect(post.status).toBe(405);
  });
});

describe("what Electron's shell gives, in the page", () => {
  let shell: Launched;
  let context: BrowserContext;
  let page: Page;
  let editor: EditorPage;
  const menuItem = (id: string) => page.locator(`.app-menu-item[data-command="${id}"]`);
  const openMenu = async () => {
    await page.getByRole("button", { name: "Menu", exact: true }).click();
    await menuItem("file.save").waitFor();
  };

  beforeAll(async () => {
    // No zenity or kdialog on its PATH: the shell has no file dialog, whatever this machine has.
    shell = await launch([], {
      env: { PATH: mkdtempSync(path.join(tmpdir(), "draftwise-path-")) },
    });
    // A context of its own: a page that owns its context closes it without asking beforeunload.
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    watchPageErrors(page);
    await page.goto(shell.url);
    await waitForReady(page);
    editor = new EditorPage(page);
  });
  afterAll(async () => {
    await context.close();
    shell.child.kill("SIGINT");
    await exitOf(shell.child);
  });

  it("opens File, Edit, View and Help from a menu button, and its items run the commands", async () => {
    await openMenu();
    const groups = await page
      .locator(".app-menu-group")
      .evaluateAll((all) => all.map((g) => g.getAttribute("aria-label")));
    expect(groups).toEqual(["File", "Edit", "View", "Help"]);
    await screenshot(page, "browser-shell-menu.png");
    await menuItem("view.theme:dark").click();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? ""))
      .toBe("dark");
    expect(await page.locator(".app-menu-list").isHidden()).toBe(true);
    await page.keyboard.press("F10");
    await expect.poll(() => page.locator(".app-menu-list").isVisible()).toBe(true);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-command"))).toBe(
      "file.open",
    );
    await page.keyboard.press("Escape");
    expect(await page.locator(".app-menu-list").isHidden()).toBe(true);
  });

  it("says in the page why Open… cannot ask, on a system without a file dialog", async () => {
    await openMenu();
    await menuItem("file.open").click();
    const banner = page.locator('#banners .banner[data-banner-id="unavailable"]');
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/no file dialog.*npm start -- --browser/);
  });

  it("saves from the menu, with the unsaved marker in the window title until then", async () => {
    const copy = path.join(shell.home, "Documents", "Draftwise", "story.txt");
    await editor.typeAtEndOf(1, " Saved from the page's menu.");
    await expect.poll(() => page.title()).toBe("• story.txt — Draftwise");
    const saves = await page.evaluate(() => Number(document.body.dataset.saves ?? 0));
    await openMenu();
    await menuItem("file.save").click();
    await page.waitForFunction((n) => Number(document.body.dataset.saves ?? 0) > n, saves);
    expect(readFileSync(copy, "utf8")).toContain("Saved from the page's menu.");
    expect(await page.title()).toBe("story.txt — Draftwise");
  });

  it("asks before closing with unsaved changes (beforeunload), and not when saved", async () => {
    await editor.typeAtEndOf(2, " Not saved yet.");
    const asked: string[] = [];
    page.on("dialog", (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);
    await editor.save();
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toEqual(["beforeunload"]);
  });
});
