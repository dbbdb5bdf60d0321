/**
 * Where features put their panels: the left side holds the outline, the right side holds tabs
 * (Cast, Notes...). Features ask for a panel by id and get an element to render into; they can
 * show, hide and toggle it (View menu, focus mode).
 */

export type PanelSide = "left" | "right";

const FOCUSABLE = "button, input, select, textarea, [href], [tabindex]";

interface PanelEntry {
  readonly id: string;
  readonly side: PanelSide;
  readonly body: HTMLElement;
  readonly tab?: HTMLButtonElement;
}

export class PanelHost {
  private readonly panels = new Map<string, PanelEntry>();
  /** Renders put off while their panel was hidden: a hidden panel builds no DOM. */
  private readonly pending = new Map<string, () => void>();
  private readonly tabBar: HTMLElement;
  private readonly rightBody: HTMLElement;
  /** Where Escape in a panel (outside a field) sends focus: the story, set by the app. */
  onEscape: () => void = () => undefined;

  constructor(
    private readonly left: HTMLElement,
    private readonly right: HTMLElement,
  ) {
    for (const side of [left, right])
      side.addEventListener("keydown", (event) => {
        const target = event.target as HTMLElement;
        // A field's Escape cancels its own edit (a rename); a handled one is not ours either.
        // A switch (checkbox, radio) has no edit to cancel: Escape leaves the panel from it.
        if (
          event.key !== "Escape" ||
          event.defaultPrevented ||
          (target.matches("input, textarea, select") &&
            !target.matches("input[type=checkbox], input[type=radio]"))
        )
          return;
        event.preventDefault();
        this.onEscape();
      });
    this.tabBar = document.createElement("div");
    this.tabBar.className = "panel-tabs";
    this.tabBar.setAttribute("role", "tablist");
    this.rightBody = document.createElement("div");
    this.rightBody.className = "panel-tab-bodies";
    right.append(this.tabBar, this.rightBody);
  }

  /** Creates a panel; on the right it becomes a tab labelled `title`. */
  add(id: string, title: string, side: PanelSide): HTMLElement {
    const body = document.createElement("section");
    body.className = `panel-body panel-${id}`;
    body.id = `panel-${id}`;
    body.setAttribute("aria-label", title);
    if (side === "left") {
      this.left.append(body);
      this.panels.set(id, { id, side, body });
      return body;
    }
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = "panel-tab";
    tab.textContent = title;
    tab.dataset.panel = id;
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", body.id);
    tab.addEventListener("click", () => this.show(id));
    body.setAttribute("role", "tabpanel");
    this.tabBar.append(tab);
    this.rightBody.append(body);
    this.panels.set(id, { id, side, body, tab });
    if (
      this.panels.size === 1 ||
      ![...this.panels.values()].some((p) => p.side === "right" && !p.body.hidden && p.id !== id)
    )
      this.show(id);
    else {
      body.hidden = true;
      // A tab says it is not selected, as the others do once another is chosen.
      tab.setAttribute("aria-selected", "false");
    }
    return body;
  }

  /**
   * Runs `render` now when the panel is visible, otherwise when it is next shown (the latest
   * render wins). Panels redraw through this, so a hidden tab costs nothing per analysis.
   */
  whenVisible(id: string, render: () => void): void {
    if (this.isVisible(id)) {
      this.pending.delete(id);
      this.redraw(id, render);
    } else this.pending.set(id, render);
  }

  private flush(): void {
    for (const [id, render] of [...this.pending]) {
      if (!this.isVisible(id)) continue;
      this.pending.delete(id);
      this.redraw(id, render);
    }
  }

  /**
   * Runs a panel's render; when it replaced the element that had focus (an analysis landing
   * while the writer works the panel from the keyboard), focus goes back into the panel
   * instead of falling to the page, where no key reaches anything.
   */
  private redraw(id: string, render: () => void): void {
    const entry = this.panels.get(id);
    const hadFocus = !!entry && entry.body.contains(document.activeElement);
    render();
    const lost = !document.activeElement || document.activeElement === document.body;
    if (entry && hadFocus && lost) this.focusInside(entry.body);
  }

  /** Shows a panel (on the right, selects its tab) and its side. */
  show(id: string): void {
    const entry = this.panels.get(id);
    if (!entry) return;
    if (entry.side === "right") {
      for (const other of this.panels.values()) {
        if (other.side !== "right") continue;
        other.body.hidden = other.id !== id;
        other.tab?.setAttribute("aria-selected", String(other.id === id));
      }
    }
    this.sideElement(entry.side).hidden = false;
    this.flush();
  }

  /** Whether a panel is visible now. */
  isVisible(id: string): boolean {
    const entry = this.panels.get(id);
    return !!entry && !entry.body.hidden && !this.sideElement(entry.side).hidden;
  }

  /**
   * Shows a panel and moves focus into it (its current item, else its first control); when
   * focus is in it already, hides its side and returns false, so the caller puts focus back.
   */
  focus(id: string): boolean {
    const entry = this.panels.get(id);
    if (!entry) return false;
    if (this.isVisible(id) && entry.body.contains(document.activeElement)) {
      this.sideElement(entry.side).hidden = true;
      return false;
    }
    this.show(id);
    this.focusInside(entry.body);
    return true;
  }

  /** Focuses a panel's current item, else its first control, else the panel itself. */
  private focusInside(body: HTMLElement): void {
    const target =
      body.querySelector<HTMLElement>('[tabindex="0"]') ??
      [...body.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
        (e) => e.tabIndex >= 0 && !e.closest("[hidden]") && !(e as HTMLButtonElement).disabled,
      );
    if (target) target.focus();
    else {
      body.tabIndex = -1;
      body.focus();
    }
  }

  setSideVisible(side: PanelSide, visible: boolean): void {
    this.sideElement(side).hidden = !visible;
    this.flush();
  }

  private sideElement(side: PanelSide): HTMLElement {
    return side === "left" ? this.left : this.right;
  }
}
