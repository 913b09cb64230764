// Runs the bundled action (dist/index.js) as a child process under Node 24, with the environment
// a GitHub runner gives a JavaScript action, and collects everything it leaves behind.
import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  existsSync,
  rmSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sourcesDigest } from "../../scripts/sources-digest.mjs";

const ROOT = join(import.meta.dirname, "..", "..");
const BUNDLE = join(ROOT, "dist", "index.js");

let distIsFresh = false;

/**
 * The end-to-end tests run the bundles in dist/, not src/: against a dist/ built from other
 * sources a change to src/ would pass them unbuilt. `npm test` builds first (pretest); a direct
 * `npx vitest run __tests__/e2e` after a change to src/ stops here and says to build.
 */
export function assertDistBuiltFromSources(): void {
  if (distIsFresh) return;
  const file = join(ROOT, "dist", "sources.json");
  const built = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as { sha256?: string }).sha256
    : undefined;
  if (built !== sourcesDigest(ROOT)) {
    throw new Error(
      "dist/ was not built from these sources (src/, package.json or the build changed since): run `npm run build` first, or `npm test`, which builds before it tests",
    );
  }
  distIsFresh = true;
}

const runtimes = new Map<string, string>();

/** A pinned Node runtime's binary (installed by scripts/node-runtime.mjs, which `npm test` runs first). */
function runtimePath(name: "node22" | "node24"): string {
  let path = runtimes.get(name);
  if (path === undefined) {
    path = execFileSync(process.execPath, [join(ROOT, "scripts", "node-runtime.mjs"), name], {
      encoding: "utf8",
    }).trim();
    runtimes.set(name, path);
  }
  return path;
}

/** The Node 24 binary the action runs on, and the newest line the CLI supports. */
export function node24Path(): string {
  return runtimePath("node24");
}

/** The Node 22 binary: the lowest Node the CLI supports (package.json `engines`). */
export function node22Path(): string {
  return runtimePath("node22");
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Everything the run printed or wrote, for "the token appears nowhere" checks. */
  everything: string;
  /** What the run left in RUNNER_TEMP (it should clean up after itself). */
  tempLeftovers: string[];
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  event: object;
  inputs?: Record<string, string>;
  sha?: string;
  ref?: string;
  repository?: string;
  githubApiUrl?: string;
  githubServerUrl?: string;
  env?: Record<string, string>;
  /** Called once the process has started, e.g. to send it a signal mid-run. */
  onSpawn?: (child: ChildProcess) => void;
  timeoutMs?: number;
}

/** The default value of every input, as the runner would pass them from action.yml. */
const INPUT_DEFAULTS: Record<string, string> = {
  "access-token": "",
  files: "cloudcasts/**/*.yml\ncloudcasts/**/*.yaml\n",
  "changed-only": "true",
  "dry-run": "auto",
  "if-exists": "update",
  comment: "true",
  "github-token": "",
  "api-url": "https://api.mixcloud.com",
  concurrency: "2",
  retries: "5",
  prereleases: "false",
  "allow-private-urls": "false",
};

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  assertDistBuiltFromSources();
  const runner = mkdtempSync(join(tmpdir(), "mp-runner-"));
  try {
    return await runInRunnerDir(runner, options);
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

async function runInRunnerDir(runner: string, options: ActionRunOptions): Promise<ActionRun> {
  const eventPath = join(runner, "event.json");
  const outputPath = join(runner, "output");
  const summaryPath = join(runner, "summary.md");
  const tempDir = join(runner, "temp");
  mkdirSync(tempDir);
  writeFileSync(eventPath, JSON.stringify(options.event));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");

  const inputs = { ...INPUT_DEFAULTS, ...options.inputs };
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: runner,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: options.sha ?? "",
    GITHUB_REF: options.ref ?? "refs/heads/main",
    GITHUB_REPOSITORY: options.repository ?? "octo/shows",
    GITHUB_REPOSITORY_OWNER: (options.repository ?? "octo/shows").split("/")[0] ?? "octo",
    GITHUB_API_URL: options.githubApiUrl ?? "http://127.0.0.1:9",
    GITHUB_SERVER_URL: options.githubServerUrl ?? "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: "octocat",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_STATE: join(runner, "state"),
    GITHUB_ENV: join(runner, "env"),
    GITHUB_PATH: join(runner, "path"),
    RUNNER_TEMP: tempDir,
    RUNNER_OS: "Linux",
    // A run that uploaded waits this long for the listing before its last look for a twin
    // (30 s by default): the mock lists at once unless a test's `listing-lag` fault says not.
    MIXCLOUD_PUBLISH_LISTING_LAG: "0.2",
    ...inputEnv,
    ...options.env,
  };

  const child = spawn(node24Path(), [BUNDLE], { cwd: options.workspace, env, stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  options.onSpawn?.(child);
  const guard = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (code, sig) => resolve([code, sig])),
  );
  clearTimeout(guard);

  const outputs = parseOutputFile(readFileSync(outputPath, "utf8"));
  const summary = readFileSync(summaryPath, "utf8");
  const leftovers = [join(runner, "env"), join(runner, "state")]
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, "utf8"));
  // `::add-mask::SECRET` is how a secret is masked: the runner takes the line and never shows it.
  const shown = stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  const everything = [shown, stderr, readFileSync(outputPath, "utf8"), summary, ...leftovers].join(
    "\n",
  );
  const tempLeftovers = readdirSync(tempDir);
  return { exitCode, signal, stdout, stderr, outputs, summary, everything, tempLeftovers };
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER` blocks (and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
      outputs[name] = value.join("\n");
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

/** The workflow commands (`::error file=…::message`) the run printed, parsed. */
export function workflowCommands(stdout: string): Array<{
  command: string;
  properties: Record<string, string>;
  message: string;
}> {
  const found = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command = "", props = "", message = ""] = match;
    const properties = Object.fromEntries(
      props
        .split(",")
        .filter(Boolean)
        .map((pair) => {
          const at = pair.indexOf("=");
          return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
        }),
    );
    found.push({ command, properties, message: unescapeData(message) });
  }
  return found;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ":").replace(/%2C/g, ",");
}
