/**
 * One registry of named commands. The native menu, the in-app menu, the keymap
 * (command-keymap.ts, the one place keys are bound), the shortcuts list and the tests all run
 * commands by id, so each behaviour and each key is written once and testable in a browser.
 */

export interface AppCommand<Ctx> {
  readonly id: string;
  readonly label: string;
  /** Shortcut for display and the keymap, in ProseMirror notation ("Mod-s"). */
  readonly keys?: string;
  /** More keys bound to the same command, not shown (another platform's habit: Mod-y for Redo). */
  readonly moreKeys?: readonly string[];
  /**
   * Does the command; says whether it applied. False lets a key fall through to the editor
   * (Alt+Up outside a movable scene), and tells a script that nothing happened.
   */
  run(ctx: Ctx, arg?: string): boolean | Promise<boolean>;
  /** Whether the command can run now (menus grey it out otherwise). */
  enabled?(ctx: Ctx): boolean;
  /**
   * Why it cannot run now, said when a menu that cannot grey items out (Electron's native one)
   * asks for it anyway: the writer chose it and is owed more than silence.
   */
  unavailable?: string;
}

/**
 * A key in one spelling: modifiers in a fixed order ("Shift-Mod-z" is "Mod-Shift-z"), so two
 * spellings of one key count as the same binding. The key itself may be a minus ("Mod--").
 */
export function normalizeKeys(keys: string): string {
  const key = keys.endsWith("--") ? "-" : keys.slice(keys.lastIndexOf("-") + 1);
  const order = ["Mod", "Cmd", "Ctrl", "Alt", "Shift"];
  const modifiers = keys
    .slice(0, keys.length - key.length)
    .split("-")
    .filter(Boolean)
    .map((m) => (m === "Control" ? "Ctrl" : m === "Meta" ? "Cmd" : m))
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...modifiers, key.length === 1 ? key.toLowerCase() : key].join("-");
}

/** Every key a command binds, its shown one first. */
export function keysOf(command: AppCommand<unknown>): string[] {
  return [...(command.keys ? [command.keys] : []), ...(command.moreKeys ?? [])];
}

export class CommandRegistry<Ctx> {
  private readonly commands = new Map<string, AppCommand<Ctx>>();
  /** Normalised key -> the id of the command it runs. */
  private readonly keyOwners = new Map<string, string>();
  /** Set once the keymap is built from the registry: a later command would have no keys. */
  private sealed = false;

  constructor(private readonly ctx: Ctx) {}

  /** Adds commands; an id or a key already taken is a programming error and throws. */
  register(...commands: AppCommand<Ctx>[]): void {
    for (const command of commands) {
      if (this.sealed)
        throw new Error(
          `command ${command.id} registered after the keymap was built: give it through Feature.commands()`,
        );
      if (this.commands.has(command.id)) throw new Error(`command ${command.id} registered twice`);
      for (const keys of keysOf(command)) {
        const owner = this.keyOwners.get(normalizeKeys(keys));
        if (owner) throw new Error(`key ${keys} of ${command.id} is already ${owner}'s`);
      }
      for (const keys of keysOf(command)) this.keyOwners.set(normalizeKeys(keys), command.id);
      this.commands.set(command.id, command);
    }
  }

  get(id: string): AppCommand<Ctx> | undefined {
    return this.commands.get(id);
  }

  /**
   * Every command is in: the app calls this before its first state, whose keymap binds the
   * registry's keys once. Registering after it throws.
   */
  seal(): void {
    this.sealed = true;
  }

  list(): readonly AppCommand<Ctx>[] {
    return [...this.commands.values()];
  }

  /** Whether the command exists and can run now: the menus grey out what this denies. */
  canRun(id: string): boolean {
    const command = this.commands.get(id);
    return !!command && (command.enabled?.(this.ctx) ?? true);
  }

  /** Runs a command by id: whether it applied. Unknown or disabled commands return false. */
  async run(id: string, arg?: string): Promise<boolean> {
    if (!this.canRun(id)) return false;
    return this.commands.get(id)!.run(this.ctx, arg);
  }

  /**
   * Runs a command for a key, synchronously: false (not applied) lets the key go on to the
   * editor's next binding. A command that works asynchronously (a save, a dialog) has taken
   * the key once it starts.
   */
  runForKey(id: string): boolean {
    if (!this.canRun(id)) return false;
    const result = this.commands.get(id)!.run(this.ctx);
    if (typeof result === "boolean") return result;
    result.catch((error: unknown) => console.error(`draftwise: ${id} failed`, error));
    return true;
  }
}
