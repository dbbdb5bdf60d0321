/**
 * Lexical cohesion across paragraph gaps, after TextTiling (Hearst 1997): a scene's paragraphs
 * share their nouns and verbs (the kettle, the heifer, the lamp), and where the vocabulary of
 * the page before and the page after stops overlapping, the subject has changed. Each gap gets
 * the cosine similarity of the content words in a window of about `windowWords` words on each
 * side, then a depth: how far it dips below the highest similarity a few gaps to either side.
 * A dip in a dialogue-heavy page is common, so depth is only one cue among several; it is
 * reported relative to the run's own depths (a z-score), since some writers repeat their words
 * more than others. Linear: the two windows slide, and the dot product is kept up to date term
 * by term.
 */

/** Words too common to say what a passage is about. Lower case, as `contentTerms` folds them. */
const STOP_WORDS = new Set(
  (
    "the a an and or but if then so as of at by for from in into on onto to up down out off over " +
    "under with without about after before again all any both each few more most other some such " +
    "no nor not only own same than too very can will just should now was were be been being is are " +
    "am has have had having do does did doing would could might must shall may i me my mine myself " +
    "we us our ours you your yours he him his himself she her hers herself it its itself they them " +
    "their theirs themselves what which who whom whose this that these those there here when where " +
    "why how because while until though although once ever never also still even yet back away " +
    "said says say asked told like one two went go going gone get got come came looked look know " +
    "knew think thought see saw well yes oh just into through around against between across along " +
    "something nothing anything everything someone anyone everyone thing things way time little " +
    "much many another every enough last long good made make put took take let left right"
  ).split(" "),
);

const WORD = /\p{L}[\p{L}'’]*/gu;

/** A crude stem, so "lamp" and "lamps", "polish" and "polished" meet. */
function stem(word: string): string {
  let w = word.replace(/['’]s$/u, "").replace(/['’]/gu, "");
  if (w.length > 5 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w;
}

/** The content words of a text, stemmed, in order, repeats kept. */
export function contentTerms(text: string): readonly string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0];
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** Words on each side of a gap that its similarity is read over. */
export const COHESION_WINDOW_WORDS = 250;
/** Gaps on each side searched for the peaks a dip is measured from. */
const PEAK_REACH = 4;
/** Fewer gaps than this give no cohesion cue: too few to say what a dip is. */
const MIN_GAPS = 12;

interface Paragraph {
  readonly words: number;
  readonly terms: readonly string[];
}

/** A bag of terms whose dot product with another bag is kept up to date as both change. */
class Window {
  readonly counts = new Map<string, number>();
  norm = 0;
  words = 0;
  constructor(private readonly other: () => Window) {}
  change(p: Paragraph, sign: 1 | -1, dot: { value: number }): void {
    const other = this.other();
    for (const t of p.terms) {
      const c = this.counts.get(t) ?? 0;
      // (c + s)^2 - c^2 = 2cs + 1 for s = +-1.
      this.norm += 2 * c * sign + 1;
      dot.value += sign * (other.counts.get(t) ?? 0);
      if (c + sign === 0) this.counts.delete(t);
      else this.counts.set(t, c + sign);
    }
    this.words += sign * p.words;
  }
}

/**
 * The similarity of the text before and after each gap: `out[i]` for the gap before paragraph
 * i (out[0] is 1). Windows hold whole paragraphs, at least one on each side.
 */
export function gapSimilarities(
  paragraphs: readonly Paragraph[],
  windowWords = COHESION_WINDOW_WORDS,
): number[] {
  const n = paragraphs.length;
  const out = new Array<number>(n).fill(1);
  const dot = { value: 0 };
  const left: Window = new Window(() => right);
  const right: Window = new Window(() => left);
  let leftFrom = 0;
  // The right window is paragraphs [rightFrom, rightTo).
  let rightFrom = 1;
  let rightTo = 1;
  for (let i = 1; i < n; i++) {
    left.change(paragraphs[i - 1]!, 1, dot);
    while (leftFrom < i - 1 && left.words - paragraphs[leftFrom]!.words >= windowWords)
      left.change(paragraphs[leftFrom++]!, -1, dot);
    while (rightFrom < i) right.change(paragraphs[rightFrom++]!, -1, dot);
    if (rightTo === rightFrom) right.change(paragraphs[rightTo++]!, 1, dot);
    while (rightTo < n && right.words < windowWords) right.change(paragraphs[rightTo++]!, 1, dot);
    out[i] =
      left.norm === 0 || right.norm === 0 ? 0 : dot.value / Math.sqrt(left.norm * right.norm);
  }
  return out;
}

/**
 * How much each gap dips below the peaks around it, as a z-score among the run's gaps:
 * `out[i]` for the gap before paragraph i (0 for i = 0, and for every gap of a short run).
 */
export function cohesionDips(
  paragraphs: readonly Paragraph[],
  windowWords = COHESION_WINDOW_WORDS,
  reach = PEAK_REACH,
): number[] {
  const n = paragraphs.length;
  const out = new Array<number>(n).fill(0);
  if (n - 1 < MIN_GAPS) return out;
  const sim = gapSimilarities(paragraphs, windowWords);
  const depth = new Array<number>(n).fill(0);
  for (let i = 1; i < n; i++) {
    let lp = sim[i]!;
    let rp = sim[i]!;
    for (let k = Math.max(1, i - reach); k < i; k++) lp = Math.max(lp, sim[k]!);
    for (let k = i + 1; k <= Math.min(n - 1, i + reach); k++) rp = Math.max(rp, sim[k]!);
    depth[i] = lp - sim[i]! + (rp - sim[i]!);
  }
  let mean = 0;
  for (let i = 1; i < n; i++) mean += depth[i]!;
  mean /= n - 1;
  let variance = 0;
  for (let i = 1; i < n; i++) variance += (depth[i]! - mean) ** 2;
  const sd = Math.sqrt(variance / (n - 1));
  if (sd === 0) return out;
  for (let i = 1; i < n; i++) out[i] = (depth[i]! - mean) / sd;
  return out;
}
