/**
 * The cast as an app feature: the Cast panel, the story chart, the voice view and the quote
 * card. The writer's cast (characters, speaker corrections, deleted names) lives in the
 * sidecar's `cast` part and is handed to the analysis worker on every change; the worker's
 * discovery adds the characters the writer has not listed.
 *
 * Where characters appear is counted by the document's own scene nodes. Counts are taken when
 * a result arrives (it then describes the current document) and kept by scene id, so the chart
 * and the panel follow a scene that moves before the next analysis comes back.
 */
import type { SpeakerCorrection } from "../../core/cast/corrections";
import type { Character } from "../../core/model";
import type { App, Feature } from "../editor/feature";
import type { AnalysisController } from "../analysis/controller";
import { analysisIsCurrent } from "../analysis/plugin";
import { CastLegend, legendEntries } from "./legend";
import { CAST_COLORS } from "../analysis/palette";
import type { DocAnalysis, LocalQuote } from "../analysis/protocol";
import { blocksOf, blockText } from "../analysis/sync";
import {
  addCharacter,
  castSidecar,
  characterNamed,
  correctSpeaker,
  EMPTY_CAST,
  type CastEdit,
  type WriterCast,
} from "./model";
import { castPresence, currentNames, presenceInOrder, type Presence } from "../analysis/presence";
import { settingsOf } from "../analysis/writer-settings";
import { plainLabel } from "../editor/emphasis-marks";
import { sceneSpans, type SceneSpan } from "../editor/scene-spans";
import { changeCast, correctionKey, selectQuote } from "./commands";
import type { AppCommand } from "../editor/command-registry";
import { CastPanel } from "./panel";
import { chartRows, StoryChart } from "./story-chart";
import { linesOf, VoiceView, type Speaker } from "./voice-view";
import { sameSceneLayout, scenePos, selectScene } from "../outline";
import { openQuoteCard, quoteHover } from "./quote-hover";
import { speakerChoices } from "./speaker-choices";
import { editorCommand } from "../editor/editor-command";

/**
 * True when two scene lists are the same scenes, over the same paragraphs, with the same POV and
 * title: what the panels show and what presence was counted on are then still right.
 */
function sameSpans(a: readonly SceneSpan[], b: readonly SceneSpan[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const t = b[i]!;
      return (
        s.id === t.id &&
        s.first === t.first &&
        s.last === t.last &&
        s.pov === t.pov &&
        s.title === t.title
      );
    })
  );
}

/**
 * Characters new to the writer's cast keep the colour they were shown in: colours are handed out
 * in cast order, so adopting one character would otherwise repaint the others. One not shown yet
 * (a name the story does not use) takes the first colour no one `shown` has, as the next result
 * would give it: unpinned, it came first when the story was opened again and moved every other
 * character's colour one along.
 */
function pinColors(
  before: WriterCast,
  after: WriterCast,
  colorOf: (name: string) => string | undefined,
  shown: readonly string[],
): WriterCast {
  const known = new Set(before.characters.map((c) => c.name));
  const used = new Set<string>();
  for (const name of shown) {
    const color = colorOf(name);
    if (color) used.add(color);
  }
  for (const c of after.characters) if (c.color) used.add(c.color);
  const characters = after.characters.map((c) => {
    if (c.color || known.has(c.name)) return c;
    const color = colorOf(c.name) ?? CAST_COLORS.find((k) => !used.has(k));
    if (!color) return c;
    used.add(color);
    return { ...c, color };
  });
  return { ...after, characters };
}

/** The cast feature. One instance per app. */
export function castFeature(analysisController: AnalysisController): Feature {
  let app: App | null = null;
  /** The writer's cast, as the writer-settings plugin holds it. */
  const cast = (): WriterCast => (app ? settingsOf(app.state).cast : EMPTY_CAST);
  let panel: CastPanel | null = null;
  let chart: StoryChart | null = null;
  let voice: VoiceView | null = null;
  let listRoot: HTMLElement | null = null;
  let voiceRoot: HTMLElement | null = null;
  let showing: Speaker | null = null;
  /** Scenes of the document the latest result describes, and who appears in them. */
  let resultSpans: SceneSpan[] = [];
  let resultPresence: ReadonlyMap<string, readonly Presence[]> = new Map();
  let spans: SceneSpan[] = [];

  /** The colour legend over the story, redrawn with each result and each switch. */
  const mountLegend = (a: App): void => {
    const legend = new CastLegend({
      characters: () => legendEntries(analysisController.current(), colorOf),
      speakersOn: () => analysisController.getToggles().speakers,
      mentionsOn: () => analysisController.getToggles().mentions,
      setSpeakers: (on) =>
        analysisController.setToggles({ ...analysisController.getToggles(), speakers: on }),
      setMentions: (on) =>
        analysisController.setToggles({ ...analysisController.getToggles(), mentions: on }),
    });
    const frame = a.elements.editor.closest("#editor-frame") ?? a.elements.editor;
    frame.before(legend.element);
    analysisController.onResult(() => legend.render());
    analysisController.onToggles(() => legend.render());
    legend.render();
  };

  const colorOf = (name: string): string | undefined => {
    const slot = analysisController.colorSlot(name);
    return slot !== undefined ? CAST_COLORS[slot] : characterNamed(cast(), name)?.color;
  };

  const named = (analysis: DocAnalysis | null): Character[] => {
    const writers = cast();
    const out: Character[] = [...writers.characters];
    for (const c of analysis?.characters ?? [])
      if (!c.unnamed && !characterNamed(writers, c.name)) out.push(c);
    return out;
  };

  /**
   * Who a line may be given to: the cast, then the people the story only describes ("the
   * landlady"), whom the legend colours and the writer may name as a line's speaker.
   */
  const speakers = (analysis: DocAnalysis | null): Character[] => [
    ...named(analysis),
    ...(analysis?.characters ?? []).filter((c) => c.unnamed && !characterNamed(cast(), c.name)),
  ];

  /** Everyone drawn in a colour now (the described speakers too). */
  const shownNames = (): string[] => speakers(analysisController.current()).map((c) => c.name);

  /**
   * Records the writer's speakers for lines (all naming one speaker) as one undo step. A
   * character only found (or described) joins the cast in that step, in the colour it was shown
   * in: undoing the correction takes it out again.
   */
  const correct = (corrections: readonly SpeakerCorrection[]): void => {
    const speaker = corrections[0]?.speaker;
    if (!app || speaker === undefined) return;
    const before = cast();
    const found = speakers(analysisController.current()).find((c) => c.name === speaker);
    let after = before;
    if (found && !characterNamed(before, found.name)) {
      const joined = addCharacter(before, found.name, found);
      if (!joined.ok) return app.flash(joined.reason);
      after = pinColors(before, joined.cast, colorOf, shownNames());
    }
    for (const correction of corrections) {
      const checked = correctSpeaker(after, correction);
      if (!checked.ok) return app.flash(checked.reason);
      after = checked.cast;
    }
    // One undo step of its own; update() below redraws and marks the sidecar.
    changeCast(after)(app.view.state, app.view.dispatch);
  };

  /** Gives every line an unnamed speaker ("the man") is found to say to `name`, in one step. */
  const giveUnnamedLines = (description: string, name: string): void => {
    if (!app) return;
    const { state } = app.view;
    const quotes = (analysisController.current()?.quotes ?? []).filter(
      (q) => q.unnamed === description && !q.speaker,
    );
    const keys = quotes.map((q) => correctionKey(state, q));
    if (keys.length === 0 || keys.some((k) => k === null))
      return app.flash("The lines are being read again after your last edit; try once more.");
    correct(keys.map((k) => ({ ...k!, speaker: name })));
  };

  /** Redraws the panel, the chart and the voice view from the latest result and the current scenes. */
  const refresh = (force = false): void => {
    if (!app) return;
    spans = sceneSpans(app.state.doc);
    const analysis = analysisController.current();
    // A result that describes the current text maps straight onto the current scenes; an older
    // one is carried over scene by scene (by id) until the next result arrives.
    const presence =
      analysis && analysisIsCurrent(app.state)
        ? sameSpans(spans, resultSpans)
          ? resultPresence
          : castPresence(spans, analysis)
        : presenceInOrder(resultPresence, resultSpans, spans, currentNames(analysis?.characters));
    const shown = app;
    shown.panels.whenVisible("cast", () => panel?.update({ analysis, presence }, force));
    // Titles and lines drawn from the text show its emphasis as the editor does: no marks.
    const state = app.state;
    const shownSpans = spans.map((s) => ({ ...s, title: plainLabel(state, s.title) }));
    if (chart?.isOpen())
      chart.update(
        shownSpans,
        chartRows(
          presence,
          named(analysis).map((c) => c.name),
        ),
      );
    if (showing && voice && analysis) {
      const current = new Map(spans.map((s, i) => [s.id, i]));
      // Quotes arrive without their words (memory): read them from the text they point into.
      const blocks = blocksOf(app.state.doc);
      const eol = app.state.doc.attrs.eol as string;
      const textOf = (q: LocalQuote): string =>
        blocks[q.paragraph] ? blockText(blocks[q.paragraph]!, eol).slice(q.from, q.to) : "";
      const lines = linesOf(analysis, resultSpans, showing, textOf).map((l) => ({
        ...l,
        text: plainLabel(state, l.text),
        scene: current.get(resultSpans[l.scene]?.id ?? "") ?? -1,
      }));
      const title = "name" in showing ? showing.name : showing.unnamed;
      voice.show(title, "name" in showing ? colorOf(showing.name) : undefined, lines, shownSpans);
    }
  };

  const edit = (change: (cast: WriterCast) => CastEdit): boolean => {
    const before = cast();
    const result = change(before);
    if (!result.ok) {
      app?.flash(result.reason);
      return false;
    }
    // One undo step. The analysis controller hears the change and sends the worker the new
    // cast; update() redraws the panels and marks the sidecar.
    if (app)
      changeCast(pinColors(before, result.cast, colorOf, shownNames()), result.renamed)(
        app.view.state,
        app.view.dispatch,
      );
    return true;
  };

  const jumpToScene = (index: number): void => {
    if (!app || !selectScene(index)(app.view.state, app.view.dispatch)) return;
    app.view.focus();
    const dom = app.view.nodeDOM(scenePos(app.view.state.doc, index));
    if (dom instanceof HTMLElement) dom.scrollIntoView({ block: "start" });
  };

  const showLines = (who: Speaker | null): void => {
    showing = who;
    if (listRoot) listRoot.hidden = who !== null;
    if (voiceRoot) voiceRoot.hidden = who === null;
    refresh(true);
  };

  const showChart = (): void => {
    if (!chart) return;
    if (chart.isOpen()) return chart.close();
    chart.open();
    refresh();
  };

  const onResult = (): void => {
    const counted = analysisController.resultPresence();
    if (!counted) return;
    resultSpans = [...counted.spans];
    resultPresence = counted.presence;
    refresh();
  };

  const commands: AppCommand<App>[] = [
    editorCommand(
      { id: "cast.lineSpeaker", label: "Change Speaker of Line", keys: "Alt-Shift-Enter" },
      openQuoteCard,
    ),
    {
      id: "cast.chart",
      label: "Characters by Scene",
      run: () => {
        showChart();
        return true;
      },
    },
    {
      id: "cast.add",
      label: "Add Character",
      run: (_app, arg) => !!arg && edit((k) => addCharacter(k, arg)),
    },
    {
      id: "cast.showLines",
      label: "Show Lines of Character",
      run: (_app, arg) => {
        if (!arg) return false;
        showLines({ name: arg });
        return true;
      },
    },
  ];

  return {
    name: "cast",
    plugins: () => [
      quoteHover({
        names: () => {
          const analysis = analysisController.current();
          return speakerChoices(
            speakers(analysis).map((c) => c.name),
            analysis,
          );
        },
        colorOf,
        correct: (correction) => correct([correction]),
      }),
    ],
    commands: () => commands,
    mount(a) {
      app = a;
      const body = a.panels.add("cast", "Cast", "right");
      // Undo and redo from the panel's selects and buttons act on the story, where its changes
      // are undo steps (the browser shell has no native menu to catch the keys); a text field
      // keeps its own undo.
      body.addEventListener("keydown", (event) => {
        const mod = event.ctrlKey || event.metaKey;
        const key = event.key.toLowerCase();
        if (!mod || event.altKey || (key !== "z" && key !== "y")) return;
        if ((event.target as HTMLElement).matches("input, textarea")) return;
        event.preventDefault();
        void a.commands.run(key === "z" && !event.shiftKey ? "edit.undo" : "edit.redo");
      });
      listRoot = document.createElement("div");
      voiceRoot = document.createElement("div");
      voiceRoot.hidden = true;
      body.append(listRoot, voiceRoot);
      panel = new CastPanel(listRoot, {
        cast,
        edit,
        colorOf,
        jumpToScene,
        highlightsOn: () => analysisController.getToggles().mentions,
        toggleHighlights: () => void a.commands.run("view.highlightCharacters"),
        showChart,
        showLines,
        say: (message) => a.flash(message),
        speakerNames: () => named(analysisController.current()).map((c) => c.name),
        giveUnnamedLines,
      });
      voice = new VoiceView(voiceRoot, {
        select: (quote) => {
          const done = selectQuote(quote)(a.view.state, a.view.dispatch);
          if (done) a.view.focus();
          return done;
        },
        back: () => showLines(null),
      });
      chart = new StoryChart({ jumpToScene, colorOf });
      analysisController.onResult(onResult);
      refresh();
      mountLegend(a);
    },
    prepareDoc(_a, _story, doc) {
      resultSpans = [];
      resultPresence = new Map();
      if (showing) showLines(null);
      return doc;
    },
    sidecar: (a) => castSidecar(settingsOf(a.state).cast),
    update(a, previous) {
      if (previous === a.state) return refresh(true); // a story was opened
      // A cast change (a correction, a Cast panel change), or its undo or redo.
      if (settingsOf(a.state).cast !== settingsOf(previous).cast) {
        a.markSidecarChanged();
        return refresh(true);
      }
      // Scenes moved, split, merged or got a new POV: redraw at once from the kept counts.
      if (a.state.doc === previous.doc) return;
      // Typing inside a paragraph leaves the scenes as they were: no spans to rebuild.
      if (sameSceneLayout(previous.doc, a.state.doc)) return;
      if (!sameSpans(sceneSpans(a.state.doc), spans)) refresh();
    },
  };
}
