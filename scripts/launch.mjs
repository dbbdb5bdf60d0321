// Starts the built app: Electron where its binary is, else the browser shell (served on
// 127.0.0.1 and opened in the system's Chromium or Chrome). `--browser` chooses the browser on
// purpose; `--no-open` and `--port N` mean something only there, so they choose it too.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { electronBinary } from "./electron-binary.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Whether the arguments ask for the browser shell. */
export function wantsBrowser(args) {
  return args.some((a) => a === "--browser" || a === "--no-open" || /^--port(=|$)/.test(a));
}

const USAGE = `usage: npm start -- [FILE] [--browser] [--no-open] [--port N]
       draftwise open [FILE] [--browser] [--no-open] [--port N]

Opens Draftwise on FILE (else the bundled story, copied to the Documents folder): in Electron
where its binary is, else in the system's Chromium or Chrome, served on 127.0.0.1.
  --browser    the browser even where Electron is
  --no-open    serve and print the address, open no window (implies --browser)
  --port N     serve on port N, 0 for any (implies --browser)
`;

/** Runs the app with `args` ([FILE] and flags); resolves to the exit code. */
export async function launch(args) {
  if (args.some((a) => a === "--help" || a === "-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!wantsBrowser(args)) {
    const found = electronBinary();
    if (found.path) {
      const files = args.map((f) => path.resolve(f));
      const child = spawn(found.path, [root, ...files], { stdio: "inherit" });
      return new Promise((resolve) =>
        child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
      );
    }
    console.error(`draftwise: ${found.reason}`);
    console.error("draftwise: opening Draftwise in the browser instead.");
  }
  const shell = path.join(root, "dist", "browser-shell.mjs");
  const { runBrowserShell } = await import(pathToFileURL(shell).href);
  return runBrowserShell(args, root);
}
