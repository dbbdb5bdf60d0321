/**
 * Whether the page runs in Electron's window, whose shell draws the native menu and remembers
 * the theme (its preload exposes a bridge), or in the browser shell, where the page does both.
 */
export function hasNativeMenu(): boolean {
  return "draftwiseShell" in window;
}
