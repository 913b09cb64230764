// The `Retry-After` header, as every server the action talks to may send it (Mixcloud, a Git
// LFS server): one reading of it, so that an HTTP date is honoured the same way everywhere.

/**
 * A `Retry-After` value in whole seconds: either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * A date in the past means 0. Anything else is undefined.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}
