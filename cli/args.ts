/** Command-line parsing for the contract in CONTRACT.md: a command, one file, named options. */

export class UsageError extends Error {}

export interface ParsedArgs {
  readonly command: string;
  readonly file: string;
  readonly options: ReadonlyMap<string, string | true>;
}

const FLAGS = new Set(["json", "quick", "large"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) {
    throw new UsageError(
      "usage: draftwise analyze|check|export FILE [options]; draftwise --help lists them",
    );
  }
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (eq >= 0) options.set(name, arg.slice(eq + 1));
    else if (FLAGS.has(name)) options.set(name, true);
    else {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    }
  }
  if (positional.length !== 1) {
    throw new UsageError(
      `${command} takes exactly one FILE (got ${positional.length}); e.g. draftwise ${command} documents/story.txt`,
    );
  }
  return { command, file: positional[0]!, options };
}

/** Reads a string option, rejecting a bare flag. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  if (value === true) throw new UsageError(`option --${name} needs a value`);
  return value;
}

/** Rejects options a command does not know, so typos do not pass silently. */
export function allowOnly(args: ParsedArgs, names: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!names.includes(name)) throw new UsageError(`${args.command} does not take --${name}`);
  }
}
