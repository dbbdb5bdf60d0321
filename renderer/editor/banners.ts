/** Banners above the editor: file problems, recovery offers, changed-on-disk choices. */

export interface BannerAction {
  readonly label: string;
  run(): unknown;
}

export type BannerKind = "info" | "warning" | "error";

/**
 * Shows a banner with optional actions and a Dismiss button; returns a function that removes
 * it. A question the writer must answer (`dismissable` false) has no Dismiss.
 */
export function showBanner(
  container: HTMLElement,
  message: string,
  kind: BannerKind = "info",
  actions: readonly BannerAction[] = [],
  id?: string,
  dismissable = true,
): () => void {
  if (id) container.querySelector(`[data-banner-id="${CSS.escape(id)}"]`)?.remove();
  const banner = document.createElement("div");
  banner.className = `banner banner-${kind}`;
  banner.setAttribute("role", kind === "error" ? "alert" : "status");
  if (id) banner.dataset.bannerId = id;
  const text = document.createElement("span");
  text.className = "banner-message";
  text.textContent = message;
  banner.append(text);
  const close = (): void => banner.remove();
  const dismiss = dismissable ? [{ label: "Dismiss", run: () => undefined }] : [];
  for (const action of [...actions, ...dismiss]) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = action.label;
    button.addEventListener("click", () => {
      close();
      void action.run();
    });
    banner.append(button);
  }
  container.append(banner);
  return close;
}

/**
 * The banners one module raised about the open story, by id, so that module can close them
 * when the story goes (or the question is answered) without reaching into the page.
 */
export class BannerGroup {
  private readonly closers = new Map<string, () => void>();

  /** Keeps `close` (what `showBanner` returned) under `id`; returns it. */
  keep(id: string, close: () => void): () => void {
    this.closers.set(id, close);
    return close;
  }

  close(id: string): void {
    this.closers.get(id)?.();
    this.closers.delete(id);
  }

  closeAll(): void {
    for (const close of this.closers.values()) close();
    this.closers.clear();
  }
}
