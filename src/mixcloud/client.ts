/**
 * The Mixcloud API client: builds the URLs of its requests (token in the query string, every path
 * ending in `/`), runs each request through the retry policy, and parses the answers. The URLs in
 * answers (a cloudcast's page, `paging.next`) are Mixcloud's: it follows or passes them on as
 * given and never builds one. How one exchange can fail,
 * and whether it is safe to repeat, is transport.ts's and failures.ts's business.
 */
import type { Agent } from "undici";
import { AuthError, MixcloudError, NotFoundError } from "./errors.js";
import { createMultipartBody, type FileField } from "./multipart.js";
import {
  parseCloudcast,
  parseCloudcastPage,
  parseUploadResult,
  parseUser,
  type ParseContext,
} from "./parse.js";
import { redactUrl, scrubSecrets } from "./redact.js";
import {
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_BACKOFF_MAX_MS,
  MAX_RETRY_AFTER_MS,
  realSleep,
  withRetries,
  type RetryPolicy,
  type Sleep,
} from "./retry.js";
import {
  DEFAULT_TIMEOUTS,
  createAgent,
  getOnce,
  postOnce,
  type ExchangeContext,
  type Progress,
  type Timeouts,
} from "./transport.js";
import type {
  EditRequest,
  MixcloudUser,
  RemoteCloudcast,
  UploadRequest,
  UploadResult,
} from "./types.js";
import { NEW_TOKEN_ADVICE, type Answer } from "./answer-errors.js";

export type LogLevel = "debug" | "info" | "warning";

export interface MixcloudClientOptions {
  /** API root, e.g. "https://api.mixcloud.com" (a trailing slash is ignored). */
  apiUrl: string;
  /** OAuth access token; needed by me(), upload() and edit(). */
  token?: string;
  /** Unused by the client itself; accepted so one options object can serve the OAuth helpers too. */
  oauthUrl?: string;
  /** The `retries` setting: attempts per request, the first included. */
  attempts: number;
  timeouts?: Partial<Timeouts>;
  /** Full jitter: random(0, min(maxMs, baseMs * 2^n)). Defaults: 1 s base, 30 s cap. */
  backoff?: { baseMs?: number; maxMs?: number };
  /** How long the account's listing may lag behind what is stored; default the backoff cap. */
  listingLagMs?: number;
  sleep?: Sleep;
  random?: () => number;
  /** Receives messages that are already redacted. */
  log?: (level: LogLevel, message: string) => void;
}

export interface UploadOptions {
  /** Bytes of the body taken by the socket so far; monotonic within an attempt, restarts on a retry. */
  onProgress?: Progress;
  signal?: AbortSignal;
}

/** A listing is cut off beyond this many pages: a guard against a server that never stops. */
const MAX_PAGES = 10_000;
const DEFAULT_PAGE_SIZE = 100;

export class MixcloudClient {
  private readonly apiUrl: string;
  private readonly token: string | undefined;
  private readonly secrets: readonly string[];
  private readonly timeouts: Timeouts;
  private readonly policy: RetryPolicy;
  private readonly agent: Agent;

  constructor(private readonly options: MixcloudClientOptions) {
    if (!Number.isInteger(options.attempts) || options.attempts < 1) {
      throw new RangeError(
        `attempts must be a whole number of at least 1, not ${options.attempts}`,
      );
    }
    this.apiUrl = checkedApiUrl(options.apiUrl);
    this.token = options.token === "" ? undefined : options.token;
    this.secrets = this.token === undefined ? [] : [this.token];
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.policy = {
      attempts: options.attempts,
      baseMs: options.backoff?.baseMs ?? DEFAULT_BACKOFF_BASE_MS,
      maxMs: options.backoff?.maxMs ?? DEFAULT_BACKOFF_MAX_MS,
      maxWaitMs: MAX_RETRY_AFTER_MS,
    };
    this.agent = createAgent(this.timeouts);
  }

  /** The account the token belongs to. */
  async me(opts: { signal?: AbortSignal } = {}): Promise<MixcloudUser> {
    const answer = await this.get(this.url("/me/", {}, true), "GET /me/", opts.signal);
    return parseUser(answer, this.parseContext("GET /me/"));
  }

  /**
   * Every cloudcast of a user, newest first, following `paging.next` to the end. The items are
   * Mixcloud's summaries, without `description` and `sections`: getCloudcast() has those.
   *
   * The first page asks for `offset=0`, which makes Mixcloud page by offset; without it, the next
   * pages would go by `until=` timestamps of whole seconds, and how the API splits cloudcasts
   * made in the same second between two pages is unknown. Later pages are whatever `paging.next`
   * says, by offset or by time.
   */
  async listCloudcasts(
    username: string,
    opts: { pageSize?: number; signal?: AbortSignal } = {},
  ): Promise<RemoteCloudcast[]> {
    const path = `/${encodeURIComponent(username)}/cloudcasts/`;
    const what = `GET ${path}`;
    const limit = String(opts.pageSize ?? DEFAULT_PAGE_SIZE);
    const found = new Map<string, RemoteCloudcast>();
    const visited = new Set<string>();
    let url: string | undefined = this.url(path, { limit, offset: "0" }, false);
    for (let page = 1; url !== undefined; page++) {
      if (page > MAX_PAGES)
        throw new MixcloudError(`${what}: more than ${MAX_PAGES} pages; check the api-url setting`);
      visited.add(pageIdentity(url));
      const { items, next } = parseCloudcastPage(
        await this.get(url, what, opts.signal),
        this.parseContext(what),
      );
      for (const item of items) if (!found.has(item.key)) found.set(item.key, item);
      url = items.length === 0 || next === undefined ? undefined : this.nextPageUrl(next, what);
      // A link back to a page already read adds nothing: every page it leads to was read too.
      if (url !== undefined && visited.has(pageIdentity(url))) {
        this.log(
          "debug",
          `${what}: paging.next of page ${page} leads back to a page already read; stopping`,
        );
        url = undefined;
      }
    }
    return [...found.values()];
  }

  /**
   * The cloudcasts of a user created at `since` or later (an ISO time from an earlier listing's
   * `created_time`), with the API's `since`: what appeared on the account meanwhile, without
   * reading it all again. How Mixcloud pages a listing by `since` alone is [unknown] (the mock
   * gives the page just after it, `previous` leading to newer ones), so both links are followed
   * while they bring cloudcasts of the window not seen yet, and items outside it are dropped
   * (a server that ignored `since` costs a page, not a wrong answer).
   */
  async listCloudcastsSince(
    username: string,
    since: string,
    opts: { pageSize?: number; signal?: AbortSignal } = {},
  ): Promise<RemoteCloudcast[]> {
    const path = `/${encodeURIComponent(username)}/cloudcasts/`;
    const what = `GET ${path} since ${since}`;
    const sinceMs = Date.parse(since);
    const inWindow = (c: RemoteCloudcast) =>
      c.createdTime === undefined || !(Date.parse(c.createdTime) < sinceMs);
    const limit = String(opts.pageSize ?? DEFAULT_PAGE_SIZE);
    const found = new Map<string, RemoteCloudcast>();
    const visited = new Set<string>();
    const queue = [this.url(path, { limit, since: apiTime(since) }, false)];
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (visited.size >= MAX_PAGES)
        throw new MixcloudError(`${what}: more than ${MAX_PAGES} pages; check the api-url setting`);
      if (visited.has(pageIdentity(url))) continue;
      visited.add(pageIdentity(url));
      const page = parseCloudcastPage(
        await this.get(url, what, opts.signal),
        this.parseContext(what),
      );
      const fresh = page.items.filter((item) => inWindow(item) && !found.has(item.key));
      for (const item of fresh) found.set(item.key, item);
      if (fresh.length === 0) continue;
      for (const link of [page.previous, page.next]) {
        if (link !== undefined) queue.push(this.nextPageUrl(link, what));
      }
    }
    return [...found.values()];
  }

  /** A cloudcast by key ("/user/slug/"), or null when Mixcloud has none. */
  async getCloudcast(
    key: string,
    opts: { signal?: AbortSignal } = {},
  ): Promise<RemoteCloudcast | null> {
    const path = cloudcastPath(key);
    try {
      const answer = await this.get(this.url(path, {}, false), `GET ${path}`, opts.signal);
      return parseCloudcast(answer, this.parseContext(`GET ${path}`));
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /**
   * Uploads a new cloudcast as one streamed multipart body. Retried only while a retry cannot
   * duplicate it (see failures.ts); an OutcomeUnknownError means: look it up before sending again.
   */
  async upload(request: UploadRequest, opts: UploadOptions = {}): Promise<UploadResult> {
    const files: FileField[] = [{ name: "mp3", ...request.audio }];
    if (request.picture !== undefined) files.push({ name: "picture", ...request.picture });
    return this.post(
      "/upload/",
      `POST /upload/ ("${request.audio.filename}")`,
      request.fields,
      files,
      opts,
    );
  }

  /** Changes an existing cloudcast's metadata (and picture, if one is given). Never sends audio. */
  async edit(
    key: string,
    request: EditRequest,
    opts: { signal?: AbortSignal } = {},
  ): Promise<UploadResult> {
    const path = `/upload${cloudcastPath(key)}edit/`;
    const files: FileField[] =
      request.picture === undefined ? [] : [{ name: "picture", ...request.picture }];
    return this.post(path, `POST ${path}`, request.fields, files, opts);
  }

  /**
   * How long the client waits for Mixcloud to answer once a request is sent. After an upload's
   * answer was lost, Mixcloud may still be storing it: callers give it this long again before
   * concluding it did not arrive.
   */
  get answerTimeoutMs(): number {
    return this.timeouts.headersMs;
  }

  /**
   * How long the account's listing is given to show what Mixcloud stored: `listingLagMs` when set,
   * else one backoff delay at its cap; never more than the answer timeout. How far Mixcloud's
   * listing lags behind what it stored is [unknown]. Two waits use it: an upload whose connection
   * was lost (reset or closed, as opposed to an answer that never came) is looked for this long
   * before it is sent again — the server was no longer reading, so it is not still storing it, and
   * a retry after a reset so takes about one backoff delay, not the answer timeout; and a run that
   * uploaded looks for a twin from another run once more this long after its last upload.
   */
  get listingLagMs(): number {
    return Math.min(this.options.listingLagMs ?? this.policy.maxMs, this.timeouts.headersMs);
  }

  /** Closes the client's connections; closing again does nothing. */
  async close(): Promise<void> {
    if (this.agent.destroyed || this.agent.closed) return;
    await this.agent.close();
  }

  private async post(
    path: string,
    what: string,
    fields: ReadonlyArray<readonly [string, string]>,
    files: FileField[],
    opts: UploadOptions,
  ): Promise<UploadResult> {
    const url = this.url(path, {}, true);
    const context = this.exchangeContext(what, opts.signal);
    return withRetries(async (attempt) => {
      const body = await createMultipartBody(fields, files);
      this.log(
        "debug",
        `${what}: sending ${body.contentLength} bytes to ${redactUrl(url)} (attempt ${attempt})`,
      );
      const answer = await postOnce(url, body, context, opts.onProgress);
      return parseUploadResult(answer, this.parseContext(what));
    }, this.retryRuntime(opts.signal));
  }

  private async get(url: string, what: string, signal: AbortSignal | undefined): Promise<Answer> {
    const context = this.exchangeContext(what, signal);
    return withRetries(async (attempt) => {
      this.log("debug", `GET ${redactUrl(url)} (attempt ${attempt})`);
      return getOnce(url, context);
    }, this.retryRuntime(signal));
  }

  /** An API URL; `withToken` endpoints fail early without one, the others send it when there is one. */
  private url(path: string, params: Record<string, string>, needsToken: boolean): string {
    if (needsToken && this.token === undefined) {
      throw new AuthError(`No Mixcloud access token for ${path}: ${NEW_TOKEN_ADVICE}`);
    }
    const url = new URL(`${this.apiUrl}${path}`);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    if (this.token !== undefined) url.searchParams.set("access_token", this.token);
    return url.toString();
  }

  /**
   * `paging.next` as given, with our token in place of any it carries, provided it points at the
   * API we talk to. Its query is kept as written (`until=2015-04-29+18%3A59%3A19` stays so).
   */
  private nextPageUrl(next: string, what: string): string {
    const url = new URL(next, `${this.apiUrl}/`);
    if (url.origin !== new URL(this.apiUrl).origin) {
      throw new MixcloudError(
        `${what}: paging.next points at another host (${redactUrl(url.origin)}); the token is not sent there. ` +
          `Check the api-url setting`,
      );
    }
    const params = url.search
      .slice(1)
      .split("&")
      .filter((param) => param !== "" && !param.startsWith("access_token="));
    if (this.token !== undefined) params.push(`access_token=${encodeURIComponent(this.token)}`);
    url.search = params.length === 0 ? "" : `?${params.join("&")}`;
    return url.toString();
  }

  private exchangeContext(what: string, signal: AbortSignal | undefined): ExchangeContext {
    return {
      dispatcher: this.agent,
      what,
      secrets: this.secrets,
      timeouts: this.timeouts,
      ...(signal === undefined ? {} : { signal }),
    };
  }

  private parseContext(what: string): ParseContext {
    return { what, secrets: this.secrets };
  }

  private retryRuntime(signal: AbortSignal | undefined) {
    return {
      policy: this.policy,
      sleep: this.options.sleep ?? realSleep,
      random: this.options.random ?? Math.random,
      ...(signal === undefined ? {} : { signal }),
      onRetry: (message: string) => this.log("info", message),
    };
  }

  private log(level: LogLevel, message: string): void {
    this.options.log?.(level, scrubSecrets(message, this.secrets));
  }
}

/** The API root without trailing slashes; a malformed one is a configuration error, said plainly. */
function checkedApiUrl(apiUrl: string): string {
  const trimmed = apiUrl.replace(/\/+$/, "");
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    throw new MixcloudError(
      `The api-url "${redactUrl(apiUrl)}" is not an http(s) URL: fix the api-url setting`,
    );
  }
  return trimmed;
}

/** "2015-04-29T18:59:19Z" → "2015-04-29 18:59:19": the form of the API's own paging links. */
function apiTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new MixcloudError(`"${iso}" is not a time to list cloudcasts since`);
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** A page's URL without the token, to recognise a page already read. */
function pageIdentity(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("access_token");
  parsed.searchParams.sort();
  return parsed.toString();
}

/**
 * "/user/slug/" with each segment percent-encoded exactly once (keys arrive encoded from Mixcloud,
 * or raw when typed into a cloudcast file).
 */
export function cloudcastPath(key: string): string {
  const segments = key.split("/").filter((segment) => segment !== "");
  if (segments.length !== 2) {
    throw new MixcloudError(
      `"${key}" is not a cloudcast key like /user/slug/: fix the key in the cloudcast file`,
    );
  }
  return `/${segments.map((segment) => encodeURIComponent(safeDecode(segment))).join("/")}/`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
