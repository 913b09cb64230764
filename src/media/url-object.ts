import { PUBLIC_ONLY, redactUrl } from "./url-policy.js";
import type { HttpSession } from "./http.js";
import {
  discardBody,
  headerValue,
  openHttpSession,
  parseContentRange,
  requestFollowingRedirects,
} from "./http.js";
import type { RemoteBody, RemoteObject } from "./remote-object.js";
import { RemoteFetchError, collectRange } from "./remote-object.js";
import type { MediaCheckOptions } from "./types.js";

// Audio at a URL, seen as a remote object for the ranged checks: every read is a GET with a
// Range header, through the same redirect-by-redirect URL policy as the probe, with the same
// per-host headers. A server that answers a range with the whole file (200) does not take
// ranges after all: the read fails with "url-no-ranges", and the checks do without a length.

const MAX_REDIRECTS = 5;

export class UrlObject implements RemoteObject {
  bytesFetched = 0;

  private constructor(
    readonly label: string,
    readonly size: number,
    private readonly url: URL,
    private readonly session: HttpSession,
    private readonly options: Pick<MediaCheckOptions, "fetchHeaders" | "signal">,
  ) {}

  static async open(
    label: string,
    url: string,
    size: number,
    options: Pick<MediaCheckOptions, "fetchHeaders" | "signal" | "timeoutMs" | "urlPolicy">,
  ): Promise<UrlObject> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const session = await openHttpSession(
      { connectMs: timeoutMs, headersMs: timeoutMs, bodyMs: timeoutMs },
      options.urlPolicy ?? PUBLIC_ONLY,
    );
    return new UrlObject(label, size, new URL(url), session, options);
  }

  /** The URL, redacted: a query string may hold a signature. */
  get where(): string {
    return redactUrl(this.url);
  }

  close(): Promise<void> {
    return this.session.close();
  }

  async read(at: number, length: number, signal?: AbortSignal): Promise<Uint8Array> {
    const end = Math.min(this.size, at + length);
    if (at >= end) return new Uint8Array(0);
    const body = await this.ranged(`bytes=${at}-${end - 1}`, at, signal);
    return collectRange(body, at, end - at, (n) => (this.bytesFetched += n));
  }

  open(from: number, signal?: AbortSignal): Promise<RemoteBody> {
    return this.ranged(`bytes=${from}-`, from, signal);
  }

  private async ranged(range: string, from: number, signal?: AbortSignal): Promise<RemoteBody> {
    const followed = await requestFollowingRedirects(this.session, this.url, {
      method: "GET",
      headersFor: (url) => ({ ...this.options.fetchHeaders?.(url), range }),
      ...((signal ?? this.options.signal) ? { signal: signal ?? this.options.signal } : {}),
      maxRedirects: MAX_REDIRECTS,
      label: this.label,
    });
    if (!followed.ok) throw new RemoteFetchError(followed.problem.message, "url-no-ranges", false);
    const { response } = followed;
    const answered = parseContentRange(headerValue(response.headers, "content-range"));
    if (response.statusCode === 206 && answered?.start === from && answered.total === this.size) {
      return { start: from, chunks: response.body, cancel: () => response.body.destroy() };
    }
    await discardBody(response);
    throw new RemoteFetchError(
      `${this.label} did not answer a Range request with the part asked for (it answered ${response.statusCode})`,
      "url-no-ranges",
      false,
    );
  }
}
