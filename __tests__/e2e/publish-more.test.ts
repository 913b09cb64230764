// Release, dispatch, audio from a URL, and the matrix fan-out, end to end on the bundle.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import type { ActionRun } from "./harness.js";
import { addShow, createWorld, MIXCLOUD_TOKEN, OWNER, REPO, runIn, wav } from "./world.js";
import type { World } from "./world.js";

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

function results(run: ActionRun) {
  return JSON.parse(run.outputs["results"] ?? "null") as Array<{
    file: string;
    status: string;
    url: string | null;
  }>;
}

const repository = {
  name: REPO,
  full_name: `${OWNER}/${REPO}`,
  default_branch: "main",
  owner: { login: OWNER },
};

function releaseEvent(tag: string) {
  return {
    action: "published",
    release: {
      tag_name: tag,
      draft: false,
      prerelease: false,
      published_at: "2026-11-27T10:00:00Z",
    },
    repository,
  };
}

describe("release, dispatch and URLs", () => {
  it("publishes everything on the first release, then only what changed since the previous one", async () => {
    await addShow(world.origin, "cloudcasts/a.yml", "Show A");
    await addShow(world.origin, "cloudcasts/b.yml", "Show B");
    await world.origin.commit("two shows");
    await world.origin.tag("v1.0.0", { message: "v1.0.0" });
    let clone = await world.sandbox.clone(world.origin, { name: "runner-1" });
    const first = await runIn(world, clone, {
      eventName: "release",
      event: releaseEvent("v1.0.0"),
      sha: await clone.head(),
      ref: "refs/tags/v1.0.0",
      inputs: { "access-token": MIXCLOUD_TOKEN },
      githubToken: "",
    });
    expect(first.exitCode).toBe(0);
    expect(results(first).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/a.yml", "published"],
      ["cloudcasts/b.yml", "published"],
    ]);

    await addShow(world.origin, "cloudcasts/c.yml", "Show C");
    await world.origin.commit("third show");
    await world.origin.tag("v1.1.0", { message: "v1.1.0" });
    clone = await world.sandbox.clone(world.origin, { name: "runner-2" });
    const second = await runIn(world, clone, {
      eventName: "release",
      event: releaseEvent("v1.1.0"),
      sha: await clone.head(),
      ref: "refs/tags/v1.1.0",
      inputs: { "access-token": MIXCLOUD_TOKEN },
      githubToken: "",
    });
    expect(second.exitCode).toBe(0);
    expect(results(second).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/c.yml", "published"],
    ]);
    expect(world.mixcloud.state.uploads).toHaveLength(3);
    expect(first.everything + second.everything).not.toContain(MIXCLOUD_TOKEN);
  });

  it("takes every matching file on workflow_dispatch with changed-only: false, and gives a matrix", async () => {
    await addShow(world.origin, "cloudcasts/a.yml", "Show A");
    await addShow(world.origin, "cloudcasts/sub/b.yaml", "Show B");
    await addShow(world.origin, "elsewhere/c.yml", "Not selected");
    await world.origin.commit("shows");
    const clone = await world.sandbox.clone(world.origin, { name: "runner" });
    const plan = await runIn(world, clone, {
      eventName: "workflow_dispatch",
      event: { inputs: {}, ref: "refs/heads/main", repository },
      sha: await clone.head(),
      inputs: { "changed-only": "false", "dry-run": "true", comment: "false" },
    });
    expect(plan.exitCode).toBe(0);
    const matrix = JSON.parse(plan.outputs["matrix"] ?? "") as { include: Array<{ file: string }> };
    expect(matrix).toEqual({
      include: [{ file: "cloudcasts/a.yml" }, { file: "cloudcasts/sub/b.yaml" }],
    });
    expect(world.mixcloud.state.requests).toEqual([]);

    // One job of the matrix: the one file, published on its own.
    const job = await runIn(world, clone, {
      eventName: "workflow_dispatch",
      event: { inputs: {}, ref: "refs/heads/main", repository },
      sha: await clone.head(),
      inputs: {
        "changed-only": "false",
        files: matrix.include[1]?.file ?? "",
        "access-token": MIXCLOUD_TOKEN,
        comment: "false",
      },
    });
    expect(job.exitCode).toBe(0);
    expect(results(job).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/sub/b.yaml", "published"],
    ]);
    expect(world.mixcloud.state.uploads.map((u) => u.fields[0])).toEqual([["name", "Show B"]]);
  });

  it("downloads audio from a URL on loopback, uploads it, and leaves no temp file", async () => {
    const audio = wav(2);
    const server: Server = createServer((req, res) => {
      res.writeHead(200, {
        "content-type": "audio/wav",
        "content-length": audio.length,
        "accept-ranges": "bytes",
      });
      res.end(req.method === "HEAD" ? undefined : audio);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/media/remote-show.wav`;
    try {
      await world.origin.write("cloudcasts/remote.yml", `title: Remote Show\naudio: ${url}\n`);
      await world.origin.commit("remote show");
      const clone = await world.sandbox.clone(world.origin, { name: "runner" });
      const run = await runIn(world, clone, {
        eventName: "workflow_dispatch",
        event: { inputs: {}, repository },
        sha: await clone.head(),
        inputs: {
          "changed-only": "false",
          "access-token": MIXCLOUD_TOKEN,
          // A media server on the runner's own network, as on a self-hosted runner.
          "allow-private-urls": "true",
        },
      });
      expect(run.exitCode).toBe(0);
      expect(results(run).map((r) => r.status)).toEqual(["published"]);
      expect(world.mixcloud.state.uploads[0]?.files[0]).toMatchObject({
        field: "mp3",
        size: audio.length,
        sha256: createHash("sha256").update(audio).digest("hex"),
      });
      expect(run.tempLeftovers).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("release assets", () => {
  it("checks and fetches audio attached to a release of a private repository with the job's token", async () => {
    const audio = wav(2);
    world.github.addRelease({
      tag: "v2.0.0",
      assets: [{ name: "episode-9.wav", data: audio, contentType: "audio/wav" }],
    });
    const url = world.github.assetUrl("v2.0.0", "episode-9.wav");
    await world.origin.write("cloudcasts/episode-9.yml", `title: Episode 9\naudio: ${url}\n`);
    await world.origin.commit("episode 9");
    const clone = await world.sandbox.clone(world.origin, { name: "runner" });
    const run = await runIn(world, clone, {
      eventName: "workflow_dispatch",
      event: { inputs: {}, repository },
      sha: await clone.head(),
      inputs: { "changed-only": "false", "access-token": MIXCLOUD_TOKEN, comment: "false" },
    });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => r.status)).toEqual(["published"]);
    expect(world.mixcloud.state.uploads[0]?.files[0]).toMatchObject({
      field: "mp3",
      filename: "episode-9.wav",
      size: audio.length,
      sha256: createHash("sha256").update(audio).digest("hex"),
    });
    const assetCalls = world.github.state.requests.filter((r) =>
      r.path.includes("/releases/assets/"),
    );
    expect(assetCalls.length).toBeGreaterThan(0);
    expect(assetCalls.every((r) => r.authorization !== undefined)).toBe(true);
    expect(run.tempLeftovers).toEqual([]);
    expect(run.everything).not.toContain(world.github.token);
  });
});
