import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TypingRefresh } from "../../../renderer/editor/status-bar";

describe("status bar redraws while typing", () => {
  let refresh: ReturnType<typeof vi.fn<() => void>>;
  let status: TypingRefresh;
  beforeEach(() => {
    vi.useFakeTimers();
    refresh = vi.fn<() => void>();
    status = new TypingRefresh(refresh);
  });
  afterEach(() => void vi.useRealTimers());

  it("waits for a pause in typing", () => {
    for (let key = 0; key < 5; key++) {
      status.soon();
      vi.advanceTimersByTime(60);
    }
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("still catches up once a second while the writer types on", () => {
    for (let key = 0; key < 50; key++) {
      status.soon();
      vi.advanceTimersByTime(60);
    }
    // 3 s of keys 60 ms apart: never a pause, but a redraw each second.
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it("redraws at once when asked, and drops the pending redraw", () => {
    status.soon();
    status.now();
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
