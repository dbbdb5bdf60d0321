/**
 * What the host tells the app: a command chosen in the native menu, a file to open (a recent,
 * dropped or handed-over one), the open file changed on disk, a safety net that failed,
 * another window that opened the story.
 */
import type { App } from "./feature";

/** Hears the host's events for as long as the app lives. */
export function listenToHost(app: App): void {
  app.host.onHostEvent((event) => {
    if (event.type === "command") runFromNativeMenu(app, event.command, event.arg);
    if (event.type === "open-file")
      void app.leaveStory("open", () => app.open({ path: event.path }));
    if (event.type === "file-changed") app.notifyChangedOnDisk();
    // A backup, working copy or outline file could not be written: never fail silently.
    if (event.type === "safety-net") app.banner(event.message, "warning", [], "safety-net");
    // Another window opened this story: the last to open it keeps its working copy.
    if (
      event.type === "story-held" &&
      event.writer !== app.workingCopy.writerName &&
      event.path === (app.file?.path ?? "")
    )
      app.heldElsewhere();
  });
}

/**
 * The native menu cannot grey out what does not apply (its items are built once, in main),
 * so a command chosen there that cannot run says why in the status bar instead of nothing.
 */
function runFromNativeMenu(app: App, id: string, arg?: string): void {
  const command = app.commands.get(id);
  if (command?.unavailable && !app.commands.canRun(id)) app.flash(command.unavailable);
  else void app.commands.run(id, arg);
}
