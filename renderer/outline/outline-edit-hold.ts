/**
 * An in-place edit open in an outline row (a title, a synopsis, a status, a chapter's title):
 * a redraw replaces every row, and with it the box the writer is typing in (an analysis result
 * lands while they type), so while the edit is open a redraw waits, and is done when it ends.
 */
export class EditHold {
  /** The edit open, if any. */
  private editing: object | null = null;
  /** A redraw asked for while an edit was open, done when it ends. */
  private held: { structural: boolean } | null = null;

  /** `redraw` draws the rows again (`structural`: scenes were added, removed or moved). */
  constructor(private readonly redraw: (structural: boolean) => void) {}

  /**
   * Whether a redraw must wait for the open edit (it is then held). A newly opened story
   * (`firstForStory`) draws at once; the old story's edit goes with it.
   */
  holds(structural: boolean, firstForStory: boolean): boolean {
    if (this.editing && !firstForStory) {
      this.held = { structural: structural || !!this.held?.structural };
      return true;
    }
    this.editing = null;
    this.held = null;
    return false;
  }

  /**
   * Marks an in-place edit open, now; the callback it returns ends it, draws what was held
   * back while it was open, then runs `then` (focus back to the row, as drawn now).
   */
  begin(then: () => void): () => void {
    const token = {};
    this.editing = token;
    return () => {
      if (this.editing === token) {
        this.editing = null;
        const held = this.held;
        this.held = null;
        if (held) this.redraw(held.structural);
      }
      then();
    };
  }
}
