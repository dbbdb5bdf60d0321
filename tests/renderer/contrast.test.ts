/**
 * WCAG contrast of the theme colours in renderer/styles.css, light and dark: text pairs need
 * 4.5:1 (AA for body text), focus rings and other non-text marks 3:1.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(path.resolve(import.meta.dirname, "../../renderer/styles.css"), "utf8");

function variables(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [
      m[1]!,
      m[2]!.toLowerCase(),
    ]),
  );
}

function blockAfter(selector: string): string {
  const start = css.indexOf(selector);
  if (start < 0) throw new Error(`styles.css lacks ${selector}`);
  const open = css.indexOf("{", start);
  return css.slice(open, css.indexOf("}", open));
}

const themes = {
  light: variables(blockAfter(":root {")),
  dark: variables(blockAfter(':root[data-theme="dark"]')),
  "dark (system)": variables(blockAfter(':root:not([data-theme="light"])')),
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const textPairs = [
  ["ink", "bg"],
  ["ink", "paper"],
  ["muted", "bg"],
  ["muted", "paper"],
  ["ink", "accent-soft"],
  ["ink", "match"],
  ["ink", "match-active"],
  ["ink", "banner-warn"],
  ["ink", "banner-error"],
  ["ink", "banner-info"],
  ["warn", "bg"],
  ["accent", "paper"],
] as const;
const markPairs = [
  ["accent", "bg"],
  ["accent", "paper"],
  ["accent", "match-active"],
] as const;

/** `fg` drawn at `opacity` over `bg`: the colour the reader sees. */
function blend(fg: string, bg: string, opacity: number): string {
  const channel = (hex: string, i: number): number => Number.parseInt(hex.slice(i, i + 2), 16);
  const mixed = [1, 3, 5].map((i) =>
    Math.round(opacity * channel(fg, i) + (1 - opacity) * channel(bg, i)),
  );
  return `#${mixed.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The opacity the notes, cast and outline lists are drawn at while analysis is off (1 when
 * highlights.css sets none for them).
 */
function greyedListsOpacity(): number {
  const highlights = readFileSync(
    path.resolve(import.meta.dirname, "../../renderer/analysis/highlights.css"),
    "utf8",
  );
  const rule = /\.analysis-off[^{]*\.notes-list[^{]*\{([^}]*)\}/.exec(highlights);
  const opacity = rule && /opacity:\s*([\d.]+)/.exec(rule[1]!);
  return opacity ? Number(opacity[1]) : 1;
}

describe("theme contrast", () => {
  it("computes WCAG contrast correctly", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("the dark theme chosen by hand and by the system are the same colours", () => {
    expect(themes["dark (system)"]).toEqual(themes.dark);
  });

  for (const [name, theme] of Object.entries(themes)) {
    it(`${name}: text colours reach 4.5:1 on their backgrounds`, () => {
      for (const [fg, bg] of textPairs) {
        expect(theme[fg], `--${fg}`).toBeDefined();
        expect(theme[bg], `--${bg}`).toBeDefined();
        expect(contrast(theme[fg]!, theme[bg]!), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${name}: the lists greyed while analysis is off keep their text at 4.5:1`, () => {
      // crev-34: an opacity of 0.7 on the greyed lists took muted text to 3.0:1 (light).
      const opacity = greyedListsOpacity();
      for (const [fg, bg] of textPairs) {
        const seen = blend(theme[fg]!, theme[bg]!, opacity);
        expect(contrast(seen, theme[bg]!), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`${name}: focus rings and match outlines reach 3:1`, () => {
      for (const [fg, bg] of markPairs)
        expect(contrast(theme[fg]!, theme[bg]!), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(3);
    });
  }
});
