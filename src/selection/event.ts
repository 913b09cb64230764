import { readFile } from "node:fs/promises";
import { errorMessage } from "../errors.js";
import { parseWorkflowRef, type WorkflowRef } from "./workflow-ref.js";

/**
 * What GitHub tells an action about the run that started it: the environment variables plus the
 * webhook payload in `GITHUB_EVENT_PATH`. Read once, then handed on as a plain value.
 */
export interface EventContext {
  eventName: string;
  /** The webhook payload; `{}` when there is none (outside GitHub) or it could not be read. */
  payload: Record<string, unknown>;
  /** Why the payload is empty, when a file was named but could not be read or parsed. */
  payloadError?: string;
  /** `GITHUB_SHA`: the commit the run is for. */
  sha?: string;
  /** `GITHUB_REF`, e.g. `refs/heads/main`. */
  ref?: string;
  repository?: { owner: string; repo: string };
  /** REST API root without a trailing slash (`GITHUB_API_URL`, for GitHub Enterprise Server). */
  apiUrl: string;
  /** Web root without a trailing slash (`GITHUB_SERVER_URL`). */
  serverUrl: string;
  runId?: number;
  /** The workflow file running the action (`GITHUB_WORKFLOW_REF`), when it is this repository's. */
  workflow?: WorkflowRef;
  /** `GITHUB_JOB`: the id of the running job in that workflow. */
  job?: string;
}

/** The payload lacks what an event needs: the message says what and how to fix it. */
export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EventError";
  }
}

export const DEFAULT_GITHUB_API_URL = "https://api.github.com";
export const DEFAULT_GITHUB_SERVER_URL = "https://github.com";

/** Reads the event context from a runner's environment. Never throws: problems surface on use. */
export async function readEventContext(env: NodeJS.ProcessEnv): Promise<EventContext> {
  const { payload, error } = await readPayload(env["GITHUB_EVENT_PATH"]);
  const repository = parseRepository(env["GITHUB_REPOSITORY"]) ?? repositoryFromPayload(payload);
  const runId = Number(env["GITHUB_RUN_ID"]);
  const context: EventContext = {
    eventName: env["GITHUB_EVENT_NAME"]?.trim() ?? "",
    payload,
    apiUrl: trimSlash(nonEmpty(env["GITHUB_API_URL"]) ?? DEFAULT_GITHUB_API_URL),
    serverUrl: trimSlash(nonEmpty(env["GITHUB_SERVER_URL"]) ?? DEFAULT_GITHUB_SERVER_URL),
  };
  if (error !== undefined) context.payloadError = error;
  const sha = nonEmpty(env["GITHUB_SHA"]);
  if (sha !== undefined) context.sha = sha;
  const ref = nonEmpty(env["GITHUB_REF"]);
  if (ref !== undefined) context.ref = ref;
  if (repository !== undefined) context.repository = repository;
  if (Number.isSafeInteger(runId) && runId > 0) context.runId = runId;
  const workflow = parseWorkflowRef(env["GITHUB_WORKFLOW_REF"], repository);
  if (workflow !== undefined) context.workflow = workflow;
  const job = nonEmpty(env["GITHUB_JOB"]);
  if (job !== undefined) context.job = job;
  return context;
}

async function readPayload(
  file: string | undefined,
): Promise<{ payload: Record<string, unknown>; error?: string }> {
  if (!nonEmpty(file)) return { payload: {} };
  try {
    const parsed: unknown = JSON.parse(await readFile(file as string, "utf8"));
    if (isRecord(parsed)) return { payload: parsed };
    return { payload: {}, error: `GITHUB_EVENT_PATH ${file} does not hold a JSON object` };
  } catch (error) {
    return {
      payload: {},
      error: `GITHUB_EVENT_PATH ${file} could not be read: ${errorMessage(error)}`,
    };
  }
}

function parseRepository(value: string | undefined): { owner: string; repo: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value?.trim() ?? "");
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined;
}

function repositoryFromPayload(
  payload: Record<string, unknown>,
): { owner: string; repo: string } | undefined {
  return parseRepository(stringAt(payload, "repository", "full_name"));
}

// ---- typed accessors -------------------------------------------------------------------------

/** Git's "no commit" object name, used by push events for a created or deleted branch. */
export function isZeroSha(sha: string | undefined): boolean {
  return sha !== undefined && /^0+$/.test(sha);
}

export interface PushInfo {
  ref?: string;
  /** The branch tip before the push; all zeros when the push created the branch. */
  before: string;
  /** The branch tip after the push; all zeros when the push deleted the branch. */
  after: string;
  created: boolean;
  deleted: boolean;
  forced: boolean;
}

export function pushInfo(ctx: EventContext): PushInfo {
  const p = ctx.payload;
  const before = stringAt(p, "before");
  const after = stringAt(p, "after") ?? ctx.sha;
  const deleted = p["deleted"] === true || isZeroSha(after);
  if (before === undefined || after === undefined)
    throw missing(ctx, "push", "`before` and `after`");
  const info: PushInfo = {
    before,
    after,
    created: p["created"] === true || isZeroSha(before),
    deleted,
    forced: p["forced"] === true,
  };
  const ref = stringAt(p, "ref") ?? ctx.ref;
  if (ref !== undefined) info.ref = ref;
  return info;
}

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  /** `owner/repo` of the head branch. */
  headRepository?: string;
  /** The head branch lives in another repository: its runs get no secrets, and a read-only token. */
  isFork: boolean;
}

export function pullRequestInfo(ctx: EventContext): PullRequestInfo {
  const p = ctx.payload;
  const number = p["number"] ?? valueAt(p, "pull_request", "number");
  const baseSha = stringAt(p, "pull_request", "base", "sha");
  const headSha = stringAt(p, "pull_request", "head", "sha");
  if (typeof number !== "number" || baseSha === undefined || headSha === undefined) {
    throw missing(
      ctx,
      ctx.eventName || "pull_request",
      "`pull_request.number`, `base.sha` and `head.sha`",
    );
  }
  const headRepository = stringAt(p, "pull_request", "head", "repo", "full_name");
  const baseRepository = stringAt(p, "pull_request", "base", "repo", "full_name");
  const info: PullRequestInfo = {
    number,
    baseSha,
    headSha,
    isFork:
      valueAt(p, "pull_request", "head", "repo", "fork") === true ||
      (headRepository !== undefined &&
        baseRepository !== undefined &&
        headRepository !== baseRepository),
  };
  const baseRef = stringAt(p, "pull_request", "base", "ref");
  const headRef = stringAt(p, "pull_request", "head", "ref");
  if (baseRef !== undefined) info.baseRef = baseRef;
  if (headRef !== undefined) info.headRef = headRef;
  if (headRepository !== undefined) info.headRepository = headRepository;
  return info;
}

export interface ReleaseInfo {
  /** What happened to the release (`published`, `created`, `released`, `prereleased`, …). */
  action?: string;
  tagName: string;
  draft: boolean;
  prerelease: boolean;
  /** ISO 8601; when the release was published (else created). */
  publishedAt?: string;
}

export function releaseInfo(ctx: EventContext): ReleaseInfo {
  const p = ctx.payload;
  const tagName = stringAt(p, "release", "tag_name");
  if (tagName === undefined) throw missing(ctx, "release", "`release.tag_name`");
  const info: ReleaseInfo = {
    tagName,
    draft: valueAt(p, "release", "draft") === true,
    prerelease: valueAt(p, "release", "prerelease") === true,
  };
  const action = eventAction(ctx);
  if (action !== undefined) info.action = action;
  const publishedAt =
    stringAt(p, "release", "published_at") ?? stringAt(p, "release", "created_at");
  if (publishedAt !== undefined) info.publishedAt = publishedAt;
  return info;
}

/** The webhook's `action` (`published`, `checks_requested`, …), when the payload has one. */
export function eventAction(ctx: EventContext): string | undefined {
  return stringAt(ctx.payload, "action");
}

export interface MergeGroupInfo {
  /** The target branch's tip the queued changes are merged onto. */
  baseSha: string;
  /** The merge group's commit: the base with the queued pull requests merged. */
  headSha: string;
  baseRef?: string;
  headRef?: string;
}

/** The merge queue's check run: `merge_group.base_sha`...`merge_group.head_sha`. */
export function mergeGroupInfo(ctx: EventContext): MergeGroupInfo {
  const p = ctx.payload;
  const baseSha = stringAt(p, "merge_group", "base_sha");
  const headSha = stringAt(p, "merge_group", "head_sha") ?? ctx.sha;
  if (baseSha === undefined || headSha === undefined) {
    throw missing(ctx, "merge_group", "`merge_group.base_sha` and `merge_group.head_sha`");
  }
  const info: MergeGroupInfo = { baseSha, headSha };
  const baseRef = stringAt(p, "merge_group", "base_ref");
  const headRef = stringAt(p, "merge_group", "head_ref");
  if (baseRef !== undefined) info.baseRef = baseRef;
  if (headRef !== undefined) info.headRef = headRef;
  return info;
}

/** The repository's default branch, when the payload says. */
export function defaultBranch(ctx: EventContext): string | undefined {
  return stringAt(ctx.payload, "repository", "default_branch");
}

/** The pull request or issue a run is about, if any (for the sticky comment). */
export function issueNumber(ctx: EventContext): number | undefined {
  const p = ctx.payload;
  const n = valueAt(p, "pull_request", "number") ?? valueAt(p, "issue", "number") ?? p["number"];
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function missing(ctx: EventContext, event: string, fields: string): EventError {
  const why = ctx.payloadError ?? "GITHUB_EVENT_PATH is not set or the payload lacks them";
  return new EventError(
    `The ${event} event payload has no ${fields} (${why}). ` +
      "Run the action from a workflow triggered by this event, or set `changed-only: false` to take every matching file.",
  );
}

// ---- small helpers over untyped JSON -------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, ...keys: string[]): unknown {
  let node = root;
  for (const key of keys) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

function stringAt(root: unknown, ...keys: string[]): string | undefined {
  const value = valueAt(root, ...keys);
  return typeof value === "string" && value !== "" ? value : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
