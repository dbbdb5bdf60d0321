/**
 * The scenes' figures in the outline, each row's word count and character chips: filled in
 * after a pause once the text changes, in slices so a first count of a long novel never blocks
 * input. Which figures a scene has is `sceneFigures`'s; the rows and the chips are the panel's,
 * reached through `FigureRows`.
 */
import type { Node as PMNode } from "prosemirror-model";
import { formatCount } from "../editor/word-count";
import { showChips } from "./outline-chips";
import { sceneFigures, sceneLabel, type SceneFigures, type SceneSummary } from "./outline-data";
import type { SceneChips } from "./plugin";

const FIGURES_DELAY_MS = 200;
/** Longest stretch of figure work before yielding to input (a first count of a novel). */
const FIGURES_SLICE_MS = 12;

/** What filling in the figures reads of the panel, when a slice runs. */
export interface FigureRows {
  /** The editor's document. */
  doc(): PMNode;
  scenes(): readonly SceneSummary[];
  /** Who is in each scene, from the latest analysis result. */
  chips(): SceneChips;
  /** A scene's stored POV name as its character is called now. */
  named(): (name: string) => string;
  /** Scene `i`'s row. */
  itemAt(i: number): HTMLElement | null;
  /** Runs when every row has its figures. */
  filled(): void;
}

export class SceneFigureFill {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Each scene's word count as shown, null before its first count. */
  words: (number | null)[] = [];
  /** Every character of each scene, most present first (the chips show the first few). */
  characters: (readonly string[])[] = [];

  constructor(private readonly rows: FigureRows) {}

  /** No figures yet for `scenes` (their rows were all drawn anew). */
  reset(scenes: readonly SceneSummary[]): void {
    this.words = scenes.map(() => null);
    this.characters = scenes.map(() => []);
  }

  /** Fills the figures in after the pause that follows typing. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fill(), FIGURES_DELAY_MS);
  }

  /** Fills the figures in from the next task: a story just opened shows first. */
  soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fill(), 0);
  }

  /** Recomputes words and chips, in slices so a first count of a long novel never blocks input. */
  fill(from = 0): void {
    clearTimeout(this.timer);
    const doc = this.rows.doc();
    const chips = this.rows.chips();
    const n = Math.min(doc.childCount, this.rows.scenes().length);
    const started = performance.now();
    for (let i = from; i < n; i++) {
      if (performance.now() - started > FIGURES_SLICE_MS) {
        this.timer = setTimeout(() => this.fill(i), 0);
        return;
      }
      const li = this.rows.itemAt(i);
      if (li) this.show(li, i, sceneFigures(doc.child(i), chips, this.rows.named()));
    }
    this.timer = undefined;
    this.rows.filled();
  }

  /** False while word counts and chips are still being filled in. */
  get settled(): boolean {
    return this.timer === undefined;
  }

  private show(li: HTMLElement, i: number, figures: SceneFigures): void {
    const scenes = this.rows.scenes();
    const scene = scenes[i]!;
    this.characters[i] = figures.characters;
    if (this.words[i] !== figures.words || !li.querySelector(".outline-words")!.textContent) {
      this.words[i] = figures.words;
      li.querySelector(".outline-words")!.textContent = `${formatCount(figures.words)} w`;
      li.setAttribute("aria-label", sceneLabel(scene, scenes.length, figures.words));
    }
    showChips(li.querySelector<HTMLElement>(".outline-chips")!, figures.characters, figures.pov);
  }
}
