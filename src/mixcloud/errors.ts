/**
 * The typed errors of the Mixcloud client. Every message says what went wrong and what to do next,
 * and none carries the access token: messages and causes are built from redacted text only
 * (see redact.ts), never from a raw URL.
 */

export interface MixcloudErrorInit {
  /** HTTP status of Mixcloud's answer, when there was one. */
  status?: number;
  /** Mixcloud's `error.type` (e.g. "OAuthException"), when the body had one. */
  type?: string;
  /** A sanitised cause (see `sanitizeError`); never a raw undici error. */
  cause?: Error;
}

export class MixcloudError extends Error {
  override name = "MixcloudError";
  readonly status?: number;
  readonly type?: string;

  constructor(message: string, init: MixcloudErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    if (init.status !== undefined) this.status = init.status;
    if (init.type !== undefined) this.type = init.type;
  }

  /**
   * Appends advice to the message once the retry loop knows how the story ended ("gave up after
   * 5 attempts"). The first line of `stack` repeats the message, so it is kept in step.
   */
  appendToMessage(suffix: string): void {
    const before = this.message;
    this.message = `${before}${suffix}`;
    if (this.stack?.includes(before) === true)
      this.stack = this.stack.replace(before, this.message);
  }
}

/** The token is missing, invalid or revoked. Never retried: a new token is needed. */
export class AuthError extends MixcloudError {
  override name = "AuthError";
}

/**
 * Mixcloud's rate limit (HTTP 403 `RateLimitException`, or 429). `retryAfter` is in seconds;
 * 0 when Mixcloud did not say, in which case the ordinary backoff applies.
 */
export class RateLimitError extends MixcloudError {
  override name = "RateLimitError";
  readonly retryAfter: number;

  constructor(message: string, retryAfter: number, init: MixcloudErrorInit = {}) {
    super(message, init);
    this.retryAfter = retryAfter;
  }
}

/** Mixcloud rejected the fields or files. `details` maps a field name to its messages. */
export class ValidationError extends MixcloudError {
  override name = "ValidationError";
  readonly details: Record<string, string[]>;

  constructor(message: string, details: Record<string, string[]>, init: MixcloudErrorInit = {}) {
    super(message, init);
    this.details = details;
  }
}

/** The user, cloudcast or endpoint does not exist. Never retried. */
export class NotFoundError extends MixcloudError {
  override name = "NotFoundError";
}

/**
 * A fault that may go away by itself: a network error, a timeout, a 5xx. Retried with backoff.
 * `retryAfter` (seconds) is set when the answer carried a `Retry-After` header.
 */
export class TransientError extends MixcloudError {
  override name = "TransientError";
  readonly retryAfter?: number;

  constructor(message: string, init: MixcloudErrorInit & { retryAfter?: number } = {}) {
    super(message, init);
    if (init.retryAfter !== undefined) this.retryAfter = init.retryAfter;
  }
}

/**
 * An upload or edit whose body was fully sent, after which the connection was lost or no answer
 * came (or a gateway answered 504). Mixcloud may or may not have stored it, so the client never
 * sends it again by itself: the caller must look the cloudcast up before trying once more.
 */
export class OutcomeUnknownError extends MixcloudError {
  override name = "OutcomeUnknownError";
  /**
   * No answer came in time, or a gateway answered 504: the server may still be working on the
   * request and store it later, so not finding it on the account proves nothing. False when the
   * connection was lost: a server stores an upload before it answers, so one that is not on the
   * account a while later never arrived whole.
   */
  readonly serverMayStillBeWorking: boolean;

  constructor(
    message: string,
    init: MixcloudErrorInit & { serverMayStillBeWorking?: boolean } = {},
  ) {
    super(message, init);
    this.serverMayStillBeWorking = init.serverMayStillBeWorking ?? false;
  }
}

/**
 * A local file to upload could not be read, or changed size while it was being sent. Not a
 * Mixcloud fault and never retried.
 */
export class LocalFileError extends MixcloudError {
  override name = "LocalFileError";
}

/** The caller's AbortSignal fired. Shaped like the platform's AbortError (`name === "AbortError"`). */
export class AbortError extends Error {
  override name = "AbortError";
  readonly code = "ABORT_ERR";
}

/** Whether the retry loop may try a failed request again. */
export function isRetryable(error: unknown): boolean {
  return error instanceof TransientError || error instanceof RateLimitError;
}
