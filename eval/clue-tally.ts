/**
 * A count of one clue against the analysis over untagged turns, per key, with the cast and
 * without: how many turns, how often the clue names the gold speaker, how often ours does, and
 * the turns it would win (clue right, ours wrong) and lose (ours right, clue wrong). Shared by
 * the scripts that weigh a reading of runs before anyone builds it (untagged-phase, gap-runs).
 */
const cell = (n: number | undefined, w = 6): string => String(n ?? 0).padStart(w);

export class ClueTally {
  /** Per key: [turns, agrees, ours right, wins, losses] with the cast, then the same without. */
  private readonly rows = new Map<string, number[]>();

  /** Counts one turn; `mode` 0 is with the cast, 1 without. */
  add(mode: number, key: string, agrees: boolean, oursRight: boolean): void {
    const row = this.rows.get(key) ?? new Array<number>(10).fill(0);
    const o = mode * 5;
    row[o]!++;
    if (agrees) row[o + 1]!++;
    if (oursRight) row[o + 2]!++;
    if (agrees && !oursRight) row[o + 3]!++;
    if (oursRight && !agrees) row[o + 4]!++;
    this.rows.set(key, row);
  }

  /** The table: a title line (`title` padded to `width`, then `columns`), one row per key in order. */
  lines(title: string, width: number, columns: string): string[] {
    const half = (r: number[]): string => r.map((n) => cell(n)).join("");
    return [
      `${title.padEnd(width)}${columns}`,
      ...[...this.rows]
        .sort()
        .map(([k, r]) => `${k.padEnd(width)}${half(r.slice(0, 5))} |${half(r.slice(5))}`),
    ];
  }
}
