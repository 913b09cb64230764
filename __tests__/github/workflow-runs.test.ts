// The workflow runs API, as catching up asks it: the runs of one workflow on one branch that
// succeeded, newest first; 403 without `actions: read`.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHubApi, GitHubApiError, type GitHubApi } from "../../src/github/index.js";
import { startGitHubMock, type GitHubMock } from "../helpers/github-mock.js";

let gh: GitHubMock;
let api: GitHubApi;

beforeEach(async () => {
  gh = await startGitHubMock();
  api = createGitHubApi({
    token: gh.token,
    apiUrl: gh.url,
    repository: { owner: gh.state.owner, repo: gh.state.repo },
  });
});
afterEach(async () => {
  await gh.close();
});

describe("listWorkflowRuns()", () => {
  it("lists the successful push runs of a workflow on a branch, newest first", async () => {
    gh.addWorkflowRun({ workflow: "publish.yml", headSha: "a".repeat(40) });
    gh.addWorkflowRun({
      workflow: "publish.yml",
      headSha: "b".repeat(40),
      conclusion: "cancelled",
    });
    gh.addWorkflowRun({ workflow: "publish.yml", headSha: "c".repeat(40), headBranch: "dev" });
    gh.addWorkflowRun({ workflow: "other.yml", headSha: "d".repeat(40) });
    gh.addWorkflowRun({ workflow: "publish.yml", headSha: "e".repeat(40), event: "release" });
    gh.addWorkflowRun({ workflow: "publish.yml", headSha: "f".repeat(40) });
    const runs = await api.listWorkflowRuns({
      workflow: "publish.yml",
      branch: "main",
      event: "push",
      status: "success",
      perPage: 30,
    });
    expect(runs.map((r) => r.headSha[0])).toEqual(["f", "a"]);
    expect(runs[0]).toMatchObject({ event: "push", headBranch: "main", conclusion: "success" });
    expect(gh.state.requests.at(-1)?.path).toBe(
      "/repos/octo-org/shows/actions/workflows/publish.yml/runs?per_page=30&page=1&branch=main&event=push&status=success",
    );
  });

  it("is a GitHubApiError with status 403 when the token lacks actions: read", async () => {
    gh.state.actionsReadable = false;
    const failed = api.listWorkflowRuns({ workflow: "publish.yml" });
    await expect(failed).rejects.toBeInstanceOf(GitHubApiError);
    await expect(failed).rejects.toMatchObject({ status: 403 });
  });
});
