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
import { rememberTabStory } from "./tab-story";
import { diffParagraphs, summarizeChanges, type ParagraphChange } from "./paragraph-diff";

const ENCODINGS: readonly { readonly name: TextEncodingName; readonly label: string }[] = [
  { name: "utf-8", label: "UTF-8" },
  { name: "windows-1252", label: "Windows-1252" },
  { name: "utf-16le", label: "UTF-16 LE" },
  { name: "utf-16be", label: "UTF-16 BE" },
];

/** "the cast", "the cast and ignored notes", "the cast, ignored notes and the story dictionary". */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

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
  private openFile: OpenFile | null = null;

  /** The open story's identity on disk; null for an untitled story. */
  get file(): OpenFile | null {
    return this.openFile;
  }

  /** Setting it keeps the story as the tab's, for a reload (tab-story.ts). */
  set file(file: OpenFile | null) {
    this.openFile = file;
    rememberTabStory(file?.path ?? null);
  }

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
   * Offers unsaved work found from a session that ended without saving, saying what differs:
   * the text, the writer's settings (a Cast panel change, an Ignore, a story word), or both.
   * The writer must choose: until then the recovered copy stays as it is (typing meanwhile does
   * not replace it), so a second crash still finds it.
   */
  offerRecovery(story: OpenedStory, recovery: RecoveredWork): void {
    const textDiffers = recovery.text !== story.text;
    const settings = recovery.settings ? this.app.keptDifferences(recovery.settings) : [];
    // The host compares the copy's settings as stored; read as the app reads a sidecar they are
    // the story's own: nothing to offer, and the copy, the same as the file, goes.
    if (!textDiffers && settings.length === 0) return void this.app.workingCopy.release();
    const when = new Date(recovery.savedAt).toLocaleString();
    const changes = `changes to ${listed(settings)}`;
    const message = !textDiffers
      ? `Unsaved ${changes} from ${when} were found for "${story.name}". Restore them?`
      : `Unsaved work from ${when} was found for "${story.name}": ${summarizeChanges(diffParagraphs(story.text, recovery.text))} compared with the file${settings.length ? `, and ${changes}` : ""}. Restore it?`;
    // A new untitled story carries the earlier untitled work: one offer of it, not two.
    if (!story.path) this.untitledOffer.closeAll();
    this.questions.keep(
      "recovery",
      this.app.banner(
        message,
        "warning",
        [
          {
            label: "Restore",
            run: () => {
              // An offer of settings alone puts back the settings: text typed since opening stays.
              this.app.replaceText(
                textDiffers ? recovery.text : this.app.text(),
                recovery.settings,
              );
              return this.app.workingCopy.release();
            },
          },
          {
            label: "Discard",
            run: async () => {
              // Through the keeper, in order and as this window's: refused while another
              // window holds the story, whose copy it no longer is; this window then turns
              // read-only and says so (`App.heldElsewhere`), the offer taken back.
              if ((await this.app.workingCopy.discard(story.path)) !== null) return;
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
   * Another window holds the open story and writes its copy from now on: an offer of that copy
   * made here may be outdated by its words, and a Discard (once that window has gone) would
   * remove words it never showed. Open Here offers the copy as it is then.
   */
  withdrawRecovery(): void {
    this.questions.close("recovery");
  }

  /**
   * Offers an untitled story that a session ended without saving. Opening it makes it the
   * current (unsaved) story, its settings too; until the writer chooses, its copy is kept. A
   * copy that could not be read was set aside by the host, which says where.
   */
  async offerUntitledWork(openUntitled: (work: RecoveredWork) => Promise<boolean>): Promise<void> {
    const found = await this.app.host.untitledWorkingCopy();
    if (!found.ok) {
      if (found.error.code === "unreadable")
        this.untitledOffer.keep(
          "untitled-unreadable",
          this.app.banner(found.error.message, "warning", [], "untitled-unreadable"),
        );
      return;
    }
    if (!found.value) return;
    const work = found.value;
    const words = work.text.split(/\s+/).filter(Boolean).length;
    // An untitled story has no sidecar: every setting it kept is new.
    const settings = work.settings ? this.app.keptDifferences(work.settings, {}) : [];
    const also = settings.length ? `, with changes to ${listed(settings)}` : "";
    this.untitledOffer.keep(
      "untitled-recovery",
      this.app.banner(
        `An untitled story from ${new Date(work.savedAt).toLocaleString()} was never saved (${words} word${words === 1 ? "" : "s"}${also}). Open it?`,
        "warning",
        [
          { label: "Open it", run: () => this.app.leaveStory("open it", () => openUntitled(work)) },
          // Through the keeper, in order and as this window's: refused while another window
          // holds the untitled story, whose work in progress this copy is; then said, and
          // offered again (once that window is closed, Discard here is done).
          {
            label: "Discard",
            run: async () => {
              // The work shown, not words a window wrote since (then closed): the host removes
              // the copy only if it is still this one, checked as it removes it; else it is
              // kept, said, and offered as it is now.
              const offered = { savedAt: work.savedAt, text: work.text };
              if (this.discardRefused(await this.app.workingCopy.discard("", offered)))
                await this.offerUntitledWork(openUntitled);
            },
          },
        ],
        "untitled-recovery",
        false,
      ),
    );
  }

  /** Says why a Discard did nothing (`refusal`, the host's sentence); whether there was one. */
  private discardRefused(refusal: string | null): boolean {
    if (refusal !== null) this.app.banner(refusal, "warning", [], "discard-refused");
    return refusal !== null;
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
