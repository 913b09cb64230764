// One file must never take the others down: an exception no check expected becomes that file's
// `internal-error` diagnostic, and every other file is still checked and reported. The failure is
// injected through a seam the pipeline already has — the release-asset lookup the action passes
// in (through the GitHub API), here failing as a broken API answer would make it fail.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import type { PipelineOptions } from "../../src/pipeline.js";
import { showAudio } from "../helpers/media.js";

const EXPLODING_URL = "https://example.com/releases/download/v1/b.mp3";

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), "mixcloud-publish-isolation-"));
  await mkdir(join(workspace, "cloudcasts"));
  const write = (name: string, text: string | Buffer) =>
    writeFile(join(workspace, "cloudcasts", name), text);
  await write("a.yml", "title: Show A\n");
  await write("a.wav", showAudio());
  await write("b.yml", `title: Show B\naudio: ${EXPLODING_URL}\n`);
  await write("c.yml", "title: Show C\ntags: [House, House]\n");
  await write("c.wav", showAudio());
  await write("d.yml", "title: Show D\n");
  await write("d.wav", showAudio());
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

function options(findReleaseAsset: (url: string) => Promise<undefined>): PipelineOptions {
  return {
    workspace,
    files: ["a", "b", "c", "d"].map((n) => ({ path: `cloudcasts/${n}.yml`, status: "added" })),
    dryRun: true,
    ifExists: "update",
    concurrency: 1,
    retries: 1,
    signal: new AbortController().signal,
    log: { info: () => {}, warning: () => {} },
    connect: () => Promise.reject(new Error("a dry run connects to nothing")),
    download: () => Promise.reject(new Error("a dry run downloads nothing")),
    media: { findReleaseAsset },
  };
}

describe("an exception while checking one file", () => {
  it("becomes that file's internal-error, and every other file is checked and reported", async () => {
    const results = await runPipeline(
      options(async (url) => {
        if (url !== EXPLODING_URL) return undefined;
        const error = new TypeError("Cannot read properties of undefined (reading 'size')");
        error.stack = `${error.message}\n    at findReleaseAsset (assets.ts:12:3)`;
        throw error;
      }),
    );
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/a.yml", "dry-run"],
      ["cloudcasts/b.yml", "invalid"],
      ["cloudcasts/c.yml", "invalid"],
      ["cloudcasts/d.yml", "dry-run"],
    ]);
    const [crashed] = results[1]?.diagnostics ?? [];
    expect(crashed).toMatchObject({ file: "cloudcasts/b.yml", line: 1, column: 1 });
    expect(crashed?.rule).toBe("internal-error");
    expect(crashed?.message).toMatch(
      /^mixcloud-publish failed on this file with an unexpected error, so it is not checked; please report it at https:\/\/github\.com\/mixcloud-publish\/mixcloud-publish\/issues .*: Cannot read properties of undefined \(reading 'size'\)$/,
    );
    expect(crashed?.message).not.toMatch(/\n|at findReleaseAsset/);
    // The file after it is checked as usual, its own problem found.
    expect(results[2]?.diagnostics.map((d) => d.rule)).toEqual(["tag-duplicate"]);
  });

  it("still stops the whole run when the run is cancelled", async () => {
    const controller = new AbortController();
    const cancelled = runPipeline({
      ...options(async () => {
        controller.abort(new Error("the workflow was cancelled"));
        throw controller.signal.reason;
      }),
      signal: controller.signal,
    });
    await expect(cancelled).rejects.toThrow("the workflow was cancelled");
  });
});
