// One way for every command to read its command line: --help prints the usage (exit 0); a bad
// command line says what was wrong, the nearest known option when there is one, and where the
// help is (exit 2).
import { errorMessage } from "../errors.js";
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import type { CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { closestName } from "../suggest.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses `args` against `options` (which must include `help`). Returns the parsed values and
 * positionals, or the exit code when the command should stop here (help shown, usage error).
 */
export function readCommandLine<const O extends Options>(
  command: string,
  args: string[],
  io: CommandIO,
  spec: { options: O; usage: string; positionals: boolean },
) {
  try {
    const parsed = parseArgs({
      args,
      options: spec.options,
      allowPositionals: spec.positionals,
      strict: true,
    });
    if ((parsed.values as { help?: boolean }).help === true) {
      io.stdout(spec.usage);
      return ExitCode.Ok;
    }
    return parsed;
  } catch (error) {
    return usageError(io, command, error, spec.usage, Object.keys(spec.options));
  }
}

export function usageError(
  io: CommandIO,
  command: string,
  error: unknown,
  usage: string,
  knownOptions: readonly string[],
): number {
  const message = errorMessage(error);
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  const hint =
    unknown === undefined ? undefined : closestName(unknown.replace(/^-+/, ""), knownOptions);
  io.stderr(
    `mixcloud-publish ${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}` +
      `${hint === undefined ? "" : ` Did you mean --${hint}?`}\n\n${usage}`,
  );
  return ExitCode.Usage;
}
