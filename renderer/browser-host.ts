/**
 * The host API for a page served by the browser shell (electron/host/browser-server.ts): each
 * method is one JSON POST to /__host, and host events arrive on one streamed GET of /__events.
 * Both carry the launch secret, which the page reads from its own address (`#k=...`); it is
 * never put in a cookie, so no other site's page can make calls in the writer's name.
 */
import { hostMethods, type HostApi, type HostEvent } from "../core/host-api";

const SECRET_HEADER = "x-draftwise-key";

/** The launch secret in the page's address, or null when the page was opened without one. */
export function secretFromAddress(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#/, "")).get("k");
  return secret && /^[A-Za-z0-9_-]{16,}$/.test(secret) ? secret : null;
}

/** Bytes (a DOCX export) cross as base64; JSON has no bytes. */
function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let text = "";
    for (let i = 0; i < value.length; i += 0x8000)
      text += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { $bytes: btoa(text) };
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

/** Reads the event stream, one JSON event a line, until the server goes away. */
async function listen(secret: string, deliver: (event: HostEvent) => void): Promise<void> {
  const response = await fetch("/__events", { headers: { [SECRET_HEADER]: secret } });
  if (!response.ok || !response.body) return;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    pending += value;
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) if (line.trim()) deliver(JSON.parse(line) as HostEvent);
  }
}

export function browserHost(secret: string): HostApi {
  const listeners: ((event: HostEvent) => void)[] = [];
  const invoke = async (method: string, args: unknown[]): Promise<unknown> => {
    const response = await fetch("/__host", {
      method: "POST",
      headers: { [SECRET_HEADER]: secret, "content-type": "application/json" },
      body: JSON.stringify({ method, args: args.map(encode) }),
    });
    if (!response.ok) throw new Error(`The Draftwise host refused the call (${response.status}).`);
    const answer = (await response.json()) as { value?: unknown; error?: string };
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer.value;
  };
  void listen(secret, (event) => {
    for (const listener of listeners) listener(event);
    // Lets a script (the tests) wait until an event it caused has been handled.
    performance.mark("dw:host-event");
  }).catch(() => undefined);
  const api: Record<string, unknown> = {
    onHostEvent: (listener: (event: HostEvent) => void) => void listeners.push(listener),
  };
  for (const method of hostMethods) api[method] = (...args: unknown[]) => invoke(method, args);
  return api as unknown as HostApi;
}
