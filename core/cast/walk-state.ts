/**
 * The speaker walk's state: what it carries from one paragraph to the next (salience, the last
 * speakers, who was addressed, who is away, who is handed the next line), what it holds for the
 * paragraph being read (resolved references, tag references, the lines' calls), the story's
 * fixed inputs (cast, genders, narrator, description links, scare quotes), and the contexts read
 * for the ranker. Every step of the walk (walk-*.ts) takes this object as its first argument;
 * `snapshot` and `restore` copy what crosses paragraphs, so a pass after an edit can resume
 * (speaker-memo.ts, walk-move.ts).
 */

import type { Character } from "../model";
import type { QuoteSpan } from "./quotes";
import { SalienceTable, type Salient } from "./salience";
import type { Gender } from "./genders";
import type { ParagraphReading, Ref } from "./refs";
import type { DescribedLinks } from "./described-links";
import type { QuoteContext } from "./ranker";
import { CastDescriptions, type GenderOf } from "./cast-descriptions";
import { callsIn } from "./turn-readings";

/** The walk's state between paragraphs (Walk.snapshot). */
export interface AttributorState {
  readonly salience: readonly (readonly [string, Readonly<Salient>])[];
  readonly recent: readonly string[];
  readonly lastParagraphSpeaker: string | null;
  readonly addressee: string | null;
  readonly entranceAddressee: string | null;
  readonly continuing: string | null;
  readonly entrance: readonly { key: string; weight: number }[];
  readonly introduced: { key: string; confidence: number; byTag: boolean } | null;
  readonly lastGuessedGender: string | null;
  /** Whether the last paragraph's last line asked a name or gave the speaker's own. */
  readonly namesAsked: boolean;
  readonly carried: readonly string[];
  readonly away: readonly string[];
  /** Walk.newcomers, as pairs. */
  readonly newcomers: readonly (readonly [string, number])[];
  /** Walk.shownSince, as a list. */
  readonly shownSince: readonly string[] | null;
  readonly openedAlone: string | null;
}

/** The walk's state (see above); the walk's steps read and write its fields. */
export class Walk {
  readonly salience = new SalienceTable();
  readonly recent: string[] = [];
  readonly resolved = new Map<Ref, string>();
  /**
   * "An old man in a tweed cap was working through a bag of pretzels": a description brought
   * in by "a" or "an" as a subject is someone new, with how many people the salience table had
   * seen then; those are not who its definite tags ("said the man") mean (describedNamed).
   * Positions are kept out of it, so an edit before it moves nothing here.
   */
  readonly newcomers = new Map<string, number>();
  /** Salience before each pronoun touched it, so an overruled tag pronoun can be taken back. */
  readonly before = new Map<Ref, Salient>();
  lastParagraphSpeaker: string | null = null;
  /** Who the previous paragraph's last line was said to ("she turned to Tom", "Tom, listen"). */
  addressee: string | null = null;
  entranceAddressee: string | null = null;
  /** Who speaks a quote left open at the end of the previous paragraph. */
  continuing: string | null = null;
  /**
   * The last sentence of the previous paragraph when it was all narration (an entrance), or when
   * after its last line the last speaker goes on acting or one other person alone acts in it.
   */
  entrance: readonly { key: string; weight: number }[] = [];
  /**
   * Who a paragraph of narration ending in a tag and a colon ("she abruptly asked:") hands the
   * quote that opens the next paragraph to, and how sure that is.
   */
  introduced: { key: string; confidence: number; byTag: boolean } | null = null;
  /** The person whose gender the last pronoun fixed, so a reconsidered pronoun can unfix it. */
  lastGuessedGender: string | null = null;
  /** The last paragraph's last line asked a name or gave its speaker's ("I'm Ann."). */
  namesAsked = false;
  /**
   * The last chapter's recent speakers, until the new chapter's first line: those its narration
   * names before then take up the exchange again.
   */
  carried: string[] = [];
  /** Those the narration has sent out of the scene ("Priya had gone inside"), until they are back. */
  away: string[] = [];
  /** Everyone the narration since the last line showed, or null straight after a line. */
  shownSince: Set<string> | null = null;
  /**
   * The one who spoke the last paragraph's lines, when that paragraph came after narration that
   * showed no one else than them and the narrator (the talk after it is theirs and the narrator's).
   */
  openedAlone: string | null = null;
  /** Which cast member a description or title means, from the cast and the story's links. */
  readonly descriptions: CastDescriptions;
  /** What was seen around each quote, in order, for the ranker (ranker.ts). */
  readonly contexts: QuoteContext[] = [];

  constructor(
    readonly cast: readonly Character[],
    readonly genders: ReadonlyMap<string, Gender>,
    readonly unnamed: ReadonlySet<string>,
    readonly named: ReadonlySet<string>,
    /** Who "I" is in the narration: the cast's narrator, else "narrator". */
    readonly narrator: string,
    /** describedCharacter's answers for this cast (a caller may keep them across passes). */
    described = new Map<string, string | null>(),
    /**
     * Tagged descriptions the story links to one cast member, everywhere or over a run of
     * tags (described-links.ts): "said the man" for the cast's "Convict".
     */
    readonly linked: DescribedLinks = { everywhere: new Map(), spans: new Map() },
    /** Scare quotes ('after "poor Isabella"'): no one is called in them. */
    readonly scare: ReadonlySet<QuoteSpan> = new Set(),
  ) {
    this.descriptions = new CastDescriptions(cast, named, narrator, described, linked);
  }

  /** Whether quote q calls the name at [from, to) of its text: never a scare quote. */
  calls(q: QuoteSpan, from: number, to: number): boolean {
    return callsIn(this.scare, q, from, to);
  }

  /**
   * A copy of what the walk carries from one paragraph to the next (salience in its
   * insertion order, which breaks ties), for a later pass to resume from.
   */
  snapshot(): AttributorState {
    return {
      salience: [...this.salience.all()].map(([key, e]) => [key, { ...e }] as const),
      recent: [...this.recent],
      lastParagraphSpeaker: this.lastParagraphSpeaker,
      addressee: this.addressee,
      entranceAddressee: this.entranceAddressee,
      continuing: this.continuing,
      entrance: this.entrance,
      introduced: this.introduced,
      lastGuessedGender: this.lastGuessedGender,
      namesAsked: this.namesAsked,
      carried: [...this.carried],
      away: [...this.away],
      newcomers: [...this.newcomers],
      shownSince: this.shownSince ? [...this.shownSince] : null,
      openedAlone: this.openedAlone,
    };
  }

  /** Takes up a snapshot (copied, so the snapshot stays as it was) and the contexts before it. */
  restore(state: AttributorState, contexts: readonly QuoteContext[]): void {
    this.salience.clear();
    for (const [key, e] of state.salience) this.salience.set(key, { ...e });
    this.recent.length = 0;
    for (const key of state.recent) this.recent.push(key);
    this.lastParagraphSpeaker = state.lastParagraphSpeaker;
    this.addressee = state.addressee;
    this.entranceAddressee = state.entranceAddressee;
    this.continuing = state.continuing;
    this.entrance = state.entrance;
    this.introduced = state.introduced;
    this.lastGuessedGender = state.lastGuessedGender;
    this.namesAsked = state.namesAsked;
    this.carried = [...state.carried];
    this.away = [...state.away];
    this.newcomers.clear();
    for (const [key, seen] of state.newcomers) this.newcomers.set(key, seen);
    this.shownSince = state.shownSince ? new Set(state.shownSince) : null;
    this.openedAlone = state.openedAlone;
    this.contexts.length = 0;
    for (const c of contexts) this.contexts.push(c);
  }

  /**
   * A chapter heading ends the exchange: no one spoke last, was addressed, or is handed the next
   * line, unless the new chapter names them before its first line (takeUpCarried). Who was seen
   * when stays (the new chapter's people are seen later anyway), and so do the sexes pronouns
   * taught.
   */
  newChapter(): void {
    this.carried = [...this.recent];
    this.recent.length = 0;
    this.away = [];
    this.shownSince = null;
    this.openedAlone = null;
    this.lastParagraphSpeaker = null;
    this.addressee = null;
    this.entranceAddressee = null;
    this.continuing = null;
    this.entrance = [];
    this.introduced = null;
    this.namesAsked = false;
  }

  /**
   * Before a new chapter's first line: the last chapter's speakers its narration names speak
   * again ("Mr. Bennet was among the earliest..." before his first line of the chapter).
   */
  takeUpCarried(r: ParagraphReading): void {
    for (const seg of r.segments)
      for (const s of seg.sentences)
        for (const ref of s.refs)
          if (
            ref.kind === "name" &&
            this.carried.includes(ref.key) &&
            !this.recent.includes(ref.key)
          )
            this.recent.push(ref.key);
    if (r.quotes.length > 0) this.carried = [];
  }

  /** The sex known for key now, learnt or the cast's: an arrow, to hand the description lookups. */
  readonly genderOf: GenderOf = (key) =>
    this.salience.get(key)?.gender ?? this.genders.get(key) ?? null;

  /** Whether "I" in the current paragraph's narration is a narrator (first-person stretch). */
  firstPerson = true;

  /** The references the current paragraph's dialogue tags point at ("he" in "he said"). */
  tagRefs = new Set<Ref>();

  /** Who the quote before the narration being read (the first quote, for the first) calls by name. */
  calledByLine: readonly string[] = [];

  /** Who the quotes either side of the narration being read call by name (vocatives). */
  calledNearby: readonly string[] = [];

  /** Where the current paragraph starts in the story: references hold paragraph positions. */
  paragraphOffset = 0;
  /** Who this paragraph's narration says had already left: no later subject pronoun of it means them. */
  readonly goneHere = new Set<string>();
}
