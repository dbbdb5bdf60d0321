/**
 * The session word target: words written since the story was opened, against an optional goal
 * the writer sets from the status bar or the command `view.sessionTarget` (arg: a number, or 0
 * to clear). The goal is remembered; the session count starts afresh with each open.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { OpenedStory } from "../../core/host-api";
import type { AppCommand } from "../editor/command-registry";
import type { App, Feature } from "../editor/feature";
import type { StatusPart } from "../editor/status-bar";
import { wordsIn, formatCount } from "../editor/word-count";

const TARGET_KEY = "draftwise.sessionTarget";

function readTarget(): number {
  const n = Number(localStorage.getItem(TARGET_KEY) ?? "0");
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

export function sessionProgress(written: number, target: number): string {
  const sign = written >= 0 ? "+" : "−";
  const count = `${sign}${formatCount(Math.abs(written))}`;
  if (target <= 0) return `${count} this session`;
  const percent = Math.max(0, Math.min(100, Math.round((written / target) * 100)));
  return `${count} / ${formatCount(target)} (${percent}%)`;
}

class SessionTarget implements Feature {
  readonly name = "sessionTarget";
  private start: number | null = null;
  /** The document as opened; its words are counted when the status bar first asks. */
  private opened: PMNode | null = null;
  private target = readTarget();

  commands(): AppCommand<App>[] {
    return [
      {
        id: "view.sessionTarget",
        label: "Session Word Target…",
        run: (a, arg) => {
          if (arg === undefined) this.ask(a);
          else this.setTarget(a, Number(arg));
          return true;
        },
      },
    ];
  }

  /** Each opened story starts a new session. */
  prepareDoc(_app: App, _story: OpenedStory, doc: PMNode): PMNode {
    this.start = null;
    this.opened = doc;
    return doc;
  }

  status(app: App): readonly StatusPart[] {
    this.start ??= this.opened ? wordsIn(this.opened) : null;
    this.opened = null;
    const written = wordsIn(app.state.doc) - (this.start ?? wordsIn(app.state.doc));
    return [
      {
        role: "session",
        text: sessionProgress(written, this.target),
        title: "Words this session; click to set a target",
        onClick: () => this.ask(app),
      },
    ];
  }

  private setTarget(app: App, target: number): void {
    this.target = Number.isFinite(target) && target > 0 ? Math.floor(target) : 0;
    localStorage.setItem(TARGET_KEY, String(this.target));
    app.refreshStatus();
  }

  /** An inline number field in the status bar: Enter sets, Escape cancels. */
  private ask(app: App): void {
    const part = app.elements.status.querySelector<HTMLElement>("[data-status=session]");
    if (!part) return;
    const input = document.createElement("input");
    input.type = "number";
    input.min = "0";
    input.step = "50";
    input.className = "status-session-input";
    input.value = this.target ? String(this.target) : "";
    input.placeholder = "words";
    input.setAttribute("aria-label", "Session word target (0 clears it)");
    part.replaceWith(input);
    input.focus();
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") this.setTarget(app, Number(input.value));
      if (event.key === "Escape") app.refreshStatus();
      if (event.key === "Enter" || event.key === "Escape") app.view.focus();
    });
    input.addEventListener("blur", () => app.refreshStatus());
  }
}

export const sessionTarget = (): Feature => new SessionTarget();
