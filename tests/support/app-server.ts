/** Serves dist/renderer over loopback with the same files and CSP as Electron's app:// protocol. */
import { createServer, type Server } from "node:http";
import { promises as fs } from "node:fs";
import path from "node:path";
import { CONTENT_SECURITY_POLICY, mimeType, resolveAppFile } from "../../electron/host/app-files";

export const RENDERER_DIR = path.resolve(import.meta.dirname, "../../dist/renderer");

export async function startAppServer(
  root = RENDERER_DIR,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = resolveAppFile(root, new URL(req.url ?? "/", "http://x").pathname);
    if (!file) return void res.writeHead(404).end();
    fs.readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            "content-type": mimeType(file),
            "content-security-policy": CONTENT_SECURITY_POLICY,
          })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
