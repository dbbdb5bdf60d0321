/**
 * The bench's instruments, injected into every page before its own scripts run (an init
 * script), so the app and the bare page are measured by the same code:
 *
 * - ready: the `performance.now()` (time since navigation start) at which `body[data-ready]`
 *   turned "true";
 * - per keystroke: a capturing keydown listener starts the clock; the first DOM mutation after
 *   it asks for the next animation frame, and the clock stops in the first task after that frame,
 *   so the frame's style, layout and paint are part of the key's time;
 * - editor time: `view.dispatch` is wrapped, and the time spent inside it between a keydown and
 *   its frame is that keystroke's share of transaction handling.
 */
import type { EditorView } from "prosemirror-view";

/** One keystroke, as measured in the page. */
export interface KeySample {
  readonly keyMs: number;
  readonly jsMs: number;
}

export interface BenchProbe {
  readyMs: number | null;
  readonly samples: KeySample[];
  /** Wraps the view's dispatch and puts the caret mid-word in the middle paragraph. Returns the caret position. */
  attach(view: EditorView): Promise<number>;
  /** Resolves once `count` keystrokes have been measured (or after `timeoutMs`). */
  waitForSamples(count: number, timeoutMs: number): Promise<number>;
}

interface Pending {
  readonly start: number;
  jsMs: number;
  mutated: boolean;
}

let pending: Pending | null = null;
const waiters: (() => void)[] = [];

const probe: BenchProbe = {
  readyMs: null,
  samples: [],
  attach: async (view) => {
    const original = view.dispatch.bind(view);
    view.dispatch = (tr) => {
      const start = performance.now();
      try {
        original(tr);
      } finally {
        if (pending) pending.jsMs += performance.now() - start;
      }
    };
    return placeCaretMidStory(view);
  },
  waitForSamples: (count, timeoutMs) =>
    new Promise((resolve) => {
      const deadline = setTimeout(() => resolve(probe.samples.length), timeoutMs);
      const check = (): void => {
        if (probe.samples.length >= count) {
          clearTimeout(deadline);
          resolve(probe.samples.length);
        } else waiters.push(check);
      };
      check();
    }),
};

function finishKey(key: Pending): void {
  probe.samples.push({ keyMs: performance.now() - key.start, jsMs: key.jsMs });
  if (pending === key) pending = null;
  waiters.splice(0).forEach((w) => w());
}

window.addEventListener(
  "keydown",
  () => {
    pending = { start: performance.now(), jsMs: 0, mutated: false };
  },
  { capture: true },
);

new MutationObserver((records) => {
  const key = pending;
  if (key && !key.mutated) {
    key.mutated = true;
    requestAnimationFrame(() => {
      // A message task runs after the frame's rendering steps, unlike the rAF callback itself.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => finishKey(key);
      channel.port2.postMessage(0);
    });
  }
  if (
    probe.readyMs === null &&
    records.some((r) => r.attributeName === "data-ready") &&
    document.body?.dataset.ready === "true"
  ) {
    probe.readyMs = performance.now();
  }
}).observe(document, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ["data-ready"],
});

/** The middle of the middle non-empty paragraph, just after a space, so typing starts a new word. */
async function placeCaretMidStory(view: EditorView): Promise<number> {
  const blocks: { pos: number; text: string }[] = [];
  view.state.doc.descendants((node, pos) => {
    if (node.isTextblock && node.textContent.length > 40)
      blocks.push({ pos: pos + 1, text: node.textContent });
    return !node.isTextblock;
  });
  const block = blocks[Math.floor(blocks.length / 2)];
  if (!block) throw new Error("The story has no paragraph to type into.");
  const space = block.text.indexOf(" ", Math.floor(block.text.length / 2));
  const target = block.pos + (space >= 0 ? space + 1 : block.text.length);
  view.focus();
  const { node, offset } = view.domAtPos(target);
  (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.scrollIntoView({
    block: "center",
  });
  document.getSelection()?.collapse(node, offset);
  // ProseMirror reads the DOM selection on selectionchange, which fires in a later task.
  for (let i = 0; i < 50 && view.state.selection.head !== target; i++)
    await new Promise((r) => setTimeout(r, 20));
  if (view.state.selection.head !== target)
    throw new Error(`The caret did not land at ${target} (it is at ${view.state.selection.head}).`);
  return target;
}

(window as unknown as { __bench: BenchProbe }).__bench = probe;
