// The pull_request workflow end to end: the bundled action under Node 24, in a real clone, against
// the mock Mixcloud and GitHub APIs. A dry run: nothing may reach Mixcloud's upload endpoints.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/constants.js";
import { workflowCommands } from "./harness.js";
import type { ActionRun } from "./harness.js";
import {
  addShow,
  createWorld,
  linkOut,
  MIXCLOUD_TOKEN,
  openPullRequest,
  pullRequestEvent,
  runIn,
  writeBinary,
} from "./world.js";
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
    title: string | null;
  }>;
}

function expectNoUploads(): void {
  expect(world.mixcloud.state.uploads).toEqual([]);
  expect(world.mixcloud.state.edits).toEqual([]);
}

function expectTokenNowhere(run: ActionRun): void {
  expect(run.everything).not.toContain(MIXCLOUD_TOKEN);
  expect(run.everything).not.toContain(world.github.token);
}

describe("pull_request: dry run", () => {
  it("checks two new cloudcasts, previews them in one sticky comment, and updates it on the next run", async () => {
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      await addShow(repo, "cloudcasts/2026/night-drive-12.yml", "Night Drive 12");
      await addShow(repo, "cloudcasts/2026/sunday-session.yml", "Sunday Session");
    });
    const event = pullRequestEvent(7, base, head);
    const first = await runIn(world, clone, {
      eventName: "pull_request",
      event,
      sha: head,
      inputs: { "access-token": MIXCLOUD_TOKEN },
    });

    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    expect(results(first)).toEqual([
      {
        file: "cloudcasts/2026/night-drive-12.yml",
        status: "dry-run",
        title: "Night Drive 12",
        key: null,
        url: null,
        error: null,
      },
      {
        file: "cloudcasts/2026/sunday-session.yml",
        status: "dry-run",
        title: "Sunday Session",
        key: null,
        url: null,
        error: null,
      },
    ]);
    expect(first.outputs).toMatchObject({
      published: "0",
      updated: "0",
      skipped: "0",
      failed: "0",
      invalid: "0",
      urls: "",
    });
    expect(JSON.parse(first.outputs["matrix"] ?? "")).toEqual({
      include: [
        { file: "cloudcasts/2026/night-drive-12.yml" },
        { file: "cloudcasts/2026/sunday-session.yml" },
      ],
    });
    expect(first.summary).toContain("Night Drive 12");
    expect(first.summary).toContain("Sunday Session");
    expectNoUploads();

    const comments = world.github.state.comments.filter((c) => c.issueNumber === 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comments[0]?.body).toContain("Night Drive 12");
    expect(comments[0]?.user.login).toBe("github-actions[bot]");
    expectTokenNowhere(first);

    const second = await runIn(world, clone, {
      eventName: "pull_request",
      event,
      sha: head,
      inputs: { "access-token": MIXCLOUD_TOKEN },
    });
    expect(second.exitCode).toBe(0);
    const after = world.github.state.comments.filter((c) => c.issueNumber === 7);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    expectTokenNowhere(second);
  });

  it("fails on an invalid file with annotations at its lines, and lists the problems in the comment", async () => {
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      await addShow(repo, "cloudcasts/good.yml", "Good Show");
      await repo.write(
        "cloudcasts/bad.yml",
        "title: Bad Show\ntags:\n  - House\n  - house\nunlisted: yes\ntrackz: []\n",
      );
    });
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
    });

    expect(run.exitCode).toBe(1);
    const statuses = Object.fromEntries(results(run).map((r) => [r.file, r.status]));
    expect(statuses).toEqual({ "cloudcasts/bad.yml": "invalid", "cloudcasts/good.yml": "dry-run" });
    expect(run.outputs["invalid"]).toBe("1");
    expect(results(run).find((r) => r.file === "cloudcasts/bad.yml")?.title).toBe("Bad Show");
    const errors = workflowCommands(run.stdout).filter(
      (c) => c.command === "error" && c.properties["file"] === "cloudcasts/bad.yml",
    );
    const lines = errors.map((e) => Number(e.properties["line"])).sort((a, b) => a - b);
    expect(lines).toEqual([4, 5, 6]);
    for (const error of errors) expect(Number(error.properties["col"])).toBeGreaterThan(0);
    expect(errors.find((e) => e.properties["line"] === "5")?.message).toMatch(/true or false/);
    expect(errors.find((e) => e.properties["line"] === "6")?.message).toMatch(/tracks/);
    const comment = world.github.state.comments.find((c) => c.issueNumber === 7);
    expect(comment?.body).toContain("`cloudcasts/bad.yml:5`");
    expect(comment?.body).toMatch(/true or false/);
    expectNoUploads();
  });

  it("skips the comment with a notice on a fork's pull request without a token, and still passes", async () => {
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      await addShow(repo, "cloudcasts/guest-mix.yml", "Guest Mix");
    });
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head, true),
      sha: head,
      githubToken: "",
    });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => r.status)).toEqual(["dry-run"]);
    expect(
      workflowCommands(run.stdout).some(
        (c) => c.command === "notice" && /comment/i.test(c.message),
      ),
    ).toBe(true);
    expect(world.github.state.comments).toEqual([]);
  });

  it("skips the comment with a notice when the token is read-only", async () => {
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      await addShow(repo, "cloudcasts/guest-mix.yml", "Guest Mix");
    });
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head, true),
      sha: head,
      githubToken: world.github.readOnlyToken,
    });
    expect(run.exitCode).toBe(0);
    expect(
      workflowCommands(run.stdout).some(
        (c) => c.command === "notice" && /read-only/i.test(c.message),
      ),
    ).toBe(true);
    expect(world.github.state.comments).toEqual([]);
  });

  it("handles file names with spaces, quotes and non-ASCII", async () => {
    const names = [
      "cloudcasts/Live at Fabrik.yml",
      "cloudcasts/Ünïcode — 東京.yml",
      'cloudcasts/the "quoted" one.yml',
    ];
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      for (const [i, name] of names.entries()) await addShow(repo, name, `Show ${i}`);
    });
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
    });
    expect(run.exitCode).toBe(0);
    expect(results(run).map((r) => [r.file, r.status])).toEqual(
      [...names].sort().map((name) => [name, "dry-run"]),
    );
  });

  it("refuses audio behind a symlink that points out of the workspace", async () => {
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      await repo.write("cloudcasts/escape.yml", "title: Escape\naudio: cloudcasts/escape.mp3\n");
      await linkOut(repo, "cloudcasts/escape.mp3", "/etc/passwd");
    });
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
    });
    expect(run.exitCode).toBe(1);
    const error = workflowCommands(run.stdout).find(
      (c) => c.command === "error" && c.properties["file"] === "cloudcasts/escape.yml",
    );
    expect(error?.properties["line"]).toBe("2");
    expect(error?.message).toMatch(/outside the repository/);
    expect(run.everything).not.toContain("root:x:0:0");
  });

  it("explains a Git LFS pointer whose LFS server refuses the job: the permission it needs", async () => {
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      await repo.write("cloudcasts/lfs.yml", "title: Big Mix\n");
      await writeBinary(
        repo,
        "cloudcasts/lfs.mp3",
        Buffer.from(
          "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 104857600\n",
        ),
      );
    });
    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head),
      sha: head,
    });
    expect(run.exitCode).toBe(1);
    const error = workflowCommands(run.stdout).find(
      (c) => c.command === "error" && c.properties["file"] === "cloudcasts/lfs.yml",
    );
    expect(error?.message).toMatch(/refused to give .* give the job `permissions: contents: read`/);
  });
});
