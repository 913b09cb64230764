import os from "node:os";
import path from "node:path";
import { DEFAULT_API_URL, DEFAULT_FILES, Inputs } from "./constants.js";
// mode.ts, not the rules' index: settings are read at every start, the rules only when checking.
import { LICENSING_MODES } from "./cloudcast/mixcloud-rules/mode.js";
import type { LicensingMode } from "./cloudcast/mixcloud-rules/mode.js";

/** Every input of the action, parsed and checked once (SPEC §3). */
export type IfExists = "update" | "skip" | "fail";

export interface Settings {
  /** Mixcloud OAuth token; undefined when none was given (fine for a dry run). Already masked. */
  accessToken: string | undefined;
  /** Globs selecting cloudcast files, in order; a leading `!` excludes. */
  files: string[];
  changedOnly: boolean;
  /** Resolved from `dry-run` and the event: `auto` is a dry run on pull_request(_target). */
  dryRun: boolean;
  ifExists: IfExists;
  comment: boolean;
  githubToken: string | undefined;
  /** Without a trailing slash. */
  apiUrl: string;
  concurrency: number;
  retries: number;
  /** Mixcloud's licensing rules: breaches are warnings, errors that block publishing, or silent. */
  licensing: LicensingMode;
  /** A published prerelease publishes too (`prereleases`); otherwise only full releases do. */
  prereleases: boolean;
  /**
   * Media URLs may lead to loopback, private and link-local addresses (and plain http to them):
   * a self-hosted runner's own media server. Off by default: a pull request must not make the
   * runner request its own network.
   */
  allowPrivateUrls: boolean;
  /** Absolute path of the checkout (`GITHUB_WORKSPACE`). */
  workspace: string;
  /** Where temporary files go (`RUNNER_TEMP`, else the OS temp dir). */
  tempDir: string;
  /**
   * Network timeouts, from the environment (not inputs: the defaults suit Mixcloud, and tests
   * and unusual networks are the only callers): `MIXCLOUD_PUBLISH_ANSWER_TIMEOUT` (seconds to
   * wait for an answer) and `MIXCLOUD_PUBLISH_STALL_TIMEOUT` (seconds an upload may make no
   * progress) and `MIXCLOUD_PUBLISH_LISTING_LAG` (seconds the account's listing is given to show
   * what Mixcloud stored, see MixcloudClient.listingLagMs). Unset: the client's defaults.
   */
  timeouts: NetworkTimeouts;
}

/** One bad input: which, what was given (never a secret), and what would be accepted. */
export interface SettingsProblem {
  input: string;
  /** The value as given, or a description such as "(hidden)" for secrets. */
  value: string;
  allowed: string;
}

/** Every bad input at once, so a user fixes their workflow in one go. */
export class SettingsError extends Error {
  readonly problems: SettingsProblem[];

  constructor(problems: SettingsProblem[]) {
    super(
      [
        `Invalid action input${problems.length === 1 ? "" : "s"}:`,
        ...problems.map((p) => `  - ${p.input}: got ${p.value}; expected ${p.allowed}.`),
      ].join("\n"),
    );
    this.name = "SettingsError";
    this.problems = problems;
  }
}

export const Bounds = {
  concurrency: { min: 1, max: 16, default: 2 },
  retries: { min: 1, max: 20, default: 5 },
} as const;

/**
 * Events on which `dry-run: auto` means a dry run: pull requests run untrusted code without
 * secrets, and a merge queue's `merge_group` is a check before the merge (the merge's own push
 * publishes).
 */
const DRY_RUN_EVENTS = new Set(["pull_request", "pull_request_target", "merge_group"]);

/** Collects problems while each input is parsed; the values of bad inputs are never used. */
class Problems {
  readonly list: SettingsProblem[] = [];

  add(input: string, value: string, allowed: string): void {
    this.list.push({ input, value, allowed });
  }
}

/**
 * Turns the raw inputs into `Settings`, or throws one `SettingsError` naming every bad input.
 *
 * `read` returns an input's raw value ("" when unset), as `core.getInput` does; `mask` hides a
 * secret from the logs (`core.setSecret`). Tokens are masked before anything else can fail, so
 * no later error or log line can leak them. An input that arrives as an unexpanded `${{ … }}`
 * expression counts as not given, and `notice` says so (see {@link expandedOnly}).
 */
export function parseSettings(
  rawRead: (name: string) => string,
  env: NodeJS.ProcessEnv,
  eventName: string,
  mask: (secret: string) => void,
  notice: (message: string) => void = () => {},
): Settings {
  const read = expandedOnly(rawRead, notice);
  const accessToken = readSecret(read(Inputs.AccessToken), env["MIXCLOUD_ACCESS_TOKEN"], mask);
  const githubToken = readSecret(read(Inputs.GithubToken), undefined, mask);
  const problems = new Problems();
  checkToken(Inputs.AccessToken, accessToken, problems);
  checkToken(Inputs.GithubToken, githubToken, problems);

  const settings: Settings = {
    accessToken,
    files: parseFiles(read(Inputs.Files), problems),
    changedOnly: parseBoolean(Inputs.ChangedOnly, read(Inputs.ChangedOnly), true, problems),
    dryRun: parseDryRun(read(Inputs.DryRun), eventName, problems),
    ifExists: parseIfExists(read(Inputs.IfExists), problems),
    comment: parseBoolean(Inputs.Comment, read(Inputs.Comment), true, problems),
    githubToken,
    apiUrl: parseApiUrl(read(Inputs.ApiUrl), problems),
    concurrency: parseInteger(
      Inputs.Concurrency,
      read(Inputs.Concurrency),
      Bounds.concurrency,
      problems,
    ),
    retries: parseInteger(Inputs.Retries, read(Inputs.Retries), Bounds.retries, problems),
    licensing: parseChoice(
      Inputs.Licensing,
      read(Inputs.Licensing),
      LICENSING_MODES,
      "warn",
      problems,
    ),
    prereleases: parseBoolean(Inputs.Prereleases, read(Inputs.Prereleases), false, problems),
    allowPrivateUrls: parseBoolean(
      Inputs.AllowPrivateUrls,
      read(Inputs.AllowPrivateUrls),
      false,
      problems,
    ),
    workspace: path.resolve(nonEmpty(env["GITHUB_WORKSPACE"]) ?? process.cwd()),
    tempDir: path.resolve(nonEmpty(env["RUNNER_TEMP"]) ?? os.tmpdir()),
    timeouts: readTimeouts(env, problems),
  };
  if (problems.list.length > 0) throw new SettingsError(problems.list);
  return settings;
}

/** `${{ … }}`: a workflow expression, which the runner evaluates before an action sees it. */
const EXPRESSION = /\$\{\{[\s\S]*?\}\}/;

/**
 * Reads inputs, passing on an unexpanded expression as not given. Only a runner expands
 * expressions, so one arrives as it is written when the action runs elsewhere — with
 * `@github/local-action`, which passes action.yml's defaults as they are written (`github-token`'s
 * `${{ github.token }}`), or from an `.env` file. parseSettings reads each input once, so each
 * unexpanded one gets one notice.
 */
function expandedOnly(
  read: (name: string) => string,
  notice: (message: string) => void,
): (name: string) => string {
  return (name) => {
    const raw = read(name);
    const match = EXPRESSION.exec(raw);
    const value = match === null ? raw : "";
    if (match !== null) {
      notice(
        `Input ${name} is the unexpanded expression ${JSON.stringify(match[0])}: only a GitHub ` +
          "Actions runner expands expressions, so it is treated as not given. Set a plain value " +
          `(for a local run, INPUT_${name.toUpperCase()} in the environment) to use it.`,
      );
    }
    return value;
  };
}

/** The network timeouts `Settings.timeouts` describes; undefined where the client's default holds. */
export interface NetworkTimeouts {
  headersMs?: number;
  stallMs?: number;
  listingLagMs?: number;
}

function readTimeouts(env: NodeJS.ProcessEnv, problems: Problems): NetworkTimeouts {
  return {
    headersMs: parseSeconds("MIXCLOUD_PUBLISH_ANSWER_TIMEOUT", env, problems),
    stallMs: parseSeconds("MIXCLOUD_PUBLISH_STALL_TIMEOUT", env, problems),
    listingLagMs: parseSeconds("MIXCLOUD_PUBLISH_LISTING_LAG", env, problems),
  };
}

/** The same timeouts for the command line, which reads the same environment variables. */
export function timeoutsFromEnv(env: NodeJS.ProcessEnv): {
  timeouts: NetworkTimeouts;
  problems: SettingsProblem[];
} {
  const problems = new Problems();
  const timeouts = readTimeouts(env, problems);
  return { timeouts, problems: problems.list };
}

/** A positive number of seconds from an environment variable, in milliseconds. */
function parseSeconds(
  name: string,
  env: NodeJS.ProcessEnv,
  problems: Problems,
): number | undefined {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return undefined;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400) {
    problems.add(name, JSON.stringify(raw), "a number of seconds, more than 0 and at most 86400");
    return undefined;
  }
  return Math.round(seconds * 1000);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Masks a secret the moment it is read. Each line is masked on its own as well, because the
 * runner matches masks line by line and a pasted token may carry a stray newline.
 */
function readSecret(
  input: string,
  fallback: string | undefined,
  mask: (secret: string) => void,
): string | undefined {
  const raw = nonEmpty(input) ?? nonEmpty(fallback);
  if (raw === undefined) return undefined;
  mask(raw);
  for (const line of raw.split(/\r?\n/)) {
    const part = line.trim();
    if (part && part !== raw) mask(part);
  }
  return raw;
}

/** A token is one word; anything else is a copy-paste accident. Its value is never echoed. */
function checkToken(input: string, token: string | undefined, problems: Problems): void {
  // eslint-disable-next-line no-control-regex
  if (token !== undefined && /[\s\u0000-\u001f\u007f]/.test(token)) {
    problems.add(
      input,
      "a value with whitespace or control characters (hidden)",
      "a single-line token",
    );
  }
}

function show(value: string): string {
  return JSON.stringify(value);
}

function parseBoolean(input: string, raw: string, fallback: boolean, problems: Problems): boolean {
  const value = raw.trim().toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  problems.add(input, show(raw), "`true` or `false`");
  return fallback;
}

function parseChoice<T extends string>(
  input: string,
  raw: string,
  choices: readonly T[],
  fallback: T,
  problems: Problems,
): T {
  const value = raw.trim().toLowerCase();
  if (value === "") return fallback;
  const found = choices.find((choice) => choice === value);
  if (found !== undefined) return found;
  problems.add(input, show(raw), `one of ${choices.map((c) => `\`${c}\``).join(", ")}`);
  return fallback;
}

function parseDryRun(raw: string, eventName: string, problems: Problems): boolean {
  const mode = parseChoice(
    Inputs.DryRun,
    raw,
    ["auto", "true", "false"] as const,
    "auto",
    problems,
  );
  if (mode === "auto") return DRY_RUN_EVENTS.has(eventName);
  return mode === "true";
}

function parseIfExists(raw: string, problems: Problems): IfExists {
  return parseChoice(Inputs.IfExists, raw, ["update", "skip", "fail"] as const, "update", problems);
}

function parseInteger(
  input: string,
  raw: string,
  bounds: { min: number; max: number; default: number },
  problems: Problems,
): number {
  const value = raw.trim();
  if (value === "") return bounds.default;
  const allowed = `a whole number from ${bounds.min} to ${bounds.max}`;
  if (!/^\d{1,6}$/.test(value)) {
    problems.add(input, show(raw), allowed);
    return bounds.default;
  }
  const n = Number(value);
  if (n < bounds.min || n > bounds.max) {
    problems.add(input, show(raw), allowed);
    return bounds.default;
  }
  return n;
}

/**
 * Newline-separated globs; blank lines and `#` comments are skipped, a leading `./` is dropped.
 * When every glob is an exclusion, the default globs are what they exclude from.
 */
function parseFiles(raw: string, problems: Problems): string[] {
  if (raw.trim() === "") return [...DEFAULT_FILES];
  // Every line break the runner or an editor may leave: CRLF, a lone CR, and Unicode's own.
  const globs = raw
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map(stripDotSlash);
  if (globs.length === 0) {
    problems.add(Inputs.Files, show(raw), "at least one glob (blank and `#` lines are ignored)");
    return [...DEFAULT_FILES];
  }
  for (const glob of globs) {
    const pattern = glob.startsWith("!") ? glob.slice(1) : glob;
    if (pattern === "" || pattern.startsWith("/") || /(^|\/)\.\.(\/|$)/.test(pattern)) {
      problems.add(
        Inputs.Files,
        show(glob),
        "globs relative to the repository root, without a leading `/` or `..` segments",
      );
    }
  }
  const onlyExclusions = globs.every((glob) => glob.startsWith("!"));
  return onlyExclusions ? [...DEFAULT_FILES, ...globs] : globs;
}

function stripDotSlash(glob: string): string {
  const negated = glob.startsWith("!");
  let pattern = negated ? glob.slice(1) : glob;
  while (pattern.startsWith("./")) pattern = pattern.slice(2);
  return negated ? `!${pattern}` : pattern;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** An http(s) URL with no credentials, query or fragment; plain http only to loopback (tests). */
function parseApiUrl(raw: string, problems: Problems): string {
  const value = raw.trim();
  if (value === "") return DEFAULT_API_URL;
  const allowed =
    "an `https://` URL such as `https://api.mixcloud.com` (plain `http://` only to a loopback address), without credentials, query or fragment";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.add(Inputs.ApiUrl, show(raw), allowed);
    return DEFAULT_API_URL;
  }
  const secure = url.protocol === "https:";
  const local = url.protocol === "http:" && isLoopback(url.hostname);
  const clean = !url.username && !url.password && !url.search && !url.hash;
  if (!(secure || local) || !clean) {
    // A URL with credentials is shown without them.
    const shown =
      url.username || url.password ? `${url.protocol}//(credentials hidden)@${url.host}` : raw;
    problems.add(Inputs.ApiUrl, show(shown), allowed);
    return DEFAULT_API_URL;
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
}
