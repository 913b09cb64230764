// Tracklist files end to end: the bundled action under Node 24, in a real clone, against the mock
// Mixcloud and GitHub APIs. A CUE sheet committed beside a show gives its sections; a pull request
// that breaks the sheet is annotated on the sheet's own line and nothing reaches Mixcloud.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { workflowCommands } from "./harness.js";
import {
  createWorld,
  MIXCLOUD_TOKEN,
  openPullRequest,
  pullRequestEvent,
  pushEvent,
  runIn,
  writeBinary,
} from "./world.js";
import type { World } from "./world.js";
import { BROKEN_CUE, BROKEN_CUE_LINE, MIXXX_CUE, MIXXX_SECTIONS } from "../helpers/tracklists.js";
import type { TestRepo } from "../helpers/git-repo.js";
import { showMp3 } from "../helpers/media.js";

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

async function addShowWithCue(repo: TestRepo, cue: string): Promise<void> {
  await repo.write("cloudcasts/show.yml", "title: Deep Sessions 07\ntags:\n  - Deep House\n");
  await repo.write("cloudcasts/show.cue", cue);
  await writeBinary(repo, "cloudcasts/show.mp3", showMp3());
}

describe("a CUE sheet beside the cloudcast file", () => {
  it("push: publishes the sheet's sections", async () => {
    const before = await world.origin.head();
    await addShowWithCue(world.origin, MIXXX_CUE);
    const after = await world.origin.commit("Deep Sessions 07, with its CUE sheet");
    const clone = await world.sandbox.clone(world.origin, { name: "runner" });
    const run = await runIn(world, clone, {
      eventName: "push",
      event: pushEvent(before, after),
      sha: after,
      inputs: { "access-token": MIXCLOUD_TOKEN },
    });

    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs["results"] ?? "[]")).toMatchObject([
      { file: "cloudcasts/show.yml", status: "published" },
    ]);
    const upload = world.mixcloud.state.uploads[0];
    const sections = upload?.fields.filter(([name]) => name.startsWith("sections-"));
    expect(sections).toEqual(
      MIXXX_SECTIONS.flatMap((s, i) => [
        [`sections-${i}-artist`, s.artist],
        [`sections-${i}-song`, s.song],
        [`sections-${i}-start_time`, String(s.start)],
      ]),
    );
    expect(run.stdout).toContain("3 sections from cloudcasts/show.cue (cue)");
    expect(run.everything).not.toContain(MIXCLOUD_TOKEN);
  });

  it("pull_request: a broken sheet is annotated at its line, and nothing is uploaded", async () => {
    await addShowWithCue(world.origin, MIXXX_CUE);
    await world.origin.commit("Deep Sessions 07, with its CUE sheet");
    const { clone, base, head } = await openPullRequest(
      world,
      (repo) => repo.write("cloudcasts/show.cue", BROKEN_CUE),
      { message: "Fix the second track's start (badly)" },
    );

    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
      inputs: { "access-token": MIXCLOUD_TOKEN },
    });

    expect(run.exitCode).not.toBe(0);
    expect(JSON.parse(run.outputs["results"] ?? "[]")).toMatchObject([
      { file: "cloudcasts/show.yml", status: "invalid", title: "Deep Sessions 07" },
    ]);
    expect(run.stdout).toMatch(
      new RegExp(`^::error .*file=cloudcasts/show\\.cue,line=${BROKEN_CUE_LINE},`, "m"),
    );
    const errors = workflowCommands(run.stdout).filter((c) => c.command === "error");
    expect(errors.find((e) => e.properties["file"] === "cloudcasts/show.cue")?.message).toMatch(
      /INDEX 01 99:99:99 is not a time/,
    );
    const comment = world.github.state.comments.find((c) => c.issueNumber === 7);
    expect(comment?.body).toContain(`\`cloudcasts/show.cue:${BROKEN_CUE_LINE}\``);
    expect(world.mixcloud.state.uploads).toEqual([]);
    expect(world.mixcloud.state.edits).toEqual([]);
  });
});

describe("an export of 100,000 lines that are no tracks", () => {
  it("pull_request: 100 warnings of the file, then one that counts the rest", async () => {
    const odd = Array.from({ length: 100_000 }, (_, i) => `odd line ${i}`);
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      await repo.write("cloudcasts/show.yml", "title: Deep Sessions 07\n");
      await repo.write("cloudcasts/show.txt", ["0:00 Kavinsky - Nightcall", ...odd, ""].join("\n"));
      await writeBinary(repo, "cloudcasts/show.mp3", showMp3());
    });

    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(8, base, head),
      sha: head,
      inputs: { "access-token": MIXCLOUD_TOKEN },
    });

    expect(run.exitCode).toBe(0);
    const warnings = workflowCommands(run.stdout).filter((c) => c.command === "warning");
    expect(warnings.length).toBeLessThanOrEqual(101);
    expect(run.stdout.split("\n").filter((l) => l.includes("is not a track")).length).toBe(200);
    expect(run.stdout).toContain(
      "and 99,900 more warnings of this file, not shown: fix the ones above and check again",
    );
  }, 120_000);
});
