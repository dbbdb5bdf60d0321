import { defineConfig } from "vitest/config";

/**
 * Four projects, from quick to slow. `npm test` runs integration and unit side by side, beside the
 * type check (alone, integration kept about one of the two cores busy: its CLI runs and killed
 * savers wait), then e2e on its own (CPU-bound: Chromium's pages). ESLint and Prettier are `npm
 * run check`; the security scan (electronegativity, about 15 s) is `npm run security`.
 * - unit: pure code, the Node host and the CLI (`runCli`) in process (`npm run test:unit`).
 * - integration: whole programs and big inputs: the CLI run as a process (its wiring, exit codes,
 *   a closed pipe: tests/cli/process.test.ts), saves killed mid-write,
 *   the packaging check, stories of 300,000 words.
 * - e2e: the built app in Chromium (or Electron), three files at a time in one shared browser.
 */
const integration = [
  "tests/cli/process.test.ts",
  "tests/cli/large-input.test.ts",
  "tests/core/**/scale.test.ts",
  "tests/core/cast/long-paragraph.test.ts",
  "tests/renderer/outline/perf.test.ts",
  "tests/electron/save-kill.test.ts",
  "tests/electron/save-race.test.ts",
  "tests/electron/sidecar-crash.test.ts",
  "tests/electron/packaging.test.ts",
  "tests/electron/builder-config.test.ts",
  "tests/electron/app.electron.test.ts",
];
const security = ["tests/electron/electronegativity.test.ts"];

export default defineConfig({
  test: {
    // A test that checks nothing fails instead of passing.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/{core,renderer,electron,cli}/**/*.test.ts"],
          exclude: [...integration, ...security],
          testTimeout: 30_000,
          // A hook that imports the renderer's module graph (command-registry's beforeAll) took
          // over vitest's default 10 s on the loaded machine; hooks get what tests get.
          hookTimeout: 30_000,
          // Both cores (vitest's default on two is one worker), and one module graph per worker
          // instead of one per file: these files share no mutable module state, and the only
          // vi.mock (electron, in hardening.test.ts) is for modules no other unit file imports.
          // 101 s -> 31 s on the loaded machine. Run with --sequence.shuffle to check it holds.
          maxWorkers: 2,
          isolate: false,
          // In `npm test` unit runs beside integration and the type check (package.json).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: integration,
          testTimeout: 120_000,
          // Hooks may do as much as tests; `npm test` runs this project beside
          // unit and the type check, where one took more than the default 10 s.
          hookTimeout: 120_000,
          // Mostly child processes (savers to kill, the CLI): two files at a time on two cores.
          maxWorkers: 2,
          // One module graph per worker, as in unit: each file importing core, the host and the
          // CLI again cost seconds of CPU. No file here mocks a module or changes globals.
          isolate: false,
          sequence: { groupOrder: 1 },
          // The CLI bundle, built once up front rather than by two files at once.
          globalSetup: ["tests/support/cli-bundle.ts"],
        },
      },
      {
        extends: true,
        test: { name: "security", include: security, testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium for all e2e files; each test opens its own contexts in it.
          globalSetup: ["tests/support/browser-server.ts"],
          // A test fails on any page error or console error it did not allow.
          setupFiles: ["tests/support/page-errors-setup.ts"],
          // Each worker imports playwright and the host once for all the files it runs.
          isolate: false,
          // Three files at a time on two cores: a test mostly waits (for the page's frames, the
          // worker's pause before its full pass, backups and autosave timers), and no test asserts
          // a timing. Two at a time left a core idle in those waits: 193-197 s -> 166-177 s on
          // the quiet machine (2026-12-07, 297 tests, two runs each). Last, so no unit or
          // integration file competes with it.
          maxWorkers: 3,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          // The bench's own smoke test: it checks the measuring tool runs end to end (three
          // Chromium launches of its own, ~30 s of CPU), not the product, so CI runs it after
          // `npm test` (`npm run test:bench`), as it runs lint after it.
          name: "bench",
          include: ["tests/bench/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
    ],
  },
});
