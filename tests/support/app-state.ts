/**
 * What a running app shows and keeps, read the same way from a freshly started app and from one
 * reset for the next test (`app-reuse.ts`): the reset's test compares the two. Each part is
 * something a test can change and a later test could see: the page's look (theme, zoom, focus
 * mode, panels and their tab, find bar, dialogs, banners, title, status bar), the editor
 * (text, unsaved state, undo, caret, scroll, focus), the writer's switches and preferences
 * (localStorage), and the host's folders (working copies, backups, sidecars, recent files).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { AppHarness } from "./harness";

export interface AppState {
  readonly page: unknown;
  readonly storage: Record<string, string>;
  /** The story's folder, but the data folder a fresh app keeps inside it. */
  readonly storyDir: Record<string, string>;
  readonly dataDir: Record<string, string>;
}

/** Every file under `dir`, relative path -> content (a missing folder reads as empty). */
export function folderContents(dir: string, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    let names: string[];
    try {
      names = readdirSync(at).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(at, name);
      const rel = path.relative(dir, full);
      if (skip.includes(rel)) continue;
      if (statSync(full).isDirectory()) {
        out[`${rel}/`] = "";
        walk(full);
      } else out[rel] = readFileSync(full, "utf8");
    }
  };
  walk(dir);
  return out;
}

/** What the page shows and keeps, as plain data (a string run in the page: see page-waits.ts). */
const PAGE_STATE = `(() => {
  const app = window.draftwiseApp;
  const shown = (el) => !!el && getComputedStyle(el).display !== "none" && !el.closest("[hidden]");
  const analysis = app.features.find((f) => f.name === "analysis");
  const active = document.activeElement;
  const scroller = document.getElementById("editor-scroll");
  const html = document.documentElement;
  return {
    title: document.title,
    html: [...html.attributes].map((a) => a.name + "=" + a.value).sort(),
    body: [...document.body.attributes].map((a) => a.name + "=" + a.value).sort(),
    status: document.getElementById("status").innerText,
    banners: document.getElementById("banners").innerText,
    dialogs: [...document.querySelectorAll("dialog")].map((d) => (d.dataset.dialog ?? "?") + ":" + d.open),
    findBar: shown(document.querySelector(".find-bar")),
    find: [...document.querySelectorAll(".find-bar input, .find-bar [aria-pressed]")].map(
      (e) => (e.matches("input") ? e.value : e.getAttribute("aria-pressed")),
    ),
    panels: Object.fromEntries(["outline", "cast", "notes"].map((id) => [id, app.panels.isVisible(id)])),
    sides: ["left-panel", "right-panel"].map((id) => shown(document.getElementById(id))),
    tabs: [...document.querySelectorAll(".panel-tab")].map((t) => t.textContent + ":" + t.getAttribute("aria-selected")),
    outline: shown(document.getElementById("panel-outline")) ? document.getElementById("panel-outline").innerText : null,
    outlineFilter: [...document.querySelectorAll(".outline-filter, .outline-character")].map((e) => e.value),
    cast: shown(document.getElementById("panel-cast")) ? document.getElementById("panel-cast").innerText : null,
    notes: shown(document.getElementById("panel-notes")) ? document.getElementById("panel-notes").innerText : null,
    text: app.text(),
    file: app.file && { name: app.file.name, encoding: app.file.encoding },
    dirty: app.dirty,
    undo: app.commands.canRun("edit.undo"),
    redo: app.commands.canRun("edit.redo"),
    caret: [app.state.selection.anchor, app.state.selection.head],
    scrollTop: scroller ? scroller.scrollTop : null,
    focus: active === document.body ? "body" : active.closest(".ProseMirror") ? "story" : active.outerHTML.slice(0, 80),
    toggles: analysis ? analysis.getToggles() : null,
    storage: Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])),
  };
})()`;

/** The app's state now: page, storage and the host's folders. */
export async function appState(app: AppHarness): Promise<AppState> {
  const page = (await app.page.evaluate(PAGE_STATE)) as { storage: Record<string, string> };
  const { storage, ...rest } = page;
  return {
    page: rest,
    storage,
    storyDir: folderContents(app.dir, [path.relative(app.dir, app.dataDir)]),
    dataDir: folderContents(app.dataDir),
  };
}
