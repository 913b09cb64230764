// `mixcloud-publish auth`: the OAuth flow of the seed's MixcloudOauth, for a terminal. Prints the
// page to open, receives the code on a loopback redirect, trades it for a token, and prints it
// (or, with --save, writes it to ~/.netrc where `publish` finds it).
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import { chmod, readFile, writeFile } from "node:fs/promises";
import type { Command, CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { readCommandLine } from "./usage.js";
import { netrcPath, withNetrcToken } from "../netrc.js";
import { DEFAULT_OAUTH_URL } from "../constants.js";
import { errorMessage } from "../errors.js";

const USAGE = `Usage: mixcloud-publish auth --client-id ID --client-secret SECRET [options]

Gets a Mixcloud access token for your application (register one at
https://www.mixcloud.com/developers/create/): open the printed link, allow access, and the token
arrives here through a redirect to 127.0.0.1.

Options:
  --client-id ID         your application's client ID (required)
  --client-secret SECRET your application's client secret (required)
  --port N               port of the loopback redirect (default: any free port)
  --save                 write the token to ~/.netrc ("machine mixcloud-api") instead of printing it
  --oauth-url URL        OAuth root (default ${DEFAULT_OAUTH_URL}; a mock server's in tests)
  --timeout SECONDS      how long to wait for the browser (default 300)
  -h, --help             show this help
`;

const OPTIONS = {
  "client-id": { type: "string" },
  "client-secret": { type: "string" },
  port: { type: "string" },
  save: { type: "boolean" },
  "oauth-url": { type: "string" },
  timeout: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const auth: Command = async (args, io) => {
  const line = readCommandLine("auth", args, io, {
    options: OPTIONS,
    usage: USAGE,
    positionals: false,
  });
  if (typeof line === "number") return line;
  const { values } = line;
  const clientId = values["client-id"];
  const clientSecret = values["client-secret"];
  const port = Number(values.port ?? 0);
  const timeoutSeconds = Number(values.timeout ?? 300);
  if (
    !clientId ||
    !clientSecret ||
    !Number.isInteger(port) ||
    port < 0 ||
    port > 65535 ||
    !(timeoutSeconds > 0)
  ) {
    io.stderr(
      `mixcloud-publish auth: --client-id and --client-secret are required; --port takes 0–65535, --timeout a positive number.\n\n${USAGE}`,
    );
    return ExitCode.Usage;
  }
  try {
    const token = await runOAuthFlow(
      {
        clientId,
        clientSecret,
        port,
        oauthUrl: values["oauth-url"],
        timeoutMs: timeoutSeconds * 1000,
      },
      io,
    );
    if (values.save) {
      const path = netrcPath(io.env);
      const before = await readFile(path, "utf8").catch(() => "");
      await writeFile(path, withNetrcToken(before, token), { mode: 0o600 });
      await chmod(path, 0o600);
      io.stdout(
        `Saved the token to ${path} (machine mixcloud-api). \`mixcloud-publish publish\` uses it from there.\n`,
      );
    } else {
      io.stdout(`${token}\n`);
      io.stderr(
        "Store it as the MIXCLOUD_ACCESS_TOKEN secret of your repository (Settings → Secrets and variables → Actions).\n",
      );
    }
    return ExitCode.Ok;
  } catch (error) {
    io.stderr(`mixcloud-publish auth: ${errorMessage(error)}\n`);
    return ExitCode.Problems;
  }
};

interface FlowOptions {
  clientId: string;
  clientSecret: string;
  port: number;
  oauthUrl?: string;
  timeoutMs: number;
}

/** Serves one redirect on 127.0.0.1, then trades the code it carries for a token. */
export async function runOAuthFlow(options: FlowOptions, io: CommandIO): Promise<string> {
  const { authorizeUrl, exchangeToken } = await import("../mixcloud/index.js");
  // The state travels inside the redirect URI itself, so it comes back whatever the provider
  // does with extra parameters: a code that arrives without it was not asked for here.
  const state = randomBytes(16).toString("hex");
  const received = waitForRedirect(options.port, state, options.timeoutMs);
  const redirectUri = `http://127.0.0.1:${await received.port}/callback?state=${state}`;
  io.stderr(
    `Open this page in a browser and allow access:\n\n  ${authorizeUrl({ oauthUrl: options.oauthUrl, clientId: options.clientId, redirectUri })}\n\nWaiting for the redirect to ${redirectUri.replace(/\?.*/, "")} …\n`,
  );
  const code = await received.code;
  return exchangeToken({
    oauthUrl: options.oauthUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    redirectUri,
    code,
  });
}

function waitForRedirect(
  port: number,
  state: string,
  timeoutMs: number,
): { port: Promise<number>; code: Promise<string> } {
  let settle: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  const server = createServer((req, res) =>
    handleRedirect(req, res, state, (outcome) => {
      server.close();
      clearTimeout(timer);
      if (outcome instanceof Error) settle?.reject(outcome);
      else settle?.resolve(outcome);
    }),
  );
  const timer = setTimeout(() => {
    server.close();
    settle?.reject(
      new Error(
        `no redirect came within ${Math.round(timeoutMs / 1000)} s: run auth again and open the link`,
      ),
    );
  }, timeoutMs);
  const listening = new Promise<number>((resolve, reject) => {
    server.once("error", (error) => {
      clearTimeout(timer);
      reject(
        new Error(`cannot listen on 127.0.0.1:${port} (${error.message}): pick another --port`),
      );
    });
    server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
  });
  return { port: listening, code };
}

function handleRedirect(
  req: IncomingMessage,
  res: ServerResponse,
  state: string,
  done: (outcome: string | Error) => void,
): void {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname !== "/callback") {
    res.writeHead(404).end();
    return;
  }
  const page = (status: number, text: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", connection: "close" });
    res.end(`<!doctype html><title>mixcloud-publish</title><p>${text}</p>`);
  };
  if (url.searchParams.get("state") !== state) {
    page(400, "This link was not started by this mixcloud-publish auth run.");
    return;
  }
  const code = url.searchParams.get("code");
  if (code === null || code === "") {
    const reason = url.searchParams.get("error") ?? "no code in the redirect";
    page(400, "Mixcloud did not grant access. You can close this tab.");
    done(new Error(`Mixcloud did not grant access (${reason}): run auth again and allow access`));
    return;
  }
  page(200, "Access granted: you can close this tab and go back to the terminal.");
  done(code);
}
