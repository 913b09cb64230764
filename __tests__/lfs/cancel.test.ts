// A run cancelled while it downloads a Git LFS object for an upload: the file fails as cancelled,
// nothing reaches Mixcloud, and the temporary folder is gone.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline.js";
import { MixcloudClient } from "../../src/mixcloud/index.js";
import { createDownloader, createLfsDownloader } from "../../src/download.js";
import { createLfsAccess } from "../../src/media/lfs-access.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { showAudio, showYaml } from "../e2e/world.js";
import { pointerText, startLfsServer } from "../helpers/lfs-server.js";
import type { LfsServer } from "../helpers/lfs-server.js";

const TOKEN = "lfs-cancel-token-0a1b2c";
let workspace: string;
let tempDir: string;
let mock: MockServer;
let lfs: LfsServer;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), "mp-lfs-cancel-"));
  tempDir = await mkdtemp(join(tmpdir(), "mp-lfs-cancel-temp-"));
  await mkdir(join(workspace, "cloudcasts"));
  mock = await startMockServer({ token: TOKEN, username: "dj" });
  lfs = await startLfsServer();
});
afterEach(async () => {
  await mock.close();
  await lfs.close();
  await rm(workspace, { recursive: true, force: true });
  await rm(tempDir, { recursive: true, force: true });
});

describe("cancelling a run while an LFS object downloads", () => {
  it("fails the file as cancelled, uploads nothing, and leaves no temporary file", async () => {
    const audio = showAudio(60 * 60);
    const object = lfs.put(audio);
    lfs.faults.stallAfter.set(object.oid, 100_000);
    await writeFile(join(workspace, "cloudcasts/night.yml"), showYaml("Night"));
    await writeFile(join(workspace, "cloudcasts/night.wav"), pointerText(object));
    const controller = new AbortController();
    const access = createLfsAccess({
      workspace,
      serverUrl: lfs.url,
      repository: "dj/shows",
      gitCredentials: false,
      tempDir,
      attempts: 3,
    });
    const clients: MixcloudClient[] = [];
    const results = runPipeline({
      workspace,
      files: [{ path: "cloudcasts/night.yml", status: "listed" }],
      dryRun: false,
      ifExists: "update",
      concurrency: 1,
      retries: 3,
      signal: controller.signal,
      log: { info: () => undefined, warning: () => undefined },
      connect: async () => {
        const client = new MixcloudClient({ apiUrl: mock.url, token: TOKEN, attempts: 3 });
        clients.push(client);
        return client;
      },
      download: createDownloader({ tempDir, signal: controller.signal, attempts: 3 }),
      downloadLfs: createLfsDownloader(access, controller.signal),
      media: { lfs: access },
    });
    while (lfs.sentBytes(object.oid) < 100_000) await new Promise((r) => setTimeout(r, 5));
    expect(await readdir(tempDir)).toHaveLength(1);
    controller.abort(new Error("cancelled"));
    const [result] = await results;
    await Promise.all(clients.map((c) => c.close()));
    expect(result?.status).toBe("failed");
    expect(result?.error).toMatch(/cancelled/);
    expect(mock.state.uploads).toEqual([]);
    expect(await readdir(tempDir)).toEqual([]);
  });
});
