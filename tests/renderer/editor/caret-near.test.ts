import { describe, expect, it } from "vitest";
import { caretAtPlace, textPlaceOf } from "../../../renderer/editor/caret-near";
import { textToDoc } from "../../../renderer/editor/story-doc";

const text = "One.\n\nTwo words.\n\nThree here.\n";
/** The same text in one scene, and in two (a second scene from the second paragraph on). */
const oneScene = textToDoc(text);
const twoScenes = (() => {
  const scene = oneScene.firstChild!;
  const first = scene.copy(scene.content.cut(0, scene.child(0).nodeSize));
  const second = scene.copy(scene.content.cut(scene.child(0).nodeSize));
  return oneScene.copy(oneScene.content.replaceChild(0, first).addToEnd(second));
})();
/** The caret's paragraph up to the caret. */
const before = (doc: typeof oneScene, pos: number) => {
  const $pos = doc.resolve(pos);
  return $pos.parent.textBetween(0, $pos.parentOffset);
};

describe("a caret's place in the text across layouts", () => {
  it("keeps the paragraph and offset where the scenes are grouped otherwise", () => {
    expect(twoScenes.childCount).toBe(2);
    expect(twoScenes.textContent).toBe(oneScene.textContent);
    // After "Three" in the two-scene layout; the same position in one scene is elsewhere.
    let at = -1;
    twoScenes.descendants((node, p) => {
      if (node.isText && node.text!.startsWith("Three")) at = p + 5;
    });
    expect(before(twoScenes, at)).toBe("Three");
    const place = textPlaceOf(twoScenes, at);
    expect(place).toEqual({ block: 2, offset: 5 });
    const moved = caretAtPlace(oneScene, place, at);
    expect(before(oneScene, moved.head)).toBe("Three");
    expect(before(oneScene, at)).not.toBe("Three");
  });

  it("clamps a place past the text to the nearest caret the text allows", () => {
    const last = caretAtPlace(oneScene, { block: 9, offset: 3 }, 0);
    expect(last.head).toBe(oneScene.content.size - 2);
    const short = caretAtPlace(oneScene, { block: 0, offset: 99 }, 0);
    expect(before(oneScene, short.head)).toBe("One.");
  });
});
