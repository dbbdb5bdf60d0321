/// <reference lib="webworker" />
/**
 * The browser shell's host calls, made off the page's thread (browser-host.ts): the page hands
 * over the call, and this worker writes its JSON, posts it and reads the answer. Calls are
 * posted in the order they came, as the page would post them.
 */
import { LOADED, postCall, type CallAnswer, type CallRequest } from "./browser-host";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CallRequest>) => {
  const { id, caller, method, args } = event.data;
  // Which call the next answer is for, should the page fail to read it (browser-host.ts).
  const answer = (message: CallAnswer): void => {
    scope.postMessage({ answering: id } satisfies CallAnswer);
    scope.postMessage(message);
  };
  postCall(caller, method, args).then(
    (value) => answer({ id, value }),
    (err: unknown) => answer({ id, error: err instanceof Error ? err.message : String(err) }),
  );
};

// Tells the page this script loaded: an error from here on is no reason to make calls again.
scope.postMessage({ id: LOADED, value: null } satisfies CallAnswer);
