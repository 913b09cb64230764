// The `mixcloud-publish` command: picks a subcommand and loads only that one, so `validate`
// starts as fast as Node itself and never pays for the HTTP client or the GitHub libraries.
import type { Command, CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { VERSION } from "../version.js";
import { closestName } from "../suggest.js";

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: "check cloudcast files and print file:line:col: problems",
    load: async () => (await import("./validate.js")).validate,
  },
  publish: {
    summary: "publish cloudcast files to Mixcloud (the action's pipeline, without GitHub)",
    load: async () => (await import("./publish.js")).publish,
  },
  import: {
    summary: "write cloudcast files from existing Mixcloud uploads",
    load: async () => (await import("./import.js")).importCommand,
  },
  tracklist: {
    summary: "print (or write into a cloudcast file) the tracks: of a DJ software export",
    load: async () => (await import("./tracklist.js")).tracklist,
  },
  auth: {
    summary: "get an access token through Mixcloud's OAuth flow",
    load: async () => (await import("./auth.js")).auth,
  },
  "mock-server": {
    summary: "run the mock Mixcloud API on loopback, for tests and demos",
    load: async () => (await import("./mock-server.js")).mockServer,
  },
  demo: {
    summary: "publish examples/ to a bundled mock server and show the result",
    load: async () => (await import("./demo.js")).demo,
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, { summary }]) => `  ${name.padEnd(width)}  ${summary}`,
  );
  return [
    "Usage: mixcloud-publish <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `mixcloud-publish <command> --help` for a command's options.",
    "",
  ].join("\n");
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === undefined ? ExitCode.Usage : ExitCode.Ok;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${VERSION}\n`);
    return ExitCode.Ok;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    const hint = suggestCommand(name);
    io.stderr(`mixcloud-publish: unknown command '${name}'.${hint}\n\n${usage()}`);
    return ExitCode.Usage;
  }
  return (await command.load())(rest, io);
}

function suggestCommand(name: string): string {
  const near = closestName(name, Object.keys(COMMANDS));
  return near === undefined ? "" : ` Did you mean '${near}'?`;
}
