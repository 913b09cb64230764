/** The repository a run belongs to. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** The compare endpoint lists at most this many files, and only on its first page. */
export const COMPARE_FILE_LIMIT = 300;
/** The pull request files endpoint lists at most this many files. */
export const PULL_FILES_LIMIT = 3000;

/** A file of a pull request or a comparison, as the REST API reports it. */
export interface RemoteFile {
  path: string;
  /** The old name of a renamed (or the source of a copied) file. */
  previousPath?: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
}

export interface Comparison {
  files: RemoteFile[];
  /**
   * The API lists at most 300 files of a comparison (and 3000 of a pull request); true when
   * the list may have been cut short.
   */
  truncated: boolean;
  mergeBaseSha?: string;
  /** `ahead`, `behind`, `identical` or `diverged`. */
  status?: string;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  contentType: string;
  /** `browser_download_url`: https://github.com/{owner}/{repo}/releases/download/{tag}/{name} */
  downloadUrl: string;
}

export interface Release {
  id: number;
  tagName: string;
  name?: string;
  draft: boolean;
  prerelease: boolean;
  /** ISO 8601. */
  createdAt: string;
  publishedAt?: string;
  assets: ReleaseAsset[];
}

/** A run of a workflow, as the workflow runs API lists it. */
export interface WorkflowRun {
  id: number;
  /** The commit the run was for. */
  headSha: string;
  headBranch?: string;
  event: string;
  /** `queued`, `in_progress`, `completed`, … */
  status?: string;
  /** `success`, `failure`, `cancelled`, … once completed. */
  conclusion?: string;
  runNumber?: number;
  /** ISO 8601. */
  createdAt?: string;
}

/** Which runs of a workflow to list (`GET /repos/{o}/{r}/actions/workflows/{id}/runs`). */
export interface WorkflowRunQuery {
  /** The workflow's file name (`publish.yml`) or numeric id. */
  workflow: string;
  branch?: string;
  event?: string;
  /** A status or a conclusion: `success`, `completed`, … */
  status?: string;
  perPage?: number;
  page?: number;
}

export interface PullRef {
  number: number;
  state: string;
  headSha: string;
  baseRef: string;
  url: string;
}

export interface CommentAuthor {
  login: string;
  /** `Bot` for apps such as `github-actions[bot]`, `User` for people and PATs. */
  type: string;
}

export interface IssueComment {
  id: number;
  body: string;
  url: string;
  author: CommentAuthor | undefined;
}

export interface StickyCommentResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  url: string;
}

/**
 * What the action asks of the GitHub REST API. Every list is read to its last page (`Link`
 * headers). One implementation talks to GitHub (createGitHubApi); tests use the same against
 * a mock server.
 */
export interface GitHubApi {
  /** Files of a pull request (`GET /repos/{o}/{r}/pulls/{n}/files`); the API stops at 3000. */
  listPullFiles(pullNumber: number): Promise<RemoteFile[]>;
  /** Files changed between the merge base of `base` and `head`, and `head` (`base...head`). */
  compare(base: string, head: string): Promise<Comparison>;
  /** Every release, newest first as the API orders them, drafts included when the token sees them. */
  listReleases(): Promise<Release[]>;
  /**
   * One page of a workflow's runs, newest first. Needs `actions: read` where a workflow sets
   * `permissions:`; without it GitHub answers 403 "Resource not accessible by integration".
   */
  listWorkflowRuns(query: WorkflowRunQuery): Promise<WorkflowRun[]>;
  /** Pull requests that contain a commit (`GET /repos/{o}/{r}/commits/{sha}/pulls`). */
  pullsForCommit(sha: string): Promise<PullRef[]>;
  /**
   * The action's own comment on an issue or PR: the oldest one that starts with `marker` and
   * whose author is `login` when given, else the token's own identity. A comment of anyone
   * else — a person or another bot — that quotes the marker is never taken.
   */
  findStickyComment(
    issueNumber: number,
    marker: string,
    login?: string,
  ): Promise<IssueComment | undefined>;
  /** Creates the sticky comment, or edits it in place; `body` gets the marker if it lacks it. */
  upsertStickyComment(
    issueNumber: number,
    marker: string,
    body: string,
  ): Promise<StickyCommentResult>;
  /**
   * Streams a release asset's bytes to `destPath` (written whole or not at all); more than
   * `maxBytes` (default: unlimited) fails the download as soon as the limit is passed.
   */
  downloadReleaseAsset(
    assetId: number,
    destPath: string,
    signal?: AbortSignal,
    maxBytes?: number,
  ): Promise<{ bytes: number }>;
  /**
   * The asset behind `https://<server>/{owner}/{repo}/releases/download/{tag}/{name}` of this
   * repository, or undefined when the URL is no such link or the asset does not exist.
   */
  findReleaseAssetByUrl(url: string): Promise<ReleaseAsset | undefined>;
}
