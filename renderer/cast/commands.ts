/**
 * Editor commands for the cast: find a quote's range in the current document, select it, build
 * the key of a speaker correction from the text the worker analysed, and change the cast. Commands have the
 * ProseMirror shape `(state, dispatch?) => boolean`.
 */
import { TextSelection, type Command, type EditorState, type Transaction } from "prosemirror-state";
import type { LocalQuote } from "../analysis/protocol";
import { blocksOf, blockText } from "../analysis/sync";
import { paragraphHash, type SpeakerCorrection } from "../../core/cast/corrections";
import { analysisIsCurrent, analysisKey } from "../analysis/plugin";
import { addSettingsChange, settingsChange, settingsOf } from "../analysis/writer-settings";
import { renameInTitles } from "../outline";
import {
  characterNamed,
  ignoredAfterRename,
  renameAlias,
  renameCharacter,
  type CastEdit,
  type WriterCast,
} from "./model";

/** The quote's range in the current document (mapped through edits since the result), or null. */
export function quoteRange(
  state: EditorState,
  quote: LocalQuote,
): { from: number; to: number } | null {
  const found = analysisKey
    .getState(state)
    ?.layer.locate(state.doc, (spec) => spec.type === "quote" && spec.quote === quote);
  return found && found.to > found.from ? { from: found.from, to: found.to } : null;
}

/** Selects a quote's words and scrolls to them; false when the quote is gone. */
export function selectQuote(quote: LocalQuote): Command {
  return (state, dispatch) => {
    const range = quoteRange(state, quote);
    if (!range) return false;
    if (dispatch)
      dispatch(
        state.tr
          .setSelection(TextSelection.create(state.doc, range.from, range.to))
          .scrollIntoView(),
      );
    return true;
  };
}

/**
 * The key of a correction for `quote` (see `SpeakerCorrection`): the hash of its paragraph's
 * text and its words, read exactly as the worker read them. Null while the result is stale
 * (offsets would point into an older text).
 */
export function correctionKey(
  state: EditorState,
  quote: LocalQuote,
): Omit<SpeakerCorrection, "speaker"> | null {
  if (!analysisIsCurrent(state)) return null;
  const block = blocksOf(state.doc)[quote.paragraph];
  if (!block) return null;
  const text = blockText(block, state.doc.attrs.eol as string);
  return { paragraph: paragraphHash(text), quote: text.slice(quote.from, quote.to) };
}

/**
 * Makes `cast` the writer's cast as one undo step (a Cast panel change). A character `renamed`
 * (or merged into another) takes the writer's "Ignore for NAME" choices and the detected
 * scene titles that lead with the old name along, in the same step.
 */
export function changeCast(
  cast: WriterCast,
  renamed?: { readonly from: string; readonly to: string },
): Command {
  return (state, dispatch) => {
    const ignored = renamed
      ? { ignored: ignoredAfterRename(settingsOf(state).ignored, renamed.from, renamed.to) }
      : {};
    const tr = settingsChange(state, { cast, ...ignored });
    if (!tr) return false;
    if (renamed) renameInTitles(tr, renamed.from, renamed.to);
    dispatch?.(tr);
    return true;
  };
}

/** A name of the writer's cast that a Replace All would change: the character's, or one alias. */
export interface CastRenameOffer {
  /** The character, by its name in the cast. */
  readonly name: string;
  /** The alias the search matches, or null when it matches the character's name. */
  readonly alias: string | null;
}

/**
 * The name of the writer's cast a Replace All of `search` with `replace` changes in the text:
 * a character's name or alias that the search matches as the find bar does (exactly, or in any
 * case when it ignores case); null when there is none, or when the cast could not take the new
 * name (empty, the same, another character's).
 */
export function castRenameOffer(
  state: EditorState,
  find: { readonly search: string; readonly replace: string; readonly caseSensitive: boolean },
): CastRenameOffer | null {
  const { search, replace, caseSensitive } = find;
  const matches = caseSensitive
    ? (name: string) => name === search
    : (name: string) => name.toLowerCase() === search.toLowerCase();
  const cast = settingsOf(state).cast;
  if (replace.trim() === search) return null;
  for (const character of cast.characters) {
    const alias = matches(character.name) ? null : character.aliases.find(matches);
    if (alias === undefined) continue;
    const offer = { name: character.name, alias };
    return castEditFor(cast, offer, replace).ok ? offer : null;
  }
  return null;
}

/** The cast's edit for an offer taken: the character renamed, or its alias changed. */
function castEditFor(cast: WriterCast, offer: CastRenameOffer, to: string): CastEdit {
  if (offer.alias !== null) return renameAlias(cast, offer.name, offer.alias, to);
  const edit = renameCharacter(cast, offer.name, to);
  return edit.ok && !edit.renamed ? { ok: false, reason: "The name is the same." } : edit;
}

/**
 * What the find bar's offer says the cast will do when Replace All puts `to` in place of the
 * search, read from the cast the edit would make: an alias changed to a name the character
 * already goes by is dropped (renameAlias), and "Change Tom's alias Mr. Hale to Tom" said
 * otherwise. `to` is named as the cast would keep it (spaces tidied).
 */
export function castOfferLabel(state: EditorState, offer: CastRenameOffer, to: string): string {
  const clean = to.replace(/\s+/g, " ").trim();
  if (offer.alias === null) return `Rename the character ${offer.name} to ${clean} in the cast too`;
  const edit = castEditFor(settingsOf(state).cast, offer, to);
  const same = (name: string) => name.toLowerCase() === clean.toLowerCase();
  const after = edit.ok ? characterNamed(edit.cast, offer.name) : undefined;
  if (!after || after.aliases.some(same))
    return `Change ${offer.name}'s alias ${offer.alias} to ${clean} in the cast too`;
  const had = same(after.name) ? `${offer.name}'s name` : `an alias of ${offer.name}'s`;
  return `Drop ${offer.name}'s alias ${offer.alias} in the cast too: ${clean} is ${had} already`;
}

/**
 * What the status bar says of the cast's change an offer made, read from the cast after it
 * (`to` the replacement): an alias changed to a name the character already goes by is dropped
 * (renameAlias), and "Elizabeth goes by Elizabeth" said nothing of that.
 */
export function castChangeSaid(offer: CastRenameOffer, to: string, after: WriterCast): string {
  if (offer.alias === null) return `${offer.name} is ${to}`;
  const kept = characterNamed(after, offer.name)?.aliases.find(
    (alias) => alias.toLowerCase() === to.replace(/\s+/g, " ").toLowerCase(),
  );
  return kept ? `${offer.name} goes by ${kept}` : `${offer.name} no longer goes by ${offer.alias}`;
}

/**
 * Adds to `tr` (a Replace All of a name in the text) the change of that name in the writer's
 * cast. A character renamed is renamed as the Cast panel does it: its voice, colour, notes and
 * corrections go with it, the old name stays an alias, its "Ignore for" choices and detected
 * scene titles follow. An alias is changed in its place. One undo step takes back the text and
 * the cast. False when the cast refuses the change.
 */
export function renameAlong(
  state: EditorState,
  tr: Transaction,
  offer: CastRenameOffer,
  to: string,
): boolean {
  const settings = settingsOf(state);
  const edit = castEditFor(settings.cast, offer, to);
  if (!edit.ok) return false;
  const { renamed } = edit;
  const ignored = renamed
    ? { ignored: ignoredAfterRename(settings.ignored, renamed.from, renamed.to) }
    : {};
  if (!addSettingsChange(state, tr, { cast: edit.cast, ...ignored })) return false;
  if (renamed) renameInTitles(tr, renamed.from, renamed.to);
  return true;
}
