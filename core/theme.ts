/**
 * The writer's theme choice, shared by the shell (its menu and state file) and the page (the
 * CSS's `data-theme`): light, dark, or "system" (follow the platform's light or dark setting).
 */
export type ThemeChoice = "light" | "dark" | "system";

export const themeChoices: readonly ThemeChoice[] = ["light", "dark", "system"];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return themeChoices.includes(value as ThemeChoice);
}

/** The next theme in the order light, dark, system (a View menu item without an argument). */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return themeChoices[(themeChoices.indexOf(choice) + 1) % themeChoices.length]!;
}
