/**
 * Serves dist/renderer over loopback with the same files and CSP as Electron's app:// protocol,
 * and, when given a host, answers the page's host calls at POST /__host: JSON in, JSON out,
 * as fast as Electron's IPC for a novel-sized story (a Playwright binding took a quarter of a
 * second to carry one).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { promises as fs } from "node:fs";
import path from "node:path";
import { CONTENT_SECURITY_POLICY, mimeType, resolveAppFile } from "../../electron/host/app-files";

export const RENDERER_DIR = path.resolve(import.meta.dirname, "../../dist/renderer");

/** Runs one host method for the page; a thrown error goes back as `{ error }`. */
export type HostInvoke = (method: string, args: unknown[]) => Promise<unknown>;

function answerHostCall(req: IncomingMessage, res: ServerResponse, invoke: HostInvoke): void {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const reply = (body: unknown): void =>
      void res
        .writeHead(200, { "content-type": "application/json; charset=utf-8" })
        .end(JSON.stringify(body));
    try {
      const { method, args } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
        method: string;
        args: unknown[];
      };
      invoke(method, args).then(
        (value) => reply({ value }),
        (error: unknown) =>
          reply({ error: error instanceof Error ? error.message : String(error) }),
      );
    } catch (error) {
      reply({ error: (error as Error).message });
    }
  });
}

export async function startAppServer(
  root = RENDERER_DIR,
  invoke?: HostInvoke,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.url === "/__host" && req.method === "POST" && invoke)
      return answerHostCall(req, res, invoke);
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
