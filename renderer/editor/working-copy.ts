/**
 * The working copy: unsaved work kept in the app's data folder so a crash loses at most about
 * two seconds of typing. It holds the text and the writer's settings (the cast, ignored notes,
 * story words, the outline: what Save writes to the sidecar), and is written once typing (or a change of the
 * settings) pauses, and at the latest `MAX_WAIT_MS` after the first unsaved change however
 * steady the typing; it follows the story back to clean (undo to the saved text removes it); a
 * recovered copy on offer is kept untouched, settings and all, until the writer restores or
 * discards it. The page holds each story it opens (`HostApi.holdStory`): a second window of the
 * story takes the copy over, and this one hears of it (`onHeldElsewhere`).
 */
import type {
  HostApi,
  KeptSettings,
  OfferedCopy,
  RecoveredWork,
  WriteOrder,
} from "../../core/host-api";
import { Debounce } from "./debounce";

/** Quiet time after a keystroke before the working copy is written. */
const PAUSE_MS = 1000;
/** The longest a change waits for its working copy (the promise is about two seconds). */
const MAX_WAIT_MS = 1500;

/** What the keeper needs of the open story. */
export interface WorkingCopySource {
  /** The story's file, or "" for the untitled story (host-api.ts: `WorkingCopy`). */
  readonly path: string;
  /** Whether the document differs from the file. */
  readonly dirty: boolean;
  text(): string;
  /** The writer's settings as Save would write them to the sidecar (host-api.ts: `KeptSettings`). */
  settings(): KeptSettings;
}

/**
 * What one copy holds; no settings in a recovered copy written before copies kept them, and a
 * time only in a recovered copy put back (the host stamps the others).
 */
type Kept = Pick<RecoveredWork, "text" | "settings"> & { readonly savedAt?: string };

export class WorkingCopyKeeper {
  private readonly timer = new Debounce(() => void this.write(false), PAUSE_MS, MAX_WAIT_MS);
  /** Writes in order: an older text never lands after a newer one. */
  private queue: Promise<void> = Promise.resolve();
  /** A working copy may exist for the open story, so a clean story should remove it. */
  private stored = false;
  /** The recovered copy on offer: it stays as it is until the writer chooses. */
  private recovered: Kept | null = null;
  /** The story the recovered copy belongs to, as it was opened ("" for the untitled one). */
  private recoveredPath = "";
  /** Writes (or removals) sent to the host and not yet answered. */
  private writing = 0;
  /** Copies sent to the host, and how many had been when the last save started. */
  private sent = 0;
  private sentBeforeSave = 0;
  /** Names this keeper's writes to the host, which keeps the last one made (`WriteOrder`). */
  private readonly writer: string;
  private made = 0;
  /** The counts of writes (and saves) sent to the host and not yet answered. */
  private readonly unanswered = new Set<number>();
  /**
   * The newest count sent, by story path: a write of that copy made before it and not yet sent
   * is older, and not sent. By path: another file's copy (the new file's after Save As) holds
   * none of the old file's words, and the old file's discard must still go.
   */
  private readonly newestSent = new Map<string, number>();

  /**
   * Another window holds the story's copy (`HostApi.holdStory`): the host refused a write of
   * this one's copy of `path`. The app stops the writer typing where nothing keeps the words.
   */
  onHeldElsewhere: ((path: string) => void) | null = null;

  constructor(
    private readonly host: HostApi,
    private readonly source: () => WorkingCopySource,
  ) {
    this.writer = host.page ?? Math.random().toString(36).slice(2, 14);
  }

  /** The name this page's writes carry (`WriteOrder.writer`), which a `story-held` names. */
  get writerName(): string {
    return this.writer;
  }

  /**
   * This page edits `path` ("" untitled) now: the host keeps its copy and refuses another
   * window's (the last to open a story holds it). Before the copies that follow: a copy that
   * overtook it could be refused as another window's.
   */
  hold(path: string): Promise<void> {
    const held = this.queue.then(async () => {
      const result = await this.host.holdStory(path, this.writer);
      if (!result.ok) console.warn(`draftwise: ${result.error.message}`);
    });
    this.queue = held.catch((err: unknown) => console.warn("draftwise: story not held:", err));
    return this.queue;
  }

  /** The document or the writer's settings changed. */
  changed(): void {
    this.timer.poke();
  }

  /** A story was opened (`path`, "" untitled); `recovered` is its working copy when on offer. */
  opened(recovered: RecoveredWork | null, path: string): void {
    this.timer.cancel();
    this.stored = recovered !== null;
    this.recovered = recovered;
    this.recoveredPath = path;
    void this.hold(path);
  }

  /**
   * A save starts; resolves when no copy is on its way to the host. The host removes the
   * story's copy as it saves, and a copy landing after that would outlive the save (offered
   * on a later open whose outline file differs, as if the writer had not saved).
   */
  saving(): Promise<void> {
    this.sentBeforeSave = this.sent;
    return this.queue;
  }

  /**
   * Makes `call` (a save) with its place among this keeper's writes, taken as it reads the
   * text: the host's removal of the copy as it saves leaves a copy made after
   * (`SaveRequest.copyOrder`), and a copy made before that lands after it is skipped. Its own
   * count, so neither is a tie; until the call is answered, writes say they may overtake it.
   */
  async ordered<T>(call: (order: WriteOrder) => Promise<T>): Promise<T> {
    const order = this.sending(this.next(), null);
    try {
      return await call(order);
    } finally {
      this.unanswered.delete(order.n);
    }
  }

  /**
   * Removes the copy of `path`, a story this page no longer has open (saved under another
   * name), after the writes to it under way: sent at once, it could land before one of them,
   * which would then outlive it as the old file's unsaved work. Resolves to the host's
   * sentence when another window holds the story and nothing was discarded, else null: the
   * writer who asked must read why. With `offered`, the copy goes only if it is still the one
   * offered, which the host checks as it removes it (one step among the writes).
   */
  async discard(path: string, offered?: OfferedCopy): Promise<string | null> {
    let refusal: string | null = null;
    await this.enqueue(path, null, false, false, (message) => (refusal = message), offered);
    return refusal;
  }

  /**
   * The story was saved: the host removed its working copy, and puts back one still on offer.
   * A save under another name (Save As) removed no copy of the story on offer, which stays
   * that story's: put under the new name it would be offered as the new file's work.
   */
  saved(): void {
    this.timer.cancel();
    this.stored = false;
    const recovered = this.recovered;
    // enqueue never rejects (it reports failures itself); the save need not wait for it.
    if (recovered !== null && this.source().path === this.recoveredPath)
      void this.enqueue(this.recoveredPath, recovered);
    // A change made while the save was under way is not in it: keep it (its timer was cancelled).
    else if (this.source().dirty) this.timer.poke();
    // A copy sent while the save ran may have landed after the host removed the copy.
    else if (this.sent > this.sentBeforeSave) void this.enqueue(this.source().path, null);
  }

  /**
   * True when no write is due or under way: the disk holds what the keeper means to keep. A
   * test that claims a change writes no copy waits for this rather than for a length of time.
   */
  get quiet(): boolean {
    return !this.timer.pending && this.writing === 0;
  }

  /** True while a recovered copy waits for the writer's choice. */
  get holding(): boolean {
    return this.recovered !== null;
  }

  /** The writer chose (restored or discarded the recovered copy): keep their work from now on. */
  release(): Promise<void> {
    this.recovered = null;
    return this.flush();
  }

  /** Writes (or removes) the working copy now, e.g. before leaving the story. */
  flush(): Promise<void> {
    this.timer.cancel();
    return this.write(false);
  }

  /**
   * The page is being left: its copy goes to the host in this task, not after the answer to
   * an earlier write, which the page may not live to get (a tab closed while the pause's copy
   * of a novel was under way lost the words typed since). The host keeps the later of the two
   * whatever order they reach it in (`WriteOrder`). A writer who stays goes on as before.
   */
  leave(): void {
    this.timer.cancel();
    void this.write(true);
  }

  private write(now: boolean): Promise<void> {
    if (this.recovered !== null) return this.queue;
    const { path, dirty } = this.source();
    if (!dirty && !this.stored) return this.queue;
    // Read now, when it is due, not when an earlier write lets this one run.
    const source = this.source();
    const copy = dirty ? { text: source.text(), settings: source.settings() } : null;
    return this.enqueue(path, copy, now);
  }

  /**
   * Writes `copy` as the working copy after earlier writes, or removes the copy (null); `now`
   * sends it at once, beside any still under way, and later writes wait for both. `own`: the
   * open story's copy (not an old file's after Save As); `refused` hears the host's sentence
   * if another window holds the story.
   */
  private enqueue(
    path: string,
    copy: Kept | null,
    now = false,
    own = true,
    refused?: (message: string) => void,
    offered?: OfferedCopy,
  ): Promise<void> {
    if (own) this.stored = copy !== null;
    this.writing++;
    if (copy !== null) this.sent++;
    const made = this.next();
    const send = async (): Promise<void> => {
      // A write sent since holds newer words (the page's last copy, sent as it was left).
      if (made.n < (this.newestSent.get(path) ?? 0)) return;
      const order = this.sending(made, path);
      try {
        await this.send(path, copy, order, refused, offered);
      } finally {
        this.unanswered.delete(order.n);
      }
    };
    const sent = now ? Promise.all([this.queue, send()]) : this.queue.then(send);
    this.queue = sent
      .then(() => undefined)
      .catch((err: unknown) => console.warn("draftwise: working copy not kept:", err))
      .finally(() => this.writing--);
    return this.queue;
  }

  private next(): WriteOrder {
    return { writer: this.writer, n: ++this.made };
  }

  /**
   * `order` as sent now: with the counts still unanswered, which it may overtake. A write of
   * the copy of `path` makes that copy's older writes not sent stale; a save's (null) does
   * not: if the save fails, that copy holds the newest unsaved words.
   */
  private sending(order: WriteOrder, path: string | null): WriteOrder {
    const sent = { ...order, overtakes: [...this.unanswered] };
    this.unanswered.add(order.n);
    if (path !== null) this.newestSent.set(path, Math.max(this.newestSent.get(path) ?? 0, order.n));
    return sent;
  }

  private async send(
    path: string,
    copy: Kept | null,
    order: WriteOrder,
    refused?: (message: string) => void,
    offered?: OfferedCopy,
  ): Promise<void> {
    const result =
      copy === null
        ? await (offered
            ? this.host.discardWorkingCopy(path, order, offered)
            : this.host.discardWorkingCopy(path, order))
        : await this.host.backupWorkingCopy(
            {
              path,
              text: copy.text,
              // A copy written before copies kept settings is put back as it was: text only.
              ...(copy.settings ? { settings: copy.settings } : {}),
              ...(copy.savedAt ? { savedAt: copy.savedAt } : {}),
            },
            order,
          );
    if (result.ok) return;
    console.warn(`draftwise: working copy not kept: ${result.error.message}`);
    if (result.error.code === "changed-since-offered") return refused?.(result.error.message);
    if (result.error.code !== "held-elsewhere") return;
    refused?.(result.error.message);
    this.onHeldElsewhere?.(path);
  }
}
