// The GitHub REST layer: one interface (GitHubApi), one implementation over @actions/github.
export { createGitHubApi } from "./client.js";
export type { GitHubApiOptions } from "./client.js";
export { GitHubApiError, ReadOnlyTokenError, apiProblemText } from "./errors.js";
export { ACTIONS_BOT_LOGIN } from "./comments.js";
export { parseReleaseDownloadUrl } from "./assets.js";
export type { ReleaseDownloadLink } from "./assets.js";
export { COMPARE_FILE_LIMIT, PULL_FILES_LIMIT } from "./types.js";
export type {
  Comparison,
  CommentAuthor,
  GitHubApi,
  IssueComment,
  PullRef,
  Release,
  ReleaseAsset,
  RemoteFile,
  RepoRef,
  StickyCommentResult,
  WorkflowRun,
  WorkflowRunQuery,
} from "./types.js";
