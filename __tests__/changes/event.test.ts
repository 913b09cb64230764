import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  defaultBranch,
  EventError,
  isZeroSha,
  issueNumber,
  pullRequestInfo,
  pushInfo,
  readEventContext,
  releaseInfo,
} from "../../src/selection/event.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mixcloud-publish-event-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function eventFile(payload: unknown): Promise<string> {
  const file = path.join(dir, "event.json");
  await writeFile(file, typeof payload === "string" ? payload : JSON.stringify(payload));
  return file;
}

describe("readEventContext", () => {
  it("reads the runner's environment and the payload", async () => {
    const ctx = await readEventContext({
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: await eventFile({
        ref: "refs/heads/main",
        before: "a".repeat(40),
        after: "b".repeat(40),
      }),
      GITHUB_SHA: "b".repeat(40),
      GITHUB_REF: "refs/heads/main",
      GITHUB_REPOSITORY: "octo-org/shows",
      GITHUB_API_URL: "https://ghes.example.com/api/v3/",
      GITHUB_SERVER_URL: "https://ghes.example.com",
      GITHUB_RUN_ID: "1234",
    });
    expect(ctx).toEqual({
      eventName: "push",
      payload: { ref: "refs/heads/main", before: "a".repeat(40), after: "b".repeat(40) },
      sha: "b".repeat(40),
      ref: "refs/heads/main",
      repository: { owner: "octo-org", repo: "shows" },
      apiUrl: "https://ghes.example.com/api/v3",
      serverUrl: "https://ghes.example.com",
      runId: 1234,
    });
  });

  it("defaults to github.com and an empty payload outside a runner", async () => {
    const ctx = await readEventContext({});
    expect(ctx).toEqual({
      eventName: "",
      payload: {},
      apiUrl: "https://api.github.com",
      serverUrl: "https://github.com",
    });
  });

  it("keeps going with a missing or broken payload, and says so only when it is needed", async () => {
    const missing = await readEventContext({
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: path.join(dir, "nope.json"),
    });
    expect(missing.payload).toEqual({});
    expect(missing.payloadError).toContain("could not be read");
    expect(() => pushInfo(missing)).toThrow(EventError);
    expect(() => pushInfo(missing)).toThrow(
      /push event payload has no `before` and `after`.*could not be read/,
    );

    const broken = await readEventContext({
      GITHUB_EVENT_NAME: "release",
      GITHUB_EVENT_PATH: await eventFile("[1, 2"),
    });
    expect(broken.payloadError).toContain("could not be read");
    expect(() => releaseInfo(broken)).toThrow(/release event payload has no `release.tag_name`/);

    const array = await readEventContext({ GITHUB_EVENT_PATH: await eventFile([1]) });
    expect(array.payloadError).toContain("does not hold a JSON object");
  });

  it("takes the repository from the payload when GITHUB_REPOSITORY is absent", async () => {
    const ctx = await readEventContext({
      GITHUB_EVENT_PATH: await eventFile({ repository: { full_name: "someone/mixes" } }),
    });
    expect(ctx.repository).toEqual({ owner: "someone", repo: "mixes" });
  });
});

const ctxWith = (eventName: string, payload: Record<string, unknown>, sha?: string) => ({
  eventName,
  payload,
  apiUrl: "https://api.github.com",
  serverUrl: "https://github.com",
  ...(sha ? { sha } : {}),
});

describe("accessors", () => {
  it("push: created, deleted, forced", () => {
    const zeros = "0".repeat(40);
    expect(
      pushInfo(ctxWith("push", { ref: "refs/heads/x", before: zeros, after: "b".repeat(40) })),
    ).toEqual({
      ref: "refs/heads/x",
      before: zeros,
      after: "b".repeat(40),
      created: true,
      deleted: false,
      forced: false,
    });
    expect(
      pushInfo(ctxWith("push", { before: "a".repeat(40), after: zeros, deleted: true })).deleted,
    ).toBe(true);
    expect(
      pushInfo(ctxWith("push", { before: "a".repeat(40), after: "b".repeat(40), forced: true }))
        .forced,
    ).toBe(true);
    expect(isZeroSha(zeros)).toBe(true);
    expect(isZeroSha("0a")).toBe(false);
  });

  it("pull request: number, shas, fork", () => {
    const payload = {
      number: 5,
      pull_request: {
        number: 5,
        base: { sha: "a".repeat(40), ref: "main", repo: { full_name: "octo-org/shows" } },
        head: { sha: "b".repeat(40), ref: "patch-1", repo: { full_name: "fan/shows", fork: true } },
      },
    };
    expect(pullRequestInfo(ctxWith("pull_request", payload))).toEqual({
      number: 5,
      baseSha: "a".repeat(40),
      headSha: "b".repeat(40),
      baseRef: "main",
      headRef: "patch-1",
      headRepository: "fan/shows",
      isFork: true,
    });
    expect(issueNumber(ctxWith("pull_request", payload))).toBe(5);
    expect(issueNumber(ctxWith("push", {}))).toBeUndefined();
  });

  it("release and default branch", () => {
    const ctx = ctxWith("release", {
      release: {
        tag_name: "v2",
        prerelease: true,
        draft: false,
        published_at: "2024-05-01T10:00:00Z",
      },
      repository: { default_branch: "trunk" },
    });
    expect(releaseInfo(ctx)).toEqual({
      tagName: "v2",
      draft: false,
      prerelease: true,
      publishedAt: "2024-05-01T10:00:00Z",
    });
    expect(defaultBranch(ctx)).toBe("trunk");
  });
});
