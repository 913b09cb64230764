/**
 * What a failed exchange means, when no usable answer came: a network error, a timeout, a stalled
 * upload. This is where the exactly-once rule for uploads and edits lives:
 *
 * - A failure BEFORE the operating system had accepted every byte of the request body
 *   (connection refused or reset, connect timeout, stall watchdog) cannot have stored anything:
 *   the server never got the closing boundary of the multipart body. It is a TransientError,
 *   retried by the client. (transport.ts tells when the last byte left the process.)
 * - A failure AFTER the body was fully handed over (connection lost, no answer within headersMs)
 *   may come after Mixcloud stored the upload. Sending it again could create a duplicate, so it is
 *   an OutcomeUnknownError, never retried here: the caller looks the upload up first.
 * - GETs are idempotent: every network failure is a TransientError.
 */
import { LocalFileError, MixcloudError, OutcomeUnknownError, TransientError } from "./errors.js";
import { formatDuration } from "./retry.js";
import { sanitizeError, scrubSecrets } from "./redact.js";

export interface FailureContext {
  /** "GET /me/", "POST /upload/" — already free of secrets. */
  what: string;
  secrets: readonly string[];
  /** Whether sending the request again is harmless (GET). */
  idempotent: boolean;
  /** Whether every byte of the request body had been handed to the socket. */
  bodyFullySent: boolean;
  /** Set when our own stall watchdog aborted the upload. */
  stalledForMs?: number;
  timeouts: { connectMs: number; headersMs: number };
}

/** Network error codes that retrying will not cure: the configuration is wrong. */
const PERMANENT_CODES = new Set([
  "ENOTFOUND",
  "ERR_INVALID_URL",
  "UND_ERR_INVALID_ARG",
  "UND_ERR_NOT_SUPPORTED",
  "UND_ERR_REQ_CONTENT_LENGTH_MISMATCH",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/** The typed error for an exchange that ended without a usable answer. */
export function classifyFailure(error: unknown, context: FailureContext): MixcloudError {
  if (error instanceof LocalFileError) return error;
  const cause = sanitizeError(error, context.secrets);
  const reason = describeFailure(error, context);
  const code = errorCode(error);
  if (context.stalledForMs === undefined && code !== undefined && PERMANENT_CODES.has(code)) {
    return new MixcloudError(
      `${context.what}: ${reason}: check the api-url setting and the network`,
      { cause },
    );
  }
  if (context.idempotent || !context.bodyFullySent) {
    return new TransientError(`${context.what}: ${reason}: a temporary fault`, { cause });
  }
  return new OutcomeUnknownError(outcomeUnknownMessage(context.what, reason), {
    cause,
    serverMayStillBeWorking: code !== undefined && WAITING_CODES.has(code),
  });
}

/** Timeouts while waiting for the answer: the server had the whole request and may be at work. */
const WAITING_CODES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

export function outcomeUnknownMessage(what: string, happened: string): string {
  return (
    `${what}: the request was fully sent, then ${happened}, so Mixcloud may or may not have stored it. ` +
    `The client does not send it again by itself, to avoid a duplicate: look the cloudcast up on ` +
    `Mixcloud first (mixcloud-publish does this by its title)`
  );
}

/** A short, secret-free account of what went wrong on the wire. */
export function describeFailure(error: unknown, context: FailureContext): string {
  if (context.stalledForMs !== undefined) {
    return `the upload stalled: the connection took no data for ${formatDuration(context.stalledForMs)}`;
  }
  const code = errorCode(error);
  // undici also fires its headers timeout while a body write waits for a drain that never comes.
  if (code === "UND_ERR_HEADERS_TIMEOUT" && !context.idempotent && !context.bodyFullySent) {
    return `the upload stalled: the connection took no data for ${formatDuration(context.timeouts.headersMs)}`;
  }
  switch (code) {
    case "UND_ERR_CONNECT_TIMEOUT":
      return `could not connect within ${formatDuration(context.timeouts.connectMs)}`;
    case "UND_ERR_HEADERS_TIMEOUT":
      return `no answer came within ${formatDuration(context.timeouts.headersMs)}`;
    case "UND_ERR_BODY_TIMEOUT":
      return `the answer stopped arriving for ${formatDuration(context.timeouts.headersMs)}`;
    case "ECONNREFUSED":
      return "the connection was refused";
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return "the connection was closed before an answer came";
    case "ENOTFOUND":
      return "the host name could not be resolved";
    default:
      return `the request failed (${scrubSecrets(errorMessage(error), context.secrets)})`;
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
