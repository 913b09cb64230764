import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/constants.js";
import {
  createGitHubApi,
  GitHubApiError,
  ReadOnlyTokenError,
  parseReleaseDownloadUrl,
  type GitHubApi,
} from "../../src/github/index.js";
import { ACTIONS_BOT, human, startGitHubMock, type GitHubMock } from "../helpers/github-mock.js";

let gh: GitHubMock;
let api: GitHubApi;

function apiFor(token: string, mock = gh): GitHubApi {
  return createGitHubApi({
    token,
    apiUrl: mock.url,
    serverUrl: mock.serverUrl,
    repository: { owner: mock.state.owner, repo: mock.state.repo },
  });
}

beforeEach(async () => {
  gh = await startGitHubMock({ userTokens: { ghp_person: "dj-person" } });
  api = apiFor(gh.token);
});

afterEach(async () => {
  await gh.close();
});

const pages = (prefix: string) => gh.state.requests.filter((r) => r.path.startsWith(prefix));

describe("pagination", () => {
  it("reads every page of a pull request's files (3+ pages of 100)", async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `cloudcasts/show ${String(i).padStart(3, "0")}.yml`,
      status: "added" as const,
    }));
    files.push({
      filename: "cloudcasts/new.yml",
      status: "renamed",
      previous_filename: "cloudcasts/old.yml",
    } as never);
    gh.addPull({ number: 12, files });
    const got = await api.listPullFiles(12);
    expect(got).toHaveLength(251);
    expect(got[0]).toEqual({ path: "cloudcasts/show 000.yml", status: "added" });
    expect(got[250]).toEqual({
      path: "cloudcasts/new.yml",
      previousPath: "cloudcasts/old.yml",
      status: "renamed",
    });
    const requested = pages("/repos/octo-org/shows/pulls/12/files").map((r) =>
      new URL(r.path, gh.url).searchParams.get("page"),
    );
    expect(requested).toEqual([null, "2", "3"]);
  });

  it("lists releases and the pull requests of a commit across pages", async () => {
    for (let i = 0; i < 205; i++) gh.addRelease({ tag: `v1.0.${i}` });
    const releases = await api.listReleases();
    expect(releases).toHaveLength(205);
    // GitHub orders releases newest first.
    expect(releases[0]?.tagName).toBe("v1.0.204");
    expect(pages("/repos/octo-org/shows/releases")).toHaveLength(3);

    for (let n = 1; n <= 230; n++) gh.addPull({ number: n, headSha: "c".repeat(40) });
    gh.setCommitPulls(
      "c".repeat(40),
      Array.from({ length: 230 }, (_, i) => i + 1),
    );
    const pulls = await api.pullsForCommit("c".repeat(40));
    expect(pulls.map((p) => p.number)).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    expect(pulls[0]).toMatchObject({ state: "open", headSha: "c".repeat(40), baseRef: "main" });
  });

  it("respects an API root with a path, as on GitHub Enterprise Server", async () => {
    const ghes = await startGitHubMock({ basePath: "/api/v3" });
    try {
      ghes.addPull({ number: 3, files: [{ filename: "cloudcasts/a.yml", status: "modified" }] });
      const files = await apiFor(ghes.token, ghes).listPullFiles(3);
      expect(files).toEqual([{ path: "cloudcasts/a.yml", status: "modified" }]);
      expect(ghes.state.requests[0]?.path).toMatch(
        /^\/api\/v3\/repos\/octo-org\/shows\/pulls\/3\/files/,
      );
    } finally {
      await ghes.close();
    }
  });
});

describe("compare", () => {
  it("returns files, the merge base and whether the list may be cut short", async () => {
    gh.setComparison(
      "base1",
      "head1",
      [
        { filename: "cloudcasts/a.yml", status: "modified" },
        { filename: "cloudcasts/gone.yml", status: "removed" },
      ],
      { mergeBaseSha: "m".repeat(40) },
    );
    const result = await api.compare("base1", "head1");
    expect(result).toEqual({
      files: [
        { path: "cloudcasts/a.yml", status: "modified" },
        { path: "cloudcasts/gone.yml", status: "removed" },
      ],
      truncated: false,
      status: "ahead",
      mergeBaseSha: "m".repeat(40),
    });
    const many = Array.from({ length: 400 }, (_, i) => ({
      filename: `f${i}.yml`,
      status: "added" as const,
    }));
    gh.setComparison("b", "h", many);
    const cut = await api.compare("b", "h");
    expect(cut.files).toHaveLength(300);
    expect(cut.truncated).toBe(true);
  });

  it("reports an unknown comparison as a GitHubApiError with the status", async () => {
    const error = await api.compare("nope", "never").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(404);
    expect((error as Error).message).toContain("compare nope...never");
    expect((error as Error).message).not.toContain(gh.token);
  });
});

describe("sticky comment", () => {
  const marker = COMMENT_MARKER;

  function seedNoise(issue: number, count: number) {
    for (let i = 0; i < count; i++) gh.addComment(issue, `comment ${i}`, human(`user${i % 7}`));
  }

  it("finds the bot's comment on a later page and ignores a human's with the same marker", async () => {
    seedNoise(5, 130);
    gh.addComment(5, `I copied this: ${marker}`, human("alice"));
    seedNoise(5, 90);
    const own = gh.addComment(5, `${marker}\nold report`);
    const found = await api.findStickyComment(5, marker);
    expect(found).toMatchObject({
      id: own.id,
      body: `${marker}\nold report`,
      author: { login: "github-actions[bot]", type: "Bot" },
    });
    expect(pages("/repos/octo-org/shows/issues/5/comments")).toHaveLength(3);
  });

  it("updates the bot's comment in place, never touching the human's", async () => {
    seedNoise(5, 120);
    const humans = gh.addComment(5, `${marker} quoted by a person`, human("bob"));
    seedNoise(5, 100);
    const own = gh.addComment(5, `${marker}\nold report`);

    const updated = await api.upsertStickyComment(5, marker, "new report");
    expect(updated).toEqual({
      action: "updated",
      id: own.id,
      url: expect.stringContaining(`#issuecomment-${own.id}`),
    });
    expect(gh.state.comments.find((c) => c.id === own.id)?.body).toBe(`${marker}\nnew report`);
    expect(gh.state.comments.find((c) => c.id === humans.id)?.body).toBe(
      `${marker} quoted by a person`,
    );
    expect(gh.state.comments.filter((c) => c.body.includes(marker))).toHaveLength(2);

    const again = await api.upsertStickyComment(5, marker, "new report");
    expect(again.action).toBe("unchanged");
    // One write; the other POST is GraphQL asking who the token is.
    expect(
      gh.state.requests.filter((r) => r.method !== "GET" && r.path !== "/graphql"),
    ).toHaveLength(1);
  });

  it("creates the comment when there is none, marker first", async () => {
    gh.addComment(9, `${marker} a person pasted the marker`, human("carol"));
    const created = await api.upsertStickyComment(9, marker, "first report");
    expect(created.action).toBe("created");
    const stored = gh.state.comments.find((c) => c.id === created.id);
    expect(stored).toMatchObject({
      issueNumber: 9,
      body: `${marker}\nfirst report`,
      user: ACTIONS_BOT,
    });
    const post = gh.state.requests.find((r) => r.method === "POST" && r.path !== "/graphql");
    expect(post).toMatchObject({
      status: 201,
      authorization: "token ***",
      body: { body: `${marker}\nfirst report` },
    });
  });

  it("with a personal access token, owns the comments of the token's user", async () => {
    const pat = apiFor("ghp_person");
    const first = await pat.upsertStickyComment(4, marker, "one");
    expect(gh.state.comments[0]?.user.login).toBe("dj-person");
    gh.addComment(4, `${marker} from someone else`, human("eve"));
    const second = await pat.upsertStickyComment(4, marker, "two");
    expect(second).toMatchObject({ action: "updated", id: first.id });
    expect(gh.state.comments.filter((c) => c.user.login === "dj-person")).toHaveLength(1);
  });

  it("without GraphQL, asks GET /user who a personal access token is", async () => {
    const noGraphql = await startGitHubMock({
      userTokens: { ghp_person: "dj-person" },
      noGraphql: true,
    });
    try {
      const pat = apiFor("ghp_person", noGraphql);
      const first = await pat.upsertStickyComment(4, marker, "one");
      const second = await pat.upsertStickyComment(4, marker, "two");
      expect(second).toMatchObject({ action: "updated", id: first.id });
      expect(noGraphql.state.requests.some((r) => r.path === "/user" && r.status === 200)).toBe(
        true,
      );
    } finally {
      await noGraphql.close();
    }
  });

  it("only takes the given bot login when one is named", async () => {
    gh.addComment(6, `${marker} by another bot`, { login: "other-bot[bot]", id: 1, type: "Bot" });
    expect(await api.findStickyComment(6, marker, "github-actions[bot]")).toBeUndefined();
    expect((await api.findStickyComment(6, marker, "other-bot[bot]"))?.author?.login).toBe(
      "other-bot[bot]",
    );
  });

  it("takes neither another bot's comment that starts with the marker nor its own that only quotes it", async () => {
    const other = gh.addComment(8, `${marker}\nanother workflow's report`, {
      login: "other-bot[bot]",
      id: 2,
      type: "Bot",
    });
    const quoting = gh.addComment(8, `Our report said:\n> ${marker}\n> …`);
    const written = await api.upsertStickyComment(8, marker, "report");
    expect(written.action).toBe("created");
    expect(gh.state.comments.find((c) => c.id === other.id)?.body).toBe(
      `${marker}\nanother workflow's report`,
    );
    expect(gh.state.comments.find((c) => c.id === quoting.id)?.body).toContain("Our report said");
    // The job's token is an installation token: GET /user would be refused; GraphQL names it.
    expect(gh.state.requests.some((r) => r.method === "POST" && r.path === "/graphql")).toBe(true);
    expect(gh.state.requests.some((r) => r.path === "/user")).toBe(false);
    const again = await api.upsertStickyComment(8, marker, "report 2");
    expect(again).toMatchObject({ action: "updated", id: written.id });
  });

  it("turns a read-only token's 403 into ReadOnlyTokenError", async () => {
    const readOnly = apiFor(gh.readOnlyToken);
    const error = await readOnly.upsertStickyComment(11, marker, "report").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadOnlyTokenError);
    expect((error as ReadOnlyTokenError).status).toBe(403);
    expect((error as Error).message).toContain("Resource not accessible by integration");
    expect((error as Error).message).not.toContain(gh.readOnlyToken);
    expect(gh.state.comments).toHaveLength(0);
  });

  it("a missing or wrong token is a plain 401 GitHubApiError, not read-only", async () => {
    const error = await apiFor("wrong-token")
      .upsertStickyComment(1, marker, "x")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error).not.toBeInstanceOf(ReadOnlyTokenError);
    expect((error as GitHubApiError).status).toBe(401);
    expect((error as Error).message).toContain("Bad credentials");
  });
});

describe("release assets", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "mixcloud-publish-asset-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("finds an asset by its download URL and streams it to a file through the redirect", async () => {
    const bytes = Buffer.alloc(300_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 256;
    gh.addRelease({
      tag: "v2.0.0",
      assets: [{ name: "My Show.mp3", data: bytes, contentType: "audio/mpeg" }],
    });
    const url = gh.assetUrl("v2.0.0", "My Show.mp3");
    const asset = await api.findReleaseAssetByUrl(url);
    expect(asset).toMatchObject({
      name: "My Show.mp3",
      size: bytes.length,
      contentType: "audio/mpeg",
      downloadUrl: url,
    });

    const dest = path.join(dir, "show.mp3");
    const result = await api.downloadReleaseAsset(asset!.id, dest);
    expect(result.bytes).toBe(bytes.length);
    expect((await readFile(dest)).equals(bytes)).toBe(true);
    expect(await readdir(dir)).toEqual(["show.mp3"]);
    const paths = gh.state.requests.map((r) => `${r.status} ${r.path.split("?")[0]}`);
    expect(paths).toContain(`302 /repos/octo-org/shows/releases/assets/${asset!.id}`);
    expect(paths.some((p) => p.startsWith("200 /_storage/assets/"))).toBe(true);
  });

  it("answers undefined for other repositories, other hosts, unknown tags and names", async () => {
    gh.addRelease({ tag: "v1", assets: [{ name: "a.mp3", data: "x" }] });
    expect(
      await api.findReleaseAssetByUrl(`${gh.serverUrl}/someone/else/releases/download/v1/a.mp3`),
    ).toBeUndefined();
    expect(
      await api.findReleaseAssetByUrl(
        "https://example.com/octo-org/shows/releases/download/v1/a.mp3",
      ),
    ).toBeUndefined();
    expect(await api.findReleaseAssetByUrl(gh.assetUrl("v9", "a.mp3"))).toBeUndefined();
    expect(await api.findReleaseAssetByUrl(gh.assetUrl("v1", "b.mp3"))).toBeUndefined();
    expect(await api.findReleaseAssetByUrl(gh.assetUrl("v1", "a.mp3"))).toMatchObject({
      name: "a.mp3",
    });
  });

  it("stops a download that passes its size cap, leaving no file behind", async () => {
    gh.addRelease({ tag: "v4", assets: [{ name: "huge.mp3", data: Buffer.alloc(300_000) }] });
    const asset = await api.findReleaseAssetByUrl(gh.assetUrl("v4", "huge.mp3"));
    await expect(
      api.downloadReleaseAsset(asset!.id, path.join(dir, "huge.mp3"), undefined, 100_000),
    ).rejects.toThrow(/more than 100000 bytes/);
    expect(await readdir(dir)).toEqual([]);
  });

  it("leaves no file behind when the download is aborted", async () => {
    gh.addRelease({ tag: "v3", assets: [{ name: "big.mp3", data: Buffer.alloc(1024) }] });
    const asset = await api.findReleaseAssetByUrl(gh.assetUrl("v3", "big.mp3"));
    const controller = new AbortController();
    controller.abort();
    await expect(
      api.downloadReleaseAsset(asset!.id, path.join(dir, "big.mp3"), controller.signal),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("parseReleaseDownloadUrl", () => {
  it("takes apart github.com and GHES links, decoding names", () => {
    expect(
      parseReleaseDownloadUrl(
        "https://github.com/o/r/releases/download/v1.0/My%20Show.mp3",
        "https://github.com",
      ),
    ).toEqual({
      owner: "o",
      repo: "r",
      tag: "v1.0",
      name: "My Show.mp3",
    });
    expect(
      parseReleaseDownloadUrl(
        "https://ghes.corp/o/r/releases/download/t/a.mp3",
        "https://ghes.corp/",
      ),
    ).toMatchObject({ tag: "t" });
    expect(
      parseReleaseDownloadUrl("https://github.com/o/r/releases/tag/v1", "https://github.com"),
    ).toBeUndefined();
    expect(
      parseReleaseDownloadUrl(
        "https://github.com/o/r/releases/download/v1/a.mp3?x=1",
        "https://github.com",
      ),
    ).toBeUndefined();
    expect(parseReleaseDownloadUrl("not a url", "https://github.com")).toBeUndefined();
  });
});

describe("loading", () => {
  it("makes no request until a method is called", async () => {
    createGitHubApi({
      token: gh.token,
      apiUrl: gh.url,
      repository: { owner: "octo-org", repo: "shows" },
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(gh.state.requests).toHaveLength(0);
  });
});
