/**
 * Serves the bare ProseMirror page over loopback: its bundle from dist/bench, the app's own
 * stylesheet from dist/renderer, and the story under test as `story.txt`, with the app's CSP.
 */
import { createServer, type Server } from "node:http";
import { promises as fs } from "node:fs";
import path from "node:path";
import { CONTENT_SECURITY_POLICY, mimeType, resolveAppFile } from "../electron/host/app-files";

export const DIST = path.resolve(import.meta.dirname, "../dist");

export interface BareServer {
  readonly url: string;
  /** The story the next page load receives. */
  story: string;
  close(): Promise<void>;
}

export async function startBareServer(): Promise<BareServer> {
  const served: BareServer = { url: "", story: "", close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const name = new URL(req.url ?? "/", "http://x").pathname;
    const headers = {
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "cache-control": "no-store",
    };
    if (name === "/story.txt")
      return void res
        .writeHead(200, { ...headers, "content-type": "text/plain; charset=utf-8" })
        .end(served.story);
    const file =
      name === "/styles.css"
        ? path.join(DIST, "renderer", "styles.css")
        : resolveAppFile(path.join(DIST, "bench"), name);
    if (!file) return void res.writeHead(404).end();
    fs.readFile(file).then(
      (body) => res.writeHead(200, { ...headers, "content-type": mimeType(file) }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return Object.assign(served, {
    url: `http://127.0.0.1:${port}/bare.html`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
