import { setTimeout as sleep } from "node:timers/promises";
import { STATUS_CODES } from "node:http";
import type { HttpResponse } from "../http.js";
import {
  backoffMs,
  describeNetworkError,
  discardBody,
  headerValue,
  openHttpSession,
  requestFollowingRedirects,
} from "../http.js";
import type { LfsObjectId } from "../lfs.js";
import { RemoteFetchError, mismatchMessage } from "../remote-object.js";
import { parseRetryAfter } from "../../retry-after.js";
import type { UrlPolicy } from "../url-policy.js";
import { redactUrl, urlProblem } from "../url-policy.js";
import type { Endpoint } from "./endpoint.js";

// The Git LFS batch API, download side (https://github.com/git-lfs/git-lfs/blob/main/docs/api/batch.md):
// one POST per object to `<endpoint>/objects/batch`, answered with where to GET the object
// (`href`), with which headers, and for how long. Every failure becomes a sentence that says
// what to do; the endpoint in it never carries a credential.

const LFS_MEDIA_TYPE = "application/vnd.git-lfs+json";
/** An answer of the batch API is a few hundred bytes; a larger one is not read. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** An `href` is asked for again this long before it lapses, so a read never starts on a dead one. */
const EXPIRY_MARGIN_MS = 10_000;

export interface DownloadAction {
  href: URL;
  header: Record<string, string>;
  /** Epoch ms after which the href is asked for again; undefined when the answer set no limit. */
  expiresAt?: number;
}

export interface BatchRequest {
  endpoint: Endpoint;
  id: LfsObjectId;
  label: string;
  /** Headers for one hop (the credential, only where it belongs); asked again for each redirect. */
  credentialFor: (url: URL) => Record<string, string>;
  /** Called once after a 401, to find a credential (the CLI's `git credential fill`); true if found. */
  onUnauthorized?: () => Promise<boolean>;
  attempts: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The GitHub server's origin: a refusal there asks for `contents: read`. */
  githubOrigin?: string;
  /** A local run (the CLI): a refusal there says to run `git lfs pull`. */
  local: boolean;
  /** Which addresses the endpoint and its hrefs may lead to (see `endpointPolicy` in client.ts). */
  policy: UrlPolicy;
}

export function isExpired(action: DownloadAction, now = Date.now()): boolean {
  return action.expiresAt !== undefined && now >= action.expiresAt - EXPIRY_MARGIN_MS;
}

/** Asks the LFS server where to download one object. Throws RemoteFetchError. */
export async function requestDownload(request: BatchRequest): Promise<DownloadAction> {
  const url = new URL(`${request.endpoint.url.href.replace(/\/+$/, "")}/objects/batch`);
  const refused = urlProblem(
    url,
    `the LFS server ${redactUrl(request.endpoint.url)}`,
    request.policy,
  );
  if (refused !== undefined) throw new RemoteFetchError(refused.message, "lfs-unreachable", false);
  let askedForCredential = false;
  for (let attempt = 1; ; attempt++) {
    request.signal?.throwIfAborted();
    let answer: { status: number; body: string; retryAfter?: string };
    try {
      answer = await post(url, request);
    } catch (error) {
      request.signal?.throwIfAborted();
      if (error instanceof RemoteFetchError) throw error;
      if (attempt >= request.attempts)
        throw unreachable(request, attempt, describeNetworkError(error));
      await sleep(backoffMs(attempt), undefined, { signal: request.signal });
      continue;
    }
    if (answer.status === 401 && !askedForCredential && request.onUnauthorized !== undefined) {
      askedForCredential = true;
      if (await request.onUnauthorized()) continue;
    }
    if (answer.status === 200) return parseAnswer(answer.body, request);
    const retryable = answer.status === 429 || (answer.status >= 500 && answer.status !== 509);
    if (!retryable || attempt >= request.attempts) throw statusError(answer, request, attempt);
    await sleep(retryDelayMs(answer.retryAfter, attempt), undefined, { signal: request.signal });
  }
}

async function post(
  url: URL,
  request: BatchRequest,
): Promise<{ status: number; body: string; retryAfter?: string }> {
  const session = await openHttpSession(
    { connectMs: request.timeoutMs, headersMs: request.timeoutMs, bodyMs: request.timeoutMs },
    request.policy,
  );
  try {
    const followed = await requestFollowingRedirects(session, url, {
      method: "POST",
      body: JSON.stringify({
        operation: "download",
        transfers: ["basic"],
        objects: [{ oid: request.id.oid, size: request.id.size }],
        hash_algo: "sha256",
      }),
      headersFor: (hop) => ({
        accept: LFS_MEDIA_TYPE,
        "content-type": LFS_MEDIA_TYPE,
        ...request.credentialFor(hop),
      }),
      signal: request.signal,
      maxRedirects: 3,
      label: `the LFS server ${redactUrl(request.endpoint.url)}`,
    });
    if (!followed.ok)
      throw new RemoteFetchError(followed.problem.message, "lfs-unreachable", false);
    const retryAfter = headerValue(followed.response.headers, "retry-after");
    return {
      status: followed.response.statusCode,
      body: await readText(followed.response),
      ...(retryAfter === undefined ? {} : { retryAfter }),
    };
  } finally {
    await session.close();
  }
}

async function readText(response: HttpResponse): Promise<string> {
  const chunks: Buffer[] = [];
  let got = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    got += chunk.length;
    if (got > MAX_ANSWER_BYTES) {
      await discardBody(response);
      break;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

interface AnswerObject {
  oid?: unknown;
  size?: unknown;
  error?: { code?: unknown; message?: unknown };
  actions?: {
    download?: { href?: unknown; header?: unknown; expires_in?: unknown; expires_at?: unknown };
  };
}

function parseAnswer(body: string, request: BatchRequest): DownloadAction {
  let parsed: { objects?: AnswerObject[] };
  try {
    parsed = JSON.parse(body) as { objects?: AnswerObject[] };
  } catch {
    throw invalidAnswer(request, "its answer is not JSON");
  }
  const object = parsed.objects?.find((o) => o.oid === request.id.oid);
  if (object === undefined) throw invalidAnswer(request, "its answer does not name the object");
  const code = object.error?.code;
  if (code === 404 || code === 410) throw missing(request);
  if (object.error !== undefined) {
    throw invalidAnswer(request, `it answered ${String(code)}: ${messageOf(object.error)}`);
  }
  if (typeof object.size === "number" && object.size !== request.id.size) {
    // The server keeps the object under the pointer's oid, so both sha256 are that oid.
    const { oid, size } = request.id;
    throw new RemoteFetchError(
      mismatchMessage(
        request.label,
        { sha256: oid, size },
        { sha256: oid, size: object.size },
        "has",
      ),
      "lfs-mismatch",
      false,
    );
  }
  return downloadAction(object, request);
}

function downloadAction(object: AnswerObject, request: BatchRequest): DownloadAction {
  const download = object.actions?.download;
  let href: URL;
  try {
    href = new URL(String(download?.href));
  } catch {
    throw invalidAnswer(request, "its answer has no download link");
  }
  const header: Record<string, string> = {};
  if (typeof download?.header === "object" && download.header !== null) {
    for (const [name, value] of Object.entries(download.header)) {
      if (typeof value === "string") header[name.toLowerCase()] = value;
    }
  }
  const expiresAt = expiryOf(download?.expires_in, download?.expires_at);
  return { href, header, ...(expiresAt === undefined ? {} : { expiresAt }) };
}

/** `expires_in` (seconds from now) wins over `expires_at`, as the spec says. */
function expiryOf(expiresIn: unknown, expiresAt: unknown): number | undefined {
  if (typeof expiresIn === "number" && Number.isFinite(expiresIn) && expiresIn !== 0)
    return Date.now() + expiresIn * 1000;
  if (typeof expiresAt === "string") {
    const at = Date.parse(expiresAt);
    // Go's zero time ("0001-01-01T00:00:00Z") is what servers send for "no limit".
    if (Number.isFinite(at) && at > Date.parse("1971-01-01")) return at;
  }
  return undefined;
}

function messageOf(value: { message?: unknown } | undefined): string {
  return typeof value?.message === "string" ? value.message.slice(0, 500) : "";
}

function where(request: BatchRequest): string {
  return redactUrl(request.endpoint.url);
}

function missing(request: BatchRequest): RemoteFetchError {
  return new RemoteFetchError(
    `${request.label} is a Git LFS pointer whose object is not on the LFS server (${where(request)}): it was committed without its object; push the object with \`git lfs push --all origin\` (from a clone that has the file)`,
    "lfs-missing",
    false,
  );
}

function statusError(
  answer: { status: number; body: string },
  request: BatchRequest,
  attempt: number,
): RemoteFetchError {
  const said = serverMessage(answer.body);
  if (/quota|bandwidth/i.test(said) || answer.status === 509) {
    return new RemoteFetchError(
      `the LFS server (${where(request)}) refused ${request.label}'s object: ${said || `${answer.status} Bandwidth Limit Exceeded`}`,
      "lfs-quota",
      false,
    );
  }
  if (answer.status === 401 || answer.status === 403) return denied(answer.status, request);
  if (answer.status === 404 && request.endpoint.url.origin === request.githubOrigin)
    return denied(404, request);
  const status = `${answer.status} ${STATUS_CODES[answer.status] ?? ""}`.trim();
  if (answer.status === 429 || answer.status >= 500)
    return unreachable(request, attempt, `it answered ${status}${said ? `: ${said}` : ""}`);
  return invalidAnswer(request, `it answered ${status}${said ? `: ${said}` : ""}`);
}

function denied(status: number, request: BatchRequest): RemoteFetchError {
  const statusText = `${status} ${STATUS_CODES[status] ?? ""}`.trim();
  const onGitHub = request.endpoint.url.origin === request.githubOrigin;
  const what = request.local
    ? "run `git lfs pull` (no stored credential for this server was accepted)"
    : onGitHub
      ? "give the job `permissions: contents: read` (and leave the `github-token` input at its default, `github.token`)"
      : `the job's GitHub token is only sent to ${request.githubOrigin ?? "the GitHub server"}, never to an LFS server elsewhere (${request.endpoint.source}): make that server readable without it, or fetch the files with \`git lfs pull\` before the action`;
  return new RemoteFetchError(
    `the LFS server (${where(request)}) refused to give ${request.label}'s object (${statusText}): ${what}`,
    "lfs-denied",
    false,
  );
}

function unreachable(request: BatchRequest, attempts: number, why: string): RemoteFetchError {
  return new RemoteFetchError(
    `the LFS server ${where(request)} could not be reached for ${request.label} after ${attempts} ${attempts === 1 ? "try" : "tries"}: ${why}`,
    "lfs-unreachable",
    false,
  );
}

function invalidAnswer(request: BatchRequest, why: string): RemoteFetchError {
  return new RemoteFetchError(
    `the LFS server ${where(request)} did not give ${request.label}'s object: ${why}`,
    "lfs-unreachable",
    false,
  );
}

/** `{"message": …}` of an error answer, one line, bounded. */
function serverMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    return messageOf(parsed).replace(/\s+/g, " ").trim();
  } catch {
    return "";
  }
}

/** The server's own wait (seconds or an HTTP date), up to 30 s; else the media backoff. */
function retryDelayMs(retryAfter: string | undefined, attempt: number): number {
  const seconds = parseRetryAfter(retryAfter, Date.now());
  return seconds === undefined ? backoffMs(attempt) : Math.min(seconds, 30) * 1000;
}
