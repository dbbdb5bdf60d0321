/**
 * Which story opens at launch: a file named on the command line, or the writer's own copy of
 * the bundled story. The bundled file is copied once into the documents folder so that editing
 * never touches the app's read-only (or the repository's) copy.
 */
import { promises as fs } from "node:fs";
import path from "node:path";

/** The first argument that is not a flag and not the app itself. */
export function storyArgument(argv: readonly string[], isPackaged: boolean): string | null {
  const args = argv.slice(isPackaged ? 1 : 2).filter((a) => !a.startsWith("-"));
  return args.length > 0 ? path.resolve(args[args.length - 1]!) : null;
}

export async function ensureWritersCopy(bundled: string, documentsDir: string): Promise<string> {
  const target = path.join(documentsDir, "Draftwise", path.basename(bundled));
  try {
    await fs.access(target);
  } catch {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(bundled, target);
  }
  return target;
}
