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

    it(`${name}: focus rings and match outlines reach 3:1`, () => {
      for (const [fg, bg] of markPairs)
        expect(contrast(theme[fg]!, theme[bg]!), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(3);
    });
  }
});
