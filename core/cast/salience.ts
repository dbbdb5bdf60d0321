/**
 * Who the speaker walk (speakers.ts) has seen lately and how prominently: the salience table a
 * pronoun is resolved against. Each person keeps the position they were last referred to and
 * the best rank of their recent references (position plus a bonus for the role: a subject
 * outranks an object), and the table is kept in two orders, latest seen first and highest rank
 * first (recency.ts), so neither a pronoun nor a quote scans everyone a novel has named.
 */

import type { Gender } from "./genders";
import { RecencyList } from "./recency";
import { DESCRIBED_NAME, possessiveName } from "./described-links";
import { PARAGRAPH_BONUS, UNKNOWN_GENDER_PENALTY } from "./role-bonus";

export interface Salient {
  gender: Gender | null;
  /** Where the person was last referred to. */
  pos: number;
  /** How prominent the best recent reference was: its position plus a bonus for its role. */
  rank: number;
}

/** Who a pronoun may not mean, and what else its score depends on (SalienceTable.pronoun). */
export interface PronounScope {
  /** Who "I" is: "he" and "she" never mean them. */
  readonly narrator: string;
  /** The named cast: one of them whose sex is not known yet is a weaker guess. */
  readonly named: ReadonlySet<string>;
  /** Whether the pronoun is a dialogue tag's ("he said"). */
  readonly inTag: boolean;
  /** Where the current paragraph starts: a tag's pronoun favours someone seen since. */
  readonly paragraphOffset: number;
  readonly spokenTo: string | null;
  readonly called: readonly string[];
  readonly gone: ReadonlySet<string>;
}

export class SalienceTable {
  private readonly entries = new Map<string, Salient>();
  /** Each key's place in the order the table first saw them (the snapshot keeps that order). */
  private readonly order = new Map<string, number>();
  /** The table's positions, latest first: every change of a position goes to both lists. */
  readonly bySeen = new RecencyList();
  /** The same people by rank, highest first, so a pronoun stops looking below any chance. */
  readonly byRank = new RecencyList();

  get(key: string): Salient | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Every entry in insertion order (which breaks ties), as snapshots copy them. */
  all(): IterableIterator<[string, Salient]> {
    return this.entries.entries();
  }

  /** How many people the table has seen: the place the next one new to it will take. */
  get size(): number {
    return this.entries.size;
  }

  /** Where key came in the order the table first saw people (Infinity if never seen). */
  seenOrder(key: string): number {
    return this.order.get(key) ?? Infinity;
  }

  clear(): void {
    this.order.clear();
    this.entries.clear();
    this.bySeen.clear();
    this.byRank.clear();
  }

  set(key: string, e: Salient): void {
    if (!this.order.has(key)) this.order.set(key, this.order.size);
    this.entries.set(key, e);
    this.bySeen.set(key, e.pos);
    this.byRank.set(key, e.rank);
  }

  /** A reference to key at pos: seen there, ranked at least pos + bonus, sex learnt if unknown. */
  touch(key: string, gender: Gender | null, pos: number, bonus: number): void {
    const e = this.entries.get(key);
    const rank = pos + bonus;
    if (e) {
      e.pos = pos;
      this.bySeen.set(key, pos);
      e.rank = Math.max(e.rank, rank);
      this.byRank.set(key, e.rank);
      e.gender ??= gender;
    } else this.set(key, { gender, pos, rank });
  }

  /**
   * The person a pronoun of gender g would mean now, without learning anything from it;
   * `genders` are the cast's, for those the table has not learnt a sex for.
   */
  mostSalient(g: Gender, genders: ReadonlyMap<string, Gender>): string | null {
    // Highest rank first (ties to the first in the table): the first of that sex is the one.
    for (let n = this.byRank.first(); n; n = n.next) {
      const e = this.entries.get(n.key)!;
      if ((e.gender ?? genders.get(n.key) ?? null) === g) return n.key;
    }
    return null;
  }

  /** The best-scoring person a pronoun of gender g may mean in `scope`, learning nothing. */
  pronoun(g: Gender, scope: PronounScope): string | null {
    const { narrator, named, inTag, paragraphOffset, spokenTo, called, gone } = scope;
    let best: string | null = null;
    let bestScore = -Infinity;
    let bestOrder = Infinity;
    // Highest rank first: a score is the rank less a penalty plus at most the paragraph bonus,
    // so once a rank plus that bonus falls below the best score, no one after can reach it.
    // Equal scores go to the first in the table, as a scan of the table in its order gives.
    for (let n = this.byRank.first(); n; n = n.next) {
      if (n.pos + PARAGRAPH_BONUS < bestScore) break;
      const key = n.key;
      const e = this.entries.get(key)!;
      // "he" and "she" are never the one who says "I".
      if ((e.gender !== null && e.gender !== g) || key === narrator) continue;
      // "said he to Temple": the one spoken to is not the one speaking.
      if (key === spokenTo) continue;
      // '"Have a troche, Kronborg," he said': nor is the one the line calls by name.
      if (called.includes(key)) continue;
      // "Frank had gone back to the front room ... He was drying a plate": not the one gone.
      if (gone.has(key)) continue;
      // A cast member written as a description ("Our last guide", "Philip's nurse") is one,
      // as "the guide" is: its sex is learnt from the pronouns, as a description's is.
      const unknown =
        e.gender === null && named.has(key) && !DESCRIBED_NAME.test(key) && !possessiveName(key);
      // A tag's "he" is someone this paragraph has already shown (in a beat or a line before).
      const here = inTag && e.pos >= paragraphOffset ? PARAGRAPH_BONUS : 0;
      const score = e.rank - (unknown ? UNKNOWN_GENDER_PENALTY : 0) + here;
      if (score > bestScore || (score === bestScore && n.order < bestOrder)) {
        best = key;
        bestScore = score;
        bestOrder = n.order;
      }
    }
    return best;
  }
}
