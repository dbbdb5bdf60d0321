/** Find and replace: the find bar and the matches it draws. */
export { findBarOf, findFeature, type FindBar } from "./find-bar";
export type { FindOptions } from "./plugin";
