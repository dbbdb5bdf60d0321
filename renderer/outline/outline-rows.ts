/**
 * The outline's two kinds of row as elements: a scene's (number, title, words, chips, status,
 * synopsis, and its spoken label) and a chapter's (toggle, title, words), with the chapter row's
 * collapsed state shown on it. Building a row needs only the scene or chapter and its figures,
 * so it is its own module; the panel keeps what is shown, where and when.
 */
import { el } from "../ui/dom";
import type { ChapterStart } from "./outline-chapters";
import { opensOnSuggestion, sceneLabel, type SceneSummary } from "./outline-data";
import { statusButton, synopsisButton, titleButton } from "./outline-editors";

/** A scene's row; `total` scenes and its `words` (null until counted) go into its label. */
export function buildSceneRow(
  scene: SceneSummary,
  total: number,
  words: number | null,
): HTMLLIElement {
  const li = el("li", "outline-item");
  li.dataset.index = String(scene.index);
  li.dataset.id = scene.id;
  li.dataset.source = scene.source;
  li.dataset.status = scene.status;
  if (opensOnSuggestion(scene)) {
    li.dataset.suggested = "";
    li.title = "A suggested scene break: detection is not sure of it";
  }
  li.draggable = true;
  li.tabIndex = -1;
  li.setAttribute("aria-label", sceneLabel(scene, total, words));

  const top = el("div", "outline-top");
  const num = el("span", "outline-num", String(scene.index + 1));
  num.setAttribute("aria-hidden", "true");
  top.append(num, titleButton(scene.title), el("span", "outline-words"));
  const meta = el("div", "outline-meta");
  meta.append(el("span", "outline-chips"), statusButton(scene.status));
  li.append(top, meta);
  if (opensOnSuggestion(scene)) li.append(breakChoice(scene.index));
  li.append(synopsisButton(scene.index, scene.synopsis));
  return li;
}

/**
 * The two answers to a suggested break, on its row: keep it as the writer's, or remove it
 * (the scene joins the one before). Out of the tab order, as the row's other buttons.
 */
function breakChoice(index: number): HTMLElement {
  const choice = el("div", "outline-break-choice", "Suggested break");
  const answers = [
    ["keep", "Keep", `Keep the break before scene ${index + 1} (detection only suggests it)`],
    ["remove", "Remove", `Remove the suggested break: scene ${index + 1} joins the one before`],
  ] as const;
  for (const [act, text, label] of answers) {
    const button = el("button", `outline-break-${act}`, text);
    button.type = "button";
    button.tabIndex = -1;
    button.dataset.act = act;
    button.title = label;
    button.setAttribute("aria-label", label);
    choice.append(button);
  }
  return choice;
}

/** Chapter `k`'s row, its collapsed state still to be shown (showChapterCollapsed). */
export function buildChapterRow(chapter: ChapterStart, k: number): HTMLLIElement {
  const li = el("li", "outline-chapter");
  li.dataset.chapter = String(k);
  li.tabIndex = -1;
  li.draggable = true;
  const toggle = el("button", "outline-chapter-toggle");
  toggle.type = "button";
  toggle.tabIndex = -1;
  toggle.setAttribute("aria-hidden", "true");
  const title = el("span", "outline-chapter-title", chapter.title);
  title.title = `${chapter.title} (F2 to rename)`;
  li.append(toggle, title, el("span", "outline-chapter-words"));
  return li;
}

/** Shows a chapter row collapsed or expanded, in its toggle and its spoken label. */
export function showChapterCollapsed(
  row: HTMLElement,
  chapter: ChapterStart | undefined,
  collapsed: boolean,
): void {
  row.setAttribute("aria-expanded", String(!collapsed));
  row.querySelector(".outline-chapter-toggle")!.textContent = collapsed ? "▸" : "▾";
  row
    .querySelector(".outline-chapter-toggle")!
    .setAttribute("title", collapsed ? "Show the chapter's scenes" : "Hide the chapter's scenes");
  const words = row.querySelector(".outline-chapter-words")!.textContent;
  row.setAttribute(
    "aria-label",
    `Chapter: ${chapter?.title ?? ""}${words ? `, ${words.replace(/ w$/u, " words")}` : ""}`,
  );
}

/** The scene row an event's target is in, if any. */
export function sceneRowOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(".outline-item") : null;
}

/** The index of the chapter whose row an event's target is in, -1 when none. */
export function chapterRowIndexOf(target: EventTarget | null): number {
  return target instanceof Element
    ? Number(target.closest<HTMLElement>(".outline-chapter")?.dataset.chapter ?? -1)
    : -1;
}
