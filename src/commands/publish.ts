// `mixcloud-publish publish`: the action's pipeline on the command line — the same validation,
// media checks, exactly-once uploads, statuses and exit codes — without GitHub.
import { relative, resolve, sep } from "node:path";
import { tmpdir } from "node:os";
import type { Command, CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { readCommandLine } from "./usage.js";
import { LICENSING_HELP, LICENSING_OPTION, readLicensingOption } from "./licensing-option.js";
import { lookupToken } from "../netrc.js";
import { DEFAULT_API_URL } from "../constants.js";
import type { IfExists, NetworkTimeouts } from "../settings.js";
import { timeoutsFromEnv } from "../settings.js";
import type { FileResult } from "../results.js";
import { toOutputResult } from "../results.js";
import { formatDiagnostic, inLineOrder } from "../diagnostic.js";
import type { LicensingMode } from "../cloudcast/mixcloud-rules/index.js";
import { countWarnings } from "../report/display.js";
import { countStatuses } from "../report/format.js";
import { createTerminalLog } from "./terminal-log.js";

const USAGE = `Usage: mixcloud-publish publish [options] [PATH…]

Publishes cloudcast files (or every *.yml/*.yaml in the folders given; default: cloudcasts/) to
Mixcloud, exactly as the GitHub Action does: everything is validated first, nothing is uploaded
from an invalid batch, new cloudcasts are uploaded, existing ones updated.

Options:
  --dry-run              validate and check media only; upload nothing (no token needed)
  --token TOKEN          Mixcloud access token (else MIXCLOUD_ACCESS_TOKEN, else ~/.netrc
                         "machine mixcloud-api")
  --api-url URL          Mixcloud API root (default ${DEFAULT_API_URL})
  --if-exists MODE       update (default), skip or fail, for cloudcasts already on Mixcloud
  --concurrency N        uploads at once (default 2)
  --retries N            attempts per request on a transient failure (default 5)
${LICENSING_HELP}  --json                 print the results as JSON instead of lines
  -h, --help             show this help

Problems and warnings are printed as file:line:col: [warning: ]message (rule). Warnings (what
Mixcloud may hold against a show: licensing, a show under 15 minutes, a free account at its 10
public shows) never change the exit status.

The environment variables MIXCLOUD_PUBLISH_ANSWER_TIMEOUT, MIXCLOUD_PUBLISH_STALL_TIMEOUT and
MIXCLOUD_PUBLISH_LISTING_LAG (seconds) set the network timeouts, as for the action.

Exit status: 0 all published, updated, unchanged or skipped; 1 a file invalid or failed; 2 usage.
`;

const OPTIONS = {
  "dry-run": { type: "boolean" },
  token: { type: "string" },
  "api-url": { type: "string" },
  "if-exists": { type: "string" },
  concurrency: { type: "string" },
  retries: { type: "string" },
  ...LICENSING_OPTION,
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface PublishRun {
  paths: string[];
  dryRun: boolean;
  token?: string;
  apiUrl: string;
  ifExists: IfExists;
  concurrency: number;
  retries: number;
  licensing?: LicensingMode;
  /** From the environment, as the action reads them; unset: the client's defaults. */
  timeouts?: NetworkTimeouts;
}

export const publish: Command = async (args, io) => {
  const line = readCommandLine("publish", args, io, {
    options: OPTIONS,
    usage: USAGE,
    positionals: true,
  });
  if (typeof line === "number") return line;
  const { values, positionals } = line;
  const problems: string[] = [];
  const ifExists = values["if-exists"] ?? "update";
  if (!["update", "skip", "fail"].includes(ifExists))
    problems.push(`--if-exists takes update, skip or fail, not '${ifExists}'`);
  const concurrency = integerOption(values.concurrency, 2, 1, 16, "--concurrency", problems);
  const retries = integerOption(values.retries, 5, 1, 20, "--retries", problems);
  const licensing = readLicensingOption(values.licensing);
  if (licensing instanceof Error) problems.push(licensing.message);
  const fromEnv = timeoutsFromEnv(io.env);
  for (const p of fromEnv.problems)
    problems.push(`${p.input} is ${p.value}, expected ${p.allowed}`);
  if (problems.length > 0) {
    io.stderr(`mixcloud-publish publish: ${problems.join("; ")}.\n`);
    return ExitCode.Usage;
  }
  const dryRun = values["dry-run"] === true;
  const token = dryRun ? undefined : await lookupToken(values.token, io.env);
  if (!dryRun && token === undefined) {
    io.stderr(
      "mixcloud-publish publish: no access token. Pass --token, set MIXCLOUD_ACCESS_TOKEN, or run `mixcloud-publish auth --save` to store one in ~/.netrc; or use --dry-run to only check.\n",
    );
    return ExitCode.Usage;
  }
  const results = await runPublish(
    {
      paths: positionals.length > 0 ? positionals : ["cloudcasts"],
      dryRun,
      token: token?.token,
      apiUrl: (values["api-url"] ?? DEFAULT_API_URL).replace(/\/+$/, ""),
      ifExists: ifExists as IfExists,
      concurrency,
      retries,
      licensing: licensing as LicensingMode,
      timeouts: fromEnv.timeouts,
    },
    io,
  );
  if (results === undefined) return ExitCode.Usage;
  printResults(results, io, values.json === true, dryRun);
  return results.some((r) => r.status === "invalid" || r.status === "failed")
    ? ExitCode.Problems
    : ExitCode.Ok;
};

/** Runs the pipeline over the given paths; undefined when a path does not exist (already reported). */
export async function runPublish(
  run: PublishRun,
  io: CommandIO,
  signal?: AbortSignal,
): Promise<FileResult[] | undefined> {
  const { findCloudcastFiles } = await import("../selection/files.js");
  const found = await findCloudcastFiles(run.paths, io.cwd);
  for (const error of found.errors) io.stderr(`mixcloud-publish publish: ${error}\n`);
  if (found.errors.length > 0) return undefined;
  const workspace = await workspaceOf(io.cwd);
  const files = found.files.map((file) => ({
    path: toWorkspacePath(workspace, resolve(io.cwd, file)),
    status: "listed" as const,
  }));
  const { runPipeline } = await import("../pipeline.js");
  const { createDownloader, createLfsDownloader } = await import("../download.js");
  const { createLocalLfsAccess } = await import("../media/lfs-access.js");
  const { PRIVATE_ALLOWED } = await import("../media/url-policy.js");
  const controller = new AbortController();
  const stop = () => controller.abort(new Error("interrupted"));
  signal?.addEventListener("abort", stop, { once: true });
  process.once("SIGINT", stop);
  const log = createTerminalLog(io);
  const lfs = createLocalLfsAccess(workspace, run.retries);
  try {
    return await runPipeline({
      workspace,
      files,
      dryRun: run.dryRun,
      ifExists: run.ifExists,
      licensing: run.licensing,
      concurrency: run.concurrency,
      retries: run.retries,
      signal: controller.signal,
      log,
      connect: async () => {
        const { connectMixcloud } = await import("../connect.js");
        return connectMixcloud({
          accessToken: run.token,
          apiUrl: run.apiUrl,
          retries: run.retries,
          timeouts: run.timeouts,
        });
      },
      // The CLI runs on the user's own files: a media server on their own network is fine.
      download: createDownloader({
        tempDir: tmpdir(),
        signal: controller.signal,
        attempts: run.retries,
        urlPolicy: PRIVATE_ALLOWED,
      }),
      downloadLfs: createLfsDownloader(lfs, controller.signal),
      media: { urlPolicy: PRIVATE_ALLOWED, lfs },
    });
  } finally {
    log.close();
    process.off("SIGINT", stop);
  }
}

/** The root the paths in cloudcast files are relative to: the git work tree, else the current folder. */
async function workspaceOf(cwd: string): Promise<string> {
  const { createGitRunner, isWorkTree } = await import("../selection/git.js");
  const git = createGitRunner(cwd);
  if (!(await isWorkTree(git))) return cwd;
  const top = await git.run(["rev-parse", "--show-toplevel"]);
  return top.stdout.trim() || cwd;
}

function toWorkspacePath(workspace: string, absolute: string): string {
  return relative(workspace, absolute).split(sep).join("/");
}

function printResults(results: FileResult[], io: CommandIO, json: boolean, dryRun: boolean): void {
  if (json) {
    io.stdout(`${JSON.stringify(results.map(toOutputResult), null, 2)}\n`);
    return;
  }
  for (const result of results) {
    for (const d of inLineOrder(result)) io.stdout(`${formatDiagnostic(d)}\n`);
    const where = result.url ?? result.error ?? "";
    io.stdout(`${result.status.padEnd(9)}  ${result.file}${where ? `  ${where}` : ""}\n`);
  }
  const counts = countStatuses(results);
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`);
  const warnings = countWarnings(results);
  const warned = warnings === 0 ? "" : `; ${warnings} warning${warnings === 1 ? "" : "s"}`;
  io.stdout(
    `${results.length} file${results.length === 1 ? "" : "s"}${dryRun ? " (dry run)" : ""}: ${parts.join(", ") || "nothing to do"}${warned}\n`,
  );
}

function integerOption(
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
  name: string,
  problems: string[],
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} takes a whole number from ${min} to ${max}, not '${raw}'`);
    return fallback;
  }
  return value;
}
