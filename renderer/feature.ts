/**
 * What the app controller (app.ts) offers its parts: the open file's identity, the elements
 * of the page, and the `Feature` interface every feature (outline, cast, notes...) implements.
 */
import type { Node as PMNode } from "prosemirror-model";
import type { EditorState, Plugin } from "prosemirror-state";
import type { OpenedStory, TextEncodingName } from "../core/host-api";
import type { App } from "./app";
import type { StatusPart } from "./panels/status-bar";

/** The open story's identity on disk. */
export interface OpenFile {
  readonly path: string;
  readonly name: string;
  readonly encoding: TextEncodingName;
  readonly hash: string;
}

/** A pluggable part of the app: plugins for the editor, panels around it. */
export interface Feature {
  readonly name: string;
  plugins?(app: App): Plugin[];
  /** Called once, after the first view exists. */
  mount?(app: App): void;
  /** Builds the document for a freshly opened story (e.g. applies a scene layout). */
  prepareDoc?(app: App, story: OpenedStory, doc: PMNode): PMNode;
  /** Contributes this feature's part of the sidecar JSON (keyed by feature name). */
  sidecar?(app: App): unknown;
  /** False while the feature still has work under way for the current document (analysis). */
  settled?(app: App): boolean;
  /** Parts this feature adds to the status bar, redrawn with it. */
  status?(app: App): readonly StatusPart[];
  /** Called after the story was saved to its file. */
  saved?(app: App): void;
  /** Called after every state update, with the previous state. */
  update?(app: App, previous: EditorState): void;
}

export interface AppElements {
  readonly editor: HTMLElement;
  readonly status: HTMLElement;
  readonly banners: HTMLElement;
  readonly left: HTMLElement;
  readonly right: HTMLElement;
}
