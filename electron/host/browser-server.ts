/**
 * The browser shell's server: the renderer's files and its host calls over loopback, for a
 * browser window instead of Electron's. As locked down as the Electron window:
 *
 * - bound to 127.0.0.1 only; a request whose Host is not `127.0.0.1:PORT`, or whose Origin (or
 *   Sec-Fetch-Site) says another site sent it, gets 403 before anything is read (DNS rebinding,
 *   a page on the web posting to loopback);
 * - host calls (POST /__host) and the event stream (GET /__events) need the per-launch secret in
 *   the `x-draftwise-key` header. The page reads it from its address (`#k=...`, never sent to any
 *   server) and no cookie carries it, so another site cannot ride on it;
 * - files come from the renderer folder only, with the same Content-Security-Policy as
 *   Electron's app:// protocol (app-files.ts); the host is the path-guarded Node host.
 *
 * Host calls are JSON: `{method, args}` in, `{value}` or `{error}` out; bytes travel as
 * `{$bytes: base64}`. Host events go down one streamed response, one JSON object a line.
 *
 * A page that goes away (closed, reloaded or crashed: its event stream closes, which the server
 * sees whatever the page could send) is reported (`onPageGone`) once its calls are answered and
 * a short grace has passed (page-presence.ts).
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { promises as fs } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { hostMethods, type HostApi, type HostEvent } from "../../core/host-api";
import { CONTENT_SECURITY_POLICY, mimeType, resolveAppFile } from "./app-files";
import { PagePresence, type GraceTimer } from "./page-presence";

export { PAGE_GRACE_MS, type GraceTimer } from "./page-presence";

/** The header every host call carries the secret in (a custom header also forces CORS preflight). */
export const SECRET_HEADER = "x-draftwise-key";

/**
 * The header naming the page a call or event stream comes from: the name its working-copy
 * writes carry (`WriteOrder.writer`), so the host can let go of its holds once it has gone.
 */
export const PAGE_HEADER = "x-draftwise-page";

/** A novel is a few megabytes; anything far larger is not a host call the app makes. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
} as const;

export interface BrowserServerOptions {
  /** The built renderer (dist/renderer). */
  readonly rendererDir: string;
  /** The host that answers the page: the path-guarded Node host. */
  readonly host: HostApi;
  /** 0 (the default) picks any free port. */
  readonly port?: number;
  /** The launch secret; a fresh random one when absent. */
  readonly secret?: string;
  /** A page (`PAGE_HEADER`) went away and its calls have all been answered. */
  readonly onPageGone?: (page: string) => void;
  /** The grace a page's closed stream is given (`PAGE_GRACE_MS`); tests end it themselves. */
  readonly pageGrace?: GraceTimer;
}

export interface BrowserServer {
  /** The address to open: `http://127.0.0.1:PORT/#k=SECRET`. */
  readonly url: string;
  readonly origin: string;
  readonly secret: string;
  close(): Promise<void>;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res
    .writeHead(status, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8" })
    .end(text);
}

/** A page's name as the page makes it (browser-host.ts), or null. */
function pageOf(req: IncomingMessage): string | null {
  const page = req.headers[PAGE_HEADER];
  return typeof page === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(page) ? page : null;
}

function sameSecret(given: string | string[] | undefined, secret: Buffer): boolean {
  if (typeof given !== "string") return false;
  const bytes = Buffer.from(given, "utf8");
  return bytes.length === secret.length && timingSafeEqual(bytes, secret);
}

/** Bytes crossed as base64 (a DOCX export); everything else is plain JSON. */
function decodeBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.$bytes === "string" && Object.keys(record).length === 1)
      return new Uint8Array(Buffer.from(record.$bytes, "base64"));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, decodeBytes(v)]));
  }
  return value;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.destroy();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
    // A page that went away mid-body: no call, and its page is not kept waiting for one.
    req.on("close", () => resolve(null));
  });
}

/** Starts serving; resolves once the port is bound. */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const secretText = options.secret ?? randomBytes(32).toString("base64url");
  const secret = Buffer.from(secretText, "utf8");
  const streams = new Set<ServerResponse>();
  // Events pushed before the page opened its stream wait for it (the first one to connect).
  const waiting: HostEvent[] = [];
  let origin = "";
  let hostHeader = "";
  /** Which pages are still there; a page gone lets go of its holds (`onPageGone`). */
  const presence = new PagePresence((page) => options.onPageGone?.(page), options.pageGrace);

  options.host.onHostEvent((event) => {
    if (streams.size === 0) {
      // Kept for a page that has not connected yet; a window never opened must not grow it forever.
      if (waiting.push(event) > 100) waiting.shift();
      return;
    }
    const line = JSON.stringify(event) + "\n";
    for (const res of streams) res.write(line);
  });

  /** Who may talk to us at all: our own address, and nothing another site started. */
  function fromOwnPage(req: IncomingMessage): boolean {
    if (req.headers.host !== hostHeader) return false;
    const site = req.headers["sec-fetch-site"];
    if (site !== undefined && site !== "same-origin" && site !== "none") return false;
    const from = req.headers.origin;
    return from === undefined || from === origin;
  }

  /** A host call, counted as its page's from its arrival (before its body) to its answer. */
  async function answerPageCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const page = pageOf(req);
    if (page === null) return answerHostCall(req, res);
    presence.callStarted(page);
    try {
      await answerHostCall(req, res);
    } finally {
      presence.callEnded(page);
    }
  }

  async function answerHostCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A same-origin POST always carries Origin; one without it did not come from our page.
    if (req.headers.origin !== origin) return plain(res, 403, "Forbidden");
    const body = await readBody(req);
    if (!body) return plain(res, 413, "Too large");
    const reply = (answer: unknown): void =>
      void res
        .writeHead(200, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8" })
        .end(JSON.stringify(answer));
    let call: { method?: unknown; args?: unknown };
    try {
      call = JSON.parse(body.toString("utf8")) as typeof call;
    } catch {
      return reply({ error: "Draftwise received a malformed request and ignored it." });
    }
    const method = call?.method;
    if (
      typeof method !== "string" ||
      !(hostMethods as readonly string[]).includes(method) ||
      !Array.isArray(call.args)
    )
      return reply({ error: "Draftwise received a malformed request and ignored it." });
    const fn = options.host[method as (typeof hostMethods)[number]] as (
      ...a: unknown[]
    ) => Promise<unknown>;
    try {
      reply({ value: await fn.apply(options.host, call.args.map(decodeBytes)) });
    } catch (error) {
      reply({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "content-type": "application/x-ndjson; charset=utf-8",
    });
    // Headers go out now, so the page's fetch resolves and starts reading.
    res.write("\n");
    for (const event of waiting.splice(0)) res.write(JSON.stringify(event) + "\n");
    streams.add(res);
    const page = pageOf(req);
    if (page !== null) presence.streamOpened(page);
    // The response's close: its connection ended (the request's may come as soon as it is read).
    res.on("close", () => {
      streams.delete(res);
      if (page !== null) presence.streamClosed(page);
    });
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Method not allowed");
    const file = resolveAppFile(options.rendererDir, pathname);
    const body = file ? await fs.readFile(file).catch(() => null) : null;
    if (!file || !body) return plain(res, 404, "Not found");
    res.writeHead(200, { ...SECURITY_HEADERS, "content-type": mimeType(file) });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const server = createServer((req, res) => {
    if (!fromOwnPage(req)) return plain(res, 403, "Forbidden");
    const raw = req.url ?? "/";
    // Only origin-form paths: "//evil/x" or an absolute URL is not one of our files.
    if (!raw.startsWith("/") || raw.startsWith("//")) return plain(res, 404, "Not found");
    const pathname = raw.split("?")[0]!;
    if (pathname === "/__host" || pathname === "/__events") {
      if (!sameSecret(req.headers[SECRET_HEADER], secret)) return plain(res, 403, "Forbidden");
      if (pathname === "/__events" && req.method === "GET") return openEventStream(req, res);
      if (pathname === "/__host" && req.method === "POST")
        return void answerPageCall(req, res).catch(() => plain(res, 500, "Host call failed"));
      return plain(res, 405, "Method not allowed");
    }
    void serveFile(req, res, pathname).catch(() => plain(res, 500, "Unreadable"));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as { port: number };
  hostHeader = `127.0.0.1:${port}`;
  origin = `http://${hostHeader}`;
  return {
    url: `${origin}/#k=${secretText}`,
    origin,
    secret: secretText,
    close: () =>
      new Promise<void>((resolve) => {
        presence.close();
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
