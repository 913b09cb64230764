import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChangeDetectionError, detectChanges } from "../../src/selection/changes.js";
import { createGitHubApi } from "../../src/github/index.js";
import { createSandbox, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { startGitHubMock, type GitHubMock } from "../helpers/github-mock.js";
import { context, deps, summary, ZEROS } from "./support.js";

let sandbox: Sandbox;
let origin: TestRepo;
let before: string;
let after: string;
let forkPoint: string;
let prHead: string;
let prBase: string;
let gh: GitHubMock;

// One origin for the whole file (cloned fresh by each test): main with a push whose `before`
// lies 121 commits back, in a history of 322, and a long-lived branch forked at the first commit.
beforeAll(async () => {
  sandbox = await createSandbox();
  origin = await sandbox.repo("origin");
  await origin.write("cloudcasts/a.yml", "title: A\n");
  forkPoint = await origin.commit("start");
  await origin.git("checkout", "-q", "-b", "feature");
  await origin.write("cloudcasts/pr.yml", "title: From the PR\n");
  await origin.commit("pr show");
  prHead = await origin.fillCommits(70, "feature-notes.txt");
  await origin.git("checkout", "-q", "main");
  await origin.fillCommits(200);
  before = await origin.head();
  await origin.fillCommits(120);
  await origin.write("cloudcasts/a.yml", "title: A, much later\n");
  await origin.write("cloudcasts/z.yml", "title: Z\n");
  after = await origin.commit("the push");
  prBase = after;
});

afterAll(async () => {
  await sandbox.cleanup();
});

beforeEach(async () => {
  gh = await startGitHubMock();
});

afterEach(async () => {
  await gh.close();
});

const push = () => context("push", { ref: "refs/heads/main", before, after });
const pullRequest = () =>
  context("pull_request", {
    number: 8,
    pull_request: {
      number: 8,
      base: { sha: prBase, ref: "main" },
      head: { sha: prHead, ref: "feature" },
    },
  });
const api = () =>
  createGitHubApi({
    token: gh.token,
    apiUrl: gh.url,
    repository: { owner: "octo-org", repo: "shows" },
  });

describe("a shallow checkout", () => {
  it("is deepened step by step until the push's base is there", async () => {
    const clone = await sandbox.clone(origin, { depth: 1 });
    const d = deps(clone.dir);
    const set = await detectChanges(push(), d);
    expect(summary(set)).toEqual({
      files: ["modified cloudcasts/a.yml", "added cloudcasts/z.yml", "modified filler.txt"],
      deleted: [],
    });
    const fetches = d.log.infos.filter((m) => m.startsWith("Fetching"));
    expect(fetches.map((m) => m.split(" to find")[0])).toEqual([
      "Fetching the commits",
      "Fetching 50 more commits of history",
      "Fetching 200 more commits of history",
    ]);
    // Deepened, not made whole: the first commit is still beyond reach.
    expect(await clone.git("rev-parse", "--is-shallow-repository")).toBe("true");
  });

  it("is deepened until a pull request's merge base is found", async () => {
    const clone = await sandbox.clone(origin, { depth: 1, branch: "feature" });
    const set = await detectChanges(pullRequest(), deps(clone.dir));
    expect(summary(set)).toEqual({
      files: ["added cloudcasts/pr.yml", "added feature-notes.txt"],
      deleted: [],
    });
    expect(set).toMatchObject({ base: forkPoint, head: prHead });
  });

  it("fetches the default branch to measure a new branch from its merge base", async () => {
    const clone = await sandbox.clone(origin, { depth: 1, branch: "feature" });
    const d = deps(clone.dir);
    const event = context("push", {
      ref: "refs/heads/feature",
      before: ZEROS,
      after: prHead,
      created: true,
    });
    const set = await detectChanges(event, d);
    expect(summary(set)).toEqual({
      files: ["added cloudcasts/pr.yml", "added feature-notes.txt"],
      deleted: [],
    });
    expect(set).toMatchObject({ base: forkPoint });
    expect(await clone.git("rev-parse", "--verify", "refs/remotes/origin/main")).toBe(after);
  });

  describe("that cannot be deepened (no remote)", () => {
    let clone: TestRepo;
    beforeEach(async () => {
      clone = await sandbox.clone(origin, { depth: 1 });
      await clone.git("remote", "remove", "origin");
    });

    it("asks the GitHub API to compare the push", async () => {
      gh.setComparison(before, after, [
        { filename: "cloudcasts/z.yml", status: "added" },
        { filename: "cloudcasts/b.yml", status: "renamed", previous_filename: "cloudcasts/a.yml" },
        { filename: "cloudcasts/gone.yml", status: "removed" },
        { filename: "cloudcasts/same.yml", status: "unchanged" },
      ]);
      const d = deps(clone.dir, { github: api() });
      const set = await detectChanges(push(), d);
      expect(summary(set)).toEqual({
        files: ["added cloudcasts/z.yml", "renamed cloudcasts/a.yml -> cloudcasts/b.yml"],
        deleted: ["cloudcasts/gone.yml"],
      });
      expect(set).toMatchObject({ head: after, base: before });
      expect(gh.state.requests.map((r) => r.path)).toEqual([
        `/repos/octo-org/shows/compare/${before}...${after}?per_page=100`,
      ]);
    });

    it("asks the GitHub API for a pull request's files", async () => {
      gh.addPull({ number: 8, files: [{ filename: "cloudcasts/pr.yml", status: "added" }] });
      const set = await detectChanges(pullRequest(), deps(clone.dir, { github: api() }));
      expect(summary(set)).toEqual({ files: ["added cloudcasts/pr.yml"], deleted: [] });
    });

    it("fails with the fetch-depth advice when there is no API either", async () => {
      const error = await detectChanges(push(), deps(clone.dir)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChangeDetectionError);
      const message = (error as Error).message;
      expect(message).toContain("`fetch-depth: 0`");
      expect(message).toContain('no remote "origin"');
      expect(message).toContain("no `github-token`");
    });

    it("fails with the API's reason when the API cannot help", async () => {
      const error = await detectChanges(push(), deps(clone.dir, { github: api() })).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ChangeDetectionError);
      const message = (error as Error).message;
      expect(message).toMatch(/GitHub API: compare .*HTTP 404.*Not Found.*fetch-depth: 0/);
      // The API's error names the API itself; the whole message says so once.
      expect(message.split("GitHub API").length - 1).toBe(1);
    });
  });
});

describe("histories with nothing in common", () => {
  it("stop deepening once the clone is whole, then fail clearly", async () => {
    const other = await sandbox.repo("unrelated");
    await other.write("cloudcasts/a.yml", "title: A\n");
    const base = await other.commit("one history");
    await other.git("checkout", "-q", "--orphan", "island");
    await other.write("cloudcasts/b.yml", "title: B\n");
    const head = await other.commit("another history");
    const clone = await sandbox.clone(other, { depth: 1, branch: "island" });
    const d = deps(clone.dir);
    const event = context("pull_request", {
      number: 3,
      pull_request: {
        number: 3,
        base: { sha: base, ref: "main" },
        head: { sha: head, ref: "island" },
      },
    });
    await expect(detectChanges(event, d)).rejects.toThrow(
      /merge base .* could not be found in the history/,
    );
    // Both roots are there after the first fetch: the clone is whole, deepening stops.
    expect(d.log.infos.filter((m) => m.startsWith("Fetching"))).toHaveLength(1);
    expect(await clone.git("rev-parse", "--is-shallow-repository")).toBe("false");
  });
});

describe("outside a git repository", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "mixcloud-publish-nogit-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("uses the API, or says what to do", async () => {
    gh.setComparison(before, after, [{ filename: "cloudcasts/z.yml", status: "added" }]);
    const set = await detectChanges(push(), deps(dir, { github: api() }));
    expect(summary(set)).toEqual({ files: ["added cloudcasts/z.yml"], deleted: [] });
    await expect(detectChanges(push(), deps(dir))).rejects.toThrow(
      /is not a git repository.*fetch-depth: 0/,
    );
  });

  it("still takes every file on a dispatch", async () => {
    expect(await detectChanges(context("workflow_dispatch", {}), deps(dir))).toEqual({
      kind: "all",
    });
  });
});
