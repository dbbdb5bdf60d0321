/**
 * The fast path's answer as a change to the answer before it. After a keystroke only the edited
 * paragraph's quotes, notes and mentions are new; every other item keeps its paragraph-local
 * offsets, so the worker sends those few items and the small story-wide part (scenes, chapters,
 * characters) instead of localizing, cloning and interning the whole story's results again.
 * Both sides apply the patch to the last answer they hold, so they stay the same.
 */
import { forEachMention, mentionTable } from "./mention-table";
import type { AnalysisPatch, DocAnalysis, LocalMention, LocalRange } from "./protocol";

/** The items of paragraphs `from` to `to` (exclusive) of a list ordered by paragraph. */
export function itemsIn<T extends LocalRange>(items: readonly T[], from: number, to: number): T[] {
  return items.filter((item) => item.paragraph >= from && item.paragraph < to);
}

/** `last` with the patch's paragraphs replaced and the later ones renumbered. */
export function applyPatch(last: DocAnalysis, patch: AnalysisPatch): DocAnalysis {
  const end = patch.start + patch.deleteCount;
  const delta = patch.insertCount - patch.deleteCount;
  const splice = <T extends LocalRange>(old: Iterable<T>, fresh: readonly T[]): T[] => {
    const out: T[] = [];
    let inserted = false;
    for (const item of old) {
      if (item.paragraph < patch.start) out.push(item);
      else {
        if (!inserted) out.push(...fresh);
        inserted = true;
        if (item.paragraph >= end)
          out.push(delta ? { ...item, paragraph: item.paragraph + delta } : item);
      }
    }
    if (!inserted) out.push(...fresh);
    return out;
  };
  const mentions: LocalMention[] = [];
  forEachMention(last.mentions, (paragraph, from, to, character) =>
    mentions.push({ paragraph, from, to, character }),
  );
  return {
    scenes: patch.scenes,
    ...(patch.chapters ? { chapters: patch.chapters } : {}),
    characters: patch.characters,
    quotes: splice(last.quotes, patch.quotes),
    mentions: mentionTable(splice(mentions, patch.mentions)),
    notes: splice(last.notes, patch.notes),
    ms: patch.ms,
    partial: true,
  };
}
