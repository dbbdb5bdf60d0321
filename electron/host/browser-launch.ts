/**
 * `npm start -- --browser` and `draftwise open`: serves the app through the browser shell and
 * opens it in the system's Chromium or Chrome as an app window (no tabs, no address bar), with
 * a fresh profile so the window is ours alone and closing it ends the process. The first line
 * on standard output is the address, alone, so a script can read it; everything else goes to
 * standard error. Serves until that window closes, or Ctrl+C.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { appDataDir, documentsDir, openBrowserShell } from "./browser-shell";
import { nativeDialogs } from "./native-dialogs";

export interface LaunchOptions {
  readonly files: readonly string[];
  /** Open a browser window (false: only print the address). */
  readonly open: boolean;
  readonly port: number;
}

/** Parses `[FILE] [--browser] [--no-open] [--port N]`; `--browser` is the caller's business. */
export function parseLaunchArgs(argv: readonly string[]): LaunchOptions | { error: string } {
  const files: string[] = [];
  let open = true;
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--browser") continue;
    if (arg === "--no-open") open = false;
    else if (arg === "--port" || arg.startsWith("--port=")) {
      const value = arg === "--port" ? argv[++i] : arg.slice("--port=".length);
      port = Number(value);
      if (!value || !Number.isInteger(port) || port < 0 || port > 65535)
        return { error: `--port needs a number from 0 to 65535 (got ${value ?? "nothing"})` };
    } else if (arg.startsWith("-")) return { error: `unknown option ${arg}` };
    else files.push(arg);
  }
  return { files, open, port };
}

/** The system's Chromium or Chrome, or null. DRAFTWISE_BROWSER (or DRAFTWISE_CHROMIUM) wins. */
export function findChromium(env = process.env, platform = process.platform): string | null {
  const candidates: (string | undefined)[] = [env.DRAFTWISE_BROWSER, env.DRAFTWISE_CHROMIUM];
  if (platform === "darwin") {
    for (const app of ["Google Chrome", "Chromium", "Microsoft Edge"])
      candidates.push(`/Applications/${app}.app/Contents/MacOS/${app}`);
  } else if (platform === "win32") {
    for (const base of [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA]) {
      if (!base) continue;
      candidates.push(path.join(base, "Google", "Chrome", "Application", "chrome.exe"));
      candidates.push(path.join(base, "Microsoft", "Edge", "Application", "msedge.exe"));
    }
  } else {
    const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    for (const dir of (env.PATH ?? "/usr/bin").split(path.delimiter))
      for (const name of names) candidates.push(path.join(dir, name));
  }
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

/** Runs the browser shell until its window closes or the process is interrupted. */
export async function runBrowserShell(argv: readonly string[], appRoot: string): Promise<number> {
  const options = parseLaunchArgs(argv);
  if ("error" in options) {
    process.stderr.write(`draftwise: ${options.error}\n`);
    return 2;
  }
  let story: string | null = null;
  const shell = await openBrowserShell({
    rendererDir: path.join(appRoot, "dist", "renderer"),
    launchFile: options.files.at(-1) ?? null,
    bundledStory: path.join(appRoot, "documents", "story.txt"),
    documentsDir: documentsDir(),
    dataDir: appDataDir(),
    dialogs: nativeDialogs({
      currentStory: () => story,
      warn: (message) => process.stderr.write(`draftwise: ${message}\n`),
    }),
    onStoryOpened: (file) => (story = file),
    port: options.port,
  }).catch((err: Error) => {
    process.stderr.write(`draftwise: cannot serve the app: ${err.message}\n`);
    return null;
  });
  if (!shell) return 1;
  process.stdout.write(`${shell.url}\n`);

  let browser: ChildProcess | null = null;
  let profile: string | null = null;
  const finished = new Promise<number>((resolve) => {
    const stop = (code: number) => () => resolve(code);
    process.once("SIGINT", stop(0));
    process.once("SIGTERM", stop(0));
    if (!options.open) return;
    const executable = findChromium();
    if (!executable) {
      process.stderr.write(
        "draftwise: no Chromium or Chrome found; open the address above in a Chromium-based browser (set DRAFTWISE_BROWSER to choose one). Ctrl+C stops.\n",
      );
      return;
    }
    profile = mkdtempSync(path.join(os.tmpdir(), "draftwise-browser-"));
    browser = spawn(
      executable,
      [
        `--app=${shell.url}`,
        `--user-data-dir=${profile}`,
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-sync",
        "--window-size=1280,860",
      ],
      { stdio: "ignore" },
    );
    browser.once("error", (err) => {
      process.stderr.write(`draftwise: could not start ${executable}: ${err.message}\n`);
    });
    browser.once("exit", (code, signal) => {
      // The window closed: done. A browser that failed (no display, a bad profile) leaves the
      // address to open by hand, so the app keeps serving.
      if (code === 0 && !signal) return resolve(0);
      process.stderr.write(
        `draftwise: the browser stopped (${signal ?? `exit ${code}`}); open the address above yourself. Ctrl+C stops.\n`,
      );
    });
    process.stderr.write(
      `draftwise: opened in ${path.basename(executable)}; close the window to quit.\n`,
    );
  });
  const code = await finished;
  await stopBrowser(browser);
  await shell.close();
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  return code;
}

/** Closes the window we opened (after Ctrl+C) and waits for it, so its profile can go. */
async function stopBrowser(browser: ChildProcess | null): Promise<void> {
  if (!browser || browser.exitCode !== null || browser.signalCode !== null) return;
  const exited = new Promise((resolve) => browser.once("exit", resolve));
  browser.kill();
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
}
