/**
 * The outline: scene and chapter rows beside the story, scene moves and renames, chapter
 * breaks, and the scene layout kept in the sidecar. What other features may use of it is here.
 */
export { outlineFeature, sceneRedetector } from "./feature";
export { sameSceneLayout } from "./outline-data";
export { renameInTitles, scenePos, selectScene } from "./scene-commands";
