import { errorMessage } from "../errors.js";

/** How every GitHubApiError's message starts. */
export const GITHUB_API_PREFIX = "GitHub API: ";

/** A GitHub REST call failed. The message carries GitHub's words, never the token. */
export class GitHubApiError extends Error {
  /** HTTP status, or undefined when no response came back. */
  readonly status: number | undefined;
  readonly operation: string;

  constructor(operation: string, status: number | undefined, detail: string) {
    super(
      `${GITHUB_API_PREFIX}${operation} failed${status === undefined ? "" : ` (HTTP ${status})`}: ${detail}`,
    );
    this.name = "GitHubApiError";
    this.status = status;
    this.operation = operation;
  }
}

/**
 * What went wrong with a call to the API, in words to follow a caller's own `GitHub API: `, so
 * the prefix is said once.
 */
export function apiProblemText(error: unknown): string {
  const message = errorMessage(error);
  return message.startsWith(GITHUB_API_PREFIX) ? message.slice(GITHUB_API_PREFIX.length) : message;
}

/**
 * The token may read but not write, as on a pull request from a fork. Not a failure of the
 * run: the caller skips the comment and says so in a notice.
 */
export class ReadOnlyTokenError extends GitHubApiError {
  constructor(operation: string, status: number, detail: string) {
    super(operation, status, detail);
    this.name = "ReadOnlyTokenError";
    this.message =
      `The GitHub token cannot ${operation} (HTTP ${status}: ${detail}). ` +
      "It is read-only here (a pull request from a fork, or `permissions` without `pull-requests: write`).";
  }
}

/** GitHub's words for a token that lacks a permission. */
const NOT_ACCESSIBLE = /resource not accessible by|must have (admin|push|write)/i;

interface HttpLikeError {
  status?: unknown;
  message?: unknown;
  response?: { data?: unknown };
}

/** Turns whatever the HTTP layer threw into a GitHubApiError; `write` marks calls that change state. */
export function toGitHubError(operation: string, error: unknown, write = false): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const e = (typeof error === "object" && error !== null ? error : {}) as HttpLikeError;
  const status =
    typeof e.status === "number" && e.status < 600 && e.status >= 100 ? e.status : undefined;
  const detail = apiMessage(e) ?? errorMessage(error);
  const noResponse = status === 500 && e.response === undefined;
  if (write && (status === 403 || status === 404) && NOT_ACCESSIBLE.test(detail)) {
    return new ReadOnlyTokenError(operation, status, detail);
  }
  return new GitHubApiError(operation, noResponse ? undefined : status, detail);
}

function apiMessage(e: HttpLikeError): string | undefined {
  const data = e.response?.data;
  if (typeof data === "object" && data !== null && "message" in data) {
    const message = (data as { message: unknown }).message;
    if (typeof message === "string" && message !== "") return message;
  }
  return undefined;
}
