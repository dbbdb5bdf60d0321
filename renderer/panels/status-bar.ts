/** The status bar: file name, unsaved marker, word counts (story, scene, selection). */
import type { EditorState } from "prosemirror-state";
import { wordsBetween, wordsIn } from "../word-count";

export interface StatusInfo {
  readonly fileName: string;
  readonly dirty: boolean;
  readonly state: EditorState;
  readonly message?: string;
}

function sceneAt(state: EditorState): number {
  const $head = state.selection.$head;
  return $head.depth >= 1 ? wordsIn($head.node(1)) : 0;
}

export function renderStatus(bar: HTMLElement, info: StatusInfo): void {
  const { state } = info;
  const selection = wordsBetween(state.doc, state.selection.from, state.selection.to);
  const parts: [string, string][] = [
    ["file", `${info.fileName}${info.dirty ? " •" : ""}`],
    ["words", `${wordsIn(state.doc).toLocaleString("en-US")} words`],
    ["scene-words", `scene ${sceneAt(state).toLocaleString("en-US")}`],
  ];
  if (selection > 0) parts.push(["selection-words", `${selection.toLocaleString("en-US")} selected`]);
  if (info.message) parts.push(["message", info.message]);
  bar.replaceChildren(
    ...parts.map(([role, text]) => {
      const span = document.createElement("span");
      span.className = `status-${role}`;
      span.dataset.status = role;
      span.textContent = text;
      if (role === "file") span.title = info.dirty ? "Unsaved changes" : "Saved";
      return span;
    }),
  );
}
