/**
 * A file laid out one paragraph per line (Word's "plain text", fic archives) opens as one
 * paragraph, as the contract reads it (core/text/line-paragraphs.ts). The writer is told so in
 * a banner when it opens, and offered "Separate paragraphs": one undoable edit in the editor,
 * written only when they save, through the usual safe save and backup.
 */
import { closeHistory } from "prosemirror-history";
import type { Node as PMNode } from "prosemirror-model";
import { Selection, type Command } from "prosemirror-state";
import { parseStory } from "../../core/story";
import { detectLineParagraphs, separateLineParagraphs } from "../../core/text/line-paragraphs";
import { BannerGroup } from "./banners";
import type { AppCommand } from "./command-registry";
import type { App, Feature } from "./feature";
import { docToText, textToDoc } from "./story-doc";

/** The registry id of the edit, run by the banner's button and the Edit menu. */
export const SEPARATE_PARAGRAPHS = "edit.separateParagraphs";
const NOTICE_ID = "line-paragraphs";
const UNAVAILABLE =
  "Separate Paragraphs is for a file that puts each paragraph on its own line; this one does not.";

function prose(text: string): number {
  return parseStory(text).paragraphs.filter((p) => !p.isBreak).length;
}

/**
 * Puts each line of the story in a paragraph of its own: applies when some paragraph holds a
 * line break. `scenes` groups the separated document into scenes in the same transaction (the
 * outline's detection; without it, the markers alone split the scenes). One history event of
 * its own (never merged with the typing before it), so one Undo puts the lines back; the caret
 * goes to the story's start, which the writer is reading.
 */
export function separateParagraphsInScenes(
  scenes: (doc: PMNode) => PMNode = (doc) => doc,
): Command {
  return (state, dispatch) => {
    const text = docToText(state.doc);
    const separated = separateLineParagraphs(text);
    if (separated === text) return false;
    if (dispatch) {
      const doc = scenes(textToDoc(separated));
      const tr = state.tr.replaceWith(0, state.doc.content.size, doc.content);
      dispatch(closeHistory(tr.setSelection(Selection.atStart(tr.doc)).scrollIntoView()));
    }
    return true;
  };
}

/** Separate Paragraphs with the scenes split at the markers only. */
export const separateParagraphs: Command = separateParagraphsInScenes();

/**
 * The feature: the edit as a registry command (the banner's button and the Edit menu run it),
 * and the banner on opening a story laid out one paragraph per line. `regroup` finds the scenes
 * of the separated document (they were found in one paragraph), in the edit itself: run as a
 * command after it, a novel's detection outlasted the half second that joins two transactions
 * into one undo step, and Undo took back the scenes but left the lines separated. features.ts
 * gives it, so this layer knows no feature by name.
 */
export function lineParagraphs(regroup?: (app: App, doc: PMNode) => PMNode): Feature {
  const notice = new BannerGroup();
  const command: AppCommand<App> = {
    id: SEPARATE_PARAGRAPHS,
    label: "Separate Paragraphs",
    // Only where the file reads as one paragraph per line: on hard-wrapped prose, whose
    // paragraphs also hold line breaks, separating would make every wrapped line a paragraph.
    // (Such a file always has lines to separate: the detector needs three joined lines.)
    enabled: (app) => detectLineParagraphs(app.text()) !== null,
    unavailable: UNAVAILABLE,
    run: (app) => {
      const separate = separateParagraphsInScenes(regroup && ((doc) => regroup(app, doc)));
      if (!separate(app.state, app.view.dispatch)) return false;
      notice.closeAll();
      app.flash(`Separated into ${prose(app.text())} paragraphs; Undo puts the lines back`);
      return true;
    },
  };
  /**
   * The notice was read from the file as opened; recovered work restored since may already be
   * separated. Then the button closes the notice and says why, rather than doing nothing.
   */
  const separateFromNotice = async (app: App): Promise<boolean> => {
    if (await app.commands.run(SEPARATE_PARAGRAPHS)) return true;
    notice.closeAll();
    app.flash(UNAVAILABLE);
    return false;
  };
  return {
    name: "lineParagraphs",
    commands: () => [command],
    prepareDoc(app, story, doc) {
      // A reopen or another story replaces the last story's notice.
      notice.closeAll();
      if (!detectLineParagraphs(story.text)) return doc;
      const now = prose(story.text);
      const lines = prose(separateLineParagraphs(story.text));
      const read = now === 1 ? "one paragraph" : `${now} paragraphs`;
      notice.keep(
        NOTICE_ID,
        app.banner(
          `This file puts each paragraph on its own line. Draftwise separates paragraphs with a ` +
            `blank line, so it reads these ${lines} lines as ${read}.`,
          "info",
          [{ label: "Separate paragraphs", run: () => separateFromNotice(app) }],
          NOTICE_ID,
        ),
      );
      return doc;
    },
  };
}
