// An upload whose answer is lost is looked up on the account at once and again after the answer
// timeout; when it is still not there, the file fails and the upload is NOT sent again in that run,
// because a server still working on it (no answer within the timeout, or a gateway's 504 while the
// backend goes on) may store it later. Found by the soak (SOAK_PROFILE=late). Below, the gateway
// holds the first upload until the run is over: whatever status the run gives, the cloudcast must
// end up on the account once, and a re-run must find it rather than upload it again.
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
import { showAudio, showYaml } from "../e2e/world.js";
import { startLateGateway } from "./late-gateway.js";
import type { HoldMode, LateGateway } from "./late-gateway.js";

const TOKEN = "late-commit-token-6b5a4f3e";
let workspace: string;
let mock: MockServer;
let gateway: LateGateway | undefined;
const clients: MixcloudClient[] = [];

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), "mp-chaos-late-"));
  await mkdir(join(workspace, "cloudcasts"));
  await writeFile(join(workspace, "cloudcasts", "late.yml"), showYaml("Late Show"));
  await writeFile(join(workspace, "cloudcasts", "late.wav"), showAudio());
  mock = await startMockServer({ token: TOKEN, username: "dj" });
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await gateway?.close();
  gateway = undefined;
  await mock.close();
  await rm(workspace, { recursive: true, force: true });
});

async function publishThrough(apiUrl: string): Promise<FileResult[]> {
  const signal = new AbortController().signal;
  return runPipeline({
    workspace,
    files: [{ path: "cloudcasts/late.yml", status: "listed" }],
    dryRun: false,
    ifExists: "update",
    concurrency: 1,
    retries: 3,
    signal,
    log: { info: () => {}, warning: () => {} },
    connect: async () => {
      const client = new MixcloudClient({
        apiUrl,
        token: TOKEN,
        attempts: 3,
        timeouts: { headersMs: 300, stallMs: 5_000 },
        backoff: { baseMs: 10, maxMs: 50 },
      });
      clients.push(client);
      return client;
    },
    download: createDownloader({ tempDir: workspace, signal, attempts: 1 }),
  });
}

describe("an upload the server commits after the client stopped waiting", () => {
  it.each<[string, HoldMode]>([
    ["no answer within the answer timeout", "no-answer"],
    ["a gateway's 504 while the backend goes on", "gateway-timeout"],
  ])(
    "after %s, the cloudcast is on the account once, and a re-run finds it",
    async (_name, mode) => {
      gateway = await startLateGateway(mock.url, mode);
      const results = await publishThrough(gateway.url);
      await gateway.holding();
      // The first upload was received in full before the run ended; now the server finishes it.
      await gateway.release();
      expect(results).toHaveLength(1);
      expect(mock.state.cloudcasts.map((c) => c.name)).toEqual(["Late Show"]);
      const rerun = await publishThrough(mock.url);
      expect(rerun.map((r) => r.status)).toEqual(["unchanged"]);
      expect(mock.state.cloudcasts.map((c) => c.name)).toEqual(["Late Show"]);
    },
  );
});
