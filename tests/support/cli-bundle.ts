/**
 * The integration project's global setup: bundles the CLI once before any test runs it, when
 * it is stale. `scripts/cli.mjs` rebuilds a stale bundle on demand, and two test files running
 * at once would each start that rebuild while the other's CLI was loading the file. `npm test`
 * has just built it (scripts/build.mjs), so there the check is all it costs.
 */
import { spawnSync } from "node:child_process";
import { ROOT } from "./cli";

export default function bundleCli(): void {
  const built = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'if ((await import("./scripts/cli-bundle.mjs")).cliBundleIsStale()) await (await import("./scripts/build.mjs")).buildCli();',
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  if (built.status !== 0) throw new Error(`bundling the CLI failed:\n${built.stderr}`);
}
