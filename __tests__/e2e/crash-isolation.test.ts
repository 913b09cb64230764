// No file crashes the action's run: the bundle, on Node 24, with one show whose audio is a release
// asset of the repository and a GitHub API that answers that release's lookup with a 500 — an
// answer the media check does not expect, which used to end the whole run with an exception and
// no report. That file is now its own `internal-error`, annotated at its first line without a
// stack trace, and the other show is checked and reported as usual.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionRun } from "./harness.js";
import { workflowCommands } from "./harness.js";
import { addShow, createWorld, MIXCLOUD_TOKEN, OWNER, REPO, runIn } from "./world.js";
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
    error: string | null;
  }>;
}

describe("an unexpected failure while checking one file, in the action", () => {
  it("fails that file alone, with every other file checked and reported", async () => {
    const release = world.github.addRelease({ tag: "v3.0.0", assets: [] });
    // The mock GitHub API answers 500 to any route that throws: this release can no longer be read.
    (release as unknown as { assets: unknown }).assets = null;
    const url = world.github.assetUrl("v3.0.0", "episode-3.wav");
    await addShow(world.origin, "cloudcasts/a.yml", "Show A");
    await world.origin.write("cloudcasts/b.yml", `title: Show B\naudio: ${url}\n`);
    await addShow(world.origin, "cloudcasts/c.yml", "Show C");
    await world.origin.commit("three shows");
    const clone = await world.sandbox.clone(world.origin, { name: "runner" });
    const run = await runIn(world, clone, {
      eventName: "workflow_dispatch",
      event: {
        inputs: {},
        repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } },
      },
      sha: await clone.head(),
      inputs: {
        "changed-only": "false",
        "dry-run": "true",
        "access-token": MIXCLOUD_TOKEN,
        comment: "false",
      },
    });
    expect(results(run).map((r) => [r.file, r.status])).toEqual([
      ["cloudcasts/a.yml", "dry-run"],
      ["cloudcasts/b.yml", "invalid"],
      ["cloudcasts/c.yml", "dry-run"],
    ]);
    expect(run.exitCode).toBe(1);
    const annotation = workflowCommands(run.stdout).find(
      (c) => c.command === "error" && c.properties["file"] === "cloudcasts/b.yml",
    );
    expect(annotation?.properties["line"]).toBe("1");
    expect(annotation?.message).toMatch(
      /mixcloud-publish failed on this file with an unexpected error, so it is not checked; please report it at /,
    );
    expect(annotation?.message).not.toMatch(/\n|\bat .*\.js:\d+/);
    expect(world.mixcloud.state.uploads).toHaveLength(0);
    // The failure was the one injected: the release lookup answered 500.
    expect(
      world.github.state.requests.filter((r) => r.path.endsWith("/releases/tags/v3.0.0")),
    ).toEqual([expect.objectContaining({ status: 500 })]);
  });
});
