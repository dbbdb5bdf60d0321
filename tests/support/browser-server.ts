/**
 * The e2e project's global setup: one Chromium for every e2e file. Launching Chromium costs
 * about a second on a busy 2-core machine, and the harness opened one per app (per test in some
 * files); each file now connects to this one (`launchChromium` reads the endpoint) and gets its
 * own browser contexts, so no two tests share a page, cookies or storage.
 */
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_ENDPOINT_ENV, chromiumPath } from "./chromium";

export default async function launchSharedChromium(): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  // Test workers are started after global setup, with this process's environment.
  process.env[CHROMIUM_ENDPOINT_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[CHROMIUM_ENDPOINT_ENV];
    await server.close();
  };
}
