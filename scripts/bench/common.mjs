// Shared helpers of the benchmarks: where the bundles are, Node 24, temp dirs and git repos,
// valid WAV files, the runner environment a GitHub Actions runner gives a JavaScript action,
// running a process while measuring its wall time and peak RSS, and the mock Mixcloud server in
// a child process of its own (so that the measured process's memory is its own).
//
// This file is also the mock's child-process runner: `node common.mjs --mock-child OPTIONS.json`
// starts the mock from dist/mock with the options in the JSON file, prints `{"url": …}`, and on
// SIGTERM prints `{"stats": …}` (requests, uploads, edits) and exits.
import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { devNull, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The build under test: dist/ (what `npm run build` writes), or BENCH_DIST to measure another. */
export const DIST = resolve(process.env.BENCH_DIST || join(ROOT, "dist"));
export const ACTION_BUNDLE = join(DIST, "index.js");
export const MOCK_BUNDLE = join(DIST, "mock", "index.js");
export const CLI_BUNDLE = join(DIST, "cli", "index.js");
export const MiB = 1024 * 1024;
/** The token the benchmarks' mock servers accept; not a secret. */
export const MOCK_TOKEN = "bench-token";

// ---- figures ----------------------------------------------------------------------------------

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const formatMs = (ms) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
export const formatMb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
export const formatBytes = (bytes) => {
  if (bytes >= 1024 * MiB) return `${(bytes / 1024 / MiB).toFixed(2)} GiB`;
  return bytes >= MiB ? `${(bytes / MiB).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
};
export const verdict = (ok) => (ok ? "met" : "MISSED");

/**
 * Prints a section's table. A row is `{ what, figure, compared }`: what was measured, the
 * figure, and what it is compared with (a baseline, a target, or a check).
 */
export function printTable(title, rows, log = console.log) {
  const widths = [0, 1, 2].map((col) =>
    Math.max(
      ...[["what", "figure", "compared with"], ...rows.map(cells)].map((r) => r[col].length),
    ),
  );
  const line = (r) =>
    r
      .map((cell, col) => cell.padEnd(widths[col]))
      .join("  ")
      .trimEnd();
  log(`\n${title}`);
  log(line(["what", "figure", "compared with"]));
  log(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) log(line(cells(row)));
}

const cells = (row) => [row.what, row.figure, row.compared ?? ""];

// ---- bundled entries -------------------------------------------------------------------------------

/**
 * Bundles a TypeScript entry (a path under `root`) with ncc, the project's bundler, into `dir`
 * and imports it, so that in-process figures are those of bundled code. `root` is the source
 * tree (another commit's, for a "before" figure); with `reuse`, a bundle already in `dir` is
 * imported as it is.
 */
export async function importBundled(entry, dir, { root = ROOT, reuse = false } = {}) {
  if (!(reuse && existsSync(join(dir, "index.js")))) {
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules/@vercel/ncc/dist/ncc/cli.js"),
        "build",
        join(root, entry),
        "-o",
        dir,
        "--quiet",
      ],
      { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
    );
  }
  return import(pathToFileURL(join(dir, "index.js")).href);
}

// ---- Node 24 ------------------------------------------------------------------------------------

let node24;
/** The Node 24 binary the action runs on (scripts/node-runtime.mjs installs it into .cache once). */
export function node24Path() {
  node24 ??= execFileSync(process.execPath, [join(ROOT, "scripts", "node-runtime.mjs"), "node24"], {
    encoding: "utf8",
  }).trim();
  return node24;
}

/** Stops early with what to do when the bundles are not built. */
export function assertBuilt() {
  const missing = [ACTION_BUNDLE, MOCK_BUNDLE, CLI_BUNDLE].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(`${missing.join(", ")} not found: run \`npm run build\` first.`);
  }
}

// ---- temp dirs and git --------------------------------------------------------------------------

export function makeTempDir(prefix) {
  return mkdtemp(join(tmpdir(), `mixcloud-publish-bench-${prefix}-`));
}

export function removeDir(dir) {
  return rm(dir, { recursive: true, force: true });
}

/** Git isolated from the user's and the system's configuration, never prompting. */
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: devNull,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_TERMINAL_PROMPT: "0",
  GIT_AUTHOR_NAME: "Bench",
  GIT_AUTHOR_EMAIL: "bench@example.invalid",
  GIT_COMMITTER_NAME: "Bench",
  GIT_COMMITTER_EMAIL: "bench@example.invalid",
};

export function git(dir, args) {
  return new Promise((resolvePromise, reject) => {
    execFile(
      "git",
      args,
      { cwd: dir, env: GIT_ENV, maxBuffer: 64 * MiB },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`git ${args.join(" ")} failed in ${dir}: ${stderr || error.message}`));
        else resolvePromise(stdout.trim());
      },
    );
  });
}

/** `git init -b main` in `dir` (created if needed). */
export async function createRepo(dir) {
  await mkdir(dir, { recursive: true });
  await git(dir, ["init", "-q", "-b", "main"]);
  await git(dir, ["config", "commit.gpgsign", "false"]);
}

/** Commits everything in the work tree; returns the new commit's sha. */
export async function commitAll(dir, message) {
  await git(dir, ["add", "-A"]);
  await git(dir, ["commit", "-q", "--allow-empty", "-m", message]);
  return git(dir, ["rev-parse", "HEAD"]);
}

/** Writes `text` to `file` under `dir`, creating folders. */
export async function writeText(dir, file, text) {
  await mkdir(dirname(join(dir, file)), { recursive: true });
  await writeFile(join(dir, file), text);
}

// ---- audio --------------------------------------------------------------------------------------

/** The 44-byte header of a PCM WAV file (44.1 kHz, mono, 16-bit) holding `dataBytes` of sound. */
export function wavHeader(dataBytes) {
  if (dataBytes % 2 !== 0)
    throw new Error(`16-bit WAV data must be a whole number of samples, not ${dataBytes} bytes`);
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(44_100, 24);
  header.writeUInt32LE(88_200, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per sample frame
  header.writeUInt16LE(16, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** A valid WAV of `totalBytes` (even) in all: the header, then silence left as a sparse hole. */
export async function writeSparseWav(path, totalBytes) {
  const handle = await open(path, "w");
  try {
    await handle.write(wavHeader(totalBytes - 44), 0, 44, 0);
    await handle.truncate(totalBytes);
  } finally {
    await handle.close();
  }
}

/**
 * A WAV as long as a show that stays small: `seconds` of 8-bit mono silence at `rate` samples a
 * second (100 by default: 100 bytes a second), the file `sox -D -n -r 100 -b 8 -c 1 x.wav trim 0
 * SECONDS` writes. Its length is what the duration check reads, so tracklists fit inside it.
 */
export function showWav(seconds, rate = 100) {
  const dataBytes = Math.round(seconds * rate);
  const header = wavHeader(dataBytes + (dataBytes % 2));
  header.writeUInt32LE(36 + dataBytes, 4);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // bytes per second
  header.writeUInt16LE(1, 32); // bytes per sample frame
  header.writeUInt16LE(8, 34);
  header.writeUInt32LE(dataBytes, 40);
  return Buffer.concat([header, Buffer.alloc(dataBytes, 0x80)]);
}

/** A small valid WAV: `samples` of 16-bit silence. */
export function smallWav(samples = 2205) {
  return Buffer.concat([wavHeader(samples * 2), Buffer.alloc(samples * 2)]);
}

// ---- the runner environment -------------------------------------------------------------------

/** Every input's default, as the runner passes them from action.yml. */
const INPUT_DEFAULTS = {
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
};

/**
 * The files and environment a runner gives an action step, in `runnerDir` (created by the
 * caller): event payload, outputs and summary files, INPUT_* variables with dashes kept.
 * Returns the env and where the outputs and summary will be.
 */
export async function prepareRunner(runnerDir, options) {
  const paths = {
    event: join(runnerDir, "event.json"),
    output: join(runnerDir, "output"),
    summary: join(runnerDir, "summary.md"),
    temp: join(runnerDir, "temp"),
  };
  await mkdir(paths.temp, { recursive: true });
  await writeFile(paths.event, JSON.stringify(options.event));
  await writeFile(paths.output, "");
  await writeFile(paths.summary, "");
  const inputs = { ...INPUT_DEFAULTS, ...options.inputs };
  const repository = options.repository ?? "octo/shows";
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: runnerDir,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_SHA: options.sha ?? "",
    GITHUB_REF: options.ref ?? "refs/heads/main",
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split("/")[0],
    // Port 9 (discard) on loopback: a GitHub API call the benchmark did not plan fails at once.
    GITHUB_API_URL: options.githubApiUrl ?? "http://127.0.0.1:9",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: "octocat",
    GITHUB_OUTPUT: paths.output,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_STATE: join(runnerDir, "state"),
    GITHUB_ENV: join(runnerDir, "env"),
    GITHUB_PATH: join(runnerDir, "path"),
    RUNNER_TEMP: paths.temp,
    RUNNER_OS: "Linux",
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  return { env, paths };
}

/** The GITHUB_OUTPUT file: `name<<DELIMITER` … `DELIMITER` blocks and `name=value` lines. */
export function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      outputs[heredoc[1]] = value.join("\n");
    } else if (lines[i].includes("=")) {
      const at = lines[i].indexOf("=");
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** The `results` output as a list of statuses, counted: `{ published: 20 }`. */
export function countStatuses(outputs) {
  const results = JSON.parse(outputs.results ?? "[]");
  const counts = {};
  for (const { status } of results) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** Runs the action bundle under Node 24 in a prepared runner; see {@link measureProcess}. */
export function runActionMeasured(runner, { workspace, timeoutMs }) {
  return measureProcess(node24Path(), [ACTION_BUNDLE], {
    cwd: workspace,
    env: runner.env,
    timeoutMs,
  });
}

// ---- measuring a process ----------------------------------------------------------------------

const GNU_TIME = "/usr/bin/time";

/**
 * Runs a command to its end and measures its wall time and peak RSS: GNU time's maximum resident
 * set size when /usr/bin/time is there, else the process's VmHWM polled from /proc. Resolves with
 * `{ exitCode, wallMs, peakRssKb, stdout, stderr }`; a run past `timeoutMs` is killed.
 */
export async function measureProcess(file, args, { cwd, env, timeoutMs = 300_000 }) {
  if (existsSync(GNU_TIME)) return measureWithGnuTime(file, args, { cwd, env, timeoutMs });
  return measureWithProc(file, args, { cwd, env, timeoutMs });
}

async function measureWithGnuTime(file, args, options) {
  const scratch = await makeTempDir("time");
  try {
    const stats = join(scratch, "time.txt");
    const run = await runToEnd(GNU_TIME, ["-f", "%M", "-o", stats, file, ...args], options);
    // GNU time writes "Command exited with non-zero status N" before the figure when it fails.
    const lastLine = (await readFile(stats, "utf8")).trim().split("\n").pop();
    return { ...run, peakRssKb: Number(lastLine) };
  } finally {
    await removeDir(scratch);
  }
}

async function measureWithProc(file, args, options) {
  let peakRssKb = 0;
  let timer;
  const run = await runToEnd(file, args, options, (child) => {
    const poll = async () => {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8").catch(() => "");
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
      if (hwm) peakRssKb = Math.max(peakRssKb, Number(hwm[1]));
    };
    timer = setInterval(poll, 10);
  });
  clearInterval(timer);
  return { ...run, peakRssKb };
}

function runToEnd(file, args, { cwd, env, timeoutMs }, onSpawn) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    onSpawn?.(child);
    const guard = setTimeout(() => void killTree(child.pid), timeoutMs);
    child.once("error", (error) => {
      clearTimeout(guard);
      reject(error);
    });
    child.once("close", (exitCode, signal) => {
      clearTimeout(guard);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      resolvePromise({
        exitCode: exitCode ?? (signal ? `killed by ${signal}` : null),
        wallMs,
        stdout,
        stderr,
      });
    });
  });
}

/**
 * SIGKILLs a process and its descendants, by PID: killing GNU time alone would leave the
 * measured process running.
 */
async function killTree(pid) {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
  for (const child of children.split(/\s+/).filter(Boolean)) await killTree(Number(child));
}

/** A short account of a failed run, for an error message. */
export function describeFailure(what, run) {
  const tail = (text) => text.trim().split("\n").slice(-15).join("\n");
  return `${what} exited ${run.exitCode}:\n${tail(run.stdout)}\n${tail(run.stderr)}`;
}

// ---- the mock Mixcloud server in a child process ---------------------------------------------

/**
 * Starts dist/mock in a child process with the given options (`existingCloudcasts` may be
 * thousands of entries: they go through a JSON file in `workDir`). Resolves with its `url` and
 * `stop()`, which resolves with what it received: `{ requests, uploads, edits, cloudcasts }`.
 */
export async function startMockProcess({ workDir, ...options }) {
  const optionsFile = join(workDir, `mock-options-${process.hrtime.bigint()}.json`);
  await writeFile(
    optionsFile,
    JSON.stringify({ token: MOCK_TOKEN, username: "bench", ...options }),
  );
  const child = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), "--mock-child", optionsFile],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const messages = [];
  const waiters = [];
  lines.on("line", (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(JSON.parse(line));
    else messages.push(JSON.parse(line));
  });
  const exited = new Promise((resolvePromise) => child.once("exit", resolvePromise));
  exited.then((code) => {
    for (const waiter of waiters.splice(0))
      waiter.reject(new Error(`the mock server process exited (${code})`));
  });
  const nextMessage = () =>
    messages.length > 0
      ? Promise.resolve(messages.shift())
      : new Promise((res, rej) => waiters.push({ resolve: res, reject: rej }));

  const { url } = await nextMessage();
  let stopped;
  return {
    url,
    /** Stops the child (SIGTERM to its PID) and resolves with its statistics. */
    stop() {
      stopped ??= (async () => {
        const stats = nextMessage();
        child.kill("SIGTERM");
        const guard = setTimeout(() => child.kill("SIGKILL"), 10_000);
        try {
          return (await stats).stats;
        } finally {
          await exited;
          clearTimeout(guard);
          await rm(optionsFile, { force: true });
        }
      })();
      return stopped;
    },
  };
}

async function mockChild(optionsFile) {
  const options = JSON.parse(await readFile(optionsFile, "utf8"));
  const { startMockServer } = await import(pathToFileURL(MOCK_BUNDLE).href);
  const server = await startMockServer(options);
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.once("SIGTERM", () => {
    const { state } = server;
    const stats = {
      requests: state.requests.length,
      requestsByMethod: countBy(state.requests, (request) => request.method),
      uploads: state.uploads.map((upload) => ({
        key: upload.key,
        audioBytes: upload.files.find((part) => part.field === "mp3")?.size ?? 0,
      })),
      edits: state.edits.length,
      cloudcasts: state.cloudcasts.length,
    };
    process.stdout.write(`${JSON.stringify({ stats })}\n`, () => {
      void server.close().then(() => process.exit(0));
    });
  });
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

if (
  process.argv[2] === "--mock-child" &&
  resolve(process.argv[1] ?? "") === fileURLToPath(import.meta.url)
) {
  mockChild(process.argv[3]).catch((error) => {
    console.error(`mock server process: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
