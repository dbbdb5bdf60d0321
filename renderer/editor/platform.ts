/** Whether the app runs on a Mac, where keys follow Cocoa's conventions (⌘ for Ctrl and more). */
export function isMac(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
}
