/**
 * IPC handlers: one per host method. Every call is checked to come from the app's own window
 * and top frame loaded from the app protocol; anything else is refused and logged. Events the
 * host pushes (a file changed on disk) go back to that same window only.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from "electron";
import { hostMethods, type HostApi, type HostMethod } from "../core/host-api";
import { isAppUrl } from "./window";

/** The parts of an IPC event the check reads (a fake object in tests). */
export type SenderEvent = {
  readonly sender: Pick<WebContents, "mainFrame"> | WebContents;
  readonly senderFrame: { readonly url: string } | null;
};

/**
 * True only for the app's own window, its top frame, showing an app:// page. A frame inside
 * the page, another window, or a page that navigated elsewhere is refused.
 */
export function isTrustedSender(
  event: SenderEvent | IpcMainInvokeEvent,
  trusted: () => WebContents | null,
): boolean {
  const expected = trusted();
  const frame = event.senderFrame;
  return (
    expected !== null &&
    event.sender === expected &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    isAppUrl(frame.url)
  );
}

/** The refusal an untrusted caller gets: a value, like every other host answer. */
export const REFUSED = {
  ok: false,
  error: { code: "bad-request", message: "Refused: not the Draftwise window." },
} as const;

/** Wraps a host method as an IPC handler that checks the sender first. */
export function trustedHandler(
  host: HostApi,
  method: HostMethod,
  trusted: () => WebContents | null,
): (event: SenderEvent | IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> {
  return async (event, ...args) => {
    if (!isTrustedSender(event, trusted)) {
      console.warn(
        `draftwise: refused ${method} from ${event.senderFrame?.url ?? "an unknown frame"}`,
      );
      return REFUSED;
    }
    const fn = host[method] as (...a: unknown[]) => Promise<unknown>;
    return fn.apply(host, args);
  };
}

/** Registers `host:<method>` for each method, and forwards host events to the window. */
export function setupIpc(host: HostApi, trusted: () => WebContents | null): void {
  for (const method of hostMethods)
    ipcMain.handle(`host:${method}`, trustedHandler(host, method, trusted));
  host.onHostEvent((event) => {
    const contents = trusted();
    if (contents && !contents.isDestroyed()) contents.send("host:event", event);
  });
}
