/**
 * File dialogs for the browser shell. A page cannot name a path (the browser hides it), and a
 * path the page typed would be one the path guard must not trust; so, as in Electron, the shell
 * asks the system: zenity or kdialog on Linux, AppleScript on macOS, Windows Forms through
 * PowerShell. The page's suggested name reaches them only as an argument or variable, never
 * inside a script. Without any of them, Open… says so in the page, and Save As… and Export…
 * write a new file next to the open story (never over an existing one; the terminal says so).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePath } from "./free-names";
import type { Dialogs } from "./node-host";

/** Runs a program; resolves with its standard output, or null when it failed or was cancelled. */
export type RunProgram = (
  file: string,
  args: readonly string[],
  env?: NodeJS.ProcessEnv,
) => Promise<string | null>;

const runProgram: RunProgram = (file, args, env) =>
  new Promise((resolve) => {
    execFile(file, [...args], { env: env ?? process.env, windowsHide: true }, (error, stdout) =>
      resolve(error ? null : stdout),
    );
  });

/** The first of `names` on PATH, or null. */
export function onPath(names: readonly string[], env = process.env): string | null {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const name of names) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/** A file name the page suggested, made safe to use as one: no folders, no control characters. */
export function safeName(suggested: string, fallback = "Untitled.txt"): string {
  // eslint-disable-next-line no-control-regex
  const name = path.basename(suggested.replace(/[\\/\u0000-\u001f]/g, "_")).trim();
  return name === "" || name === "." || name === ".." ? fallback : name;
}

const firstLine = (out: string | null): string | null => out?.split(/\r?\n/)[0]?.trim() || null;

interface Pickers {
  open(): Promise<string | null>;
  save(name: string, extensions: readonly string[]): Promise<string | null>;
}

function linuxPickers(run: RunProgram, env: NodeJS.ProcessEnv): Pickers | null {
  const zenity = onPath(["zenity"], env);
  if (zenity) {
    return {
      open: async () =>
        firstLine(
          await run(zenity, [
            "--file-selection",
            "--title=Open a draft",
            "--file-filter=Drafts | *.txt *.md",
            "--file-filter=All files | *",
          ]),
        ),
      save: async (name, extensions) =>
        firstLine(
          await run(zenity, [
            "--file-selection",
            "--save",
            "--confirm-overwrite",
            `--filename=${name}`,
            `--file-filter=${extensions.map((e) => `*.${e}`).join(" ")}`,
          ]),
        ),
    };
  }
  const kdialog = onPath(["kdialog"], env);
  if (!kdialog) return null;
  return {
    open: async () =>
      firstLine(await run(kdialog, ["--getopenfilename", ".", "*.txt *.md|Drafts"])),
    save: async (name, extensions) =>
      firstLine(
        await run(kdialog, ["--getsavefilename", name, extensions.map((e) => `*.${e}`).join(" ")]),
      ),
  };
}

function macPickers(run: RunProgram): Pickers {
  const script = (...lines: string[]) => lines.flatMap((line) => ["-e", line]);
  return {
    open: async () =>
      firstLine(
        await run(
          "/usr/bin/osascript",
          script('POSIX path of (choose file with prompt "Open a draft")'),
        ),
      ),
    save: async (name) =>
      firstLine(
        await run("/usr/bin/osascript", [
          ...script(
            "on run argv",
            "POSIX path of (choose file name default name (item 1 of argv))",
            "end run",
          ),
          name,
        ]),
      ),
  };
}

function windowsPickers(run: RunProgram, env: NodeJS.ProcessEnv): Pickers {
  const dialog = (kind: string, filter: string) =>
    [
      "Add-Type -AssemblyName System.Windows.Forms",
      `$d = New-Object System.Windows.Forms.${kind}`,
      `$d.Filter = '${filter}'`,
      "$d.FileName = $env:DRAFTWISE_SUGGESTED_NAME",
      "if ($d.ShowDialog() -eq 'OK') { [Console]::Out.Write($d.FileName) }",
    ].join("; ");
  const powershell = (command: string, name = "") =>
    run("powershell.exe", ["-NoProfile", "-STA", "-Command", command], {
      ...env,
      DRAFTWISE_SUGGESTED_NAME: name,
    });
  return {
    open: async () =>
      firstLine(await powershell(dialog("OpenFileDialog", "Drafts|*.txt;*.md|All files|*.*"))),
    save: async (name, extensions) =>
      firstLine(
        await powershell(
          dialog(
            "SaveFileDialog",
            `${extensions.map((e) => `*.${e}`).join(";")}|${extensions.map((e) => `*.${e}`).join(";")}`,
          ),
          name,
        ),
      ),
  };
}

export interface NativeDialogOptions {
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
  readonly run?: RunProgram;
  /** The open story's path, for where Save As… writes without a dialog. */
  readonly currentStory: () => string | null;
  /** Tells the writer (on the terminal) once that there is no file dialog. */
  readonly warn?: (message: string) => void;
}

export function nativeDialogs(options: NativeDialogOptions): Dialogs {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const run = options.run ?? runProgram;
  const pickers =
    platform === "darwin"
      ? macPickers(run)
      : platform === "win32"
        ? windowsPickers(run, env)
        : linuxPickers(run, env);
  let warned = false;
  const warn = (): void => {
    if (warned) return;
    warned = true;
    options.warn?.(
      "no file dialog on this system (install zenity or kdialog): Save As… and Export… write a new file next to the story.",
    );
  };
  return {
    async chooseOpenPath() {
      if (pickers) return pickers.open();
      throw new Error(
        "This system has no file dialog for Draftwise (install zenity or kdialog). Name the draft when you start: npm start -- --browser path/to/draft.txt",
      );
    },
    async chooseSavePath(suggestedName, extensions) {
      const name = safeName(suggestedName);
      // Extensions come from the page (an export's format): letters and digits only.
      const plain = extensions.filter((e) => /^[A-Za-z0-9]{1,8}$/.test(e));
      if (pickers) return pickers.save(name, plain);
      warn();
      const story = options.currentStory();
      return story ? freePath(path.dirname(story), name) : null;
    },
  };
}
