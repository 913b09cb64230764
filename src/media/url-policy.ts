import { isIP } from "node:net";
import type { MediaProblem } from "./types.js";

// Which URLs the action fetches, decided before any connection is made: https anywhere;
// plain http only to this machine (the test servers), so media never travels unencrypted
// and a test can never reach out to the network by accident.

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host);
  return false;
}

export function isLoopbackUrl(url: URL): boolean {
  return isLoopbackHost(url.hostname);
}

/** Why the action will not fetch `url` at all, or undefined when it may. */
export function urlProblem(url: URL, label: string): MediaProblem | undefined {
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && isLoopbackUrl(url)) return undefined;
  const found = url.protocol === "http:" ? "a plain http:// URL" : `a ${url.protocol} URL`;
  return {
    rule: "url-insecure",
    message: `${label} is ${found}: use an https:// URL (plain http is only allowed to this machine, for tests)`,
  };
}

/** Why a redirect from `from` to `to` is not followed, or undefined when it is. */
export function redirectProblem(from: URL, to: URL, label: string): MediaProblem | undefined {
  const target = redactUrl(to);
  if (isLoopbackUrl(from) && !isLoopbackUrl(to)) {
    // A server on this machine (a test double) must not send the action out to the network.
    return {
      rule: "url-redirect-refused",
      message: `${label} redirects from this machine to another host (${target}); such redirects are not followed`,
    };
  }
  if (
    from.protocol === "https:" &&
    to.protocol !== "https:" &&
    !(isLoopbackUrl(from) && isLoopbackUrl(to))
  ) {
    return {
      rule: "url-redirect-downgrade",
      message: `${label} redirects from https to ${to.protocol}// (${target}); such downgrades are refused: link to an https URL that stays https`,
    };
  }
  if (urlProblem(to, label) === undefined) return undefined;
  return {
    rule: "url-insecure",
    message: `${label} redirects to ${target}: only https:// URLs (or http:// to this machine) are followed`,
  };
}

/**
 * A URL fit for messages and logs: no user name or password, no fragment, and the query
 * replaced by `?…` because signed download links carry their credentials there.
 */
export function redactUrl(url: URL | string): string {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return "(an invalid URL)";
  }
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search === "" ? "" : "?…"}`;
}
