/**
 * Which window (page) holds each story's working copy: the last to open it (`HostApi.holdStory`).
 * Two windows of one story would otherwise each write over the other's copy, and a crash would
 * offer whichever came last; the holder's copy writes are kept, another page's refused. One
 * entry a story, replaced by each open, not one a page. Keyed by the file's real path, not the
 * resolved one: the copy follows the file whatever name reaches it (working-copies.ts), so two
 * windows that open it through a symlinked folder hold one copy.
 */
import path from "node:path";
import type { HostResult, WriteOrder } from "../../core/host-api";
import { copyPathOf } from "./working-copies";

const key = async (storyPath: string): Promise<string> =>
  storyPath === "" ? "" : copyPathOf(storyPath);

export class StoryHolds {
  /** The holder's writer name (`WriteOrder.writer`), by story. */
  private readonly holders = new Map<string, string>();

  /** `writer`'s page holds `storyPath` ("" untitled) now; whether another page held it before. */
  async hold(storyPath: string, writer: string): Promise<boolean> {
    const story = await key(storyPath);
    const before = this.holders.get(story);
    this.holders.set(story, writer);
    return before !== undefined && before !== writer;
  }

  /** `writer`'s page went away (its last calls answered): the stories it held are nobody's. */
  letGo(writer: string): void {
    for (const [story, holder] of this.holders) if (holder === writer) this.holders.delete(story);
  }

  /** No page holds anything (Electron's one window closed). */
  letGoAll(): void {
    this.holders.clear();
  }

  /** Whether another page than `order`'s holds the story (no order: an older caller). */
  async elsewhere(storyPath: string, order: WriteOrder | undefined): Promise<boolean> {
    if (order === undefined || this.holders.size === 0) return false;
    return (this.holders.get(await key(storyPath)) ?? order.writer) !== order.writer;
  }
}

/**
 * What a refused copy write or save's removal of the copy answers, or a refused discard
 * (`discarding`): one sentence the writer reads, saying what to do.
 */
export function notHeld(storyPath: string, discarding = false): HostResult<never> {
  const name = storyPath === "" ? "Untitled" : path.basename(storyPath);
  return {
    ok: false,
    error: {
      code: "held-elsewhere",
      message: discarding
        ? `Not discarded: "${name}" is open in another Draftwise window, which keeps its unsaved work; discard it there, or close that window and discard it here.`
        : `"${name}" is open in another Draftwise window, which keeps its unsaved work; this window's was not kept.`,
    },
  };
}

/**
 * What a discard of the copy as offered answers when the copy changed since (a window that
 * held it went on writing it, then closed): kept, and the writer is offered it as it is now.
 */
export function notAsOffered(storyPath: string): HostResult<never> {
  const name = storyPath === "" ? "the untitled story" : `"${path.basename(storyPath)}"`;
  return {
    ok: false,
    error: {
      code: "changed-since-offered",
      message: `Not discarded: ${name} changed since it was offered (another window went on writing it); here it is as it is now.`,
    },
  };
}
