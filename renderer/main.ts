/** The renderer's entry: find the host, build the app, open the story named at launch. */
import { App } from "./app";
import { fileCommands } from "./commands/file-commands";
import { features } from "./features";
import { getHost } from "./host";

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html lacks #${id}`);
  return el;
}

async function start(): Promise<void> {
  const app = new App(getHost(), {
      editor: element("editor"),
      status: element("status"),
      banners: element("banners"),
      left: element("left-panel"),
      right: element("right-panel"),
    }, features);
  app.commands.register(...fileCommands);
  app.mount();
  await app.open();
  app.view.focus();
  document.body.dataset.ready = "true";
  // For the console and the tests: the same object the menu drives.
  (window as unknown as { draftwiseApp: App }).draftwiseApp = app;
}

void start();
