import { setTimeout as sleep } from "node:timers/promises";
import type { HttpResponse } from "../http.js";
import {
  describeNetworkError,
  describeStatus,
  discardBody,
  headerValue,
  openHttpSession,
  parseContentRange,
  requestFollowingRedirects,
} from "../http.js";
import type { LfsObjectId } from "../lfs.js";
import type { RemoteBody, RemoteObject } from "../remote-object.js";
import { RemoteFetchError, collectRange } from "../remote-object.js";
import type { UrlPolicy } from "../url-policy.js";
import { redactUrl, urlProblem } from "../url-policy.js";
import type { DownloadAction } from "./batch.js";
import { isExpired } from "./batch.js";

// One Git LFS object behind the `href` a batch answer gave: read by ranges for the checks,
// streamed from an offset for the download. The GET carries exactly the answer's `header`, and
// only to the href's own origin (a redirect to object storage gets none of it); the GitHub token
// is never among what is sent here. An href that lapsed, or that the host refuses (401/403),
// is asked for again once.

export interface LfsObjectOptions {
  id: LfsObjectId;
  label: string;
  /** A fresh download action from the batch API. */
  renew: (signal?: AbortSignal) => Promise<DownloadAction>;
  attempts: number;
  timeoutMs: number;
  /** Which addresses the href may lead to: the endpoint's policy. */
  policy: UrlPolicy;
  /**
   * The run's time for an LFS server elsewhere than the GitHub server, for the checks' ranged
   * reads (a download for an upload is not counted); `spent` is the error when it runs out.
   */
  budget?: { signal: AbortSignal; spent: () => RemoteFetchError };
}

export class LfsObject implements RemoteObject {
  readonly label: string;
  readonly size: number;
  readonly sha256: string;
  bytesFetched = 0;

  constructor(
    private action: DownloadAction,
    private readonly options: LfsObjectOptions,
  ) {
    this.label = options.label;
    this.size = options.id.size;
    this.sha256 = options.id.oid;
  }

  /** The download link, redacted: a presigned href's query string holds its signature. */
  get where(): string {
    return redactUrl(this.action.href);
  }

  read(at: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    return withinBudget(this.options.budget, signal, (limited) =>
      this.readRange(at, length, limited),
    );
  }

  private async readRange(at: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    const end = Math.min(this.size, at + length);
    if (at >= end) return new Uint8Array(0);
    for (let attempt = 1; ; attempt++) {
      try {
        const body = await this.request(`bytes=${at}-${end - 1}`, at, signal);
        return await collectRange(
          {
            chunks: body.response.body,
            start: body.start,
            cancel: () => body.response.body.destroy(),
          },
          at,
          end - at,
          (n) => (this.bytesFetched += n),
        );
      } catch (error) {
        await this.beforeRetry(error, attempt, signal);
      }
    }
  }

  async open(from: number, signal?: AbortSignal): Promise<RemoteBody> {
    const body = await this.request(from > 0 ? `bytes=${from}-` : undefined, from, signal);
    const counted = countChunks(body.response, (n) => (this.bytesFetched += n));
    return {
      start: body.start,
      chunks: counted,
      cancel: () => body.response.body.destroy(),
    };
  }

  private async beforeRetry(error: unknown, attempt: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const failure =
      error instanceof RemoteFetchError
        ? error
        : new RemoteFetchError(
            `${this.label}: reading its Git LFS object at ${this.where} failed: ${describeNetworkError(error)}`,
            "lfs-unreachable",
            true,
          );
    if (!failure.retryable || attempt >= this.options.attempts) throw failure;
    await sleep(250 * 2 ** (attempt - 1), undefined, { signal });
  }

  /** A GET of the href (ranged when `range` is given); the href is renewed when it lapsed or was refused. */
  private async request(
    range: string | undefined,
    from: number,
    signal?: AbortSignal,
  ): Promise<{ response: HttpResponse; start: number }> {
    for (let renewed = false; ; renewed = true) {
      if (isExpired(this.action)) this.action = await this.options.renew(signal);
      const response = await this.get(this.action, range, signal);
      const status = response.statusCode;
      if ((status === 401 || status === 403) && !renewed) {
        await discardBody(response);
        this.action = await this.options.renew(signal);
        continue;
      }
      if (status === 200) return { response, start: 0 };
      const contentRange = parseContentRange(headerValue(response.headers, "content-range"));
      if (status === 206 && contentRange?.start === from) return { response, start: from };
      await discardBody(response);
      throw this.statusError(status);
    }
  }

  private async get(
    action: DownloadAction,
    range: string | undefined,
    signal?: AbortSignal,
  ): Promise<HttpResponse> {
    const label = `${this.label}'s Git LFS object at ${redactUrl(action.href)}`;
    const refused = urlProblem(action.href, label, this.options.policy);
    if (refused !== undefined)
      throw new RemoteFetchError(refused.message, "lfs-unreachable", false);
    const session = await openHttpSession(
      {
        connectMs: this.options.timeoutMs,
        headersMs: this.options.timeoutMs,
        bodyMs: this.options.timeoutMs,
      },
      this.options.policy,
    );
    const origin = action.href.origin;
    const followed = await requestFollowingRedirects(session, action.href, {
      method: "GET",
      headersFor: (url) => ({
        ...(url.origin === origin ? action.header : {}),
        ...(range === undefined ? {} : { range }),
      }),
      ...(signal === undefined ? {} : { signal }),
      maxRedirects: 5,
      label,
    }).catch(async (error: unknown) => {
      await session.close();
      throw error;
    });
    if (!followed.ok) {
      await session.close();
      throw new RemoteFetchError(followed.problem.message, "lfs-unreachable", false);
    }
    // The session goes when the body is done with (read through, or destroyed).
    followed.response.body.once("close", () => void session.close());
    return followed.response;
  }

  private statusError(status: number): RemoteFetchError {
    const retryable = status === 429 || status >= 500;
    return new RemoteFetchError(
      `${this.label}: the Git LFS object's download link (${this.where}) answered ${describeStatus(status)}`,
      "lfs-unreachable",
      retryable,
    );
  }
}

async function* countChunks(
  response: HttpResponse,
  count: (n: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    count(chunk.length);
    yield chunk;
  }
}

/**
 * Runs `work` within the budget, when there is one: not at all once it is spent, and its end
 * (not the caller's cancel) becomes the budget's error.
 */
export async function withinBudget<T>(
  budget: LfsObjectOptions["budget"],
  signal: AbortSignal | undefined,
  work: (signal?: AbortSignal) => Promise<T>,
): Promise<T> {
  if (budget === undefined) return work(signal);
  if (budget.signal.aborted) throw budget.spent();
  try {
    return await work(
      signal === undefined ? budget.signal : AbortSignal.any([signal, budget.signal]),
    );
  } catch (error) {
    if (budget.signal.aborted && signal?.aborted !== true) throw budget.spent();
    throw error;
  }
}
