/**
 * The scene outline as an app feature: builds the opened document's scenes (sidecar or
 * detection), mounts the outline panel on the left, registers the outline commands and writes
 * the outline's part of the sidecar.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { Command, EditorState, Transaction } from "prosemirror-state";
import { isMarkdownFile } from "../../core/chapters";
import type { Character } from "../../core/model";
import { parseStory } from "../../core/story";
import type { App, Feature } from "../editor/feature";
import {
  mergeSceneWithPrevious,
  moveScene,
  moveSceneDown,
  moveSceneUp,
  sceneIndexAt,
  scenePos,
  selectScene,
  splitSceneAtCursor,
} from "./scene-commands";
import type { AppCommand } from "../editor/command-registry";
import type { AnalysisController } from "../analysis/controller";
import type { DocAnalysis } from "../analysis/protocol";
import { openingLayout, redetect, regroupScenes } from "./layout";
import { typedBreaks } from "./typed-breaks";
import { OutlinePanel } from "./panel";
import { addChapterBreak } from "./chapter-break";
import { chapterStarts } from "./outline-chapters";
import { analysisIsCurrent } from "../analysis/plugin";
import { blocksOf } from "../analysis/sync";
import { formatCount, wordsIn } from "../editor/word-count";
import { isWriterEdited, outline, OutlineState } from "./plugin";
import { sceneChips } from "./outline-data";
import { currentNames } from "../analysis/presence";
import { settingsOf } from "../analysis/writer-settings";
import { outlineSidecar, type OutlineSidecar } from "./sidecar-scenes";
import { keptOutlineDiffers, restoreKeptOutline } from "./kept-outline";
import { docToStory, readingFor, storyToDoc } from "../editor/story-doc";
import { caretNear } from "../editor/caret-near";
import { plainLabel } from "../editor/emphasis-marks";
import type { SceneAttrs } from "../editor/schema";

/**
 * The cast scene detection reads names and aliases from: the writer's characters, then the
 * named ones the latest analysis found.
 */
function detectionCast(app: App, analysis: DocAnalysis | null): Character[] {
  const cast: Character[] = settingsOf(app.state).cast.characters.map(
    ({ name, aliases, voice }) => ({ name, aliases, voice }),
  );
  for (const c of analysis?.characters ?? [])
    if (!c.unnamed && !cast.some((k) => k.name === c.name))
      cast.push({ name: c.name, aliases: c.aliases, voice: c.voice });
  return cast;
}

/** What Restore kept when the writer's outline no longer fits the recovered text. */
function restoredWithoutOutline(scenes: number): string {
  const count = scenes === 1 ? "1 scene" : `${scenes} scenes`;
  return `The restored text does not match the outline you made (most scenes' opening lines changed), so it keeps only the scenes at the story's break lines: ${count}, with new titles. Re-detect in the Outline finds the others.`;
}

function run(app: App, command: Command): boolean {
  return command(app.view.state, app.view.dispatch);
}

function indexArg(arg: string | undefined): number | undefined {
  return arg === undefined || arg === "" ? undefined : Number(arg);
}

/** Scrolls scene `index` to the top of the editor and puts the cursor at its start. */
function jumpTo(app: App, index: number): boolean {
  if (!run(app, selectScene(index))) return false;
  app.view.focus();
  const dom = app.view.nodeDOM(scenePos(app.view.state.doc, index));
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: "start" });
  return true;
}

/** `doc` with its scenes detected again; the writer's boundaries stay once they touched them. */
function redetected(app: App, analysis: DocAnalysis | null, doc: PMNode): PMNode {
  return redetect(
    doc,
    detectionCast(app, analysis),
    isWriterEdited(app.view.state),
    readingFor(app.file?.name),
  );
}

function redetectScenes(app: App, analysis: DocAnalysis | null): void {
  const { state } = app.view;
  const doc = redetected(app, analysis, state.doc);
  app.view.dispatch(state.tr.replaceWith(0, state.doc.content.size, doc.content));
  app.flash(`Scenes detected again: ${doc.childCount}`);
}

/**
 * Re-detects the scenes of `doc`, a document about to replace the app's (Separate Paragraphs),
 * as Re-detect Scenes would once it had: the caller puts both in one transaction, so one Undo
 * takes back both, however long detection takes.
 */
export function sceneRedetector(
  analysisController: AnalysisController,
): (app: App, doc: PMNode) => PMNode {
  return (app, doc) => redetected(app, analysisController.current(), doc);
}

/** Whether the open story is Markdown, whose `#` lines are chapter headings. */
const isMarkdownStory = (app: App): boolean => isMarkdownFile(app.file?.name ?? "");

/**
 * Runs `command`, which acts at the caret, when the caret is in scene `arg` (an outline row's
 * scene; any scene when none is named); else says how, as `refusal` says why it did not apply.
 */
function atCaretIn(
  app: App,
  arg: string | undefined,
  command: Command,
  act: (scene: number) => string,
  refusal: string,
): { applied: boolean; why: string } {
  const index = indexArg(arg);
  if (index === undefined || sceneIndexAt(app.state) === index)
    return { applied: run(app, command), why: refusal };
  const why = `To ${act(index + 1)}, put the cursor in that scene's text (Enter on its row goes there), then try again.`;
  return { applied: false, why };
}

/** A scene's title as the outline shows it, for an announcement. */
function sceneTitle(state: EditorState, scene: PMNode): string {
  return plainLabel(state, (scene.attrs as SceneAttrs).title) || "Scene";
}

/** Why a scene cannot merge with the one before it, and what to do instead, in plain words. */
function mergeRefusal(i: number): string {
  if (i <= 0) return "The first scene has no scene before it to merge with.";
  return "A scene-break line (such as * * *) in the text begins this scene. Delete that line to merge it with the scene before.";
}

function outlineCommands(
  panel: () => OutlinePanel | null,
  analysis: () => DocAnalysis | null,
): AppCommand<App>[] {
  const announceRefusal = (app: App, applied: boolean, why: string): boolean => {
    if (applied) return true;
    app.flash(why);
    panel()?.announce(why);
    return false;
  };
  return [
    {
      id: "outline.moveUp",
      label: "Move Scene Up",
      keys: "Alt-ArrowUp",
      run: (app, arg) => run(app, moveSceneUp(indexArg(arg), isMarkdownStory(app))),
    },
    {
      id: "outline.moveDown",
      label: "Move Scene Down",
      keys: "Alt-ArrowDown",
      run: (app, arg) => run(app, moveSceneDown(indexArg(arg), isMarkdownStory(app))),
    },
    {
      id: "outline.move",
      label: "Move Scene",
      // arg: "from,to" (scene indexes from 0)
      run: (app, arg) => {
        const [from, to] = (arg ?? "").split(",").map(Number);
        return run(app, moveScene(from ?? -1, to ?? -1, isMarkdownStory(app)));
      },
    },
    {
      id: "outline.split",
      label: "Split Scene at Cursor",
      // arg: the scene of the outline's chosen row, which the caret must be in
      run: (app, arg) => {
        const i = sceneIndexAt(app.state);
        const split = app.state.doc.child(i);
        const { applied, why } = atCaretIn(
          app,
          arg,
          splitSceneAtCursor,
          (n) => `split scene ${n}`,
          "To split a scene, put the cursor in the paragraph that should begin the new scene (any but the scene's first), then split again.",
        );
        const opened = applied ? app.state.doc.maybeChild(i + 1) : null;
        if (opened)
          panel()?.announce(
            `Split “${sceneTitle(app.state, split)}”: scene ${i + 2}, “${sceneTitle(app.state, opened)}”, begins at the cursor.`,
          );
        return announceRefusal(app, applied, why);
      },
    },
    {
      id: "outline.merge",
      label: "Merge Scene with Previous",
      run: (app, arg) => {
        const i = indexArg(arg) ?? sceneIndexAt(app.state);
        const [from, into] = [app.state.doc.maybeChild(i), app.state.doc.maybeChild(i - 1)];
        const applied = run(app, mergeSceneWithPrevious(i));
        if (applied && from && into)
          panel()?.announce(
            `Merged “${sceneTitle(app.state, from)}” into “${sceneTitle(app.state, into)}”.`,
          );
        return announceRefusal(app, applied, mergeRefusal(i));
      },
    },
    {
      id: "outline.redetect",
      label: "Re-detect Scenes",
      run: (app) => {
        redetectScenes(app, analysis());
        return true;
      },
    },
    {
      id: "outline.chapterBreak",
      label: "Add Chapter Break at Cursor",
      // arg: the scene of the outline's chosen row, which the caret must be in, as for Split
      run: (app, arg) => {
        const { applied, why } = atCaretIn(
          app,
          arg,
          addChapterBreak(isMarkdownStory(app)),
          (n) => `add a chapter break in scene ${n}`,
          "Put the cursor in the story's text to add a chapter break there.",
        );
        return announceRefusal(app, applied, why);
      },
    },
    {
      id: "outline.jump",
      label: "Go to Scene",
      run: (app, arg) => jumpTo(app, indexArg(arg) ?? 0),
    },
  ];
}

/**
 * Re-wrapping every paragraph would map the caret to the end of the story; put it back in the
 * same paragraph at the same offset.
 */
function keepCaretInBlock(state: EditorState, tr: Transaction): Transaction {
  const $head = state.selection.$head;
  let block = 0;
  let found = -1;
  state.doc.forEach((scene, scenePos, sceneIndex) => {
    if (found >= 0) return;
    if (sceneIndex === $head.index(0)) found = block + $head.index(1);
    else block += scene.childCount;
  });
  let pos = -1;
  let seen = 0;
  tr.doc.forEach((scene, scenePos) => {
    if (pos >= 0) return;
    if (found < seen + scene.childCount) {
      let inner = scenePos + 1;
      for (let i = 0; i < found - seen; i++) inner += scene.child(i).nodeSize;
      pos = inner + ($head.depth >= 2 ? $head.parentOffset + 1 : 0);
    }
    seen += scene.childCount;
  });
  return pos < 0 ? tr : tr.setSelection(caretNear(tr.doc, pos));
}

/**
 * Whether `after` holds `before`'s paragraphs, the very same nodes, in other scenes (a merge, a
 * split, the undo of one). Typing keeps the scene count, so it costs a comparison of counts.
 */
function regroupedOnly(before: PMNode, after: PMNode): boolean {
  if (before === after || before.childCount === after.childCount) return false;
  const a = blocksOf(before);
  const b = blocksOf(after);
  return a.length === b.length && a.every((block, i) => block === b[i]);
}

/** The outline's part of the sidecar as Save would write it now (and a working copy keeps). */
const outlinePart = (app: App): OutlineSidecar =>
  outlineSidecar(app.view.state.doc, isWriterEdited(app.view.state));

/** The outline feature. One instance per app. */
export function outlineFeature(analysisController: AnalysisController): Feature {
  let initial = new OutlineState(false);
  let panel: OutlinePanel | null = null;
  let awaitingDetection = false;
  const onResult = (app: App, result: DocAnalysis): void => {
    detected(app, result);
    // Who is in each scene, counted once detection has grouped them: chips follow their scene
    // by id (the cast panel reads the same counts).
    const counted = analysisController.resultPresence();
    if (counted)
      panel?.setChips(
        sceneChips(counted.spans, counted.presence),
        currentNames(counted.analysis.characters),
      );
    // After detection, whose scenes the chapters are pinned to. Block indexes place chapters
    // among the scenes only in the text they were read from.
    if (analysisIsCurrent(app.view.state)) {
      panel?.setChapters(chapterStarts(app.view.state.doc, result.chapters ?? []));
      // The status bar counts the caret's chapter: drawn before the chapters were known, it
      // showed no count until the caret moved.
      app.refreshStatus();
    }
  };
  /** The first full result's scenes replace the opening layout (markers only). */
  const detected = (app: App, result: DocAnalysis): void => {
    // Scenes come from the story-wide pass; a fast-path result only shifts the old ones.
    if (!awaitingDetection || result.partial || isWriterEdited(app.view.state)) return;
    awaitingDetection = false;
    const doc = regroupScenes(app.view.state.doc, result.scenes);
    if (!doc) {
      console.warn(
        "draftwise: the detected scenes no longer fit the story; keeping its markers' scenes",
      );
      return;
    }
    const { state } = app.view;
    // Detection is a suggestion, not an edit: it is not undone with Ctrl+Z and does not dirty the file.
    const tr = state.tr
      .replaceWith(0, state.doc.content.size, doc.content)
      .setMeta("addToHistory", false);
    app.dispatchUnchangedText(keepCaretInBlock(state, tr));
  };
  return {
    name: "outline",
    plugins: () => [outline(initial), typedBreaks()],
    commands: () =>
      outlineCommands(
        () => panel,
        () => analysisController.current(),
      ),
    mount(app) {
      const body = app.panels.add("outline", "Outline", "left");
      panel = new OutlinePanel(body, {
        get state() {
          return app.view.state;
        },
        run: (command) => run(app, command),
        jumpTo: (index) => jumpTo(app, index),
        runCommand: (id) => void app.commands.run(id),
        act: async (id, arg) => app.commands.run(id, arg),
        isMarkdown: () => isMarkdownStory(app),
      });
      analysisController.onResult((result) => onResult(app, result));
      panel.update(app.view.state, null);
    },
    prepareDoc(app, story, doc) {
      // Without a usable sidecar the story opens split at its markers only (as `doc` already
      // is); the analysis worker's scenes replace that layout when they arrive, so opening a
      // novel never waits, and is not read twice.
      const saved: unknown = app.sidecar.outline;
      const parsed = saved === undefined ? null : parseStory(story.text);
      const opening = parsed
        ? openingLayout(parsed, saved, () => null)
        : { layout: null, writerEdited: false, problem: null };
      if (opening.problem) app.banner(opening.problem, "warning", [], "outline");
      initial = new OutlineState(opening.writerEdited);
      awaitingDetection = opening.layout === null;
      return parsed && opening.layout
        ? storyToDoc(parsed, opening.layout, readingFor(story.name))
        : doc;
    },
    relayout(app, doc) {
      // The scenes as the sidecar would keep them now, anchored to the new text as on opening:
      // recovered work differs from the file by what the writer typed, so they mostly fit.
      const story = docToStory(doc);
      const opening = openingLayout(story, outlinePart(app), () => null);
      if (!opening.layout) {
        const edited = isWriterEdited(app.view.state);
        awaitingDetection = !edited;
        // The writer's own outline is gone with no word otherwise: say what stands instead.
        if (edited) app.banner(restoredWithoutOutline(doc.childCount), "warning", [], "outline");
        return doc;
      }
      if (opening.problem) app.banner(opening.problem, "warning", [], "outline");
      return storyToDoc(story, opening.layout, readingFor(app.file?.name));
    },
    sidecar: outlinePart,
    // A crash with autosave off keeps the writer's titles, synopses and boundaries too.
    keptSettings: (app) => ({ outline: outlinePart(app) }),
    keptDifferences: (kept, sidecar) =>
      keptOutlineDiffers(kept.outline, sidecar.outline) ? ["the outline"] : [],
    restoreKept(app, tr, kept) {
      const before = tr.steps.length;
      const next = restoreKeptOutline(
        tr,
        kept.outline,
        outlinePart(app),
        readingFor(app.file?.name),
        (problem) => app.banner(problem, "warning", [], "outline"),
      );
      // The writer's outline stands: detection arriving later must not regroup it.
      if (next.steps.length > before) awaitingDetection = false;
      return next;
    },
    settled: () => !awaitingDetection && (panel?.isSettled() ?? true),
    status(app) {
      // The caret's chapter, summed from per-paragraph cached counts (redrawn after typing pauses).
      const { state } = app.view;
      const chapter = panel?.chapterAt(state.selection.$head.index(0));
      if (!chapter) return [];
      const words = chapter.scenes.reduce((n, i) => n + wordsIn(state.doc.child(i)), 0);
      return [
        {
          role: "chapter-words",
          text: `${formatCount(words)} in chapter`,
          title: `Words in ${chapter.title || "this chapter"}`,
        },
      ];
    },
    update(app, previous) {
      const { state } = app.view;
      // Scenes regrouped over text the last result still describes: their chips are counted
      // again now, before the rows are drawn, not when the pass the regroup starts comes back.
      if (regroupedOnly(previous.doc, state.doc) && analysisIsCurrent(previous)) {
        const counted = analysisController.presenceIn(state.doc);
        if (counted)
          panel?.setChips(
            sceneChips(counted.spans, counted.presence),
            currentNames(counted.analysis.characters),
          );
      }
      panel?.update(state, previous === state ? null : previous);
    },
  };
}
