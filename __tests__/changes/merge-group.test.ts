import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChangeDetectionError, detectChanges } from "../../src/selection/changes.js";
import { createGitHubApi } from "../../src/github/index.js";
import { createSandbox, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { startGitHubMock, type GitHubMock } from "../helpers/github-mock.js";
import { context, deps, summary } from "./support.js";

// A merge queue: main moved on after the pull request branched; the queue's branch
// (`gh-readonly-queue/main/pr-42-<sha>`) is main's tip with the pull request merged onto it.
let sandbox: Sandbox;
let origin: TestRepo;
let baseTip: string;
let groupHead: string;
const QUEUE_BRANCH = "gh-readonly-queue/main/pr-42-0123456789abcdef0123456789abcdef01234567";

beforeAll(async () => {
  sandbox = await createSandbox();
  origin = await sandbox.repo("origin");
  await origin.write("cloudcasts/a.yml", "title: A\n");
  await origin.commit("base");
  await origin.git("checkout", "-q", "-b", "feature");
  await origin.write("cloudcasts/queued.yml", "title: Queued\n");
  await origin.write("cloudcasts/a.yml", "title: A, from the PR\n");
  await origin.commit("the pull request");
  await origin.git("checkout", "-q", "main");
  await origin.write("cloudcasts/main.yml", "title: Already on main\n");
  baseTip = await origin.commit("main moves on");
  await origin.git("checkout", "-q", "-b", QUEUE_BRANCH);
  await origin.git("merge", "-q", "--no-ff", "-m", "Merge pull request #42", "feature");
  groupHead = await origin.head();
  await origin.git("checkout", "-q", "main");
});

afterAll(async () => {
  await sandbox.cleanup();
});

/** The payload GitHub sends for `merge_group` (`checks_requested`), trimmed to what is read. */
function mergeGroupEvent() {
  return context(
    "merge_group",
    {
      action: "checks_requested",
      merge_group: {
        head_sha: groupHead,
        head_ref: `refs/heads/${QUEUE_BRANCH}`,
        base_sha: baseTip,
        base_ref: "refs/heads/main",
        head_commit: { id: groupHead, message: "Merge pull request #42" },
      },
    },
    groupHead,
  );
}

describe("merge_group", () => {
  it("takes base_sha...head_sha: what the queued pull request brings onto main", async () => {
    const clone = await sandbox.clone(origin, { branch: QUEUE_BRANCH });
    const set = await detectChanges(mergeGroupEvent(), deps(clone.dir));
    expect(summary(set)).toEqual({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/queued.yml"],
      deleted: [],
    });
    expect(set).toMatchObject({ base: baseTip, head: groupHead });
  });

  it("deepens a shallow checkout of the queue's branch until the base is there", async () => {
    const clone = await sandbox.clone(origin, { depth: 1, branch: QUEUE_BRANCH });
    const d = deps(clone.dir);
    const set = await detectChanges(mergeGroupEvent(), d);
    expect(summary(set)).toMatchObject({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/queued.yml"],
    });
    expect(d.log.infos.some((m) => m.startsWith("Fetching"))).toBe(true);
  });

  it("names the payload's fields when they are missing", async () => {
    const clone = await sandbox.clone(origin, { branch: QUEUE_BRANCH });
    await expect(
      detectChanges(context("merge_group", { action: "checks_requested" }), deps(clone.dir)),
    ).rejects.toThrow(/merge_group event payload has no `merge_group.base_sha`/);
  });

  describe("without the history", () => {
    let gh: GitHubMock;
    let clone: TestRepo;
    beforeEach(async () => {
      gh = await startGitHubMock();
      clone = await sandbox.clone(origin, { depth: 1, branch: QUEUE_BRANCH });
      await clone.git("remote", "remove", "origin");
    });
    afterEach(async () => {
      await gh.close();
    });
    const api = () =>
      createGitHubApi({
        token: gh.token,
        apiUrl: gh.url,
        repository: { owner: "octo-org", repo: "shows" },
      });

    it("asks the GitHub API to compare base_sha...head_sha (there is no pull request number)", async () => {
      gh.setComparison(baseTip, groupHead, [
        { filename: "cloudcasts/queued.yml", status: "added" },
      ]);
      const set = await detectChanges(mergeGroupEvent(), deps(clone.dir, { github: api() }));
      expect(summary(set)).toEqual({ files: ["added cloudcasts/queued.yml"], deleted: [] });
      expect(gh.state.requests.map((r) => r.path)).toEqual([
        `/repos/octo-org/shows/compare/${baseTip}...${groupHead}?per_page=100`,
      ]);
    });

    it("fails with the fetch-depth advice, saying `GitHub API` once", async () => {
      const error = await detectChanges(
        mergeGroupEvent(),
        deps(clone.dir, { github: api() }),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChangeDetectionError);
      const message = (error as Error).message;
      expect(message).toMatch(
        /the merge group changed.*GitHub API: compare .*HTTP 404.*fetch-depth: 0/,
      );
      expect(message).not.toContain("GitHub API: GitHub API");
    });
  });
});
