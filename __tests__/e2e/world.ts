// The world an end-to-end test runs the action in: a repository on "GitHub" (an origin repo and
// the runner's clone of it), the mock Mixcloud API, and the mock GitHub REST API.
import { symlink } from "node:fs/promises";
import { join } from "node:path";
import { createSandbox } from "../helpers/git-repo.js";
import type { Sandbox, TestRepo } from "../helpers/git-repo.js";
import { startGitHubMock } from "../helpers/github-mock.js";
import type { GitHubMock } from "../helpers/github-mock.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer, MockServerOptions } from "../../src/mock/index.js";
import { runAction } from "./harness.js";
import { showAudio } from "../helpers/media.js";
import type { ActionRun, ActionRunOptions } from "./harness.js";

export const MIXCLOUD_TOKEN = "mc-secret-token-9f8e7d6c5b4a";
export const OWNER = "octo-org";
export const REPO = "shows";

export interface World {
  sandbox: Sandbox;
  origin: TestRepo;
  mixcloud: MockServer;
  github: GitHubMock;
  close(): Promise<void>;
}

export async function createWorld(mock: MockServerOptions = {}): Promise<World> {
  const sandbox = await createSandbox();
  const origin = await sandbox.repo("origin");
  await origin.write("README.md", "# Our shows\n");
  await origin.commit("initial commit");
  const mixcloud = await startMockServer({ token: MIXCLOUD_TOKEN, username: "dj-kay", ...mock });
  const github = await startGitHubMock({ owner: OWNER, repo: REPO });
  return {
    sandbox,
    origin,
    mixcloud,
    github,
    async close() {
      await Promise.all([mixcloud.close(), github.close()]);
      await sandbox.cleanup();
    },
  };
}

export { PNG, showAudio, wav } from "../helpers/media.js";

/** A cloudcast file's text. */
export function showYaml(title: string, extra = ""): string {
  return `title: ${JSON.stringify(title)}
desc: A night of deep house.
tags:
  - House
  - Deep House
tracks:
  - start: 0
    artist: Kerri Chandler
    track: Rain
  - start: "4:30"
    artist: Moodymann
    track: I Can't Kick This Feelin When It Hits
${extra}`;
}

/** Writes a cloudcast and its audio (`<stem>.wav` beside it, as long as a show) into `repo`. */
export async function addShow(
  repo: TestRepo,
  file: string,
  title: string,
  extra = "",
): Promise<void> {
  await repo.write(file, showYaml(title, extra));
  await writeBinary(repo, file.replace(/\.ya?ml$/, ".wav"), showAudio());
}

export async function writeBinary(repo: TestRepo, file: string, data: Buffer): Promise<void> {
  const { mkdir, writeFile } = await import("node:fs/promises");
  const { dirname } = await import("node:path");
  await mkdir(dirname(join(repo.dir, file)), { recursive: true });
  await writeFile(join(repo.dir, file), data);
}

export async function linkOut(repo: TestRepo, file: string, target: string): Promise<void> {
  await symlink(target, join(repo.dir, file));
}

/** A pull request #7 of the world, as the runner gets it. */
export interface PullRequest {
  /** The runner's clone of the pull request's head. */
  clone: TestRepo;
  base: string;
  head: string;
}

/**
 * Opens pull request #7 from the branch `new-shows`: commits what `change` writes on it, off
 * origin's main as it stands, runs `afterCommit` (a `git lfs push`, say), tells the GitHub mock
 * about the pull request, and clones its head as `actions/checkout` would.
 */
export async function openPullRequest(
  world: World,
  change: (repo: TestRepo) => Promise<unknown>,
  options: { message?: string; afterCommit?: (repo: TestRepo) => Promise<void> } = {},
): Promise<PullRequest> {
  const origin = world.origin;
  const base = await origin.head();
  await origin.git("checkout", "-q", "-b", "new-shows");
  await change(origin);
  const head = await origin.commit(options.message ?? "new shows");
  await options.afterCommit?.(origin);
  await origin.git("checkout", "-q", "main");
  const clone = await world.sandbox.clone(origin, { branch: "new-shows" });
  world.github.addPull({ number: 7, baseSha: base, headSha: head, files: [] });
  return { clone, base, head };
}

/** The payload of a `pull_request` event for PR `number` from `headSha` onto `baseSha`. */
export function pullRequestEvent(number: number, baseSha: string, headSha: string, fork = false) {
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      state: "open",
      base: { sha: baseSha, ref: "main", repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
      head: {
        sha: headSha,
        ref: "new-shows",
        repo: { full_name: fork ? `someone/${REPO}` : `${OWNER}/${REPO}`, fork },
      },
    },
    repository: {
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      default_branch: "main",
      owner: { login: OWNER },
    },
  };
}

/** The payload of a `push` of `before`..`after` to main. */
export function pushEvent(before: string, after: string, extra: object = {}) {
  return {
    ref: "refs/heads/main",
    before,
    after,
    forced: false,
    deleted: false,
    created: false,
    repository: {
      name: REPO,
      full_name: `${OWNER}/${REPO}`,
      default_branch: "main",
      owner: { login: OWNER },
    },
    head_commit: { id: after },
    ...extra,
  };
}

/** Runs the action in `workspace` against the world's servers, as a runner would. */
export function runIn(
  world: World,
  workspace: TestRepo,
  options: Omit<ActionRunOptions, "workspace"> & { githubToken?: string },
): Promise<ActionRun> {
  return runAction({
    ...options,
    workspace: workspace.dir,
    repository: `${OWNER}/${REPO}`,
    githubApiUrl: world.github.url,
    githubServerUrl: world.github.serverUrl,
    inputs: {
      "api-url": world.mixcloud.url,
      "github-token": options.githubToken ?? world.github.token,
      ...options.inputs,
    },
  });
}
