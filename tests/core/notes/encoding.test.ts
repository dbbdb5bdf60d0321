import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { CODE_PAGES } from "../../../core/notes/codepages";
import { encodingNotes, repairMojibake } from "../../../core/notes/encoding";
import { decodeUtf8 } from "../../../core/notes/utf8";

const ICONV_NAMES: Record<string, string> = {
  "Windows-1252": "windows1252",
  "ISO-8859-1": "iso88591",
  CP850: "cp850",
  CP437: "cp437",
  CP852: "cp852",
  "ISO-8859-2": "iso88592",
};

describe("code page tables", () => {
  for (const page of CODE_PAGES) {
    it(`${page.name} matches iconv-lite for all 128 high bytes`, () => {
      const high = [...page.high];
      expect(high).toHaveLength(128);
      for (let b = 0x80; b <= 0xff; b++) {
        expect(high[b - 0x80], `byte ${b.toString(16)}`).toBe(
          iconv.decode(Buffer.from([b]), ICONV_NAMES[page.name]!),
        );
      }
    });
  }
});

describe("decodeUtf8", () => {
  it("agrees with Node on valid text", () => {
    const s = "façade — naïve “quotes” 😀 Ω";
    expect(decodeUtf8(Buffer.from(s, "utf8"))).toBe(s);
  });
  it("rejects overlong, truncated and surrogate sequences", () => {
    expect(decodeUtf8([0xc0, 0xaf])).toBeNull();
    expect(decodeUtf8([0xe2, 0x80])).toBeNull();
    expect(decodeUtf8([0xed, 0xa0, 0x80])).toBeNull();
    expect(decodeUtf8([0x66, 0xe9, 0x65])).toBeNull();
  });
});

describe("mojibake repair", () => {
  it("repairs UTF-8 read through each code page, round-tripped by iconv-lite", () => {
    for (const word of ["façade", "naïve", "café", "Zoë", "über", "piñata"]) {
      for (const id of ["windows1252", "cp850", "cp437", "cp852", "iso88592"]) {
        const garbled = iconv.decode(Buffer.from(word, "utf8"), id);
        if (/[\u0080-\u009f\ufffd]/.test(garbled)) continue;
        expect(repairMojibake(garbled)?.text, `${word} via ${id}: ${garbled}`).toBe(word);
      }
    }
  });
  it("leaves real accented words and typography alone", () => {
    for (const word of [
      "façade",
      "naïve",
      "Señor",
      "Zoë",
      "résumé",
      "don’t",
      "“Hello”",
      "—",
      "…",
      "½",
      "£5",
    ]) {
      expect(repairMojibake(word), word).toBeNull();
    }
  });
  it("notes the garbled word with file offsets and the repair as a fix", () => {
    const text = "his human fa├žade. He bit";
    const notes = encodingNotes(text, 100, 7);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: "encoding",
      severity: "warning",
      paragraph: 7,
      text: "fa├žade",
      fixes: ["façade"],
    });
    expect(notes[0]!.from).toBe(100 + text.indexOf("fa├žade"));
    expect(notes[0]!.to - notes[0]!.from).toBe("fa├žade".length);
  });
  it("repairs the classic Windows-1252 apostrophe", () => {
    expect(encodingNotes("It isnâ€™t.", 0, 0)[0]?.fixes).toEqual(["isn’t"]);
  });
});
