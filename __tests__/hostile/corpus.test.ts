// Runs every case of the hostile corpus through the real pipeline (`runPublish`, with a real
// token against the mock Mixcloud server), and a sample of them through the bundled action:
// each must be refused at the right file, rule and line, with nothing sent to Mixcloud,
// nothing thrown, no hang, and neither the token nor anything from outside the workspace in
// the output. A summary table is printed at the end for the record.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPublish } from "../../src/commands/publish.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import type { Diagnostic } from "../../src/diagnostic.js";
import type { FileResult } from "../../src/results.js";
import type { CommandIO } from "../../src/commands/types.js";
import { captureIO } from "../commands/io.js";
import { runAction, workflowCommands } from "../e2e/harness.js";
import type { ActionRun } from "../e2e/harness.js";
import { COMPANION, CORPUS, companionEntries, ruleMatches } from "./corpus.js";
import type { Expected, HostileCase } from "./corpus.js";
import { guardNetwork } from "./network-guard.js";
import type { NetworkGuard } from "./network-guard.js";
import { CANARY, createSandbox } from "./sandbox.js";
import type { Sandbox } from "./sandbox.js";
import { ENDLESS_CAP_BYTES, startHostileUrlServer } from "./url-server.js";
import type { HostileUrlServer } from "./url-server.js";

const TOKEN = "hostile-mixcloud-token-51c0ffee";
/** A hang guard, not a performance bound: every case is expected to finish in well under it. */
const HANG_MS = 10_000;

interface Row {
  name: string;
  rules: string;
  outcome: string;
}
const rows: Row[] = [];
const bundleRows: Row[] = [];

let urlServer: HostileUrlServer;
let guard: NetworkGuard;

beforeAll(async () => {
  guard = guardNetwork();
  urlServer = await startHostileUrlServer();
});

afterAll(async () => {
  await urlServer.close();
  guard.restore();
  printSummary();
});

async function withCase<T>(
  hostile: HostileCase,
  body: (sandbox: Sandbox, mock: MockServer) => Promise<T>,
): Promise<T> {
  const entries = hostile.companion === false ? hostile.entries : withCompanion(hostile);
  const sandbox = await createSandbox(entries, urlServer.url);
  const mock = await startMockServer({ token: TOKEN, username: "dj-kay" });
  try {
    return await body(sandbox, mock);
  } finally {
    await mock.close();
    await sandbox.cleanup();
  }
}

const withCompanion =
  (hostile: HostileCase) => (context: Parameters<HostileCase["entries"]>[0]) => [
    ...companionEntries(),
    ...hostile.entries(context),
  ];

/** Runs `run` with a signal, failing with "hung" (and aborting it) if it outlives HANG_MS. */
async function boundedRun<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(new Error("hung"));
      reject(new Error(`hung: no answer within ${HANG_MS / 1000} s`));
    }, HANG_MS);
  });
  try {
    return await Promise.race([run(controller.signal), hung]);
  } finally {
    clearTimeout(timer);
  }
}

function findExpected(diagnostics: Diagnostic[], expected: Expected): Diagnostic | undefined {
  return diagnostics.find(
    (d) =>
      d.file === expected.file &&
      ruleMatches(expected.rule, d.rule) &&
      d.line === expected.line &&
      (expected.column === undefined || d.column === expected.column),
  );
}

const place = (e: { file: string; line: number; column?: number }) =>
  `${e.file}:${e.line}${e.column === undefined ? "" : `:${e.column}`}`;

/** Where the run actually put the diagnostics the case is about, for a readable failure. */
function describeMisses(diagnostics: Diagnostic[], hostile: HostileCase): string[] {
  return hostile.expect
    .filter((e) => findExpected(diagnostics, e) === undefined)
    .map((e) => {
      const near = diagnostics.filter((d) => d.file === e.file);
      const found = near.map((d) => `${d.rule}@${d.line}:${d.column}`).join(", ") || "nothing";
      return `expected ${e.rule}@${place(e)}, found ${found}`;
    });
}

function outcomeOf(results: FileResult[] | undefined, hostile: HostileCase, mock: MockServer) {
  if (results === undefined) return "NOT RUN: the paths were refused";
  if (mock.state.uploads.length + mock.state.edits.length > 0) return "UPLOADED";
  if (!results.some((r) => r.status === "invalid")) return "ACCEPTED";
  const misses = describeMisses(
    results.flatMap((r) => r.diagnostics),
    hostile,
  );
  return misses.length === 0 ? "refused at the right place" : `WRONG PLACE: ${misses.join("; ")}`;
}

const rulesOf = (hostile: HostileCase) => hostile.expect.map((e) => e.rule).join(", ");

/** A real publishing run (not a dry run), with a real token, against the mock. */
function publishWithToken(io: CommandIO, mock: MockServer, signal: AbortSignal) {
  return runPublish(
    {
      paths: ["cloudcasts"],
      dryRun: false,
      token: TOKEN,
      apiUrl: mock.url,
      ifExists: "update",
      concurrency: 2,
      retries: 1,
    },
    io,
    signal,
  );
}

/** Refused where the case says, every invalid file explained, and nothing sent to Mixcloud. */
function expectRefused(results: FileResult[], hostile: HostileCase, mock: MockServer): void {
  expect(results.some((r) => r.status === "invalid")).toBe(true);
  for (const result of results.filter((r) => r.status === "invalid")) {
    expect(result.diagnostics.length).toBeGreaterThan(0);
  }
  expect(
    describeMisses(
      results.flatMap((r) => r.diagnostics),
      hostile,
    ),
  ).toEqual([]);
  if (hostile.companion !== false) {
    expect(results.find((r) => r.file === COMPANION)?.status).toBe("skipped");
  }
  // An invalid batch never connects to Mixcloud at all.
  expect(mock.state.requests).toEqual([]);
  expect(mock.state.uploads).toEqual([]);
  expect(mock.state.edits).toEqual([]);
}

describe("the hostile corpus through runPublish", () => {
  it("has at least 60 cases, each with a unique name", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [`${c.family}: ${c.name}`, c] as const))(
    "%s",
    async (label, hostile) => {
      const row: Row = { name: label, rules: rulesOf(hostile), outcome: "" };
      rows.push(row);
      await withCase(hostile, async (sandbox, mock) => {
        const io = captureIO(sandbox.repo, { HOME: sandbox.base });
        let results: FileResult[] | undefined;
        try {
          results = await boundedRun((signal) => publishWithToken(io.io, mock, signal));
        } catch (error) {
          row.outcome = `THREW: ${error instanceof Error ? error.message : String(error)}`;
          throw error;
        }
        row.outcome = outcomeOf(results, hostile, mock);
        expect(results, io.stderr()).toBeDefined();
        expectRefused(results ?? [], hostile, mock);
        const printed = `${io.stdout()}\n${io.stderr()}\n${JSON.stringify(results)}`;
        expect(printed).not.toContain(TOKEN);
        expect(printed).not.toContain(CANARY);
      });
    },
  );

  it("stopped reading every endless body long before its end", () => {
    expect(urlServer.endlessBytesSent.length).toBeGreaterThan(0);
    for (const sent of urlServer.endlessBytesSent) expect(sent).toBeLessThan(ENDLESS_CAP_BYTES);
  });

  it("never tried to connect anywhere but loopback", () => {
    expect(guard.refused).toEqual([]);
  });
});

const BUNDLE_SAMPLE = CORPUS.filter((c) => c.bundle === true);

describe("a sample of the corpus through the bundled action (Node 24)", () => {
  it("holds one case of most families", () => {
    expect(new Set(BUNDLE_SAMPLE.map((c) => c.family)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(BUNDLE_SAMPLE.map((c) => [`${c.family}: ${c.name}`, c] as const))(
    "%s",
    { timeout: 60_000 },
    async (label, hostile) => {
      const row: Row = { name: label, rules: rulesOf(hostile), outcome: "" };
      bundleRows.push(row);
      await withCase(hostile, async (sandbox, mock) => {
        const run = await runBundle(sandbox, mock);
        const missing = missingAnnotations(run, hostile);
        row.outcome =
          run.exitCode !== 1
            ? `EXIT ${String(run.exitCode)}`
            : missing.length > 0
              ? `NO ANNOTATION: ${missing.join("; ")}`
              : "refused at the right place";
        expect(run.exitCode, run.stderr).toBe(1);
        expect(missing).toEqual([]);
        expect(mock.state.requests).toEqual([]);
        expect(run.everything).not.toContain(TOKEN);
        expect(run.everything).not.toContain(CANARY);
        const results = JSON.parse(run.outputs["results"] ?? "[]") as Array<{ status: string }>;
        expect(results.some((r) => r.status === "invalid")).toBe(true);
      });
    },
  );
});

function runBundle(sandbox: Sandbox, mock: MockServer): Promise<ActionRun> {
  return runAction({
    workspace: sandbox.repo,
    eventName: "workflow_dispatch",
    event: { inputs: {} },
    // A GitHub server on this machine that refuses connections: a pointer's LFS server is
    // looked for there, never on the network.
    githubServerUrl: "http://127.0.0.1:9",
    inputs: {
      "access-token": TOKEN,
      "changed-only": "false",
      "dry-run": "false",
      "api-url": mock.url,
      comment: "false",
      retries: "1",
      // The hostile URL server is on 127.0.0.1: the cases test what it answers, so the action
      // is told that media on this machine are expected (the CLI allows them anyway).
      "allow-private-urls": "true",
    },
    timeoutMs: 30_000,
  });
}

/** The expected diagnostics that have no `::error file=…,line=…` annotation of their rule. */
function missingAnnotations(run: ActionRun, hostile: HostileCase): string[] {
  const errors = workflowCommands(run.stdout).filter((c) => c.command === "error");
  return hostile.expect
    .filter(
      (e) =>
        !errors.some(
          (c) =>
            c.properties["file"] === e.file &&
            c.properties["line"] === String(e.line) &&
            (e.column === undefined || c.properties["col"] === String(e.column)) &&
            ruleMatches(`mixcloud-publish: ${e.rule}`, c.properties["title"] ?? ""),
        ),
    )
    .map((e) => `${e.rule}@${place(e)}`);
}

function printSummary(): void {
  const right = rows.filter((r) => r.outcome === "refused at the right place").length;
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  const lines = [
    "",
    `Hostile corpus: ${rows.length} cases tried through runPublish, ${right} refused at the right place.`,
    `${"case".padEnd(width)}  ${"rule".padEnd(28)}  outcome`,
    ...rows.map((r) => `${r.name.padEnd(width)}  ${r.rules.slice(0, 28).padEnd(28)}  ${r.outcome}`),
    "",
    `Through the bundled action: ${bundleRows.length} cases, ${bundleRows.filter((r) => r.outcome === "refused at the right place").length} refused with the right annotation.`,
    ...bundleRows.map(
      (r) => `${r.name.padEnd(width)}  ${r.rules.slice(0, 28).padEnd(28)}  ${r.outcome}`,
    ),
    "",
  ];
  console.log(lines.join("\n"));
}
