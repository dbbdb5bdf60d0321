/**
 * The `app://draftwise/` protocol: the renderer's files with the CSP, never `file://`. Only
 * GET of files inside the renderer folder is answered; everything else is 404 or 405, and
 * every answer carries the policy and `nosniff`.
 */
import { net, protocol } from "electron";
import { pathToFileURL } from "node:url";
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, mimeType, resolveAppFile } from "./host/app-files";

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "cross-origin-opener-policy": "same-origin",
  "referrer-policy": "no-referrer",
} as const;

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8" },
  });
}

/**
 * Answers one app:// request from `rendererDir`. `fetchFile` reads a file URL (Electron's
 * `net.fetch` in the app, a fake in tests).
 */
export async function appResponse(
  rendererDir: string,
  request: { readonly url: string; readonly method: string },
  fetchFile: (fileUrl: string) => Promise<Response>,
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD")
    return plain(405, "Method not allowed");
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(404, "Not found");
  }
  const home = new URL(APP_ORIGIN);
  const file =
    url.protocol === home.protocol && url.host === home.host
      ? resolveAppFile(rendererDir, url.pathname)
      : null;
  if (!file) return plain(404, "Not found");
  const response = await fetchFile(pathToFileURL(file).toString()).catch(() => null);
  if (!response?.ok) return plain(404, "Not found");
  return new Response(request.method === "HEAD" ? null : response.body, {
    headers: { ...SECURITY_HEADERS, "content-type": mimeType(file) },
  });
}

export function setupAppProtocol(rendererDir: string): void {
  protocol.handle("app", (request) =>
    appResponse(rendererDir, request, (fileUrl) => net.fetch(fileUrl)),
  );
}
