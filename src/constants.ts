/** Names of the action's inputs and outputs (action.yml), kept in one place. */
export const Inputs = {
  AccessToken: "access-token",
  Files: "files",
  ChangedOnly: "changed-only",
  DryRun: "dry-run",
  IfExists: "if-exists",
  Comment: "comment",
  GithubToken: "github-token",
  ApiUrl: "api-url",
  Concurrency: "concurrency",
  Retries: "retries",
  Licensing: "licensing",
  Prereleases: "prereleases",
  AllowPrivateUrls: "allow-private-urls",
} as const;

export const Outputs = {
  Urls: "urls",
  Results: "results",
  Published: "published",
  Updated: "updated",
  Skipped: "skipped",
  Failed: "failed",
  Invalid: "invalid",
  Warnings: "warnings",
  Matrix: "matrix",
} as const;

export const DEFAULT_FILES = ["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml"];
export const DEFAULT_API_URL = "https://api.mixcloud.com";
/** OAuth lives on the website host, not the API host. */
export const DEFAULT_OAUTH_URL = "https://www.mixcloud.com/oauth";

/** Limits from SPEC §2 and the Mixcloud API. */
export const Limits = {
  fileBytes: 1024 * 1024,
  descriptionChars: 1000,
  tags: 5,
  hosts: 2,
  audioBytes: 4 * 1024 * 1024 * 1024,
  pictureBytes: 10 * 1024 * 1024,
} as const;

/**
 * All the URL checks of one run together get three minutes. A healthy check takes well under a
 * second (one HEAD), so a hundred URL shows need seconds; three minutes is six times the
 * per-URL timeout, so a few slow hosts do not use it up, while a pull request naming a thousand
 * URLs that never answer costs three minutes of the job, not an hour (8 checks at a time × 30 s).
 */
export const URL_CHECK_BUDGET_MS = 3 * 60_000;

/**
 * The most `tracklist_exclude` patterns one cloudcast may have (checked with the format, used by
 * the tracklist stage). A playout log's non-music entries fall under a handful of patterns
 * (station idents, jingles, adverts, news, weather, a few named sponsors): even a station with
 * many writes a few dozen. Each pattern reads every name once, so the work grows with their
 * number; 100 bounds it while leaving room for any real list.
 */
export const MAX_EXCLUDE_PATTERNS = 100;

/** The hidden marker that finds the sticky PR comment again. */
export const COMMENT_MARKER = "<!-- mixcloud-publish:sticky-comment -->";
