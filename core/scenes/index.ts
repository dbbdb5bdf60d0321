export {
  detectScenes,
  scoreSections,
  scenePov,
  sectionBoundaries,
  type ScoredSection,
  NARRATOR,
  SUGGESTED_BELOW,
  type DetectedScene,
  type DetectOptions,
} from "./detect";
export { paragraphFeatures, type ParagraphFeatures } from "./features";
export type { SceneCharacter } from "./compiled-cast";
export { markedSections, type MarkedSection } from "./markers";
export { scoreBoundaries, chooseBoundaries } from "./boundaries";
export {
  BOUNDARY_WEIGHTS,
  CUE_NAMES,
  weighCues,
  type BoundaryCandidate,
  type BoundaryWeights,
  type CueName,
} from "./boundary-weights";
export { viewpointCharacters, resolveEvidence } from "./pov-evidence";
export { sceneTitle, titleCandidates, distinctTitles, MAX_TITLE_LENGTH } from "./titles";
export { discoverCast, nameCandidates } from "./names";
