/**
 * One part of `npm run eval`: a measure over a folder of stories with gold files. Each area of
 * the analysis (speakers, voice notes, scenes) owns one section; `run.ts` prints them in order.
 */
import type { EvalStory } from "./stories";

export interface SectionResult {
  /** Human-readable lines: a table or a short summary. */
  readonly lines: readonly string[];
  /** The same numbers as plain data, for `--json`. */
  readonly json: unknown;
}

export interface EvalSection {
  /** Key in the JSON output and heading in the text output. */
  readonly name: string;
  /** Null when no story in the folder has gold for this section. */
  run(stories: readonly EvalStory[]): SectionResult | null;
}
