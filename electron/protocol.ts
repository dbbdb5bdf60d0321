/** The `app://draftwise/` protocol: the renderer's files with the CSP, never `file://`. */
import { net, protocol } from "electron";
import { pathToFileURL } from "node:url";
import { CONTENT_SECURITY_POLICY, mimeType, resolveAppFile } from "./host/app-files";

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: "app", privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function setupAppProtocol(rendererDir: string): void {
  protocol.handle("app", async (request) => {
    const url = new URL(request.url);
    const file = url.host === "draftwise" ? resolveAppFile(rendererDir, url.pathname) : null;
    if (!file) return new Response("Not found", { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response("Not found", { status: 404 });
    return new Response(response.body, {
      headers: { "content-type": mimeType(file), "content-security-policy": CONTENT_SECURITY_POLICY },
    });
  });
}
