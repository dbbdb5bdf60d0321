/**
 * The whole-story analysis behind `draftwise analyze` and the editor's panels: paragraphs,
 * words, scenes, cast, quotes with speakers, and notes, as plain data (CONTRACT.md).
 */
import type { Analysis, Character, SceneInfo } from "./model";
import { parseStory, type StoryText } from "./story";
import { countWords } from "./words";

export interface AnalyzeOptions {
  /** The file name reported back. */
  readonly file: string;
  /** Characters given up front; they win over discovered ones. */
  readonly cast?: readonly Character[];
}

function wholeStoryScene(story: StoryText): SceneInfo[] {
  const last = story.paragraphs.length - 1;
  if (last < 0) return [];
  const words = story.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
  return [{ index: 0, firstParagraph: 0, lastParagraph: last, title: "Scene 1", pov: null, characters: [], words, source: "detected" }];
}

/** Analyses a story's text. Pure: the same text and options give the same result. */
export function analyzeStory(text: string, options: AnalyzeOptions): Analysis {
  const story = parseStory(text);
  return {
    file: options.file,
    paragraphs: story.paragraphs.length,
    words: story.paragraphs.reduce((n, p) => n + countWords(p.text), 0),
    scenes: wholeStoryScene(story),
    characters: [],
    quotes: [],
    notes: [],
  };
}
