// One way for every command to answer a bad command line: what was wrong, the nearest known
// option when there is one, and where the help is. Exit code 2.
import type { CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { closestName } from "../suggest.js";

export function usageError(
  io: CommandIO,
  command: string,
  error: unknown,
  usage: string,
  knownOptions: readonly string[],
): number {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  const hint =
    unknown === undefined ? undefined : closestName(unknown.replace(/^-+/, ""), knownOptions);
  io.stderr(
    `mixcloud-publish ${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}` +
      `${hint === undefined ? "" : ` Did you mean --${hint}?`}\n\n${usage}`,
  );
  return ExitCode.Usage;
}
