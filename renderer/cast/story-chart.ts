/**
 * The story at a glance: characters down the side, the document's scenes across, a dot where a
 * character appears, sized by how often they are mentioned there and ringed where they hold the
 * point of view. The writer sees where a character vanishes for half the story or two POVs
 * crowd one stretch; clicking a dot opens that scene. It is redrawn from the latest analysis
 * and the scene nodes in their current order, so it follows the outline as scenes move.
 */
import { scenesOf, type Presence } from "../analysis/presence";
import type { SceneSpan } from "../editor/scene-spans";
import { el } from "../ui/dom";

export interface StoryChartHost {
  jumpToScene(index: number): void;
  colorOf(name: string): string | undefined;
}

/** One row of the chart. */
export interface ChartRow {
  readonly name: string;
  readonly cells: readonly Presence[];
}

/** Rows in order of first appearance (ties: more mentions first); characters never seen last. */
export function chartRows(
  presence: ReadonlyMap<string, readonly Presence[]>,
  names: readonly string[],
): ChartRow[] {
  const total = (cells: readonly Presence[] | undefined): number =>
    (cells ?? []).reduce((n, c) => n + c.mentions + c.lines, 0);
  const first = (name: string): number =>
    scenesOf(presence.get(name))[0] ?? Number.MAX_SAFE_INTEGER;
  return [...names]
    .sort((a, b) => first(a) - first(b) || total(presence.get(b)) - total(presence.get(a)))
    .map((name) => ({ name, cells: presence.get(name) ?? [] }));
}

/** Dot diameter in pixels: grows with the square root of the mentions, within bounds. */
export function dotSize(cell: Presence): number {
  if (cell.mentions + cell.lines === 0) return cell.pov ? 8 : 0;
  return Math.round(Math.min(26, 7 + 3.2 * Math.sqrt(cell.mentions + cell.lines / 2)));
}

export class StoryChart {
  readonly root: HTMLElement;
  private readonly table: HTMLTableElement;
  /** What had focus when the chart opened (the Chart button, a menu), to give it back. */
  private opener: HTMLElement | null = null;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape" && this.isOpen()) this.close();
  };

  constructor(private readonly host: StoryChartHost) {
    this.root = el("div", "story-chart");
    this.root.setAttribute("role", "dialog");
    this.root.setAttribute("aria-label", "Characters by scene");
    this.root.hidden = true;
    const head = el("header", "story-chart-head");
    const close = el("button", "story-chart-close", "Close");
    close.type = "button";
    close.addEventListener("click", () => this.close());
    head.append(
      el("h2", "story-chart-title", "Characters by scene"),
      el("span", "story-chart-legend", "dot size: mentions · ring: point of view"),
      close,
    );
    this.table = el("table", "story-chart-grid");
    const scroll = el("div", "story-chart-scroll");
    scroll.append(this.table);
    this.root.append(head, scroll);
    document.body.append(this.root);
    document.addEventListener("keydown", this.onKey);
  }

  isOpen(): boolean {
    return !this.root.hidden;
  }

  open(): void {
    const active = document.activeElement;
    this.opener = active instanceof HTMLElement && active !== document.body ? active : null;
    this.root.hidden = false;
    this.root.querySelector<HTMLElement>(".story-chart-close")?.focus();
  }

  /** Hides the chart; focus inside it goes back where it was when the chart opened. */
  close(): void {
    const hadFocus = this.root.contains(document.activeElement);
    this.root.hidden = true;
    if (hadFocus && this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }

  /** Redraws the grid. */
  update(spans: readonly SceneSpan[], rows: readonly ChartRow[]): void {
    const head = el("tr", "story-chart-scenes");
    head.append(el("th", "story-chart-corner", "Scene"));
    for (const span of spans) {
      const th = el("th", "story-chart-scene");
      const go = el("button", "story-chart-scene-go", String(span.index + 1));
      go.type = "button";
      go.title = span.title || "Untitled scene";
      go.addEventListener("click", () => this.host.jumpToScene(span.index));
      th.append(go);
      th.dataset.id = span.id;
      head.append(th);
    }
    const body = rows.map((row) => this.row(row, spans));
    const empty = rows.length === 0 ? [this.emptyRow(spans.length)] : [];
    this.table.replaceChildren(el("thead", ""), el("tbody", ""));
    this.table.tHead!.append(head);
    this.table.tBodies[0]!.append(...body, ...empty);
  }

  private row(row: ChartRow, spans: readonly SceneSpan[]): HTMLTableRowElement {
    const tr = el("tr", "story-chart-row");
    tr.dataset.name = row.name;
    const color = this.host.colorOf(row.name) ?? "var(--muted)";
    tr.style.setProperty("--cast-color", color);
    const name = el("th", "story-chart-name", row.name);
    name.scope = "row";
    tr.append(name);
    spans.forEach((span, i) => {
      const td = el("td", "story-chart-cell");
      const cell = row.cells[i];
      const size = cell ? dotSize(cell) : 0;
      if (cell && size > 0) {
        const dot = el("button", cell.pov ? "story-chart-dot pov" : "story-chart-dot");
        dot.type = "button";
        dot.style.setProperty("--size", `${size}px`);
        dot.dataset.scene = String(i);
        dot.dataset.mentions = String(cell.mentions);
        const what = [`${cell.mentions} ${cell.mentions === 1 ? "mention" : "mentions"}`];
        if (cell.lines) what.push(`${cell.lines} ${cell.lines === 1 ? "line" : "lines"}`);
        if (cell.pov) what.push("point of view");
        dot.title = `${row.name} in scene ${i + 1} (${span.title || "Untitled"}): ${what.join(", ")}`;
        dot.setAttribute("aria-label", dot.title);
        dot.addEventListener("click", () => this.host.jumpToScene(span.index));
        td.append(dot);
      }
      tr.append(td);
    });
    return tr;
  }

  private emptyRow(columns: number): HTMLTableRowElement {
    const tr = el("tr", "story-chart-row");
    const td = el("td", "story-chart-empty", "No characters found yet.");
    td.colSpan = columns + 1;
    tr.append(td);
    return tr;
  }

  destroy(): void {
    document.removeEventListener("keydown", this.onKey);
    this.root.remove();
  }
}
