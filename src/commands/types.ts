/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (progress bars, colour). */
  isTTY: boolean;
}

/** A command takes its own arguments (after the command name) and returns the exit code. */
export type Command = (args: string[], io: CommandIO) => Promise<number>;

/** Exit codes shared by every command. */
export const ExitCode = { Ok: 0, Problems: 1, Usage: 2 } as const;
