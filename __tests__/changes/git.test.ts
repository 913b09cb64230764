import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createGitRunner,
  diffCommits,
  GitError,
  isShallow,
  isWorkTree,
  mergeBase,
  readFileAt,
  recordedParents,
  redactUrls,
  resolveCommit,
  type GitRunner,
} from "../../src/selection/git.js";
import { createSandbox, gitEnv, type Sandbox, type TestRepo } from "../helpers/git-repo.js";

let sandbox: Sandbox;
let repo: TestRepo;
let git: GitRunner;
let first: string;
let second: string;

beforeAll(async () => {
  sandbox = await createSandbox();
  repo = await sandbox.repo("plain");
  await repo.write("a.yml", "title: A\n");
  first = await repo.commit("one");
  await repo.write("a.yml", "title: A2\n");
  second = await repo.commit("two");
  git = createGitRunner(repo.dir, gitEnv());
});

afterAll(async () => {
  await sandbox.cleanup();
});

describe("git runner", () => {
  it("answers questions about the repository", async () => {
    expect(await isWorkTree(git)).toBe(true);
    expect(await isShallow(git)).toBe(false);
    expect(await resolveCommit(git, "HEAD")).toBe(second);
    expect(await resolveCommit(git, "f".repeat(40))).toBeUndefined();
    expect(await mergeBase(git, first, second)).toBe(first);
    expect(await recordedParents(git, second)).toEqual([first]);
    expect(await recordedParents(git, first)).toEqual([]);
    expect(await diffCommits(git, first, second)).toEqual([{ status: "modified", path: "a.yml" }]);
  });

  it("never lets a revision be read as an option", async () => {
    await expect(resolveCommit(git, "--output=/tmp/x")).rejects.toThrow(
      /Refusing the git revision/,
    );
    await expect(readFileAt(git, "-p", "a.yml")).rejects.toThrow(/Refusing/);
    await expect(mergeBase(git, first, "HEAD other")).rejects.toThrow(/Refusing/);
  });

  it("reports a failing command with git's own words", async () => {
    const error = await git.run(["cat-file", "commit", "f".repeat(40)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).code).toBe(128);
    expect((error as Error).message).toMatch(/git cat-file commit .* failed \(exit 128\)/);
  });

  it("says why when git prints nothing: the exit code and the whole command", async () => {
    // `git diff --quiet` exits 1 on a difference and prints nothing at all.
    const error = await git
      .run(["diff", "--quiet", first, second, "--", "a.yml"])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as GitError).stderr).toBe("");
    const message = (error as Error).message;
    expect(message).toBe(
      `git diff --quiet ${first} … failed (exit 1): it printed nothing on stderr; the command was \`git diff --quiet ${first} ${second} -- a.yml\``,
    );
    expect(message).not.toContain("Command failed");
  });

  it("says how git ended when there is no exit code, never just Node's 'Command failed'", () => {
    const killed = Object.assign(new Error("Command failed: git fetch origin"), {
      signal: "SIGTERM",
    });
    expect(new GitError(["fetch", "origin"], undefined, "", killed).message).toBe(
      "git fetch origin failed: it was stopped by SIGTERM: `git fetch origin`",
    );
    const bare = new GitError(["fetch", "origin"], undefined, "", new Error("Command failed: x"));
    expect(bare.message).toBe(
      "git fetch origin failed: it ended without an exit code or a message: `git fetch origin`",
    );
    const overflow = new GitError(
      ["ls-files"],
      undefined,
      "",
      new RangeError("stdout maxBuffer length exceeded"),
    );
    expect(overflow.message).toBe(
      "git ls-files failed: stdout maxBuffer length exceeded: `git ls-files`",
    );
  });

  it("never shows credentials of a remote URL in the command", () => {
    const error = new GitError(
      ["fetch", "https://x-access-token:ghs_secret@github.com/o/r"],
      128,
      "",
    );
    expect(error.message).not.toContain("ghs_secret");
    expect(error.message).toContain("https://***@github.com/o/r");
  });

  it("knows a folder outside any repository, and a missing git binary, as no work tree", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "mixcloud-publish-plain-"));
    try {
      expect(
        await isWorkTree(
          createGitRunner(dir, gitEnv({ GIT_CEILING_DIRECTORIES: path.dirname(dir) })),
        ),
      ).toBe(false);
      expect(await isWorkTree(createGitRunner(dir, { PATH: dir }))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("redactUrls", () => {
  it("hides credentials in remote URLs", () => {
    expect(
      redactUrls("fatal: unable to access 'https://x-access-token:ghs_secret@github.com/o/r/'"),
    ).toBe("fatal: unable to access 'https://***@github.com/o/r/'");
    expect(redactUrls("from file:///tmp/repo")).toBe("from file:///tmp/repo");
  });
});
