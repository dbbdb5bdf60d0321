/**
 * Story-wide rules over the paragraphs' term hits, one linear pass: `variant` (one speaker, or the
 * narration, spelling the same word two ways) and `spelling-mix` (British and American spellings
 * mixed in the narration). Run these off the keystroke path; the per-paragraph scans they read
 * are cacheable by paragraph text.
 */
import type { Note } from "../model";
import { normaliseWord, type LexiconEntry, type Region } from "../lexicon";
import { matchCase } from "./casing";
import type { ParagraphScan, TermHit } from "./scan";
import { byPlace } from "./note-order";

interface Located {
  readonly hit: TermHit;
  readonly paragraph: number;
}

const VARIETY: Record<Region, string> = { british: "British", american: "American" };
const NARRATION = "\u0000narration";

function note(
  kind: "variant" | "spelling-mix",
  at: Located,
  message: string,
  fixes: readonly string[],
  key: string,
): Note {
  const { hit, paragraph } = at;
  return {
    kind,
    severity: "warning",
    paragraph,
    from: hit.from,
    to: hit.to,
    text: hit.text,
    speaker: hit.speaker,
    message,
    fixes: fixes.map((f) => matchCase(f, hit.text)),
    gloss: hit.entry.kind === "spelling" ? undefined : hit.entry.gloss,
    key,
  };
}

/** The most used key, the first used on a tie. */
function majority(order: readonly string[], counts: ReadonlyMap<string, number>): string {
  let best = order[0]!;
  for (const k of order) if (counts.get(k)! > counts.get(best)!) best = k;
  return best;
}

function variantNotes(located: readonly Located[]): Note[] {
  const groups = new Map<string, Located[]>();
  for (const l of located) {
    if (!l.hit.entry.variant) continue;
    if (l.hit.quote !== null && l.hit.speaker === null) continue;
    const who = l.hit.quote === null ? NARRATION : l.hit.speaker!;
    const key = `${l.hit.entry.id}\u0000${who}`;
    const list = groups.get(key);
    if (list) list.push(l);
    else groups.set(key, [l]);
  }
  const notes: Note[] = [];
  for (const list of groups.values()) {
    const counts = new Map<string, number>();
    const order: string[] = [];
    for (const l of list) {
      const f = normaliseWord(l.hit.form);
      if (!counts.has(f)) order.push(f);
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    if (order.length < 2) continue;
    const main = majority(order, counts);
    const mainForm = list.find((l) => normaliseWord(l.hit.form) === main)!.hit.form;
    for (const l of list) {
      const form = normaliseWord(l.hit.form);
      if (form === main) continue;
      const who = l.hit.quote === null ? "The narration" : l.hit.speaker!;
      const use = l.hit.entry.context === "address" ? "as a form of address" : "for the same word";
      const message = `${who} writes "${l.hit.text}" here but "${mainForm}" elsewhere (${counts.get(main)}×) ${use}; pick one.`;
      notes.push(
        note(
          "variant",
          l,
          message,
          [mainForm],
          `variant:${l.hit.entry.id}:${form}:${l.hit.speaker ?? "narration"}`,
        ),
      );
    }
  }
  return notes;
}

/** Whether a narration spelling counts as evidence of the writer's convention. */
function isEvidence(hit: TermHit): boolean {
  return !(hit.side === "american" && hit.entry.britishAlso);
}

function prevailing(british: number, american: number): Region | null {
  if (british >= 2 && british >= 2 * american) return "british";
  if (american >= 2 && american >= 2 * british) return "american";
  return null;
}

function spellingMixNotes(located: readonly Located[]): Note[] {
  const spellings = located.filter((l) => l.hit.quote === null && l.hit.entry.kind === "spelling");
  const count: Record<Region, number> = { british: 0, american: 0 };
  const examples: Record<Region, string[]> = { british: [], american: [] };
  const sidesByEntry = new Map<LexiconEntry, Region[]>();
  for (const { hit } of spellings) {
    if (isEvidence(hit)) {
      count[hit.side]++;
      const ex = examples[hit.side];
      const word = normaliseWord(hit.text);
      if (ex.length < 2 && !ex.includes(word)) ex.push(word);
    }
    const sides = sidesByEntry.get(hit.entry) ?? [];
    sides.push(hit.side);
    sidesByEntry.set(hit.entry, sides);
  }
  const convention = prevailing(count.british, count.american);
  const notes: Note[] = [];
  for (const l of spellings) {
    const { hit } = l;
    const sides = sidesByEntry.get(hit.entry)!;
    const mixed = sides.includes("british") && sides.includes("american");
    let message: string | null = null;
    if (mixed) {
      const local = sides.filter((s) => s === "british").length;
      const wanted =
        convention ??
        (local * 2 > sides.length ? "british" : local * 2 < sides.length ? "american" : sides[0]!);
      if (hit.side !== wanted) {
        message = `The narration spells this word both ways; "${hit.text}" is ${VARIETY[hit.side]}, and ${VARIETY[wanted]} spelling prevails.`;
      }
    } else if (convention !== null && hit.side !== convention && isEvidence(hit)) {
      message = `"${hit.text}" is ${VARIETY[hit.side]} spelling; the narration otherwise uses ${VARIETY[convention]} spelling (${examples[convention].join(", ")}).`;
    }
    if (message)
      notes.push(
        note("spelling-mix", l, message, hit.fixes, `spelling-mix:${normaliseWord(hit.text)}`),
      );
  }
  return notes;
}

/** Variant and spelling-mix notes for the whole story, from every paragraph's scan, in order. */
export function storyNotes(scans: readonly ParagraphScan[]): Note[] {
  const located: Located[] = [];
  for (const scan of scans)
    for (const hit of scan.hits) located.push({ hit, paragraph: scan.paragraph });
  return [...variantNotes(located), ...spellingMixNotes(located)].sort(byPlace);
}
