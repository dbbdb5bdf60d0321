/**
 * The open file and the writer-facing side of safe editing: the file's identity on disk, the
 * recovery offer, the encoding choices, a damaged sidecar, the changed-on-disk Compare panel,
 * and the questions a save can raise (replacement characters, characters the file's encoding
 * cannot store). The app owns one and sets `file` as stories open and save; the session talks
 * to the host only through the app.
 */
import type { HostError, OpenedStory, RecoveredWork, TextEncodingName } from "../../core/host-api";
import type { App, OpenFile } from "./feature";
import { BannerGroup, type BannerAction } from "./banners";
import { diffParagraphs, summarizeChanges, type ParagraphChange } from "./paragraph-diff";

const ENCODINGS: readonly { readonly name: TextEncodingName; readonly label: string }[] = [
  { name: "utf-8", label: "UTF-8" },
  { name: "windows-1252", label: "Windows-1252" },
  { name: "utf-16le", label: "UTF-16 LE" },
  { name: "utf-16be", label: "UTF-16 BE" },
];

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat || "(nothing)";
}

function changeRow(change: ParagraphChange): HTMLElement {
  const row = document.createElement("li");
  row.dataset.change = change.kind;
  const where = change.after >= 0 ? change.after + 1 : change.before + 1;
  const title = document.createElement("strong");
  title.textContent = `¶ ${where}: ${change.kind === "changed" ? "differs" : change.kind === "added" ? "only in your version" : "only on disk"}`;
  row.append(title);
  if (change.kind !== "added")
    row.append(
      Object.assign(document.createElement("div"), {
        className: "compare-disk",
        textContent: `On disk: ${snippet(change.beforeText)}`,
      }),
    );
  if (change.kind !== "removed")
    row.append(
      Object.assign(document.createElement("div"), {
        className: "compare-mine",
        textContent: `Yours: ${snippet(change.afterText)}`,
      }),
    );
  return row;
}

export class FileSession {
  /** The open story's identity on disk; null for an untitled story. */
  file: OpenFile | null = null;

  /** The questions this session raised about the open story, and the Compare panel. */
  private readonly questions = new BannerGroup();
  /**
   * The offer of an untitled story an earlier session left unsaved: not about the open story,
   * so opening another keeps it; it goes when that work becomes the open story's own offer.
   */
  private readonly untitledOffer = new BannerGroup();

  constructor(private readonly app: App) {}

  /** The story goes (a reopen, another story): its questions go with it. */
  closeQuestions(): void {
    this.questions.closeAll();
  }

  /** Closes the Compare panel, if open (a save answered the changed-on-disk question). */
  closeCompare(): void {
    this.questions.close("compare");
  }

  /**
   * The sidecar's parsed JSON (scenes, cast, dismissals); a missing one is empty. A damaged one
   * is reported and ignored: the story still opens, and the next save rewrites it.
   */
  readSidecar(story: OpenedStory): Record<string, unknown> {
    if (story.sidecarError) this.app.banner(story.sidecarError, "warning");
    if (!story.sidecar) return {};
    try {
      const data: unknown = JSON.parse(story.sidecar);
      if (typeof data === "object" && data !== null && !Array.isArray(data))
        return data as Record<string, unknown>;
    } catch {
      // Reported below.
    }
    this.app.banner(
      `The outline file next to "${story.name}" is damaged; scenes were detected again. It will be rewritten on save.`,
      "warning",
    );
    return {};
  }

  /** "Reopen with encoding…" for a story decoded by guesswork or with unreadable characters. */
  encodingActions(story: OpenedStory): BannerAction[] {
    const guessed = story.encoding === "windows-1252" || story.text.includes("\uFFFD");
    if (!guessed) return [];
    return [
      {
        label: "Reopen with encoding…",
        run: () =>
          this.questions.keep(
            "encoding-choice",
            this.app.banner(
              `Reopen "${story.name}" as:`,
              "info",
              ENCODINGS.filter((e) => e.name !== story.encoding).map((e) => ({
                label: e.label,
                run: () => this.app.open({ path: story.path, encoding: e.name }),
              })),
              "encoding-choice",
            ),
          ),
      },
    ];
  }

  /** Choices for a refused open: a file that is UTF-16 without a byte-order mark can be reopened as such. */
  openErrorActions(path: string | undefined, error: HostError): BannerAction[] {
    const utf16 = error.code === "binary" ? /UTF-16 (LE|BE)/.exec(error.message) : null;
    if (!utf16 || !path) return [];
    const encoding: TextEncodingName = utf16[1] === "LE" ? "utf-16le" : "utf-16be";
    return [
      { label: `Reopen as UTF-16 ${utf16[1]}`, run: () => this.app.open({ path, encoding }) },
    ];
  }

  /**
   * Offers unsaved work found from a session that ended without saving, saying how it differs.
   * The writer must choose: until then the recovered copy stays as it is (typing meanwhile does
   * not replace it), so a second crash still finds it.
   */
  offerRecovery(story: OpenedStory, recovery: RecoveredWork): void {
    const when = new Date(recovery.savedAt).toLocaleString();
    const summary = summarizeChanges(diffParagraphs(story.text, recovery.text));
    // A new untitled story carries the earlier untitled work: one offer of it, not two.
    if (!story.path) this.untitledOffer.closeAll();
    this.questions.keep(
      "recovery",
      this.app.banner(
        `Unsaved work from ${when} was found for "${story.name}": ${summary} compared with the file. Restore it?`,
        "warning",
        [
          {
            label: "Restore",
            run: () => {
              this.app.replaceText(recovery.text);
              return this.app.workingCopy.release();
            },
          },
          {
            label: "Discard",
            run: async () => {
              await this.app.host.discardWorkingCopy(story.path);
              await this.app.workingCopy.release();
            },
          },
        ],
        "recovery",
        false,
      ),
    );
  }

  /**
   * Offers an untitled story that a session ended without saving. Opening it makes it the
   * current (unsaved) story; until the writer chooses, its copy is kept.
   */
  async offerUntitledWork(openUntitled: (text: string) => Promise<boolean>): Promise<void> {
    const found = await this.app.host.untitledWorkingCopy();
    if (!found.ok || !found.value) return;
    const { text, savedAt } = found.value;
    const words = text.split(/\s+/).filter(Boolean).length;
    this.untitledOffer.keep(
      "untitled-recovery",
      this.app.banner(
        `An untitled story from ${new Date(savedAt).toLocaleString()} was never saved (${words} word${words === 1 ? "" : "s"}). Open it?`,
        "warning",
        [
          { label: "Open it", run: () => this.app.leaveStory("open it", () => openUntitled(text)) },
          { label: "Discard", run: () => this.app.host.discardWorkingCopy("") },
        ],
        "untitled-recovery",
        false,
      ),
    );
  }

  /**
   * Extra choices for a failed save: consent to replacement characters, or switching to UTF-8.
   * `retry` repeats the same save (Save or Save As) with the writer's consent added.
   */
  saveErrorActions(
    error: HostError,
    retry: (consent: { allowReplacementCharacters?: boolean }) => Promise<boolean>,
  ): BannerAction[] {
    if (error.code === "needs-confirmation")
      return [{ label: "Save anyway", run: () => retry({ allowReplacementCharacters: true }) }];
    if (error.code === "unencodable" && this.file) {
      return [
        {
          label: "Save as UTF-8",
          run: () => {
            if (this.file) this.file = { ...this.file, encoding: "utf-8" };
            return retry({});
          },
        },
      ];
    }
    return [];
  }

  /** Reads the file as it is on disk now and lists the paragraphs that differ from the editor's. */
  async compareWithDisk(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const disk = await this.app.host.openStory({ path: file.path, encoding: file.encoding });
    if (!disk.ok) return this.app.showError(disk.error);
    const changes = diffParagraphs(disk.value.text, this.app.text());
    const container = this.app.elements.banners;
    this.closeCompare();
    const panel = document.createElement("section");
    panel.className = "compare-panel";
    panel.setAttribute("aria-label", "Compare with the file on disk");
    const heading = document.createElement("p");
    heading.textContent = `Your version against "${file.name}" on disk: ${summarizeChanges(changes)}.`;
    const list = document.createElement("ol");
    for (const change of changes.slice(0, 50)) list.append(changeRow(change));
    const close = Object.assign(document.createElement("button"), {
      type: "button",
      textContent: "Close",
    });
    close.addEventListener("click", () => panel.remove());
    panel.append(heading, list, close);
    container.append(panel);
    this.questions.keep("compare", () => panel.remove());
    // Comparing answers nothing yet: the Reload / Overwrite question stays open.
    this.app.notifyChangedOnDisk();
  }
}
