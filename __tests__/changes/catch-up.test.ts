// Catching up (README, "Exactly once"): a push run measures from the commit of the last
// successful run of its workflow on its branch when that is older than its own push, so what a
// run GitHub cancelled while pending would have published is not lost.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { detectChanges } from "../../src/selection/changes.js";
import type { ChangeDeps } from "../../src/selection/changes.js";
import { createGitHubApi } from "../../src/github/index.js";
import { parseWorkflowRef } from "../../src/selection/workflow-ref.js";
import { RUN_PAGES, RUNS_PER_PAGE } from "../../src/selection/catch-up.js";
import { createSandbox, type Sandbox, type TestRepo } from "../helpers/git-repo.js";
import { startGitHubMock, type GitHubMock } from "../helpers/github-mock.js";
import { context, deps, summary } from "./support.js";

const WORKFLOW = "mixcloud-publish.yml";
let sandbox: Sandbox;
let origin: TestRepo;
let gh: GitHubMock;
let base: string;
let a: string;
let b: string;
let c: string;
/** A commit of another branch, off main's history: neither behind nor ahead of c. */
let side: string;

beforeEach(async () => {
  sandbox = await createSandbox();
  origin = await sandbox.repo("origin");
  await origin.write("README.md", "# shows\n");
  base = await origin.commit("start");
  for (const name of ["a", "b", "c"]) {
    await origin.write(`cloudcasts/${name}.yml`, `title: ${name.toUpperCase()}\n`);
    const sha = await origin.commit(`add ${name}`);
    if (name === "a") a = sha;
    else if (name === "b") b = sha;
    else c = sha;
  }
  await origin.git("checkout", "-q", "-b", "side", a);
  await origin.write("cloudcasts/side.yml", "title: Side\n");
  side = await origin.commit("add side");
  await origin.git("checkout", "-q", "main");
  gh = await startGitHubMock();
});
afterEach(async () => {
  await gh.close();
  await sandbox.cleanup();
});

function pushOfC() {
  const ctx = context("push", { ref: "refs/heads/main", before: b, after: c }, c);
  ctx.workflow = parseWorkflowRef(
    `octo-org/shows/.github/workflows/${WORKFLOW}@refs/heads/main`,
    ctx.repository,
  );
  return ctx;
}

function withApi(dir: string, extra: Partial<ChangeDeps> = {}) {
  const api = createGitHubApi({
    token: gh.token,
    apiUrl: gh.url,
    repository: { owner: "octo-org", repo: "shows" },
  });
  return deps(dir, { github: api, runs: api, catchUp: true, ...extra });
}

describe("a push run catches up", () => {
  it("from the last successful run when the run between was cancelled", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: base });
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: b, conclusion: "cancelled" });
    const clone = await sandbox.clone(origin);
    const d = withApi(clone.dir);
    const set = await detectChanges(pushOfC(), d);
    expect(summary(set)).toEqual({
      files: ["added cloudcasts/b.yml", "added cloudcasts/c.yml"],
      deleted: [],
    });
    expect(set).toMatchObject({ kind: "changed", base: a, head: c });
    expect(set).not.toHaveProperty("notice");
    expect(d.log.infos.join("\n")).toContain(
      `Publishing what changed since ${a.slice(0, 7)}, the commit of the last successful run of ${WORKFLOW} on main (run #2)`,
    );
    const asked = gh.state.requests.find((r) => r.path.includes("/actions/workflows/"));
    expect(asked?.path).toContain(`/actions/workflows/${WORKFLOW}/runs?`);
    expect(asked?.path).toContain("branch=main");
    expect(asked?.path).toContain("status=success");
  });

  it("in a shallow clone, deepening it to see the ancestry", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    const clone = await sandbox.clone(origin, { depth: 1 });
    const set = await detectChanges(pushOfC(), withApi(clone.dir));
    expect(summary(set)).toMatchObject({
      files: ["added cloudcasts/b.yml", "added cloudcasts/c.yml"],
    });
  });

  it("passes over a successful run whose commit is not behind this one", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    // A real commit the clone holds, on a sibling branch (a run before a forced push, say).
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: side });
    const clone = await sandbox.clone(origin);
    expect(await clone.git("cat-file", "-t", side)).toBe("commit");
    const set = await detectChanges(pushOfC(), withApi(clone.dir));
    expect(set).toMatchObject({ kind: "changed", base: a });
    expect(summary(set)).toEqual({
      files: ["added cloudcasts/b.yml", "added cloudcasts/c.yml"],
      deleted: [],
    });
  });

  it("asks for the next page of runs when none of the first is behind this push", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    for (let i = 0; i < RUNS_PER_PAGE; i++)
      gh.addWorkflowRun({ workflow: WORKFLOW, headSha: side });
    const clone = await sandbox.clone(origin);
    const set = await detectChanges(pushOfC(), withApi(clone.dir));
    expect(set).toMatchObject({ kind: "changed", base: a });
    const pages = gh.state.requests.filter((r) => r.path.includes("/actions/workflows/"));
    expect(pages.map((r) => new URL(r.path, gh.url).searchParams.get("page"))).toEqual(["1", "2"]);
  });

  it(`stops after ${RUN_PAGES} pages, and says among how many runs it looked`, async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    for (let i = 0; i < RUN_PAGES * RUNS_PER_PAGE; i++)
      gh.addWorkflowRun({ workflow: WORKFLOW, headSha: side });
    const clone = await sandbox.clone(origin);
    const set = await detectChanges(pushOfC(), withApi(clone.dir));
    expect(set).toMatchObject({
      base: b,
      notice: expect.stringContaining(
        `No earlier successful run of ${WORKFLOW} on main among the newest ${RUN_PAGES * RUNS_PER_PAGE}`,
      ),
    });
    const pages = gh.state.requests.filter((r) => r.path.includes("/actions/workflows/"));
    expect(pages).toHaveLength(RUN_PAGES);
  }, 60_000);

  it("keeps its own range when the last successful run was the push before it", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: b });
    const clone = await sandbox.clone(origin);
    const d = withApi(clone.dir);
    const set = await detectChanges(pushOfC(), d);
    expect(summary(set)).toEqual({ files: ["added cloudcasts/c.yml"], deleted: [] });
    expect(set).not.toHaveProperty("notice");
    expect(d.log.infos.join("\n")).toContain("reaches back no further");
  });
});

describe("a push run that cannot catch up takes its own range, with a notice", () => {
  it("without actions: read (the API answers 403)", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    gh.state.actionsReadable = false;
    const clone = await sandbox.clone(origin);
    const d = withApi(clone.dir);
    const set = await detectChanges(pushOfC(), d);
    expect(summary(set)).toEqual({ files: ["added cloudcasts/c.yml"], deleted: [] });
    expect(set).toMatchObject({
      notice: expect.stringContaining("Catching up needs `permissions: actions: read`"),
    });
    expect(d.log.infos.join("\n")).toContain(
      `Publishing what changed in this push's own range ${b.slice(0, 7)}..${c.slice(0, 7)}`,
    );
  });

  it("when the runs API fails (a 5xx)", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a });
    gh.state.workflowRunsFailure = 502;
    const clone = await sandbox.clone(origin);
    const d = withApi(clone.dir);
    const set = await detectChanges(pushOfC(), d);
    expect(summary(set)).toEqual({ files: ["added cloudcasts/c.yml"], deleted: [] });
    expect(set).toMatchObject({
      base: b,
      notice: expect.stringContaining("Catching up needs the GitHub API"),
    });
    expect(d.log.infos.join("\n")).toMatch(
      new RegExp(`the runs of ${WORKFLOW} on main could not be listed \\(.*502`),
    );
  });

  it("with no earlier successful run", async () => {
    gh.addWorkflowRun({ workflow: WORKFLOW, headSha: a, conclusion: "failure" });
    const clone = await sandbox.clone(origin);
    const set = await detectChanges(pushOfC(), withApi(clone.dir));
    expect(summary(set)).toEqual({ files: ["added cloudcasts/c.yml"], deleted: [] });
    expect(set).toMatchObject({
      notice: expect.stringContaining(`No earlier successful run of ${WORKFLOW} on main`),
    });
  });

  it("without a GitHub token", async () => {
    const clone = await sandbox.clone(origin);
    const set = await detectChanges(pushOfC(), deps(clone.dir, { catchUp: true }));
    expect(set).toMatchObject({
      base: b,
      notice: expect.stringContaining("Catching up needs the `github-token` input"),
    });
  });

  it("but a dry run neither asks nor says anything", async () => {
    const clone = await sandbox.clone(origin);
    const d = withApi(clone.dir, { catchUp: false });
    const set = await detectChanges(pushOfC(), d);
    expect(set).toMatchObject({ base: b });
    expect(set).not.toHaveProperty("notice");
    expect(gh.state.requests).toEqual([]);
  });
});

describe("GITHUB_WORKFLOW_REF", () => {
  const repo = { owner: "octo-org", repo: "shows" };
  it("names this repository's workflow file", () => {
    expect(
      parseWorkflowRef("octo-org/shows/.github/workflows/publish.yaml@refs/tags/v1", repo),
    ).toEqual({
      path: ".github/workflows/publish.yaml",
      file: "publish.yaml",
      ref: "refs/tags/v1",
    });
  });
  it.each([
    ["another repository's workflow", "someone/else/.github/workflows/publish.yml@refs/heads/main"],
    ["no ref", "octo-org/shows/.github/workflows/publish.yml"],
    ["a path outside the workflows folder", "octo-org/shows/.github/workflows/../x.yml@main"],
    ["nothing", ""],
  ])("is nothing for %s", (_what, value) => {
    expect(parseWorkflowRef(value, repo)).toBeUndefined();
  });
});
