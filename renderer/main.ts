/**
 * The renderer's entry: find the host and ask it for the story at once, then load the rest of
 * the app. A novel takes about as long to read and carry over as the app takes to load, so the
 * two run side by side.
 */
import { getHost } from "./host";

// Not kept at module level: a settled promise held here would keep the file's text alive.
void ((host) => {
  const reading = host.openStory({});
  return import("./start").then(({ start }) => start(host, reading));
})(getHost());
