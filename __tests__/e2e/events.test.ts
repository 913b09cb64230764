// Which events publish, on the bundle under Node 24: GitHub sends a release event for each thing
// that happens to a release (and a bare `on: release` runs on all of them), a push for the tag a
// release makes, and `merge_group` for a merge queue's check. Only a published release
// publishes; a draft never, a prerelease only with `prereleases: true`; a tag push never; a
// merge group is a dry run. One repository serves every case; the runs that must select nothing
// run side by side.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestRepo } from "../helpers/git-repo.js";
import type { ActionRun } from "./harness.js";
import { workflowCommands } from "./harness.js";
import { addShow, createWorld, MIXCLOUD_TOKEN, OWNER, REPO, runIn } from "./world.js";
import type { World } from "./world.js";

const QUEUE_BRANCH = "gh-readonly-queue/main/pr-7-0123456789abcdef0123456789abcdef01234567";
const NOT_PUBLISHING = ["created", "released", "prereleased", "edited", "deleted", "unpublished"];

let world: World;
/** The runner's full clone (tags included, as `fetch-depth: 0` gives). */
let runner: TestRepo;
/** The runner's checkout of the merge queue's branch. */
let queue: TestRepo;
const commits: Record<string, string> = {};
let baseTip: string;
let groupHead: string;

const repository = {
  name: REPO,
  full_name: `${OWNER}/${REPO}`,
  default_branch: "main",
  owner: { login: OWNER },
};

/** A release event as GitHub sends it (the fields the action may read, and a few around them). */
function releaseEvent(
  action: string,
  tag: string,
  flags: { draft?: boolean; prerelease?: boolean } = {},
) {
  const draft = flags.draft ?? false;
  return {
    action,
    release: {
      id: 1000 + Object.keys(commits).indexOf(tag),
      tag_name: tag,
      target_commitish: "main",
      name: tag,
      draft,
      prerelease: flags.prerelease ?? false,
      created_at: "2026-11-20T10:00:00Z",
      published_at: draft ? null : "2026-11-20T10:05:00Z",
      html_url: `https://github.com/${OWNER}/${REPO}/releases/tag/${tag}`,
      assets: [],
    },
    repository,
  };
}

function runRelease(
  action: string,
  tag: string,
  flags: { draft?: boolean; prerelease?: boolean } = {},
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runIn(world, runner, {
    eventName: "release",
    event: releaseEvent(action, tag, flags),
    sha: commits[tag] as string,
    ref: `refs/tags/${tag}`,
    // Without a token the previous release is found among git's tags.
    githubToken: "",
    inputs: { "access-token": MIXCLOUD_TOKEN, ...inputs },
  });
}

function notices(run: ActionRun): string[] {
  return workflowCommands(run.stdout)
    .filter((c) => c.command === "notice")
    .map((c) => c.message);
}

function results(run: ActionRun): { file: string; status: string }[] {
  return JSON.parse(run.outputs["results"] ?? "null") as { file: string; status: string }[];
}

/** Everything a run that selects nothing must show: success, no upload, the notice, said once. */
function expectNothingSelected(run: ActionRun, notice: RegExp): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  expect(results(run)).toEqual([]);
  expect(run.outputs["published"]).toBe("0");
  expect(notices(run).filter((n) => notice.test(n))).toHaveLength(1);
  expect(run.summary).toContain("No cloudcast file changed");
  expect(run.everything).not.toContain(MIXCLOUD_TOKEN);
}

beforeAll(async () => {
  world = await createWorld();
  const origin = world.origin;
  for (const [tag, file, title] of [
    ["v1.0.0", "cloudcasts/first.yml", "First Show"],
    ["v1.1.0", "cloudcasts/second.yml", "Second Show"],
    ["v1.2.0-rc.1", "cloudcasts/third.yml", "Third Show"],
  ] as const) {
    await addShow(origin, file, title);
    commits[tag] = await origin.commit(`add ${title}`);
    await origin.tag(tag, { message: `Release ${tag}` });
  }
  // A pull request queued for merging: the queue's branch is main with it merged.
  baseTip = await origin.head();
  await origin.git("checkout", "-q", "-b", "queued-show");
  await addShow(origin, "cloudcasts/queued.yml", "Queued Show");
  await origin.commit("add Queued Show");
  await origin.git("checkout", "-q", "-b", QUEUE_BRANCH, "main");
  await origin.git("merge", "-q", "--no-ff", "-m", "Merge pull request #7", "queued-show");
  groupHead = await origin.head();
  await origin.git("checkout", "-q", "main");
  runner = await world.sandbox.clone(origin, { name: "runner" });
  queue = await world.sandbox.clone(origin, { name: "queue", branch: QUEUE_BRANCH });
});

afterAll(async () => {
  await world.close();
});

describe("events that select nothing", () => {
  const runs = new Map<string, ActionRun>();

  beforeAll(async () => {
    const cases: [string, () => Promise<ActionRun>][] = [
      ...NOT_PUBLISHING.map(
        (action) =>
          [action, () => runRelease(action, "v1.1.0", {}, { prereleases: "true" })] as [
            string,
            () => Promise<ActionRun>,
          ],
      ),
      ["draft", () => runRelease("published", "v1.1.0", { draft: true }, { prereleases: "true" })],
      ["prerelease", () => runRelease("published", "v1.2.0-rc.1", { prerelease: true })],
      [
        "tag push",
        () =>
          runIn(world, runner, {
            eventName: "push",
            event: {
              ref: "refs/tags/v1.1.0",
              before: "0".repeat(40),
              after: commits["v1.1.0"],
              created: true,
              deleted: false,
              forced: false,
              base_ref: "refs/heads/main",
              repository,
            },
            sha: commits["v1.1.0"] as string,
            ref: "refs/tags/v1.1.0",
            // changed-only: false would take every file; the event still publishes nothing.
            inputs: { "access-token": MIXCLOUD_TOKEN, "changed-only": "false" },
          }),
      ],
    ];
    const done = await Promise.all(
      cases.map(async ([name, start]) => [name, await start()] as const),
    );
    for (const [name, run] of done) runs.set(name, run);
  }, 120_000);

  it.each(NOT_PUBLISHING)("release %s: nothing, and a notice naming it", (action) => {
    const run = runs.get(action) as ActionRun;
    expectNothingSelected(run, new RegExp(`^Release "v1\\.1\\.0" was "${action}":`));
    expect(notices(run).join("\n")).toContain("`release: types: [published]`");
    expect(run.summary).toContain(`was "${action}"`);
  });

  it("a draft never publishes, even with prereleases: true", () => {
    expectNothingSelected(runs.get("draft") as ActionRun, /is a draft: drafts never publish/);
  });

  it("a prerelease does not publish by default, and the notice says how to enable it", () => {
    const run = runs.get("prerelease") as ActionRun;
    expectNothingSelected(run, /^Release "v1\.2\.0-rc\.1" is a prerelease/);
    expect(notices(run).join("\n")).toContain("`prereleases: true`");
  });

  it("a tag push publishes nothing and points at the release workflow", () => {
    const run = runs.get("tag push") as ActionRun;
    expectNothingSelected(run, /^The push of tag "v1\.1\.0" publishes nothing/);
    expect(notices(run).join("\n")).toContain("`release: types: [published]`");
  });

  it("none of them reached Mixcloud", () => {
    expect(world.mixcloud.state.uploads).toEqual([]);
  });
});

describe("events that publish", () => {
  it("release published: what changed since the previous release", async () => {
    const run = await runRelease("published", "v1.1.0");
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(results(run)).toEqual([
      expect.objectContaining({ file: "cloudcasts/second.yml", status: "published" }),
    ]);
    expect(world.mixcloud.state.uploads).toHaveLength(1);
    expect(notices(run)).toEqual([]);
  });

  it("a published prerelease, with prereleases: true", async () => {
    const before = world.mixcloud.state.uploads.length;
    const run = await runRelease(
      "published",
      "v1.2.0-rc.1",
      { prerelease: true },
      {
        prereleases: "true",
      },
    );
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(results(run)).toEqual([
      expect.objectContaining({ file: "cloudcasts/third.yml", status: "published" }),
    ]);
    expect(world.mixcloud.state.uploads).toHaveLength(before + 1);
  });
});

describe("outside a runner's usual setup", () => {
  it("takes an unexpanded expression as not given and runs without a job summary file", async () => {
    const run = await runIn(world, runner, {
      eventName: "workflow_dispatch",
      event: { inputs: {}, repository },
      sha: baseTip,
      githubToken: "${{ github.token }}",
      env: { GITHUB_STEP_SUMMARY: "" },
      inputs: { "changed-only": "false", "dry-run": "true", files: "${{ inputs.files }}" },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    // Tokens are read (and masked) first.
    expect(notices(run)).toEqual([
      expect.stringMatching(/^Input github-token is the unexpanded expression/),
      expect.stringMatching(
        /^Input files is the unexpanded expression "\$\{\{ inputs\.files \}\}"/,
      ),
    ]);
    // `files` fell back to its default: every show of the repository.
    expect(results(run).map((r) => r.status)).toEqual(["dry-run", "dry-run", "dry-run"]);
    expect(run.stdout).toContain("No job summary: GITHUB_STEP_SUMMARY is not set");
    expect(run.summary).toBe("");
  });
});

describe("merge_group", () => {
  it("is a dry run of what the queued pull request brings: nothing uploaded, no comment", async () => {
    const before = world.mixcloud.state.uploads.length;
    const run = await runIn(world, queue, {
      eventName: "merge_group",
      event: {
        action: "checks_requested",
        merge_group: {
          head_sha: groupHead,
          head_ref: `refs/heads/${QUEUE_BRANCH}`,
          base_sha: baseTip,
          base_ref: "refs/heads/main",
          head_commit: { id: groupHead, message: "Merge pull request #7" },
        },
        repository,
      },
      sha: groupHead,
      ref: `refs/heads/${QUEUE_BRANCH}`,
      inputs: { "access-token": MIXCLOUD_TOKEN },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(results(run)).toEqual([
      expect.objectContaining({ file: "cloudcasts/queued.yml", status: "dry-run" }),
    ]);
    expect(run.summary).toContain("Mixcloud publish — dry run");
    expect(run.summary).toContain("`cloudcasts/queued.yml`");
    expect(world.mixcloud.state.uploads).toHaveLength(before);
    expect(world.github.state.comments).toEqual([]);
    expect(run.everything).not.toContain(MIXCLOUD_TOKEN);
  });
});
