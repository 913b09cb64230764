// The seeded soak: many runs of a batch of three cloudcasts published through the chaos proxy to
// a fresh mock Mixcloud server each, with the real pipeline in-process, and after every run the
// exactly-once invariant checked against what the mock holds. The batch: "Chaos A" (WAV beside
// the file) is already on the account with an old description, so it is edited, never uploaded;
// "Chaos B" (WAV and a PNG picture) and "Chaos C" (WAV by URL, downloaded to the run's temporary
// folder) are uploaded.
//
// - run the workflow once; if a file failed, run it once more (new client, new connections, the
//   same fault weights); after that every title is on the mock exactly once — never twice, never
//   missing — and no run ever has a title twice;
// - a published/updated/unchanged result names a key the mock holds under that title (an updated
//   one with the file's description), and the cloudcast that was already there is never uploaded;
// - the temporary folder given to the run is empty afterwards;
// - the access token is nowhere in what the run printed or returned;
// - no exception escapes, no run outlives its time limit, no proxy socket outlives close().
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runPipeline } from "../../src/pipeline.js";
import type { PipelineFile } from "../../src/pipeline.js";
import { MixcloudClient } from "../../src/mixcloud/index.js";
import { createDownloader } from "../../src/download.js";
import { PRIVATE_ALLOWED } from "../../src/media/index.js";
import { createTerminalLog } from "../../src/commands/terminal-log.js";
import type { CommandIO } from "../../src/commands/types.js";
import type { FileResult } from "../../src/results.js";
import { toOutputResult } from "../../src/results.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { PNG, showAudio, showYaml, wav } from "../e2e/world.js";
import { startMediaServer } from "./media-server.js";
import type { MediaServer } from "./media-server.js";
import { deriveSeed, mulberry32 } from "./prng.js";
import { FAULT_KINDS, startChaosProxy } from "./proxy.js";
import { formatRecoveries, recoveries, watchExchanges } from "./recovery.js";
import type { ExchangeWatch, Recovery } from "./recovery.js";
import type { ChaosProxy, ChaosProxyOptions, FaultKind } from "./proxy.js";

export const SOAK_TOKEN = "soak-secret-token-7c1d2e3f4a5b";
const USERNAME = "chaos-dj";
/** The description every cloudcast file of the batch has (showYaml's). */
const FILE_DESCRIPTION = "A night of deep house.";
/** The one cloudcast of the batch that is on the account before the first run. */
const EXISTING = { name: "Chaos A", slug: "chaos-a", description: "An old description." };

/** The default fault mix: a fault on about half the connections, of every kind. */
export const DEFAULT_WEIGHTS: Record<FaultKind, number> = {
  passthrough: 45,
  "cut-up": 20,
  "cut-down": 15,
  delay: 12,
  silent: 8,
};

/** A fault mix for the soak: which faults, and their shape. */
export interface SoakProfile {
  weights: Partial<Record<FaultKind, number>>;
  faultShape?: Pick<ChaosProxyOptions, "cutUpBytes" | "cutDownBytes" | "delayMs">;
}

/**
 * default: every kind of fault, delays well inside the client's 1 s answer timeout.
 * cuts:    nearly every connection cut, most of them around the end of an upload's body.
 * late:    delays around the answer timeout, so uploads reach the server after the client gave
 *          up on them — this is how the soak finds the duplicate-after-late-commit bug (see
 *          late-commit.test.ts); it is not part of the default suite for that reason.
 */
export const SOAK_PROFILES: Record<string, SoakProfile> = {
  default: { weights: DEFAULT_WEIGHTS },
  cuts: {
    weights: { "cut-up": 3, "cut-down": 3, delay: 1, passthrough: 1 },
    faultShape: { cutUpBytes: [7_000, 11_000], cutDownBytes: [0, 400] },
  },
  late: {
    weights: { delay: 3, "cut-down": 1, passthrough: 1 },
    faultShape: { delayMs: [200, 1_100], cutDownBytes: [0, 400] },
  },
};

export interface SoakOptions {
  runs: number;
  seed: number;
  /** Index of the first run (to run one run of a longer soak again: its index, and runs = 1). */
  first?: number;
  weights?: Partial<Record<FaultKind, number>>;
  /** Where cuts fall and how long delays are (the proxy's defaults otherwise). */
  faultShape?: Pick<ChaosProxyOptions, "cutUpBytes" | "cutDownBytes" | "delayMs">;
  /** Longest one workflow run may take before it counts as a hang and the soak stops. */
  runTimeoutMs?: number;
  /**
   * The `retries` setting of the first workflow run. Low by default, so that files do fail now and
   * then and the second run has something to repair: the path where exactly-once matters most.
   */
  firstRunRetries?: number;
  /** The `retries` setting of the second workflow run (the default setting, 5). */
  retries?: number;
  /** The profile's name (SOAK_PROFILES), for the command in violation messages that runs it again. */
  profileName?: string;
  /**
   * The client's answer timeout (and so the wait before a lost upload is looked up again): 1 s
   * by default, so a hang costs about a second. Raise it to tell recoveries that waited for a
   * timeout from those that only waited for the backoff (25–250 ms).
   */
  answerTimeoutMs?: number;
  /** Told about each violation as it is found. */
  log?: (line: string) => void;
}

export interface Violation {
  run: number;
  runSeed: number;
  message: string;
}

export interface SoakReport {
  seed: number;
  /** Runs completed (fewer than asked when the soak stopped early). */
  runs: number;
  /** Runs whose first workflow run left a file failed, so it ran a second time. */
  secondRuns: number;
  /** What the exactly-once machinery did, counted from the runs' logs. */
  events: Record<EventName, number>;
  injected: Record<FaultKind, number>;
  /** How long each fault that interrupted a request took to recover from (recovery.ts). */
  recoveries: Recovery[];
  violations: Violation[];
  durationMs: number;
  /** Why the soak stopped before its last run, if it did. */
  stoppedEarly?: string;
}

/** Client timeouts short enough that a hang costs about a second, not minutes. */
const CLIENT_TIMEOUTS = { connectMs: 1_000, headersMs: 1_000, stallMs: 1_000 };
const CLIENT_BACKOFF = { baseMs: 25, maxMs: 250 };
/** After a hang the run is aborted; this long is allowed for it to wind down. */
const SETTLE_MS = 5_000;

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = performance.now();
  const fixture = await createFixture();
  const report: SoakReport = {
    seed: options.seed,
    runs: 0,
    secondRuns: 0,
    events: zeroEvents(),
    injected: zeroCounts(),
    recoveries: [],
    violations: [],
    durationMs: 0,
  };
  const watch = watchExchanges();
  try {
    const first = options.first ?? 0;
    for (let index = first; index < first + options.runs; index++) {
      const outcome = await soakRun(index, fixture, options, watch);
      report.runs += 1;
      report.recoveries.push(...outcome.recoveries);
      if (outcome.secondRun) report.secondRuns += 1;
      addCounts(report.injected, outcome.injected);
      for (const name of EVENT_NAMES) report.events[name] += outcome.events[name];
      for (const message of outcome.violations) {
        const violation = { run: index, runSeed: outcome.runSeed, message };
        report.violations.push(violation);
        options.log?.(formatViolation(options, violation));
      }
      if (outcome.transcript !== "")
        options.log?.(`run ${index} transcript:\n${outcome.transcript}`);
      if (outcome.hung) {
        report.stoppedEarly = `run ${index} hung (did not finish within ${runTimeout(options) / 1000} s)`;
        break;
      }
    }
  } finally {
    watch.stop();
    await fixture.close();
  }
  report.durationMs = performance.now() - started;
  return report;
}

/** `soak: seed=… runs=… faults injected: … invariant violations: N duration=…s` */
export function formatReport(report: SoakReport): string {
  const order: FaultKind[] = ["cut-up", "cut-down", "delay", "silent", "passthrough"];
  const faults = order.map((kind) => `${kind}=${report.injected[kind]}`).join(" ");
  return (
    `soak: seed=${report.seed} runs=${report.runs} second-runs=${report.secondRuns} ` +
    `faults injected: ${faults} ` +
    `exactly-once: ${EVENT_NAMES.map((name) => `${name}=${report.events[name]}`).join(" ")} ` +
    `invariant violations: ${report.violations.length} ` +
    `duration=${(report.durationMs / 1000).toFixed(1)}s` +
    (report.stoppedEarly === undefined ? "" : ` STOPPED EARLY: ${report.stoppedEarly}`) +
    `\nsoak ${formatRecoveries(report.recoveries)}`
  );
}

export function formatViolation(
  soak: Pick<SoakOptions, "seed" | "profileName">,
  violation: Violation,
): string {
  const profile =
    soak.profileName === undefined || soak.profileName === "default"
      ? ""
      : `SOAK_PROFILE=${soak.profileName} `;
  return (
    `soak violation: run ${violation.run} (the same faults again: ${profile}SOAK_SEED=${soak.seed} SOAK_FIRST=${violation.run} ` +
    `SOAK_RUNS=1; run seed ${violation.runSeed}; timing decides which requests meet them): ${violation.message}`
  );
}

// ---------------------------------------------------------------------------------------------
// The batch: three cloudcasts — WAV audio beside the file, WAV + PNG picture, WAV by URL.

interface Fixture {
  workspace: string;
  files: PipelineFile[];
  titles: string[];
  close(): Promise<void>;
}

async function createFixture(): Promise<Fixture> {
  const workspace = await mkdtemp(join(tmpdir(), "mp-soak-"));
  let media: MediaServer | undefined;
  try {
    media = await startMediaServer({ name: "c.wav", body: wav(1), contentType: "audio/wav" });
    const folder = join(workspace, "cloudcasts");
    await mkdir(folder);
    await writeFile(join(folder, "a.yml"), showYaml("Chaos A"));
    await writeFile(join(folder, "a.wav"), showAudio());
    await writeFile(join(folder, "b.yml"), showYaml("Chaos B", "picture: cloudcasts/b.png\n"));
    await writeFile(join(folder, "b.wav"), showAudio());
    await writeFile(join(folder, "b.png"), PNG);
    await writeFile(join(folder, "c.yml"), showYaml("Chaos C", `audio: ${media.url}\n`));
  } catch (error) {
    await media?.close();
    await rm(workspace, { recursive: true, force: true });
    throw error;
  }
  const server = media;
  return {
    workspace,
    files: ["a", "b", "c"].map((name) => ({ path: `cloudcasts/${name}.yml`, status: "listed" })),
    titles: ["Chaos A", "Chaos B", "Chaos C"],
    async close() {
      await server.close();
      await rm(workspace, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// One soak run: a fresh mock and proxy, one or two workflow runs, the invariants.

const EVENT_NAMES = ["lookups", "arrived", "edits-resent", "stored-but-failed"] as const;
/**
 * lookups: an upload's outcome was unknown and the account was searched; arrived: it was found
 * there; edits-resent: an edit whose answer was lost was sent again; stored-but-failed: a file
 * failed in the first run although its upload had been stored — the second run must find it.
 */
type EventName = (typeof EVENT_NAMES)[number];

interface RunOutcome {
  runSeed: number;
  events: Record<EventName, number>;
  secondRun: boolean;
  hung: boolean;
  injected: Record<FaultKind, number>;
  recoveries: Recovery[];
  violations: string[];
  /** What the workflow runs printed, kept to explain a violation. */
  transcript: string;
}

async function soakRun(
  index: number,
  fixture: Fixture,
  options: SoakOptions,
  watch: ExchangeWatch,
): Promise<RunOutcome> {
  watch.take();
  const runSeed = deriveSeed(options.seed, index);
  const mock = await startMockServer({
    token: SOAK_TOKEN,
    username: USERNAME,
    existingCloudcasts: [EXISTING],
  });
  const events = zeroEvents();
  let proxy: ChaosProxy | undefined;
  const violations: string[] = [];
  const transcripts: string[] = [];
  let secondRun = false;
  let hung = false;
  let endedAt = 0;
  try {
    proxy = await startChaosProxy({
      target: mock.url,
      seed: runSeed,
      weights: options.weights ?? DEFAULT_WEIGHTS,
      ...options.faultShape,
    });
    const random = mulberry32(runSeed ^ 0x5eed);
    const first = await runWorkflow(
      fixture,
      proxy.url,
      random,
      options.firstRunRetries ?? 2,
      options,
    );
    violations.push(...checkWorkflow("first run", first, fixture.titles, mock, false));
    countEvents(events, first, mock);
    transcripts.push(`--- first run ---\n${first.printed}`);
    hung = first.timedOut;
    if (!hung && first.results?.some((r) => r.status === "failed") !== false) {
      secondRun = true;
      const second = await runWorkflow(fixture, proxy.url, random, options.retries ?? 5, options);
      violations.push(...checkWorkflow("second run", second, fixture.titles, mock, true));
      countEvents(events, second, undefined);
      transcripts.push(`--- second run ---\n${second.printed}`);
      hung = second.timedOut;
    } else if (!hung) {
      violations.push(...checkFinalCatalogue(fixture.titles, mock));
    }
    endedAt = performance.now();
  } finally {
    await proxy?.close();
    await mock.close();
  }
  if (proxy.openSockets() !== 0) {
    violations.push(`the proxy has ${proxy.openSockets()} sockets open after close()`);
  }
  if (violations.length > 0) {
    violations.push(`proxy decisions: ${describeConnections(proxy.connections())}`);
  }
  const transcript = violations.length > 0 ? transcripts.join("\n") : "";
  const proxyPort = Number(new URL(proxy.url).port);
  const recovered = recoveries(proxy.connections(), watch.take(), proxyPort, endedAt);
  return {
    runSeed,
    events,
    secondRun,
    hung,
    injected: proxy.injected(),
    recoveries: recovered,
    violations,
    transcript,
  };
}

function zeroEvents(): Record<EventName, number> {
  return Object.fromEntries(EVENT_NAMES.map((name) => [name, 0])) as Record<EventName, number>;
}

function countEvents(
  events: Record<EventName, number>,
  outcome: WorkflowOutcome,
  mock: MockServer | undefined,
): void {
  const occurrences = (text: string) => outcome.printed.split(text).length - 1;
  events.lookups += occurrences("looking the upload up on Mixcloud");
  events.arrived += occurrences("the interrupted upload did arrive");
  events["edits-resent"] += occurrences("(an edit is safe to repeat)");
  if (mock === undefined) return;
  for (const result of outcome.results ?? []) {
    if (result.status !== "failed" || result.title === EXISTING.name) continue;
    if (mock.state.cloudcasts.some((c) => c.name === result.title))
      events["stored-but-failed"] += 1;
  }
}

function describeConnections(connections: ReturnType<ChaosProxy["connections"]>): string {
  return connections
    .map(
      (c) =>
        `#${c.index} ${c.kind}${c.at === undefined ? "" : `@${c.at}`}${c.fired ? "" : " (not fired)"}`,
    )
    .join(", ");
}

interface WorkflowOutcome {
  results?: FileResult[];
  /** The message of an exception that escaped the pipeline. */
  thrown?: string;
  timedOut: boolean;
  /** Everything the run printed or returned, for the token check. */
  printed: string;
  /** What the run left in its temporary folder. */
  tempLeftovers: string[];
}

async function runWorkflow(
  fixture: Fixture,
  apiUrl: string,
  random: () => number,
  retries: number,
  options: SoakOptions,
): Promise<WorkflowOutcome> {
  const tempDir = await mkdtemp(join(tmpdir(), "mp-soak-temp-"));
  const captured = captureIO(fixture.workspace);
  const log = createTerminalLog(captured.io);
  const controller = new AbortController();
  const clients: MixcloudClient[] = [];
  const pipeline = runPipeline({
    workspace: fixture.workspace,
    files: fixture.files,
    dryRun: false,
    ifExists: "update",
    concurrency: 2,
    retries,
    signal: controller.signal,
    log,
    connect: async () => {
      const client = new MixcloudClient({
        apiUrl,
        token: SOAK_TOKEN,
        attempts: retries,
        timeouts: {
          ...CLIENT_TIMEOUTS,
          headersMs: options.answerTimeoutMs ?? CLIENT_TIMEOUTS.headersMs,
        },
        backoff: CLIENT_BACKOFF,
        random,
        log: (level, message) => captured.io.stderr(`[client ${level}] ${message}\n`),
      });
      clients.push(client);
      return client;
    },
    download: createDownloader({
      tempDir,
      signal: controller.signal,
      attempts: retries,
      urlPolicy: PRIVATE_ALLOWED,
    }),
    // The media server is on 127.0.0.1: `allow-private-urls: true`.
    media: { urlPolicy: PRIVATE_ALLOWED },
  });
  let settled = await within(pipeline, runTimeout(options));
  const timedOut = settled.kind === "timeout";
  if (timedOut) {
    controller.abort(new Error("the soak's time limit for one run"));
    settled = await within(pipeline, SETTLE_MS);
  }
  log.close();
  await Promise.all(clients.map((client) => client.close()));
  const tempLeftovers = await readdir(tempDir);
  await rm(tempDir, { recursive: true, force: true });
  const results = settled.kind === "done" ? settled.value : undefined;
  const thrown = settled.kind === "threw" ? settled.message : undefined;
  const printed = [
    captured.stdout(),
    captured.stderr(),
    JSON.stringify(results?.map(toOutputResult) ?? null),
    JSON.stringify(results ?? null),
    thrown ?? "",
  ].join("\n");
  return { results, thrown, timedOut, printed, tempLeftovers };
}

/** A run may wait out a few answer timeouts (a silent connection, a lost upload's second look-up). */
function runTimeout(options: SoakOptions): number {
  return options.runTimeoutMs ?? Math.max(20_000, 10 * (options.answerTimeoutMs ?? 0));
}

type Settled<T> =
  { kind: "done"; value: T } | { kind: "threw"; message: string } | { kind: "timeout" };

/** How `promise` settled within `ms`: a value, an exception, or not at all. */
async function within<T>(promise: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timeout" }), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled<T> => ({ kind: "done", value }),
        (error: unknown): Settled<T> => ({
          kind: "threw",
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The invariants.

/** Everything wrong with one workflow run, checked against what the mock holds now. */
export function checkWorkflow(
  label: string,
  outcome: WorkflowOutcome,
  titles: readonly string[],
  mock: MockServer,
  final: boolean,
): string[] {
  const problems: string[] = [];
  if (outcome.timedOut) problems.push(`${label}: did not finish in time (a hang)`);
  if (outcome.thrown !== undefined)
    problems.push(`${label}: an exception escaped: ${outcome.thrown}`);
  if (outcome.printed.includes(SOAK_TOKEN)) {
    problems.push(`${label}: the access token appears in what the run printed or returned`);
  }
  if (outcome.tempLeftovers.length > 0) {
    problems.push(`${label}: left in its temporary folder: ${outcome.tempLeftovers.join(", ")}`);
  }
  problems.push(...duplicates(label, titles, mock));
  if (outcome.results !== undefined) {
    problems.push(...checkResults(label, outcome.results, titles, mock, final));
  }
  if (final) problems.push(...checkFinalCatalogue(titles, mock));
  return problems;
}

function checkResults(
  label: string,
  results: readonly FileResult[],
  titles: readonly string[],
  mock: MockServer,
  final: boolean,
): string[] {
  const problems: string[] = [];
  if (results.length !== titles.length) {
    problems.push(`${label}: ${results.length} results for ${titles.length} files`);
  }
  for (const result of results) {
    const where = `${label}: ${result.file} (${result.title ?? "?"})`;
    if (result.status === "failed") {
      if (final) problems.push(`${where} still failed after two runs: ${result.error ?? ""}`);
      continue;
    }
    if (!["published", "updated", "unchanged"].includes(result.status)) {
      problems.push(`${where} has status ${result.status}: ${result.error ?? ""}`);
      continue;
    }
    const held = mock.state.cloudcasts.find((c) => c.key === result.key);
    if (held === undefined) {
      problems.push(
        `${where} is ${result.status} as ${result.key ?? "(no key)"}, which the mock does not hold`,
      );
    } else if (held.name !== result.title) {
      problems.push(
        `${where} is ${result.status} as ${held.key}, which the mock holds as "${held.name}"`,
      );
    } else if (result.status !== "published" && held.description !== FILE_DESCRIPTION) {
      problems.push(
        `${where} is ${result.status}, but the mock still has the description "${held.description}"`,
      );
    }
  }
  return problems;
}

function duplicates(label: string, titles: readonly string[], mock: MockServer): string[] {
  return titles
    .map((title) => ({ title, held: mock.state.cloudcasts.filter((c) => c.name === title) }))
    .filter(({ held }) => held.length > 1)
    .map(
      ({ title, held }) =>
        `${label}: DUPLICATE "${title}" is on the mock ${held.length} times (${held.map((c) => c.key).join(", ")})`,
    );
}

/** After the last run: each title exactly once, and nothing else on the account. */
function checkFinalCatalogue(titles: readonly string[], mock: MockServer): string[] {
  const problems: string[] = [];
  for (const title of titles) {
    if (!mock.state.cloudcasts.some((c) => c.name === title)) {
      problems.push(`MISSING "${title}" is not on the mock after the last run`);
    }
  }
  const reuploads = mock.state.uploads.filter((u) =>
    u.fields.some(([name, value]) => name === "name" && value === EXISTING.name),
  );
  if (reuploads.length > 0) {
    problems.push(
      `"${EXISTING.name}" was already on the account, yet uploaded ${reuploads.length} more time(s)`,
    );
  }
  const strays = mock.state.cloudcasts.filter((c) => !titles.includes(c.name));
  if (strays.length > 0) {
    problems.push(`the mock holds unexpected cloudcasts: ${strays.map((c) => c.key).join(", ")}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

function captureIO(cwd: string): { io: CommandIO; stdout(): string; stderr(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (text) => void out.push(text),
      stderr: (text) => void err.push(text),
      cwd,
      env: {},
      isTTY: false,
    },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

function zeroCounts(): Record<FaultKind, number> {
  return Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
}

function addCounts(total: Record<FaultKind, number>, more: Record<FaultKind, number>): void {
  for (const kind of FAULT_KINDS) total[kind] += more[kind];
}
