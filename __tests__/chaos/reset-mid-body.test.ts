// A connection reset while an upload's body is still being sent: the server cannot have the whole
// body, so the client retries it within its backoff instead of treating it as an upload whose
// fate is unknown (which waits out the answer timeout before it is looked up again). Through the
// chaos proxy over real loopback HTTP, the first connection cut in the middle of the body, the
// rest passed through. The answer timeout is a deliberately huge 60 s, beyond the test's own 30 s
// limit: a run that waited for it could not pass.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline.js";
import { MixcloudClient } from "../../src/mixcloud/index.js";
import { createDownloader } from "../../src/download.js";
import type { FileResult } from "../../src/results.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { showYaml, wav } from "../e2e/world.js";
import { startChaosProxy } from "./proxy.js";
import type { ChaosProxy } from "./proxy.js";

const TOKEN = "reset-mid-body-token-3c2b1a09";
const ANSWER_TIMEOUT_MS = 60_000;
let workspace: string;
let mock: MockServer;
let proxy: ChaosProxy | undefined;
const clients: MixcloudClient[] = [];

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), "mp-chaos-reset-"));
  await mkdir(join(workspace, "cloudcasts"));
  await writeFile(join(workspace, "cloudcasts", "reset.yml"), showYaml("Reset Show"));
  mock = await startMockServer({ token: TOKEN, username: "dj" });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await proxy?.close();
  proxy = undefined;
  await mock.close();
  await rm(workspace, { recursive: true, force: true });
});

async function publishThrough(apiUrl: string, log: string[]): Promise<FileResult[]> {
  const signal = new AbortController().signal;
  return runPipeline({
    workspace,
    files: [{ path: "cloudcasts/reset.yml", status: "listed" }],
    dryRun: false,
    ifExists: "update",
    concurrency: 1,
    retries: 3,
    signal,
    log: { info: (_file, line) => void log.push(line), warning: (_f, l) => void log.push(l) },
    connect: async () => {
      const client = new MixcloudClient({
        apiUrl,
        token: TOKEN,
        attempts: 3,
        timeouts: { headersMs: ANSWER_TIMEOUT_MS, stallMs: ANSWER_TIMEOUT_MS },
        backoff: { baseMs: 10, maxMs: 50 },
        log: (_level, line) => void log.push(line),
      });
      clients.push(client);
      return client;
    },
    download: createDownloader({ tempDir: workspace, signal, attempts: 1 }),
  });
}

const uploadsSeen = () =>
  mock.state.requests.filter((r) => r.method === "POST" && r.path.startsWith("/upload/"));

describe("a connection reset in the middle of an upload's body", () => {
  it("is retried at once, and the cloudcast is stored once", { timeout: 30_000 }, async () => {
    // 16 MB: more than the socket buffers of both ends can hold (at most about 10 MB on Linux),
    // so at the cut most of the body is still in this process, whatever the timing.
    await writeFile(join(workspace, "cloudcasts", "reset.wav"), wav(2_000));
    // Connection 0 reads the account (GET /me/, the listing); the upload opens no new one while
    // that one is free, so the cut counts bytes from the start of that connection.
    proxy = await startChaosProxy({
      target: mock.url,
      seed: 7,
      first: ["cut-up"],
      cutUpBytes: [1_000_000, 1_000_000],
    });
    const log: string[] = [];
    const results = await publishThrough(proxy.url, log);
    expect(results.map((r) => r.status)).toEqual(["published"]);
    expect(mock.state.cloudcasts.map((c) => c.name)).toEqual(["Reset Show"]);
    expect(mock.state.uploads).toHaveLength(1);
    // Two attempts: the one cut off (the mock never answered it) and the retry.
    expect(uploadsSeen().map((r) => r.status)).toEqual([0, 200]);
    expect(proxy.connections()[0]).toMatchObject({ kind: "cut-up", fired: true });
    // Retried by the client as a temporary fault, never looked up as an upload of unknown fate.
    expect(log.join("\n")).toMatch(/retrying in .* \(attempt 2 of 3\)/);
    expect(log.join("\n")).not.toMatch(/looking the upload up/);
  });
});
