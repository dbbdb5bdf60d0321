/** The renderer's only way to its host: the API object the preload (or a test) put on window. */
import type { HostApi } from "../core/host-api";

declare global {
  interface Window {
    readonly draftwise?: HostApi;
  }
}

export function getHost(): HostApi {
  const host = window.draftwise;
  if (!host) throw new Error("Draftwise was opened without its host; start it with `npm start`.");
  return host;
}
