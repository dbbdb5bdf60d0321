/**
 * The cast a pass works with: the writer's characters and those discovery finds, with the
 * first-person narrator marked. Both steps read the story whole, so each keeps what lets the
 * next pass skip it: discovery its inputs, the narrator's search the name owners of its cast.
 */
import { discoverCast, type LocalQuote, type QuoteStyle } from "../cast";
import type { NarratorClues } from "../cast/narrator-clues";
import { inferNarrator, nameOwners, withNarrator, type NameOwners } from "../cast/narrator-name";
import type { ParagraphNames } from "../cast/paragraph-names";
import { narratorOf } from "../cast/speakers";
import type { Character } from "../model";
import { sameNames } from "../pass-memo";
import { NARRATOR } from "../scenes";
import type { StoryText } from "../story";
import type { AnalyzerOptions } from "../analyzer";

/** The analyzer's cached per-paragraph readings the cast is found with. */
export interface CastReadings {
  namesIn(text: string, style: QuoteStyle): ParagraphNames;
  quotesIn(text: string, style: QuoteStyle): readonly LocalQuote[];
  cluesIn(text: string, quotes: readonly LocalQuote[], style: QuoteStyle): NarratorClues;
}

export class StoryCast {
  /** The last discovery's inputs (each prose paragraph's names, in order) and its cast. */
  private discovery: {
    style: QuoteStyle;
    names: readonly ParagraphNames[];
    cast: readonly Character[];
  } | null = null;
  /** Which character owns each name form, for the cast the narrator is looked for in. */
  private owners: { cast: readonly Character[]; of: NameOwners } | null = null;

  constructor(
    private readonly options: Pick<AnalyzerOptions, "cast" | "castIsPartial">,
    private readonly read: CastReadings,
  ) {}

  /** The story's cast: the given characters, those discovered, and the narrator marked. */
  of(story: StoryText, style: QuoteStyle): readonly Character[] {
    return this.narrated(story, style, this.discover(story, style));
  }

  /**
   * The discovered cast. Discovery reads nothing but each prose paragraph's names (and the
   * given cast, fixed per analyzer), and of their lowercase words only which words the story
   * has: when every paragraph reads as before, as after most keystrokes, the cast is the last
   * pass's, without tallying the whole story again.
   */
  private discover(story: StoryText, style: QuoteStyle): readonly Character[] {
    const names: ParagraphNames[] = [];
    for (const p of story.paragraphs) if (!p.isBreak) names.push(this.read.namesIn(p.text, style));
    const last = this.discovery;
    if (last && last.style === style && sameNames(last.names, names)) {
      this.discovery = { ...last, names };
      return last.cast;
    }
    const cast = discoverCast(
      story,
      this.options.cast ?? [],
      (text, style) => this.read.namesIn(text, style),
      style,
      this.options.castIsPartial,
    );
    this.discovery = { style, names, cast };
    return cast;
  }

  /**
   * The cast with its first-person narrator marked: the writer's when the cast marks one, else
   * the name the story gives (narrator-name.ts), which must be a given member when a whole cast
   * is given (the command line's); with none, or a partial one (`castIsPartial`, the app's), a
   * discovered character of that name or a new one.
   */
  private narrated(
    story: StoryText,
    style: QuoteStyle,
    cast: readonly Character[],
  ): readonly Character[] {
    if (narratorOf(cast) !== NARRATOR) return cast;
    const given = this.options.castIsPartial ? [] : (this.options.cast ?? []);
    // With a whole cast, only its members may tell the story; else any name the story shows.
    const pool = given.length > 0 ? given : cast;
    if (this.owners?.cast !== pool) this.owners = { cast: pool, of: nameOwners(pool) };
    const owners = this.owners.of;
    const name = inferNarrator(
      story.paragraphs.map((p) => ({
        text: p.text,
        isBreak: p.isBreak,
        quotes: p.isBreak ? [] : this.read.quotesIn(p.text, style),
      })),
      (written) => owners.resolve(written, given.length === 0),
      (p) => this.read.cluesIn(p.text, p.quotes, style),
      (name) => owners.formsOf(name),
    );
    return name === null ? cast : withNarrator(cast, name);
  }
}
