/**
 * Ranges inside one paragraph, the unit the analysis answers in. Apart from the protocol so the
 * packed mention table (mention-table.ts) and the messages that carry it need not name each other.
 */

/** A range inside one paragraph (offsets relative to the paragraph's text). */
export interface LocalRange {
  readonly paragraph: number;
  readonly from: number;
  readonly to: number;
}

export interface LocalMention extends LocalRange {
  readonly character: string;
}
