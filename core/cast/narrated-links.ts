/**
 * "The old lady pulled her spectacles down ... The old lady whirled round ... His aunt Polly
 * stood surprised": the narration describes a person first and names them later. A definite
 * description the narration makes a subject, followed straight away (the next person it makes
 * a subject of that sex) by the first mention anywhere of a cast member of that known sex, is that
 * member from the description's first mention to DESCRIPTION_REACH past the naming. One pass
 * over the narration's references.
 */

import { KIN_TERMS, PERSON_NOUNS } from "./cues";
import type { DescribedSpan, LinkInput } from "./described-links";
import type { Gender } from "./genders";

/** How far past the description the naming may come (characters): about a paragraph. */
const NAMING_GAP = 500;

export function namedInNarration(input: LinkInput): Map<string, DescribedSpan[]> {
  // `described`: which cast member a description's own words name, if any: those need no link.
  const { readings, unnamed, genders, narrator, described, reach } = input;
  const seen = new Set<string>();
  /** Each description's first subject mention, and the text there (the memo's key). */
  const first = new Map<string, { at: number; text: string }>();
  const linked = new Set<string>();
  const found = new Map<string, DescribedSpan[]>();
  /** The last description made a subject, by its sex, since a name of that sex was. */
  const last = new Map<Gender, { key: string; at: number }>();
  for (const r of readings) {
    // Names in quotes count as seen: one the dialogue already called is no new person.
    for (const m of r.mentions) {
      const inQuote = r.local.some((q) => m.from >= q.from && m.to <= q.to);
      if (inQuote) seen.add(m.character);
    }
    for (const seg of r.segments)
      for (const s of seg.sentences)
        for (const ref of s.refs) {
          if (!ref.subject || ref.kind === "pronoun") {
            if (ref.kind === "name") seen.add(ref.key);
            continue;
          }
          const at = r.offset + ref.from;
          if (ref.kind === "name" && !unnamed.has(ref.key)) {
            const fresh = !seen.has(ref.key) && ref.key !== narrator;
            seen.add(ref.key);
            // "Jack Lawton's yellow boots dodged": an owner, not the one who acts.
            if (/['\u2019]s$/.test(s.words[ref.next - 1]?.text ?? "")) continue;
            const own = genders.get(ref.key) ?? null;
            if (own === null) continue;
            const d = last.get(own);
            last.delete(own);
            if (!fresh || !d || at - d.at > NAMING_GAP || linked.has(d.key)) continue;
            const start = first.get(d.key)!;
            linked.add(d.key);
            found.set(d.key, [
              {
                from: start.at,
                to: at + reach,
                name: ref.key,
                lines: [start.text, s.words.map((w) => w.text).join(" ")],
              },
            ]);
            continue;
          }
          const description =
            ref.kind === "description" || (ref.kind === "name" && unnamed.has(ref.key));
          const noun = ref.key.slice(4);
          const g = PERSON_NOUNS.get(noun);
          if (
            !description ||
            !g ||
            ref.indefinite ||
            ref.owner ||
            ref.possessed ||
            KIN_TERMS.has(noun) ||
            described(ref.key) !== null
          )
            continue;
          if (!first.has(ref.key))
            first.set(ref.key, { at, text: s.words.map((w) => w.text).join(" ") });
          last.set(g, { key: ref.key, at });
        }
  }
  return found;
}
