/**
 * `draftwise analyze|check|export FILE [options]` (CONTRACT.md; `--help` lists them). Errors print one line on
 * standard error and exit 2 with nothing written; the exit code is the only other output rule.
 *
 * `runCli` is one run: it writes through the `io` it is given and answers the exit code, keeping
 * nothing between runs but caches keyed by their input. The bin entry (main.ts) passes the
 * process itself; the tests run it in their own process, on one warm module graph.
 */
import { analyzeStory } from "../core/analyze";
import { parseCastFile } from "../core/cast-file";
import type { Analysis, Character } from "../core/model";
import type { DictionaryFiles } from "../core/host-api";
import { readDictionaryFiles } from "../electron/host/dictionaries";
import { outlineRanges } from "../core/scenes/anchors";
import { parseStory } from "../core/story";
import {
  breakPlacements,
  emphasisReadings,
  pageSizeFor,
  type BreakPlacement,
  type EmphasisReading,
} from "../core/export";
import {
  CAST_FILE,
  readSidecar,
  readStoryFile,
  type ReadStory,
} from "../electron/host/story-files";
import { allowOnly, parseArgs, stringOption, UsageError, type ParsedArgs } from "./args";
import { formatCheckLine } from "./check-format";
import { exportToFile } from "./export-file";
import { lineParagraphsHint } from "./layout-hint";
import { oneLine } from "./safe-text";
import { asksForHelp, USAGE } from "./usage";

/**
 * The most the command line analyses (analyze, check, and the scenes of md/html/docx exports):
 * analysis takes about 100 times a story's size in memory, so a 100 MB file passed with
 * --large ran out of memory with a trace. 20 MB is some 3.5 million words.
 */
export const ANALYSIS_MAX_BYTES = 20 * 1024 * 1024;

function refuseBeyondAnalysisLimit(story: ReadStory): void {
  const bytes = Buffer.byteLength(story.text, "utf8");
  if (bytes <= ANALYSIS_MAX_BYTES) return;
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  throw new UsageError(
    `"${story.name}" is ${mb(bytes)}; the command line analyses stories up to ${mb(ANALYSIS_MAX_BYTES)} (about 3.5 million words). Split it into parts first.`,
  );
}

async function readCast(args: ParsedArgs): Promise<Character[] | undefined> {
  const file = stringOption(args, "cast");
  if (!file) return undefined;
  const read = await readStoryFile(file, { role: CAST_FILE });
  if (!read.ok) throw new UsageError(`--cast: ${read.error.message}`);
  const cast = parseCastFile(read.value.text);
  if (!cast.ok) throw new UsageError(`--cast ${file} ${cast.message}`);
  return cast.characters;
}

/** Both dictionaries (a word is a typo only when neither variety knows it), as the build compiled them. */
function dictionaries(): Promise<DictionaryFiles[]> {
  return Promise.all([readDictionaryFiles("en-GB"), readDictionaryFiles("en-US")]);
}

/** Reads the story; a very large one needs --large, since the CLI cannot ask as the app does. */
async function readStory(args: ParsedArgs): Promise<ReadStory> {
  const read = await readStoryFile(args.file, { confirmLarge: args.options.has("large") });
  if (read.ok) return read.value;
  if (read.error.code === "needs-confirmation") {
    throw new UsageError(
      `${read.error.message.replace(/ Open it anyway\?$/, "")} Pass --large to read it anyway.`,
    );
  }
  throw new UsageError(read.error.message);
}

function breakOption(args: ParsedArgs): BreakPlacement {
  const value = stringOption(args, "breaks") ?? "scenes";
  if ((breakPlacements as readonly string[]).includes(value)) return value as BreakPlacement;
  throw new UsageError(`unknown --breaks ${value}; use ${breakPlacements.join(", ")}`);
}

/** `--emphasis`, or undefined for the reading the draft asks for (see exportToFile). */
function emphasisOption(args: ParsedArgs): EmphasisReading | undefined {
  const value = stringOption(args, "emphasis");
  if (value === undefined || (emphasisReadings as readonly string[]).includes(value))
    return value as EmphasisReading | undefined;
  throw new UsageError(`unknown --emphasis ${value}; use ${emphasisReadings.join(", ")}`);
}

/**
 * What the app saved next to the story (its sidecar): the outline, whose scenes the export
 * breaks between (when they still fit the text), and the manuscript's title and author. A
 * missing or damaged sidecar is empty: scenes are detected, as the app does.
 */
async function sidecarOf(story: ReadStory): Promise<{ outline?: unknown; export?: unknown }> {
  const { text } = await readSidecar(story.path);
  if (text === null) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === "object" && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

/** `analyze` and `check`: the cast (read first, so its errors come first), then the story. */
async function analyzeFile(args: ParsedArgs): Promise<{ text: string; analysis: Analysis }> {
  const cast = await readCast(args);
  const story = await readStory(args);
  refuseBeyondAnalysisLimit(story);
  const analysis = analyzeStory(story.text, {
    file: args.file,
    dictionaries: await dictionaries(),
    ...(cast ? { cast } : {}),
  });
  return { text: story.text, analysis };
}

/** Where a run writes, and the environment it reads (the paper size); `process` is one. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Runs `draftwise ARGV...` and answers its exit code: 0, 1 (`check` found warnings) or 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const message =
      err instanceof UsageError
        ? err.message
        : `unexpected error: ${(err as Error).message ?? String(err)}`;
    io.stderr.write(`draftwise: ${oneLine(message)}\n`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { stdout, stderr, env } = io;
  if (asksForHelp(argv)) {
    stdout.write(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  switch (args.command) {
    case "analyze": {
      allowOnly(args, ["cast", "json", "large"]);
      const { text, analysis } = await analyzeFile(args);
      const hint = lineParagraphsHint(args.file, text);
      if (hint) stderr.write(hint + "\n");
      stdout.write(JSON.stringify(analysis, null, args.options.has("json") ? undefined : 2) + "\n");
      return 0;
    }
    case "check": {
      allowOnly(args, ["cast", "large"]);
      const { text, analysis } = await analyzeFile(args);
      const hint = lineParagraphsHint(args.file, text);
      if (hint) stderr.write(hint + "\n");
      const warnings = analysis.notes.filter((n) => n.severity === "warning");
      for (const note of warnings) stdout.write(formatCheckLine(args.file, text, note) + "\n");
      return warnings.length > 0 ? 1 : 0;
    }
    case "export": {
      allowOnly(args, ["format", "out", "cast", "large", "breaks", "emphasis"]);
      const format = stringOption(args, "format");
      const out = stringOption(args, "out");
      if (!format || !out)
        throw new UsageError("export needs --format txt|md|html|docx and --out PATH");
      const breaks = breakOption(args);
      const emphasis = emphasisOption(args);
      const story = await readStory(args);
      if (format !== "txt") refuseBeyondAnalysisLimit(story);
      // Plain text is the file itself; the other formats would make it one long paragraph.
      const hint =
        format === "txt"
          ? null
          : lineParagraphsHint(args.file, story.text, "to export each as a paragraph");
      if (hint) stderr.write(hint + "\n");
      const cast = await readCast(args);
      const sidecar = await sidecarOf(story);
      // Scenes decide where breaks and headings go; plain text needs none (it is the original).
      const scenes =
        format === "txt"
          ? undefined
          : (outlineRanges(parseStory(story.text), sidecar.outline) ??
            analyzeStory(story.text, { file: args.file, ...(cast ? { cast } : {}) }).scenes);
      const manuscript = (sidecar.export ?? {}) as { title?: unknown; author?: unknown };
      await exportToFile(
        story,
        format,
        out,
        scenes,
        {
          sceneTitles: false,
          breakStyle: "asterisks",
          breaks,
          ...(emphasis ? { emphasis } : {}),
          // Paper as the writer's system would choose it (LC_PAPER, else the language).
          pageSize: pageSizeFor(env.LC_PAPER || env.LC_ALL || env.LANG),
        },
        {
          ...(typeof manuscript.title === "string" ? { title: manuscript.title } : {}),
          ...(typeof manuscript.author === "string" ? { author: manuscript.author } : {}),
        },
      );
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${args.command}"; use analyze, check or export`);
  }
}
