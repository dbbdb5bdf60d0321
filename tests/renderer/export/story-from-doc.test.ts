import { EditorState } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { toHtmlBody } from "../../../core/export";
import { docToText, textToDoc } from "../../../renderer/editor/story-doc";
import { storyFromDoc } from "../../../renderer/export/commands";
import { hardWrap } from "../../support/hard-wrap";

/** Lines of at most 68 columns, as an editor's wrap leaves them. */
const wrapped = (words: string): string => hardWrap(words, 68);

const prose = (what: string): string =>
  Array.from(
    { length: 3 },
    (_, i) =>
      `The ${what} came in over the flats for the ${i + 1}th time that week, and the gulls rose from the mud in a body and came down again further along the shore.`,
  ).join(" ");
const story = `${wrapped(prose("tide"))}\n\n${wrapped(prose("fog"))}\n\n${wrapped(prose("rain"))}\n`;

describe("exporting an edited hard-wrapped draft (wrev-26)", () => {
  it("flows a paragraph as the editor shows it after a wrapped line was cut short", () => {
    const state = EditorState.create({ doc: textToDoc(story) });
    // The writer cuts most of the first line: the editor still flows the paragraph.
    const first = story.split("\n")[0]!;
    const cut = first.indexOf(" came");
    const edited = state.apply(state.tr.delete(2 + cut, 2 + first.length - 4)).doc;
    expect(docToText(edited).split("\n")[0]!.length).toBeLessThan(30);
    const html = toHtmlBody(storyFromDoc(edited, "Tides", "", false, true));
    expect(html).not.toContain("<br");
    expect(html).toContain("The tide the gulls rose");
  });

  it("keeps the file's own lines for a plain-text export", () => {
    const state = EditorState.create({ doc: textToDoc(story) });
    const plain = storyFromDoc(state.doc, "Tides");
    expect(plain.original).toBe(story);
    expect(plain.scenes[0]!.paragraphs[0]).toBe(wrapped(prose("tide")));
  });

  it("joins the wraps of an unedited draft as the exports read them", () => {
    const state = EditorState.create({ doc: textToDoc(story) });
    const shown = storyFromDoc(state.doc, "Tides", "", false, true);
    expect(toHtmlBody(shown)).toBe(toHtmlBody(storyFromDoc(state.doc, "Tides")));
  });
});
