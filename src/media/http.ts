import { STATUS_CODES } from "node:http";
import type { Dispatcher } from "undici";
import type { MediaProblem } from "./types.js";
import type { DispatcherTimeouts, UrlPolicy } from "./url-policy.js";
import { REFUSED_CODE, createPolicyDispatcher, redirectProblem } from "./url-policy.js";
import { errorMessage } from "../errors.js";

// The HTTP side of the media checks and downloads: one undici Agent per job (with connect,
// header and body timeouts, and the URL policy applied to every address it connects to),
// redirects followed by hand so that every hop is checked against the URL policy before it is
// contacted. undici is imported on first use, so runs without URL media never load it.

export type HttpResponse = Dispatcher.ResponseData;

export type HttpTimeouts = DispatcherTimeouts;

/** POST only for the Git LFS batch API: media themselves are only ever read. */
export type HttpMethod = "GET" | "HEAD" | "POST";

export interface HttpSession {
  request(
    url: URL,
    init: {
      method: HttpMethod;
      headers: Record<string, string>;
      body?: string;
      signal?: AbortSignal;
    },
  ): Promise<HttpResponse>;
  close(): Promise<void>;
  /** Where this session may connect; redirects are judged by it too. */
  policy: UrlPolicy;
}

export async function openHttpSession(
  timeouts: HttpTimeouts,
  policy: UrlPolicy,
): Promise<HttpSession> {
  const { request } = await import("undici");
  const agent = await createPolicyDispatcher(policy, timeouts);
  return {
    policy,
    request: (url, init) => request(url, { ...init, dispatcher: agent }),
    // destroy, not close: a check abandons bodies on purpose and must not wait for them.
    close: () => agent.destroy(),
  };
}

export interface FollowOptions {
  method: HttpMethod;
  /** Sent again to each hop (a 307/308 redirect of a POST keeps its body). */
  body?: string;
  /** Headers for one hop; asked again for each, so credentials can stay with their host. */
  headersFor: (url: URL) => Record<string, string>;
  signal?: AbortSignal;
  maxRedirects: number;
  /** Names the medium in messages, e.g. "the audio URL https://…". */
  label: string;
}

export type Followed =
  | { ok: true; response: HttpResponse; url: URL; redirects: number }
  | { ok: false; problem: MediaProblem };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Requests `start`, following up to `maxRedirects` redirects (counting `redirectsSoFar`). */
export async function requestFollowingRedirects(
  session: HttpSession,
  start: URL,
  options: FollowOptions,
  redirectsSoFar = 0,
): Promise<Followed> {
  let url = start;
  for (let redirects = redirectsSoFar; ; redirects++) {
    const init = {
      method: options.method,
      headers: options.headersFor(url),
      ...(options.body === undefined ? {} : { body: options.body }),
      signal: options.signal,
    };
    const response = await session.request(url, init);
    const location = REDIRECT_STATUSES.has(response.statusCode)
      ? headerValue(response.headers, "location")
      : undefined;
    if (location === undefined) return { ok: true, response, url, redirects };
    await discardBody(response);
    const next = nextHop(url, location, redirects, options, session.policy);
    if (!(next instanceof URL)) return { ok: false, problem: next };
    url = next;
  }
}

function nextHop(
  from: URL,
  location: string,
  redirects: number,
  options: FollowOptions,
  policy: UrlPolicy,
): URL | MediaProblem {
  if (redirects >= options.maxRedirects) {
    return {
      rule: "url-redirect-limit",
      message: `${options.label} redirects more than ${options.maxRedirects} times: link to the final address of the file`,
    };
  }
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    return {
      rule: "url-status",
      message: `${options.label} redirects to an invalid address: link to the file directly`,
    };
  }
  return redirectProblem(from, next, options.label, policy) ?? next;
}

export function headerValue(headers: HttpResponse["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A non-negative integer header (Content-Length), or undefined when absent or malformed. */
export function integerHeader(headers: HttpResponse["headers"], name: string): number | undefined {
  const value = headerValue(headers, name)?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function acceptsByteRanges(headers: HttpResponse["headers"]): boolean {
  return (headerValue(headers, "accept-ranges") ?? "").toLowerCase().includes("bytes");
}

export interface ContentRange {
  start: number;
  end: number;
  /** undefined for `*` (length unknown). */
  total?: number;
}

/** Parses `bytes 0-65535/1048576`; the unsatisfied-range form (`bytes *` + `/0`) gives start -1. */
export function parseContentRange(value: string | undefined): ContentRange | undefined {
  const match = /^\s*bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)\s*$/i.exec(value ?? "");
  if (match === null) return undefined;
  const total = match[3] === "*" ? undefined : Number(match[3]);
  if (match[1] === undefined) return { start: -1, end: -1, total };
  return { start: Number(match[1]), end: Number(match[2]), total };
}

/** Drops a body we do not want, without letting its errors escape. */
export async function discardBody(response: HttpResponse): Promise<void> {
  try {
    await response.body.dump({ limit: 64 * 1024 });
  } catch {
    response.body.destroy();
  }
}

/** "404 Not Found: check the URL" and the like. */
export function describeStatus(status: number): string {
  const text = `${status} ${STATUS_CODES[status] ?? ""}`.trim();
  if (status === 401 || status === 403)
    return `${text}: the file is not public; use a link anyone can download`;
  if (status === 404 || status === 410) return `${text}: check the URL`;
  if (status === 429 || status >= 500)
    return `${text}: the server is failing or busy; try again later`;
  return text;
}

const NETWORK_ERRORS: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
  UND_ERR_HEADERS_TIMEOUT: "the server did not answer in time",
  UND_ERR_BODY_TIMEOUT: "the server stopped sending data",
  UND_ERR_SOCKET: "the connection was dropped",
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: "the server sent a different length than it announced",
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the connection was reset",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name could not be resolved (DNS failure)",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  ETIMEDOUT: "the connection timed out",
  [REFUSED_CODE]: "it does not lead to a public internet address",
};

/** A network failure in words; undici's codes and Node's socket codes are both understood. */
export function describeNetworkError(error: unknown): string {
  const code = codeOf(error);
  if (code !== undefined && NETWORK_ERRORS[code] !== undefined) return NETWORK_ERRORS[code];
  if (code !== undefined && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_/.test(code)) {
    return `its TLS certificate was not accepted (${code})`;
  }
  const message = errorMessage(error);
  return code === undefined ? message : `${message} (${code})`;
}

/** The host name did not resolve (no such name, or DNS failed). */
export function isNameResolutionError(error: unknown): boolean {
  const code = codeOf(error);
  return code === "ENOTFOUND" || code === "EAI_AGAIN";
}

function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 4; depth++) {
    if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string")
      return e.code;
    e = typeof e === "object" && e !== null && "cause" in e ? e.cause : undefined;
  }
  return undefined;
}

/**
 * The wait before retry `attempt` of a media fetch (a download, an LFS batch request): 0.25 s,
 * 0.5 s, 1 s … up to 4 s, with jitter so parallel fetches do not retry in step.
 */
export function backoffMs(attempt: number): number {
  const base = Math.min(4000, 250 * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + Math.random() / 2));
}
