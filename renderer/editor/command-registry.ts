/**
 * One registry of named commands. The native menu, the in-app buttons, the keymap and the tests
 * all run commands by id, so each behaviour is written once and testable in a browser.
 */

export interface AppCommand<Ctx> {
  readonly id: string;
  readonly label: string;
  /** Shortcut for display and the keymap, in ProseMirror notation ("Mod-s"). */
  readonly keys?: string;
  run(ctx: Ctx, arg?: string): unknown;
  /** Whether the command can run now (menus grey it out otherwise). */
  enabled?(ctx: Ctx): boolean;
}

export class CommandRegistry<Ctx> {
  private readonly commands = new Map<string, AppCommand<Ctx>>();

  constructor(private readonly ctx: Ctx) {}

  register(...commands: AppCommand<Ctx>[]): void {
    for (const command of commands) {
      if (this.commands.has(command.id)) throw new Error(`command ${command.id} registered twice`);
      this.commands.set(command.id, command);
    }
  }

  get(id: string): AppCommand<Ctx> | undefined {
    return this.commands.get(id);
  }

  /** How many commands are registered (cheap: read on every key by the key bindings). */
  get size(): number {
    return this.commands.size;
  }

  list(): readonly AppCommand<Ctx>[] {
    return [...this.commands.values()];
  }

  /** Runs a command by id; unknown or disabled commands return false. */
  async run(id: string, arg?: string): Promise<boolean> {
    const command = this.commands.get(id);
    if (!command || (command.enabled && !command.enabled(this.ctx))) return false;
    await command.run(this.ctx, arg);
    return true;
  }
}
