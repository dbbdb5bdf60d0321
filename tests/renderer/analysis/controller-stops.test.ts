/**
 * The analysis controller through a worker's stops (runner.ts's onStop), with a runner that
 * records what it is sent. The dictionaries go once: the runner keeps them and sends them to a
 * worker it starts again (runner.test.ts), before the story, so the first answer after a
 * restart is spelled and the spelling notes do not vanish and come back.
 */
import { describe, expect, it } from "vitest";
import { EditorState, type Transaction } from "prosemirror-state";
import { AnalysisController } from "../../../renderer/analysis/controller";
import { analysisKey } from "../../../renderer/analysis/plugin";
import type { AnalysisRunner, AnalysisStop } from "../../../renderer/analysis/runner";
import type { App } from "../../../renderer/editor/feature";
import { textToDoc } from "../../../renderer/editor/story-doc";
import type { OpenedStory } from "../../../core/host-api";
import { analysed } from "../../support/analysed";

const text = '"Morning," Nigel said.\n\nBecky waved.\n';

/** A runner that keeps count of the dictionaries it is sent and lets the test stop it. */
function recordingRunner() {
  let stop: ((stop: AnalysisStop) => void) | null = null;
  const runner = {
    dictionariesSent: 0,
    restarts: 0,
    configure() {},
    setDictionaries() {
      runner.dictionariesSent++;
    },
    request() {},
    onResult() {},
    suggest: () => Promise.resolve([]),
    idle: () => true,
    onStop(listener: (s: AnalysisStop) => void) {
      stop = listener;
    },
    restart() {
      runner.restarts++;
    },
    dispose() {},
    stop: (restarted: boolean) => stop?.({ message: "it broke", restarted }),
  };
  return runner;
}

/** An element's class list, all the controller touches of the page. */
function element() {
  const classes = new Set<string>();
  return {
    classList: {
      toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name), on),
      contains: (name: string) => classes.has(name),
    },
  };
}

function appWith(controller: AnalysisController) {
  const app = {
    state: EditorState.create({ doc: textToDoc(text), plugins: controller.plugins() }),
    // The marks are drawn again through the view once colours are known.
    view: {
      get state() {
        return app.state;
      },
      hasFocus: () => false,
      dispatch(tr: Transaction) {
        app.state = app.state.apply(tr);
      },
    },
    sidecar: {},
    host: { readDictionary: () => Promise.resolve({ ok: true, value: { aff: "", dic: "" } }) },
    banners: [] as string[],
    banner(message: string) {
      app.banners.push(message);
      return () => {};
    },
    elements: { editor: element(), left: element(), right: element() },
    refreshStatus() {},
  };
  return app as unknown as App & { state: EditorState; banners: string[] };
}

/** The story opens (prepareDoc) and its first analysis arrives (update). */
async function openAndAnalyse(controller: AnalysisController, app: App & { state: EditorState }) {
  controller.prepareDoc(
    app,
    { name: "story.txt", path: "/s/story.txt" } as OpenedStory,
    app.state.doc,
  );
  const previous = app.state;
  const version = analysisKey.getState(previous)!.version;
  app.state = previous.apply(
    previous.tr.setMeta(analysisKey, { version, analysis: analysed(text) }),
  );
  controller.update(app, previous);
  // The dictionaries are awaited before they are sent.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("analysis controller after a stop", () => {
  it("sends the dictionaries once: the first answer after a restart is the settled one", async () => {
    const runner = recordingRunner();
    const controller = new AnalysisController(runner as AnalysisRunner);
    const app = appWith(controller);
    controller.mount(app);
    await openAndAnalyse(controller, app);
    expect(runner.dictionariesSent).toBe(1);
    runner.stop(true);
    await openAndAnalyse(controller, app);
    expect(runner.dictionariesSent).toBe(1);
    expect(controller.settled(app)).toBe(true);
  });

  it("restarts the runner when another story opens after analysis was given up", async () => {
    const runner = recordingRunner();
    const controller = new AnalysisController(runner as AnalysisRunner);
    const app = appWith(controller);
    controller.mount(app);
    await openAndAnalyse(controller, app);
    runner.stop(false);
    await openAndAnalyse(controller, app);
    expect(runner.restarts).toBe(1);
    expect(runner.dictionariesSent).toBe(1);
    expect(controller.settled(app)).toBe(true);
  });

  it("asks for the dictionaries again after a restart when they never reached a worker", async () => {
    const runner = recordingRunner();
    const controller = new AnalysisController(runner as AnalysisRunner);
    const app = appWith(controller);
    controller.mount(app);
    runner.stop(true);
    await openAndAnalyse(controller, app);
    expect(runner.dictionariesSent).toBe(1);
  });

  it("marks its notes and speaker marks as not up to date while analysis is off", async () => {
    const runner = recordingRunner();
    const controller = new AnalysisController(runner as AnalysisRunner);
    const app = appWith(controller);
    controller.mount(app);
    await openAndAnalyse(controller, app);
    const greyed = () =>
      [app.elements.editor, app.elements.left, app.elements.right].map((el) =>
        el.classList.contains("analysis-off"),
      );
    expect(greyed()).toEqual([false, false, false]);
    expect(controller.status()).toEqual([]);

    runner.stop(true);
    expect(greyed()).toEqual([false, false, false]);
    runner.stop(false);
    expect(greyed()).toEqual([true, true, true]);
    expect(controller.status().map((part) => part.text)).toEqual(["Analysis off"]);
    // Said once, in the notice (the banners are a polite live region), not on every redraw.
    expect(app.banners.at(-1)).toMatch(/not up to date/);

    await openAndAnalyse(controller, app);
    expect(greyed()).toEqual([false, false, false]);
    expect(controller.status()).toEqual([]);
  });

  it("hands the dictionaries to the runner when the host answers, before the first result", async () => {
    const runner = recordingRunner();
    const controller = new AnalysisController(runner as AnalysisRunner);
    const app = appWith(controller);
    controller.mount(app);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The runner keeps them for the worker it starts with the story: its first pass is spelled.
    expect(runner.dictionariesSent).toBe(1);
    await openAndAnalyse(controller, app);
    expect(runner.dictionariesSent).toBe(1);
    expect(controller.settled(app)).toBe(true);
  });
});
