import { describe, expect, it } from "vitest";
import type { Quote, Voice } from "../../../core/model";
import {
  inferVoice,
  notesForParagraph,
  scanParagraph,
  storyNotes,
  voiceFromEvidence,
} from "../../../core/notes";
import { findQuotes, lexicon } from "./helpers";

/** One paragraph at `offset`, every quote said by `speaker`. */
function para(text: string, speaker: string | null, index = 0, offset = 0) {
  const p = { index, offset, text };
  return { p, quotes: findQuotes(p, () => speaker) as Quote[] };
}

const voices = new Map<string, Voice>([
  ["Ann", "british"],
  ["Bo", "american"],
  ["Cy", "unknown"],
]);
const notesOf = (text: string, speaker: string | null) => {
  const { p, quotes } = para(text, speaker);
  return notesForParagraph(p, quotes, { voices, lexicon });
};

describe("voice notes", () => {
  it("flag an Americanism from a British speaker with a cased fix and file offsets", () => {
    const { p, quotes } = para('"Gonna rain," Ann said.', "Ann", 3, 500);
    const [n] = notesForParagraph(p, quotes, { voices, lexicon });
    expect(n).toMatchObject({
      kind: "voice",
      severity: "warning",
      paragraph: 3,
      from: 501,
      to: 506,
      text: "Gonna",
      fixes: ["Going to"],
    });
  });

  it("skip narration, unknown voices and unattributed quotes", () => {
    expect(notesOf("Ann was gonna say it.", "Ann").filter((n) => n.kind === "voice")).toEqual([]);
    expect(notesOf('"I\'m gonna," said Cy.', "Cy").filter((n) => n.kind === "voice")).toEqual([]);
    expect(notesOf('"I\'m gonna," someone said.', null).filter((n) => n.kind === "voice")).toEqual(
      [],
    );
  });

  it("make ambiguous words information unless the context settles them", () => {
    const pants = notesOf('"Nice pants," Bo said.', "Bo").find((n) => n.text === "pants");
    expect(pants).toMatchObject({ kind: "voice", severity: "info" });
    expect(pants!.message).toContain("underwear");
    const literal = notesOf('"A bloody knife," Bo said.', "Bo").find((n) => n.text === "bloody");
    expect(literal?.severity).toBe("info");
    const strong = notesOf('"That\'s bloody brilliant," Bo said.', "Bo").find(
      (n) => n.text === "bloody",
    );
    expect(strong?.severity).toBe("warning");
  });

  it("read 'real' as an adverb only before an adjective it modifies", () => {
    expect(notesOf('"That was real good," Ann said.', "Ann").map((n) => n.text)).toContain(
      "real good",
    );
    expect(notesOf('"Is it real?" Ann said.', "Ann").filter((n) => n.kind === "voice")).toEqual([]);
  });

  it("gloss British slang only as info", () => {
    const notes = notesOf('"Blimey, I\'m knackered," Ann said.', "Ann");
    expect(notes.map((n) => `${n.kind}:${n.severity}:${n.text}`)).toEqual([
      "gloss:info:Blimey",
      "gloss:info:knackered",
    ]);
    expect(notes[1]!.gloss).toBe("exhausted");
  });
});

describe("voice notes and the speaker's confidence", () => {
  /** One quote said by `speaker` with attribution `confidence`. */
  const said = (line: string, speaker: string, confidence: number) => {
    const text = `“${line}” said ${speaker}.`;
    const quote: Quote = {
      paragraph: 0,
      index: 0,
      from: 1,
      to: 1 + line.length,
      text: line,
      speaker,
      confidence,
    };
    const notes = notesForParagraph({ index: 0, offset: 0, text }, [quote], { voices, lexicon });
    return notes.filter((n) => n.kind === "voice");
  };

  it("warn on a clear slip only when the speaker is sure", () => {
    expect(said("I'm gonna go.", "Ann", 0.95).map((n) => n.severity)).toEqual(["warning"]);
    const guessed = said("I'm gonna go.", "Ann", 0.5);
    expect(guessed.map((n) => n.severity)).toEqual(["info"]);
    expect(guessed[0]!.message).toContain("the speaker is a guess");
  });

  it("give no note on an open meaning said by a guessed speaker", () => {
    expect(said("Nice pants.", "Bo", 0.95).map((n) => n.severity)).toEqual(["info"]);
    expect(said("Nice pants.", "Bo", 0.5)).toEqual([]);
  });

  it("never note a word both varieties use", () => {
    expect(said("I reckon it'll rain.", "Bo", 1)).toEqual([]);
  });

  it("never note a character's name as a word", () => {
    const text = "“Fanny, come here,” said Ann.";
    const quote: Quote = {
      paragraph: 0,
      index: 0,
      from: 1,
      to: 17,
      text: text.slice(1, 17),
      speaker: "Ann",
    };
    const ctx = { voices, lexicon, names: new Set(["fanny"]) };
    expect(notesForParagraph({ index: 0, offset: 0, text }, [quote], ctx)).toEqual([]);
  });
});

describe("story rules", () => {
  it("note a variant per speaker, not across speakers", () => {
    const a = para('"Hello luv," Ann said. "Ta, luv." "Night, love."', "Ann", 0, 0);
    const b = para('"Hiya, love," said Bo.', "Bo", 1, 100);
    const notes = storyNotes([
      scanParagraph(a.p, a.quotes, lexicon),
      scanParagraph(b.p, b.quotes, lexicon),
    ]);
    expect(notes.map((n) => `${n.kind}:${n.text}:${n.speaker}`)).toEqual(["variant:love:Ann"]);
    expect(notes[0]!.fixes).toEqual(["luv"]);
  });

  it("need a clear majority before calling a lone spelling a stray", () => {
    const even = para("The colour of the gray sky.", null);
    expect(storyNotes([scanParagraph(even.p, [], lexicon)])).toEqual([]);
    const british = para("The grey harbour; the theatre's colour; a grey color.", null);
    const notes = storyNotes([scanParagraph(british.p, [], lexicon)]);
    expect(notes.map((n) => `${n.kind}:${n.text}`)).toEqual(["spelling-mix:color"]);
  });

  it("accept Oxford -ize in British narration but not -ise in American narration", () => {
    const oxford = para("The grey harbour; the colour of it; she realized.", null);
    expect(storyNotes([scanParagraph(oxford.p, [], lexicon)])).toEqual([]);
    const american = para("The gray harbor; the color of it; she realised.", null);
    expect(storyNotes([scanParagraph(american.p, [], lexicon)]).map((n) => n.text)).toEqual([
      "realised",
    ]);
  });

  it("never read homographs as American spellings", () => {
    const p = para(
      "The grey harbour; his colour rose as he told the story to the tire salesman.",
      null,
    );
    expect(storyNotes([scanParagraph(p.p, [], lexicon)])).toEqual([]);
  });
});

describe("inferVoice", () => {
  it("hears a British voice in British slang", () => {
    const g = inferVoice(["Bloody hell, mate.", "I'm knackered, luv.", "Sod off."], lexicon);
    expect(g.voice).toBe("british");
    expect(g.british).toBeGreaterThanOrEqual(4);
    expect(g.confidence).toBeGreaterThan(0.5);
  });

  it("hears an American voice in American idiom", () => {
    const g = inferVoice(
      ["I guess we're gonna be late.", "Y'all wanna come?", "Grab the flashlight."],
      lexicon,
    );
    expect(g.voice).toBe("american");
  });

  it("needs several markers before it names a voice", () => {
    expect(voiceFromEvidence(2, 0).voice).toBe("unknown");
    expect(voiceFromEvidence(3, 0).voice).toBe("british");
  });

  it("stays unknown without evidence or with mixed evidence", () => {
    expect(inferVoice(["Hello there.", "How are you?"], lexicon)).toMatchObject({
      voice: "unknown",
      confidence: 0,
    });
    expect(inferVoice(["Bloody hell.", "I'm gonna go."], lexicon).voice).toBe("unknown");
    expect(inferVoice(["I'd love to.", "Nice pants."], lexicon).voice).toBe("unknown");
  });
});
