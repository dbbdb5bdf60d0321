/**
 * The renderer's only way to its host: the API object Electron's preload put on window, or, in
 * the browser shell, one that calls the loopback server with the secret from the address.
 */
import type { HostApi } from "../core/host-api";
import { browserHost, secretFromAddress } from "./browser-host";

declare global {
  interface Window {
    readonly draftwise?: HostApi;
  }
}

export function getHost(): HostApi {
  if (window.draftwise) return window.draftwise;
  const secret = location.protocol === "http:" ? secretFromAddress(location.hash) : null;
  if (!secret) throw new Error("Draftwise was opened without its host; start it with `npm start`.");
  // Fixed in place as the preload's bridge is: a script in the page cannot swap it.
  Object.defineProperty(window, "draftwise", { value: Object.freeze(browserHost(secret)) });
  return window.draftwise!;
}
