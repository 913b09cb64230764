import type { ReadableStream } from "node:stream/web";
import type { getOctokit } from "@actions/github";
import { isSameRepo, parseReleaseDownloadUrl, streamToFile } from "./assets.js";
import { ACTIONS_BOT_LOGIN, pickStickyComment, startsWithMarker, withMarker } from "./comments.js";
import { toGitHubError } from "./errors.js";
import { COMPARE_FILE_LIMIT } from "./types.js";
import type {
  Comparison,
  GitHubApi,
  IssueComment,
  PullRef,
  Release,
  ReleaseAsset,
  RemoteFile,
  RepoRef,
  StickyCommentResult,
  WorkflowRun,
} from "./types.js";

type Octokit = ReturnType<typeof getOctokit>;

export interface GitHubApiOptions {
  token: string;
  /** REST root, `GITHUB_API_URL` (e.g. `https://ghes.example.com/api/v3`). */
  apiUrl: string;
  /** Web root, `GITHUB_SERVER_URL`: which release download links are this server's. */
  serverUrl?: string;
  repository: RepoRef;
  /** Where the HTTP layer's warnings (deprecations) go; silent by default. */
  warn?: (message: string) => void;
}

const PER_PAGE = 100;

/**
 * The GitHub REST API for one repository. `@actions/github` (and Octokit behind it) is loaded on
 * first use, so a run that never talks to GitHub never pays for loading it.
 */
export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const repo = options.repository;
  const serverUrl = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  let octokit: Promise<Octokit> | undefined;
  let ownLogin: Promise<string> | undefined;

  const client = (): Promise<Octokit> => (octokit ??= loadOctokit(options));
  const identity = (): Promise<string> => (ownLogin ??= client().then(tokenLogin));

  const call = async <T>(operation: string, write: boolean, fn: (o: Octokit) => Promise<T>) => {
    try {
      return await fn(await client());
    } catch (error) {
      throw toGitHubError(operation, error, write);
    }
  };

  const listComments = (issueNumber: number): Promise<IssueComment[]> =>
    call(`list the comments of #${issueNumber}`, false, async (o) => {
      const rows = await o.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repo,
        issue_number: issueNumber,
        per_page: PER_PAGE,
      });
      return rows.map(toComment);
    });

  const findStickyComment = async (issueNumber: number, marker: string, login?: string) => {
    const comments = await listComments(issueNumber);
    // Only when some comment starts with the marker is it worth asking who the token is.
    if (!comments.some((c) => startsWithMarker(c.body, marker))) return undefined;
    return pickStickyComment(comments, marker, login ?? (await identity()));
  };

  return {
    listPullFiles: (pullNumber) =>
      call(`list the files of pull request #${pullNumber}`, false, async (o) => {
        const rows = await o.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
          ...repo,
          pull_number: pullNumber,
          per_page: PER_PAGE,
        });
        return rows.map(toRemoteFile);
      }),

    compare: (base, head) =>
      call(`compare ${base}...${head}`, false, async (o) => {
        // Files come only with the first page; later pages carry more commits, not files.
        const { data } = await o.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
          ...repo,
          basehead: `${base}...${head}`,
          per_page: PER_PAGE,
        });
        const files = (data.files ?? []).map(toRemoteFile);
        const result: Comparison = {
          files,
          truncated: files.length >= COMPARE_FILE_LIMIT,
          status: data.status,
        };
        if (data.merge_base_commit?.sha) result.mergeBaseSha = data.merge_base_commit.sha;
        return result;
      }),

    listReleases: () =>
      call("list releases", false, async (o) => {
        const rows = await o.paginate("GET /repos/{owner}/{repo}/releases", {
          ...repo,
          per_page: PER_PAGE,
        });
        return rows.map(toRelease);
      }),

    listWorkflowRuns: (query) =>
      call(`list the runs of workflow ${query.workflow}`, false, async (o) => {
        const { data } = await o.request(
          "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
          {
            ...repo,
            workflow_id: query.workflow,
            per_page: query.perPage ?? PER_PAGE,
            page: query.page ?? 1,
            ...(query.branch === undefined ? {} : { branch: query.branch }),
            ...(query.event === undefined ? {} : { event: query.event }),
            ...(query.status === undefined ? {} : { status: query.status as "success" }),
          },
        );
        return data.workflow_runs.map(toWorkflowRun);
      }),

    pullsForCommit: (sha) =>
      call(`list the pull requests of commit ${sha}`, false, async (o) => {
        const rows = await o.paginate("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
          ...repo,
          commit_sha: sha,
          per_page: PER_PAGE,
        });
        return rows.map(toPullRef);
      }),

    findStickyComment,

    upsertStickyComment: async (issueNumber, marker, body) => {
      const text = withMarker(body, marker);
      const existing = await findStickyComment(issueNumber, marker);
      if (existing !== undefined && existing.body === text) {
        return {
          action: "unchanged",
          id: existing.id,
          url: existing.url,
        } satisfies StickyCommentResult;
      }
      if (existing !== undefined) {
        return call(`update comment ${existing.id} on #${issueNumber}`, true, async (o) => {
          const { data } = await o.request(
            "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
            {
              ...repo,
              comment_id: existing.id,
              body: text,
            },
          );
          return {
            action: "updated",
            id: Number(data.id),
            url: data.html_url,
          } satisfies StickyCommentResult;
        });
      }
      return call(`comment on #${issueNumber}`, true, async (o) => {
        const { data } = await o.request(
          "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
          {
            ...repo,
            issue_number: issueNumber,
            body: text,
          },
        );
        return {
          action: "created",
          id: Number(data.id),
          url: data.html_url,
        } satisfies StickyCommentResult;
      });
    },

    downloadReleaseAsset: (assetId, destPath, signal, maxBytes) =>
      call(`download release asset ${assetId}`, false, async (o) => {
        // GitHub answers with a redirect to storage; fetch follows it and, the storage being
        // another origin, does not forward the token.
        const response = await o.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
          ...repo,
          asset_id: assetId,
          headers: { accept: "application/octet-stream" },
          request: { parseSuccessResponseBody: false, ...(signal ? { signal } : {}) },
        });
        const body = response.data as unknown as ReadableStream<Uint8Array> | null;
        if (body === null || typeof body !== "object" || !("getReader" in body)) {
          throw new Error("the response had no body");
        }
        return streamToFile(body, destPath, signal, maxBytes);
      }),

    findReleaseAssetByUrl: async (url) => {
      const link = parseReleaseDownloadUrl(url, serverUrl);
      if (link === undefined || !isSameRepo(link, repo)) return undefined;
      try {
        const { data } = await (
          await client()
        ).request("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
          ...repo,
          tag: link.tag,
        });
        const asset = data.assets.find((a) => a.name === link.name);
        return asset === undefined ? undefined : toAsset(asset);
      } catch (error) {
        const e = toGitHubError(`find release ${link.tag}`, error);
        if (e.status === 404) return undefined;
        throw e;
      }
    },
  };
}

/**
 * The login the token comments as. GraphQL's `viewer` answers for a personal access token (its
 * user) and for an installation token (its app, `github-actions[bot]` for the job's token) alike,
 * where REST's `GET /user` refuses installation tokens (403); `GET /user` is the fallback for a
 * server without GraphQL. When neither answers, the job's own token is the likely one.
 */
async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const answer = await octokit.graphql<{ viewer?: { login?: unknown } }>(
      "query { viewer { login } }",
    );
    const login = answer.viewer?.login;
    if (typeof login === "string" && login !== "") return login;
  } catch {
    // Fall through to REST.
  }
  try {
    return (await octokit.request("GET /user")).data.login;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}

async function loadOctokit(options: GitHubApiOptions): Promise<Octokit> {
  const { getOctokit } = await import("@actions/github");
  const warn = options.warn ?? (() => undefined);
  const quiet = () => undefined;
  return getOctokit(options.token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    log: { debug: quiet, info: quiet, warn, error: warn },
  });
}

// ---- from the API's shapes to ours ---------------------------------------------------------------

function toRemoteFile(row: {
  filename: string;
  previous_filename?: string;
  status: string;
}): RemoteFile {
  const file: RemoteFile = { path: row.filename, status: row.status as RemoteFile["status"] };
  if (row.previous_filename) file.previousPath = row.previous_filename;
  return file;
}

function toAsset(row: {
  id: number;
  name: string;
  size: number;
  content_type: string;
  browser_download_url: string;
}): ReleaseAsset {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    contentType: row.content_type,
    downloadUrl: row.browser_download_url,
  };
}

function toRelease(row: {
  id: number;
  tag_name: string;
  name: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  assets: Parameters<typeof toAsset>[0][];
}): Release {
  const release: Release = {
    id: row.id,
    tagName: row.tag_name,
    draft: row.draft,
    prerelease: row.prerelease,
    createdAt: row.created_at,
    assets: row.assets.map(toAsset),
  };
  if (row.name) release.name = row.name;
  if (row.published_at) release.publishedAt = row.published_at;
  return release;
}

function toWorkflowRun(row: {
  id: number | bigint;
  head_sha: string;
  head_branch: string | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  run_number: number;
  created_at: string;
}): WorkflowRun {
  const run: WorkflowRun = { id: Number(row.id), headSha: row.head_sha, event: row.event };
  if (row.head_branch) run.headBranch = row.head_branch;
  if (row.status) run.status = row.status;
  if (row.conclusion) run.conclusion = row.conclusion;
  if (Number.isSafeInteger(row.run_number)) run.runNumber = row.run_number;
  if (row.created_at) run.createdAt = row.created_at;
  return run;
}

function toPullRef(row: {
  number: number;
  state: string;
  head: { sha: string };
  base: { ref: string };
  html_url: string;
}): PullRef {
  return {
    number: row.number,
    state: row.state,
    headSha: row.head.sha,
    baseRef: row.base.ref,
    url: row.html_url,
  };
}

function toComment(row: {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type: string } | null;
}): IssueComment {
  return {
    id: row.id,
    body: row.body ?? "",
    url: row.html_url,
    author: row.user ? { login: row.user.login, type: row.user.type } : undefined,
  };
}
