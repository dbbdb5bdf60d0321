/** Focus mode: the panels hidden, the paragraph being written in full ink. */
export { focusFeature, leaveFocusMode, runFocus, toggleFocusMode } from "./focus-mode";
