/**
 * The host API for a page served by the browser shell (electron/host/browser-server.ts): each
 * method is one JSON POST to /__host, made by a worker off the page's thread (host-calls.ts),
 * and host events arrive on one streamed GET of /__events.
 * Both carry the launch secret, which the page reads from its own address (`#k=...`); it is
 * never put in a cookie, so no other site's page can make calls in the writer's name.
 */
import { hostMethods, type HostApi, type HostEvent } from "../core/host-api";

const SECRET_HEADER = "x-draftwise-key";
/** Names the page on each call and on its event stream (browser-server.ts `PAGE_HEADER`). */
const PAGE_HEADER = "x-draftwise-page";

/** Who is calling: the launch secret and the page's name. */
export interface Caller {
  readonly secret: string;
  readonly page: string;
}

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

/** How long the page waits before reading its events again after its stream ended. */
const LISTEN_AGAIN_MS = 500;

/**
 * Reads the event stream for the page's life. A stream that ends while the page is there (the
 * browser's network restarted) is opened again under the same page name, so the page still
 * hears of its stories (changed on disk, held by another window); one the host refuses is not.
 */
async function listen(caller: Caller, deliver: (event: HostEvent) => void): Promise<void> {
  while (!(await listenOnce(caller, deliver).catch(() => false)))
    await new Promise((resolve) => setTimeout(resolve, LISTEN_AGAIN_MS));
}

/** Reads one event stream, one JSON event a line, to its end; whether the host refused it. */
async function listenOnce(caller: Caller, deliver: (event: HostEvent) => void): Promise<boolean> {
  const response = await fetch("/__events", {
    headers: { [SECRET_HEADER]: caller.secret, [PAGE_HEADER]: caller.page },
  });
  if (!response.ok || !response.body) return true;
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return false;
    pending += value;
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) if (line.trim()) deliver(JSON.parse(line) as HostEvent);
  }
}

/** One host call as the page asks it of the call worker (host-calls.ts), and its answer. */
export interface CallRequest {
  readonly id: number;
  readonly caller: Caller;
  readonly method: string;
  readonly args: readonly unknown[];
}
/** The id of the answer the call worker posts once it has loaded; calls count from 1. */
export const LOADED = 0;
export type CallAnswer =
  | { readonly id: number; readonly value: unknown }
  | { readonly id: number; readonly error: string }
  /**
   * Posted just before each answer: an answer the page cannot read arrives as a `messageerror`
   * with no data, and this says which call it was (a port keeps its messages in order).
   */
  | { readonly answering: number };

/** One host call: a JSON POST to /__host with the secret; the host's error is thrown. */
export async function postCall(
  caller: Caller,
  method: string,
  args: readonly unknown[],
): Promise<unknown> {
  const response = await fetch("/__host", {
    method: "POST",
    headers: {
      [SECRET_HEADER]: caller.secret,
      [PAGE_HEADER]: caller.page,
      "content-type": "application/json",
    },
    body: JSON.stringify({ method, args: args.map(encode) }),
  });
  if (!response.ok) throw new Error(`The Draftwise host refused the call (${response.status}).`);
  const answer = (await response.json()) as { value?: unknown; error?: string };
  if (answer.error !== undefined) throw new Error(answer.error);
  return answer.value;
}

/**
 * The calls made through a worker (host-calls.ts): a working copy or a save of a novel is a
 * JSON body of some megabytes, and writing it out and encoding it took 0.3-1 s of the page's
 * thread a write at 300,000 words, keys waiting behind it. Handing the worker the call is a
 * copy of the text (about 1 ms). A worker that cannot start leaves the calls to the page.
 */
function callWorker(
  caller: Caller,
): ((method: string, args: unknown[]) => Promise<unknown>) | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./host-calls.js", document.baseURI), { type: "module" });
  } catch {
    return null;
  }
  let next = 0;
  let broken = false;
  const waiting = new Map<
    number,
    { method: string; args: unknown[]; resolve(v: unknown): void; reject(e: Error): void }
  >();
  /** The worker said it loaded (`LOADED`): an error from it after that is no failure to load. */
  let loaded = false;
  /** The call whose answer comes next (`answering`). */
  let answering = 0;
  worker.onmessage = (event: MessageEvent<CallAnswer>) => {
    const answer = event.data;
    loaded = true;
    if ("answering" in answer) return void (answering = answer.answering);
    if (answer.id === LOADED) return;
    const call = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ("error" in answer) call?.reject(new Error(answer.error));
    else call?.resolve(answer.value);
  };
  // Left unanswered, the call would wait for ever, and the working copy's writes behind it.
  worker.onmessageerror = () => {
    const call = waiting.get(answering);
    waiting.delete(answering);
    call?.reject(new Error(`The Draftwise host's answer to ${call.method} could not be read.`));
  };
  // A worker script that did not load has sent nothing: its calls go from the page instead.
  // An error thrown in a loaded one does not stop it, and its calls may be made already: sent
  // again from the page, a save would meet its own hash as a change on disk.
  worker.onerror = (event) => {
    event.preventDefault();
    if (loaded) return;
    broken = true;
    worker.terminate();
    for (const call of waiting.values())
      postCall(caller, call.method, call.args).then(call.resolve, call.reject);
    waiting.clear();
  };
  // A page being left ends its worker with it, and a call the worker had not yet made is lost:
  // a tab closed with a 300,000-word working copy just handed over kept none (0 of 3; 3 of 3
  // made from the page). From `beforeunload` on, before the app's own listener flushes the
  // working copy (app.ts), the page makes its calls itself; a writer who stays gets the worker
  // back in the next task.
  let leaving = false;
  window.addEventListener(
    "beforeunload",
    () => {
      leaving = true;
      setTimeout(() => (leaving = false), 0);
    },
    { capture: true },
  );
  return (method, args) => {
    if (broken || leaving) return postCall(caller, method, args);
    const id = ++next;
    return new Promise((resolve, reject) => {
      waiting.set(id, { method, args, resolve, reject });
      worker.postMessage({ id, caller, method, args } satisfies CallRequest);
    });
  };
}

export function browserHost(secret: string): HostApi {
  const listeners: ((event: HostEvent) => void)[] = [];
  // The name the page's writes carry too (`HostApi.page`): the server lets go of what it held.
  const caller = { secret, page: Math.random().toString(36).slice(2, 14) };
  const invoke = callWorker(caller) ?? ((method, args) => postCall(caller, method, args));
  void listen(caller, (event) => {
    for (const listener of listeners) listener(event);
    // Lets a script (the tests) wait until an event it caused has been handled.
    performance.mark("dw:host-event");
  }).catch(() => undefined);
  const api: Record<string, unknown> = {
    page: caller.page,
    onHostEvent: (listener: (event: HostEvent) => void) => void listeners.push(listener),
  };
  for (const method of hostMethods) api[method] = (...args: unknown[]) => invoke(method, args);
  return api as unknown as HostApi;
}
