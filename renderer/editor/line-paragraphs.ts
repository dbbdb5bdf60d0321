/**
 * A file laid out one paragraph per line (Word's "plain text", fic archives) opens as one
 * paragraph, as the contract reads it (core/text/line-paragraphs.ts). The writer is told so in
 * a banner when it opens, and offered "Separate paragraphs": one undoable edit in the editor,
 * written only when they save, through the usual safe save and backup. A file whose lines end
 * with a carriage return alone (classic Mac OS, core/text/line-ends.ts) is one paragraph too:
 * its notice offers "Use LF line ends" the same way, and then, if its lines are paragraphs,
 * the notice above.
 */
import { closeHistory } from "prosemirror-history";
import type { Node as PMNode } from "prosemirror-model";
import { Selection, type Command } from "prosemirror-state";
import { parseStory } from "../../core/story";
import { classicMacLineEnds, withLfLineEnds } from "../../core/text/line-ends";
import { detectLineParagraphs, separateLineParagraphs } from "../../core/text/line-paragraphs";
import { BannerGroup } from "./banners";
import type { AppCommand } from "./command-registry";
import type { App, Feature } from "./feature";
import { docToText, textToDoc } from "./story-doc";

/** The registry id of the edit, run by the banner's button and the Edit menu. */
export const SEPARATE_PARAGRAPHS = "edit.separateParagraphs";
/** The registry id of the line-end edit, run by its banner's button and the Edit menu. */
export const USE_LF_LINE_ENDS = "edit.lfLineEnds";
const NOTICE_ID = "line-paragraphs";
const LINE_ENDS_ID = "line-ends";
const UNAVAILABLE =
  "Separate Paragraphs is for a file that puts each paragraph on its own line; this one does not.";
const LINE_ENDS_UNAVAILABLE =
  "Use LF Line Ends is for a file whose lines end with a carriage return alone; this one's do not.";

function prose(text: string): number {
  return parseStory(text).paragraphs.filter((p) => !p.isBreak).length;
}

/**
 * Replaces the document with the one `rewrite` makes of its text, grouped by `scenes`, as one
 * history event of its own (never merged with the typing before it), the caret at the story's
 * start, which the writer is reading; applies when the rewrite changes the text.
 */
function rewriteText(rewrite: (text: string) => string, scenes: (doc: PMNode) => PMNode): Command {
  return (state, dispatch) => {
    const text = docToText(state.doc);
    const rewritten = rewrite(text);
    if (rewritten === text) return false;
    if (dispatch) {
      const doc = scenes(textToDoc(rewritten));
      const tr = state.tr.replaceWith(0, state.doc.content.size, doc.content);
      // The text around the paragraphs (a BOM, the line ends after the last) is the doc's own.
      for (const [name, value] of Object.entries(doc.attrs))
        if (tr.doc.attrs[name] !== value) tr.setDocAttribute(name, value);
      dispatch(closeHistory(tr.setSelection(Selection.atStart(tr.doc)).scrollIntoView()));
    }
    return true;
  };
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
  return rewriteText(separateLineParagraphs, scenes);
}

/** Separate Paragraphs with the scenes split at the markers only. */
export const separateParagraphs: Command = separateParagraphsInScenes();

/**
 * Makes each carriage-return line end of a classic Mac file an LF, every other character kept:
 * applies only to such a file (no LF anywhere). One undo step, as Separate Paragraphs.
 */
export function useLfLineEndsInScenes(scenes: (doc: PMNode) => PMNode = (doc) => doc): Command {
  return rewriteText(withLfLineEnds, scenes);
}

/** Use LF Line Ends with the scenes split at the markers only. */
export const useLfLineEnds: Command = useLfLineEndsInScenes();

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
  const lineEnds: AppCommand<App> = {
    id: USE_LF_LINE_ENDS,
    label: "Use LF Line Ends",
    enabled: (app) => classicMacLineEnds(app.text()) > 0,
    unavailable: LINE_ENDS_UNAVAILABLE,
    run: (app) => {
      const convert = useLfLineEndsInScenes(regroup && ((doc) => regroup(app, doc)));
      if (!convert(app.state, app.view.dispatch)) return false;
      notice.closeAll();
      // Lines that were paragraphs, one a line, are now the notice above's to separate.
      const lines = lineParagraphsNotice(app, app.text());
      app.flash(
        lines
          ? "Line ends are LF now; Separate paragraphs puts each line in a paragraph of its own"
          : `Line ends are LF now: ${prose(app.text())} paragraphs; Undo puts the old ones back`,
      );
      return true;
    },
  };
  /**
   * A notice was read from the file as opened; recovered work restored since may already be
   * changed. Then the button closes the notice and says why, rather than doing nothing.
   */
  const runFromNotice = async (app: App, id: string, unavailable: string): Promise<boolean> => {
    if (await app.commands.run(id)) return true;
    notice.closeAll();
    app.flash(unavailable);
    return false;
  };
  const lineParagraphsNotice = (app: App, text: string): boolean => {
    if (!detectLineParagraphs(text)) return false;
    const now = prose(text);
    const lines = prose(separateLineParagraphs(text));
    const read = now === 1 ? "one paragraph" : `${now} paragraphs`;
    notice.keep(
      NOTICE_ID,
      app.banner(
        `This file puts each paragraph on its own line. Draftwise separates paragraphs with a ` +
          `blank line, so it reads these ${lines} lines as ${read}.`,
        "info",
        [
          {
            label: "Separate paragraphs",
            run: () => runFromNotice(app, SEPARATE_PARAGRAPHS, UNAVAILABLE),
          },
        ],
        NOTICE_ID,
      ),
    );
    return true;
  };
  return {
    name: "lineParagraphs",
    commands: () => [command, lineEnds],
    prepareDoc(app, story, doc) {
      // A reopen or another story replaces the last story's notice.
      notice.closeAll();
      if (classicMacLineEnds(story.text) > 0) {
        notice.keep(
          LINE_ENDS_ID,
          app.banner(
            "This file ends its lines with a carriage return alone (classic Mac OS), which " +
              "Draftwise does not read as a line end, so it reads the whole file as one " +
              "paragraph. Use LF line ends to read its paragraphs; saving then writes LF.",
            "info",
            [
              {
                label: "Use LF line ends",
                run: () => runFromNotice(app, USE_LF_LINE_ENDS, LINE_ENDS_UNAVAILABLE),
              },
            ],
            LINE_ENDS_ID,
          ),
        );
        return doc;
      }
      lineParagraphsNotice(app, story.text);
      return doc;
    },
  };
}
