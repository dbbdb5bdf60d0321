/**
 * One Draftwise at a time. A second launch (double-clicking another draft, `draftwise x.txt`)
 * hands its file to the running app and quits; macOS delivers such files as `open-file` events
 * instead, which end up in the same place.
 */
import path from "node:path";

const DRAFT = /\.(txt|md|markdown|text)$/i;

/**
 * The file a launch names: the last argument that is not a flag (Chromium adds its own) and not
 * the app itself, resolved against the directory the launch ran in.
 */
export function fileFromArgv(
  argv: readonly string[],
  workingDirectory: string,
  isPackaged: boolean,
): string | null {
  const args = argv.slice(isPackaged ? 1 : 2).filter((a) => !a.startsWith("-"));
  const last = args[args.length - 1];
  return last ? path.resolve(workingDirectory, last) : null;
}

/** Whether a path looks like a draft Draftwise opens (dropped files, Finder). */
export function isDraftPath(file: string): boolean {
  return DRAFT.test(file);
}

/** The parts of Electron's `app` this needs. */
export interface SingleInstanceApp {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(
    event: "second-instance",
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown;
  on(
    event: "open-file",
    listener: (event: { preventDefault(): void }, file: string) => void,
  ): unknown;
}

/**
 * Takes the single-instance lock. Returns false when another Draftwise holds it (this one is
 * quitting); otherwise routes files from later launches to `openFile` and returns true.
 * `focus` brings the existing window forward even when no file was named.
 */
export function setupSingleInstance(
  app: SingleInstanceApp,
  openFile: (file: string) => void,
  focus: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on("second-instance", (_event, argv, workingDirectory) => {
    focus();
    const file = fileFromArgv(argv, workingDirectory, app.isPackaged);
    if (file) openFile(file);
  });
  app.on("open-file", (event, file) => {
    event.preventDefault();
    openFile(file);
  });
  return true;
}
