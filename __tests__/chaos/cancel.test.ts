// Cancellation in flight (issue 7): the pipeline's AbortSignal fires while an upload, a URL
// download or an edit is under way. Each run must end at once with results — the file failed,
// "cancelled" — leave nothing in its temporary folder, let no exception escape, and leave the
// account so that a re-run finishes the job without a duplicate.
//
// Every wait below is the server's own (a `slow` or `hang` fault of 60 s, a download that stalls
// forever): only the abort can end them within the test's timeout, which is the hang guard.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline.js";
import { MixcloudClient } from "../../src/mixcloud/index.js";
import { createDownloader } from "../../src/download.js";
import { PRIVATE_ALLOWED } from "../../src/media/index.js";
import type { FileResult } from "../../src/results.js";
import type { PublishLog } from "../../src/publish/log.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer, MockServerOptions } from "../../src/mock/index.js";
import { showAudio, showYaml, wav } from "../e2e/world.js";
import { startMediaServer } from "./media-server.js";
import type { MediaServer } from "./media-server.js";

const TOKEN = "cancel-test-token-1f2e3d4c";
const HANG_GUARD_MS = 15_000;

let workspace: string;
let tempDir: string;
let mock: MockServer | undefined;
let media: MediaServer | undefined;
const clients: MixcloudClient[] = [];

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), "mp-chaos-cancel-"));
  tempDir = await mkdtemp(join(tmpdir(), "mp-chaos-cancel-temp-"));
  await mkdir(join(workspace, "cloudcasts"));
});
afterEach(async () => {
  await mock?.close();
  await media?.close();
  await Promise.all(clients.splice(0).map((client) => client.close()));
  mock = undefined;
  media = undefined;
  await rm(workspace, { recursive: true, force: true });
  await rm(tempDir, { recursive: true, force: true });
});

async function startMock(options: MockServerOptions = {}): Promise<MockServer> {
  mock = await startMockServer({ token: TOKEN, username: "dj", ...options });
  return mock;
}

async function addShow(name: string, title: string, extra = "", audio?: Buffer): Promise<void> {
  await writeFile(join(workspace, "cloudcasts", `${name}.yml`), showYaml(title, extra));
  if (audio !== undefined) await writeFile(join(workspace, "cloudcasts", `${name}.wav`), audio);
}

interface Run {
  controller: AbortController;
  results: Promise<FileResult[]>;
  lines: string[];
}

/** Starts the pipeline on cloudcasts/<name>.yml against the mock, with its own abort controller. */
function startRun(name: string, server: MockServer): Run {
  const controller = new AbortController();
  const lines: string[] = [];
  const log: PublishLog = {
    info: (file, message) => void lines.push(`${file}: ${message}`),
    warning: (file, message) => void lines.push(`warning: ${file}: ${message}`),
  };
  const results = runPipeline({
    workspace,
    files: [{ path: `cloudcasts/${name}.yml`, status: "listed" }],
    dryRun: false,
    ifExists: "update",
    concurrency: 1,
    retries: 3,
    signal: controller.signal,
    log,
    connect: async () => {
      // Long answer and stall timeouts: only the abort can end the waits these tests set up.
      const client = new MixcloudClient({
        apiUrl: server.url,
        token: TOKEN,
        attempts: 3,
        timeouts: { headersMs: 60_000, stallMs: 60_000 },
        backoff: { baseMs: 10, maxMs: 50 },
      });
      clients.push(client);
      return client;
    },
    download: createDownloader({
      tempDir,
      signal: controller.signal,
      attempts: 3,
      urlPolicy: PRIVATE_ALLOWED,
    }),
    // The media server is on 127.0.0.1: `allow-private-urls: true`.
    media: { urlPolicy: PRIVATE_ALLOWED },
  });
  return { controller, results, lines };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The run ended with results (no exception), its one file failed as cancelled, and no temp file. */
async function expectCancelled(run: Run): Promise<FileResult> {
  const results = await run.results;
  expect(results).toHaveLength(1);
  const [result] = results;
  expect(result?.status).toBe("failed");
  expect(result?.error).toMatch(/cancelled/);
  expect(result?.error).not.toContain(TOKEN);
  expect(run.lines.join("\n")).not.toContain(TOKEN);
  expect(await readdir(tempDir)).toEqual([]);
  return result as FileResult;
}

describe("cancellation in flight", () => {
  it(
    "mid-upload, waiting for the answer: fails as cancelled, and a re-run finds the upload",
    async () => {
      const server = await startMock();
      await addShow("show", "Cancel Me", "", showAudio());
      server.faults.add({ method: "POST", path: "/upload/", kind: "slow", delayMs: 60_000 });
      const run = startRun("show", server);
      // The mock stores the upload, then sits on the answer.
      await until(() => server.state.uploads.length === 1);
      run.controller.abort(new Error("cancelled by the test"));
      await expectCancelled(run);

      const again = await startRun("show", server).results;
      expect(again.map((r) => r.status)).toEqual(["unchanged"]);
      expect(server.state.cloudcasts.map((c) => c.name)).toEqual(["Cancel Me"]);
      expect(server.state.uploads).toHaveLength(1);
    },
    HANG_GUARD_MS,
  );

  it(
    "mid-upload, with the body still going out: fails as cancelled, and nothing is stored",
    async () => {
      const server = await startMock();
      // Far more than the socket buffers hold, so the body is still being sent when the mock stops
      // reading it.
      await addShow("big", "Big Cancel", "", wav(2_000));
      server.faults.add({ method: "POST", path: "/upload/", kind: "hang" });
      const run = startRun("big", server);
      await until(() => server.state.requests.some((r) => r.method === "POST"));
      run.controller.abort(new Error("cancelled by the test"));
      await expectCancelled(run);
      expect(server.state.uploads).toEqual([]);
      expect(server.state.cloudcasts).toEqual([]);
    },
    HANG_GUARD_MS,
  );

  it(
    "mid-download of URL audio: fails as cancelled, and the partial download is removed",
    async () => {
      const server = await startMock();
      media = await startMediaServer({
        name: "stalls.wav",
        body: wav(8),
        contentType: "audio/wav",
        stallMidBody: true,
      });
      await addShow("remote", "Remote Cancel", `audio: ${media.url}\n`);
      const run = startRun("remote", server);
      await media.stalled();
      run.controller.abort(new Error("cancelled by the test"));
      await expectCancelled(run);
      expect(media.downloads()).toBe(1);
      expect(server.state.requests.filter((r) => r.method === "POST")).toEqual([]);
      expect(server.state.cloudcasts).toEqual([]);
    },
    HANG_GUARD_MS,
  );

  it(
    "mid-edit of a cloudcast matched by title: fails as cancelled, and a re-run finds it edited",
    async () => {
      const server = await startMock({
        existingCloudcasts: [{ name: "Edit Me", slug: "edit-me", description: "Old words." }],
      });
      await addShow("edit", "Edit Me", "", showAudio());
      server.faults.add({ method: "POST", path: /\/edit\/$/, kind: "slow", delayMs: 60_000 });
      const run = startRun("edit", server);
      // The mock applies the edit, then sits on the answer.
      await until(() => server.state.edits.length === 1);
      run.controller.abort(new Error("cancelled by the test"));
      const result = await expectCancelled(run);
      expect(result.title).toBe("Edit Me");

      const again = await startRun("edit", server).results;
      expect(again.map((r) => r.status)).toEqual(["unchanged"]);
      expect(server.state.cloudcasts.map((c) => [c.key, c.description])).toEqual([
        ["/dj/edit-me/", "A night of deep house."],
      ]);
      expect(server.state.uploads).toEqual([]);
    },
    HANG_GUARD_MS,
  );
});

// A cancel while the account is being read (GET /me/ gets no answer) ends at once: the client's
// GETs take the run's AbortSignal, so the runner's SIGTERM never finds the results unwritten.
describe("cancellation while reading the account", () => {
  it(
    "a cancel while GET /me/ gets no answer ends at once, with results",
    async () => {
      const server = await startMock();
      await addShow("show", "Never Sent", "", showAudio());
      server.faults.add({ method: "GET", path: "/me/", kind: "hang", times: 3 });
      const run = startRun("show", server);
      await until(() => server.state.requests.some((r) => r.path.startsWith("/me/")));
      run.controller.abort(new Error("cancelled by the test"));
      try {
        // A hang guard, not a timing claim: the waits here are the client's 60 s answer timeout.
        const ended = await Promise.race([
          run.results.then(() => true),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), 3_000)),
        ]);
        expect(ended, "the run was still waiting for GET /me/ after the cancel").toBe(true);
        await expectCancelled(run);
      } finally {
        // Ends the hung request, so the run does not outlive the test.
        await server.close();
        await run.results;
      }
    },
    HANG_GUARD_MS,
  );
});
