// Answers as plain values: handlers return a Reply and the server alone writes it (or, under a
// fault, delays or drops it).
import { STATUS_CODES } from "node:http";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Field name → messages, as in Mixcloud's `details`; "__all__" holds errors of the whole form. */
export type Details = Record<string, string[]>;

/** Mixcloud serves JSON as text/javascript (clients must parse by body, not by type). */
export const JSON_CONTENT_TYPE = "text/javascript; charset=utf-8";

export function jsonReply(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: { "Content-Type": JSON_CONTENT_TYPE, ...headers },
    body: JSON.stringify(value),
  };
}

export function htmlReply(status: number, html: string): Reply {
  return { status, headers: { "Content-Type": "text/html; charset=utf-8" }, body: html };
}

export function redirectReply(status: 301 | 302, location: string): Reply {
  return {
    status,
    headers: { Location: location, "Content-Type": "text/html; charset=utf-8" },
    body: "",
  };
}

/** `{"error": {"type", "message", …extra}}`, Mixcloud's error shape. */
export function apiError(status: number, type: string, message: string, extra: object = {}): Reply {
  return jsonReply(status, { error: { type, message, ...extra } });
}

export function notFound(message: string): Reply {
  return apiError(404, "NotFoundException", message);
}

export function methodNotAllowed(method: string, path: string, allowed: readonly string[]): Reply {
  const reply = apiError(
    405,
    "MethodNotAllowedException",
    `${method} is not allowed on ${path}; use ${allowed.join(" or ")}.`,
  );
  return { ...reply, headers: { ...reply.headers, Allow: allowed.join(", ") } };
}

export function validationFailed(details: Details): Reply {
  const summary = Object.entries(details)
    .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
    .join("; ");
  return jsonReply(400, {
    error: { type: "UploadValidationException", message: `The upload is invalid. ${summary}` },
    details,
  });
}

export function rateLimited(retryAfter: number): Reply {
  const message = `You have hit your rate limit. Retry after ${retryAfter} seconds.`;
  const reply = apiError(403, "RateLimitException", message, { retry_after: retryAfter });
  return { ...reply, headers: { ...reply.headers, "Retry-After": String(retryAfter) } };
}

/** What a gateway in front of the API answers when it fails: HTML, never JSON. */
export function gatewayError(status: number): Reply {
  const title = `${status} ${STATUS_CODES[status] ?? "Error"}`;
  return htmlReply(
    status,
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`,
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}
