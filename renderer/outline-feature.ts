/**
 * The scene outline as an app feature: builds the opened document's scenes (sidecar or
 * detection), mounts the outline panel on the left, registers the outline commands and writes
 * the outline's part of the sidecar.
 */
import type { Command } from "prosemirror-state";
import type { Character } from "../core/model";
import { parseStory } from "../core/story";
import type { App, Feature } from "./app";
import {
  mergeSceneWithPrevious,
  moveScene,
  moveSceneDown,
  moveSceneUp,
  scenePos,
  selectScene,
  splitSceneAtCursor,
} from "./commands/scene-commands";
import type { AppCommand } from "./commands/registry";
import { castOf, openingLayout, redetect } from "./outline-layout";
import { OutlinePanel } from "./panels/outline";
import { isWriterEdited, outline, OUTLINE_CAST, outlineCast, outlineKeymap, OutlineState } from "./plugins/outline";
import { outlineSidecar } from "./sidecar-scenes";
import { storyToDoc } from "./story-doc";

/** Delay before finding the cast for chips when the outline came from the sidecar. */
const CAST_DELAY_MS = 300;

/** Gives the outline a cast for its chips (also the hook for the cast panel's edited cast). */
export function provideCast(app: App, cast: readonly Character[]): void {
  app.view.dispatch(app.view.state.tr.setMeta(OUTLINE_CAST, cast).setMeta("addToHistory", false));
}

function run(app: App, command: Command): boolean {
  return command(app.view.state, app.view.dispatch);
}

function indexArg(arg: string | undefined): number | undefined {
  return arg === undefined || arg === "" ? undefined : Number(arg);
}

/** Scrolls scene `index` to the top of the editor and puts the cursor at its start. */
function jumpTo(app: App, index: number): void {
  if (!run(app, selectScene(index))) return;
  app.view.focus();
  const dom = app.view.nodeDOM(scenePos(app.view.state.doc, index));
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: "start" });
}

function redetectScenes(app: App): void {
  const { state } = app.view;
  const doc = redetect(state.doc, outlineCast(state), isWriterEdited(state));
  app.view.dispatch(state.tr.replaceWith(0, state.doc.content.size, doc.content));
  app.flash(`Scenes detected again: ${doc.childCount}`);
}

function outlineCommands(panel: () => OutlinePanel | null): AppCommand<App>[] {
  const announceRefusal = (app: App, applied: boolean, why: string): void => {
    if (applied) return;
    app.flash(why);
    panel()?.announce(why);
  };
  return [
    { id: "outline.moveUp", label: "Move Scene Up", keys: "Alt-ArrowUp", run: (app, arg) => run(app, moveSceneUp(indexArg(arg))) },
    { id: "outline.moveDown", label: "Move Scene Down", keys: "Alt-ArrowDown", run: (app, arg) => run(app, moveSceneDown(indexArg(arg))) },
    {
      id: "outline.move",
      label: "Move Scene",
      // arg: "from,to" (scene indexes from 0)
      run: (app, arg) => {
        const [from, to] = (arg ?? "").split(",").map(Number);
        return run(app, moveScene(from ?? -1, to ?? -1));
      },
    },
    {
      id: "outline.split",
      label: "Split Scene at Cursor",
      run: (app) => announceRefusal(app, run(app, splitSceneAtCursor), "Put the cursor in a later paragraph of the scene to split it there."),
    },
    {
      id: "outline.merge",
      label: "Merge Scene with Previous",
      run: (app, arg) =>
        announceRefusal(app, run(app, mergeSceneWithPrevious(indexArg(arg))), "This scene cannot be merged: it is the first, or a marker line in the file opens it (delete the line to merge)."),
    },
    { id: "outline.redetect", label: "Re-detect Scenes", run: (app) => redetectScenes(app) },
    { id: "outline.jump", label: "Go to Scene", run: (app, arg) => jumpTo(app, indexArg(arg) ?? 0) },
  ];
}

/** The outline feature. One instance per app. */
export function outlineFeature(): Feature {
  let initial = new OutlineState(false, []);
  let panel: OutlinePanel | null = null;
  return {
    name: "outline",
    plugins: () => [outline(initial), outlineKeymap()],
    mount(app) {
      const body = app.panels.add("outline", "Outline", "left");
      panel = new OutlinePanel(body, {
        get state() {
          return app.view.state;
        },
        run: (command) => run(app, command),
        jumpTo: (index) => jumpTo(app, index),
        runCommand: (id) => void app.commands.run(id),
      });
      app.commands.register(...outlineCommands(() => panel));
      panel.update(app.view.state, null);
    },
    prepareDoc(app, story) {
      const parsed = parseStory(story.text);
      let cast: readonly Character[] | null = null;
      const opening = openingLayout(parsed, app.sidecar.outline, () => (cast = castOf(parsed)));
      if (opening.problem) app.banner(opening.problem, "warning", [], "outline");
      initial = new OutlineState(opening.writerEdited, cast ?? []);
      // Opened from the sidecar: the chips' cast is found after the first paint, not before.
      if (!cast) {
        setTimeout(() => {
          if (app.file?.path === story.path) provideCast(app, castOf(parsed));
        }, CAST_DELAY_MS);
      }
      return storyToDoc(parsed, opening.layout);
    },
    sidecar: (app) => outlineSidecar(app.view.state.doc, isWriterEdited(app.view.state)),
    update(app, previous) {
      panel?.update(app.view.state, previous === app.view.state ? null : previous);
    },
  };
}
