/**
 * The renderer's entry: find the host and ask it for the story at once, then load the rest of
 * the app. A novel takes about as long to read and carry over as the app takes to load, so the
 * two run side by side.
 */
import { getHost } from "./host";
import { readStartStory, startRequest } from "./editor/tab-story";

// Not kept at module level: a settled promise held here would keep the file's text alive.
void ((host) => {
  // The tab's own story after a reload (F5), else the one named at launch: tab-story.ts.
  const request = startRequest();
  const reading = readStartStory(host, request);
  return import("./start").then(({ start }) => start(host, reading, request));
})(getHost());
