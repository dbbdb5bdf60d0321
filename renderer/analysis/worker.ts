/// <reference lib="webworker" />
/** The analysis worker: whole-story work stays off the thread that handles keystrokes. */
import { AnalysisEngine } from "./engine";
import type { WorkerRequest, WorkerResponse } from "./protocol";

const engine = new AnalysisEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;
let scheduled = false;

// Requests can queue up while one analysis runs; apply every splice, analyse only the newest.
function run(): void {
  scheduled = false;
  const version = latest;
  try {
    const analysis = engine.analyze();
    scope.postMessage({ type: "result", version, analysis } satisfies WorkerResponse);
  } catch (err) {
    scope.postMessage({ type: "error", version, message: String(err) } satisfies WorkerResponse);
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "settings") engine.configure(request.settings);
  else {
    engine.apply(request.splice);
    latest = request.version;
  }
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
