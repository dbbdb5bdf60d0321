/**
 * IPC handlers: one per host method. Every call is checked to come from the app's own window
 * and top frame loaded from the app protocol; anything else is refused and logged.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from "electron";
import { hostMethods, type HostApi, type HostMethod } from "../core/host-api";
import { APP_ORIGIN } from "./host/app-files";

export function isTrustedSender(event: IpcMainInvokeEvent, trusted: () => WebContents | null): boolean {
  const frame = event.senderFrame;
  return (
    event.sender === trusted() &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    frame.url.startsWith(`${APP_ORIGIN}/`)
  );
}

/** Registers `host:<method>` for each method; arguments are validated by the host itself. */
export function setupIpc(host: HostApi, trusted: () => WebContents | null): void {
  for (const method of hostMethods) {
    ipcMain.handle(`host:${method}`, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, trusted)) {
        console.warn(`draftwise: refused ${method} from ${event.senderFrame?.url ?? "an unknown frame"}`);
        return { ok: false, error: { code: "bad-request", message: "Refused: not the Draftwise window." } };
      }
      const fn = host[method as HostMethod] as (...a: unknown[]) => Promise<unknown>;
      return fn.apply(host, args);
    });
  }
}
