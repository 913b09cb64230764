/**
 * Mixcloud takes the access token in the query string, so every URL the client builds holds a
 * secret. Anything that leaves the client (errors, log lines) goes through these functions first.
 */

/** Query parameters whose values are secret: the token, and the OAuth client secret and code. */
const SECRET_PARAMS = ["access_token", "client_secret", "code"];

const SECRET_PARAM_PATTERN = new RegExp(
  `([?&;](?:${SECRET_PARAMS.join("|")})=)[^&#\\s"'<>]*`,
  "gi",
);
/** A JSON answer that carries a token (OAuth), should such a body ever reach a message. */
const SECRET_JSON_PATTERN = /("access_token"\s*:\s*")[^"]*/gi;

export const REDACTED = "***";

/** Replaces the values of `access_token`, `client_secret` and `code` in a URL (or any text) by `***`. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAM_PATTERN, `$1${REDACTED}`);
}

/**
 * Redacts secret query parameters and every literal occurrence of the given secrets (raw and
 * percent-encoded) from a piece of text — a message, an error page, a stack.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let scrubbed = redactUrl(text).replace(SECRET_JSON_PATTERN, `$1${REDACTED}`);
  for (const secret of secrets) {
    if (secret === "") continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      scrubbed = scrubbed.split(form).join(REDACTED);
    }
  }
  return scrubbed;
}

/**
 * A copy of an error that is safe to attach as a `cause`: its name, `code` and message, scrubbed,
 * with a fresh stack and a scrubbed cause chain. The original (whose message or properties may
 * hold the URL, e.g. undici's errors) is dropped.
 */
export function sanitizeError(error: unknown, secrets: readonly string[], depth = 0): Error {
  if (!(error instanceof Error)) return new Error(scrubSecrets(String(error), secrets));
  const copy = new Error(scrubSecrets(error.message, secrets));
  copy.name = error.name;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  if (error.cause !== undefined && depth < 5) {
    Object.defineProperty(copy, "cause", {
      value: sanitizeError(error.cause, secrets, depth + 1),
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
