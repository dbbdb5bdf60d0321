/**
 * The `draftwise` command's entry (bundled to dist/cli.mjs): one run of `runCli` on the process's
 * own arguments, output and environment. What only a process has stays here: its exit code, and
 * ending quietly when the reader closes the pipe.
 */
import { runCli } from "./run";

// A reader that stops early (`check FILE | head -1`) closes the pipe: stop quietly, as cat does.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`draftwise: cannot write the output (${err.code ?? err.message})\n`);
  process.exit(2);
});

void runCli(process.argv.slice(2), process).then((code) => {
  process.exitCode = code;
});
