// `mixcloud-publish mock-server`: runs the mock Mixcloud API in the foreground until stopped.
import { errorMessage } from "../errors.js";
import { parseArgs } from "node:util";
import { startMockServer } from "../mock/index.js";
import type { MockServer, MockServerOptions } from "../mock/index.js";
import { MOCK_DEFAULTS } from "../mock/options.js";
import { ExitCode } from "./types.js";
import type { Command, CommandIO } from "./types.js";

const USAGE = `Usage: mixcloud-publish mock-server [--port N] [--host H] [--token T] [--user NAME] [--not-pro]
                                [--client-id ID] [--client-secret SECRET]

Runs a mock of the Mixcloud API on this machine, to try the action or the CLI without touching
a real account. It answers like the real API (uploads, edits, listings, OAuth), keeps everything
in memory, prints one line per request, and runs until Ctrl+C.

Options:
  --port N                port to listen on (default 0: any free port)
  --host H                address to listen on (default ${MOCK_DEFAULTS.host})
  --token T               the access token it accepts (default ${MOCK_DEFAULTS.token})
  --user NAME             username of the account (default ${MOCK_DEFAULTS.username})
  --not-pro               behave as a free account: Pro-only upload fields are refused
  --client-id ID          the OAuth client id it accepts (default ${MOCK_DEFAULTS.clientId})
  --client-secret SECRET  the OAuth client secret it accepts (default ${MOCK_DEFAULTS.clientSecret})
  -h, --help              show this help
`;

const HINT = "Run 'mixcloud-publish mock-server --help' for usage.";

type Parsed = { help: true } | { help: false; options: MockServerOptions } | { error: string };

export const mockServer: Command = (args, io) => runMockServerCommand(args, io);

/**
 * Runs the command; resolves with the exit code once SIGINT or SIGTERM arrives (or `signal`
 * aborts, which is how tests stop it) and the server has closed.
 */
export async function runMockServerCommand(
  args: string[],
  io: CommandIO,
  signal?: AbortSignal,
): Promise<number> {
  const parsed = parseCommandArgs(args);
  if ("error" in parsed) {
    io.stderr(`mixcloud-publish mock-server: ${parsed.error}\n${HINT}\n`);
    return ExitCode.Usage;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return ExitCode.Ok;
  }
  let server: MockServer;
  try {
    server = await startMockServer({ ...parsed.options, log: (line) => io.stdout(`${line}\n`) });
  } catch (error) {
    const where = `${parsed.options.host ?? MOCK_DEFAULTS.host}:${parsed.options.port ?? 0}`;
    io.stderr(`mixcloud-publish mock-server: cannot listen on ${where}: ${errorMessage(error)}\n`);
    return ExitCode.Problems;
  }
  io.stdout(banner(server, parsed.options));
  await stopRequested(signal);
  io.stdout("Stopping the mock Mixcloud API.\n");
  await server.close();
  return ExitCode.Ok;
}

function parseCommandArgs(args: string[]): Parsed {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        token: { type: "string" },
        user: { type: "string" },
        "not-pro": { type: "boolean" },
        "client-id": { type: "string" },
        "client-secret": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { error: errorMessage(error) };
  }
  if (values.help) return { help: true };
  return optionsFrom(values);
}

function optionsFrom(values: {
  port?: string;
  host?: string;
  token?: string;
  user?: string;
  "not-pro"?: boolean;
  "client-id"?: string;
  "client-secret"?: string;
}): Parsed {
  const options: MockServerOptions = { isPro: !values["not-pro"] };
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/u.test(values.port) || Number(values.port) > 65_535) {
      return { error: `--port must be a number from 0 to 65535, got "${values.port}".` };
    }
    options.port = Number(values.port);
  }
  for (const [flag, value] of [
    ["--host", values.host],
    ["--token", values.token],
    ["--user", values.user],
    ["--client-id", values["client-id"]],
    ["--client-secret", values["client-secret"]],
  ]) {
    if (value === "") return { error: `${flag} must not be empty.` };
  }
  if (values.user !== undefined && !/^[^/\s]+$/u.test(values.user)) {
    return { error: `--user must be a username without "/" or spaces, got "${values.user}".` };
  }
  if (values.host !== undefined) options.host = values.host;
  if (values.token !== undefined) options.token = values.token;
  if (values.user !== undefined) options.username = values.user;
  if (values["client-id"] !== undefined) options.clientId = values["client-id"];
  if (values["client-secret"] !== undefined) options.clientSecret = values["client-secret"];
  return { help: false, options };
}

// The token and client secret printed here are the mock's own, made up for local tests (or given
// on its command line): printing them is the point.
function banner(server: MockServer, options: MockServerOptions): string {
  const token = options.token ?? MOCK_DEFAULTS.token;
  const username = options.username ?? MOCK_DEFAULTS.username;
  const account = `${username}, ${options.isPro === false ? "free" : "Pro"} account`;
  return [
    `Mock Mixcloud API listening on ${server.url}`,
    `  api-url: ${server.url}`,
    `  access token: ${token} (${account})`,
    `  oauth: ${server.oauthUrl} (client id ${options.clientId ?? MOCK_DEFAULTS.clientId}, secret ${options.clientSecret ?? MOCK_DEFAULTS.clientSecret})`,
    "Use it in place of Mixcloud: give the action `api-url: " +
      server.url +
      "` and `access-token: " +
      token +
      "`,",
    `or run the CLI: mixcloud-publish publish --api-url ${server.url} --token ${token} [PATH…]`,
    "Press Ctrl+C to stop. Requests:",
    "",
  ].join("\n");
}

/** Resolves on SIGINT, SIGTERM or `signal`, whichever comes first, and unhooks the others. */
function stopRequested(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      signal?.removeEventListener("abort", stop);
      resolve();
    };
    if (signal?.aborted) return stop();
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    signal?.addEventListener("abort", stop);
  });
}
