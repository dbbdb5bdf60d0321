/// <reference lib="webworker" />
/**
 * The analysis worker: whole-story work stays off the thread that handles keystrokes. After an
 * edit it answers at once with the fast path (the edited paragraphs against the last full
 * analysis), then runs the full story-wide analysis once the writer pauses.
 */
import { AnalysisEngine } from "./engine";
import type { AnalysisPatch, DocAnalysis, WorkerRequest, WorkerResponse } from "./protocol";

/** Pause before the story-wide pass (speakers, scenes, voices, variants) after the fast answer. */
const FULL_DELAY_MS = 1200;

const engine = new AnalysisEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;
/** Requests taken so far: each answer says how many, so the page knows none is left behind. */
let handled = 0;
let scheduled = false;
let fullTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Posts what `analyse` returns; false when it had nothing (the fast path did not apply). `more`:
 * a full pass follows this answer.
 */
function post(
  version: number,
  analyse: () => DocAnalysis | AnalysisPatch | null,
  more: boolean,
): boolean {
  try {
    const answer = analyse();
    if (!answer) return false;
    scope.postMessage(
      ("start" in answer
        ? { type: "patch", version, patch: answer, handled, more }
        : { type: "result", version, analysis: answer, handled, more }) satisfies WorkerResponse,
    );
  } catch (err) {
    scope.postMessage({
      type: "error",
      version,
      message: String(err),
      handled,
      more,
    } satisfies WorkerResponse);
  }
  return true;
}

function full(): void {
  fullTimer = undefined;
  post(latest, () => engine.analyze(), false);
}

// Requests can queue up while one analysis runs; apply every splice, analyse only the newest.
function run(): void {
  scheduled = false;
  clearTimeout(fullTimer);
  const quick = (): DocAnalysis | AnalysisPatch | null => {
    const answer = engine.quickPatch();
    return answer && (answer.patch ?? answer.analysis);
  };
  if (post(latest, quick, true)) fullTimer = setTimeout(full, FULL_DELAY_MS);
  else full();
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // Between two analysis requests, with the speller the last pass spelled with; the search is
  // bounded (core/notes/spelling.ts, SEARCH_BUDGET), so the next pass waits a moment at most.
  if (request.type === "suggest") {
    let answer: WorkerResponse;
    try {
      answer = { type: "suggestions", id: request.id, words: engine.suggest(request.word) };
    } catch (err) {
      answer = {
        type: "suggestions",
        id: request.id,
        error: err instanceof Error ? err.message : String(err),
      };
    }
    return scope.postMessage(answer);
  }
  handled++;
  if (request.type === "settings") engine.configure(request.settings);
  else if (request.type === "dictionaries") engine.setDictionaries(request.dictionaries);
  else {
    engine.apply(request.splice);
    latest = request.version;
  }
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
