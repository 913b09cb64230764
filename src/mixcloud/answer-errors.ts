/**
 * Turns a non-2xx answer from Mixcloud into a typed error. Mixcloud serves JSON as
 * `text/javascript` and gateways in front of it answer with HTML or nothing at all, so the body is
 * judged by what it holds, never by its content type.
 */
import { STATUS_CODES } from "node:http";
import {
  AuthError,
  MixcloudError,
  NotFoundError,
  RateLimitError,
  TransientError,
  ValidationError,
} from "./errors.js";
import { scrubSecrets } from "./redact.js";
import { parseRetryAfter } from "../retry-after.js";

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface AnswerContext {
  /** What was being done, for the start of the message, e.g. "GET /me/" (no secrets in it). */
  what: string;
  /** Strings to scrub from anything taken from the body (the access token). */
  secrets: readonly string[];
  /** Clock for HTTP-date `Retry-After` values; defaults to Date.now(). */
  now?: number;
}

/** How much of a body's text goes into a message. */
const MAX_BODY_TEXT = 200;
/**
 * How much of an HTML or text body is read for those 200 characters. Gateway error pages
 * (nginx, Cloudflare, a load balancer) are 1–20 KiB with their text near the top, after at most
 * some inline style; an answer may be 32 MiB, and nothing past the first screen of a page ends
 * up in the message anyway.
 */
export const MAX_SCANNED_BODY = 64 * 1024;
/** Mixcloud's types are short class names ("OAuthException"); anything longer is not one. */
const MAX_TYPE_TEXT = 60;
/** A `details` field name ("audio", "sections-3-start_time"). */
const MAX_FIELD_TEXT = 60;
/** How many `details` fields, and messages per field, a message lists. */
const MAX_DETAIL_FIELDS = 20;
const MAX_FIELD_MESSAGES = 5;
/** All of `details` together, in a message. */
const MAX_DETAILS_TEXT = 1000;

/** What an error body said, whatever its format. */
export interface BodySummary {
  /** Mixcloud's `error.type`, when the body was Mixcloud's JSON. */
  type?: string;
  /** Human text: the JSON message, or the text of an HTML page, scrubbed and capped. */
  text: string;
  kind: "json" | "html" | "text" | "empty";
  retryAfter?: number;
  details: Record<string, string[]>;
}

export const NEW_TOKEN_ADVICE =
  "create a new access token (mixcloud-publish auth --client-id ID --client-secret SECRET) " +
  "and store it in the MIXCLOUD_ACCESS_TOKEN secret";

/** The typed error for a non-2xx answer. */
export function errorFromAnswer(answer: Answer, context: AnswerContext): MixcloudError {
  const summary = summariseBody(answer.body, context.secrets);
  const status = answer.status;
  const headerRetryAfter = parseRetryAfter(
    header(answer.headers, "retry-after"),
    context.now ?? Date.now(),
  );
  const init = { status, ...(summary.type === undefined ? {} : { type: summary.type }) };
  const said = `Mixcloud answered ${statusLine(status)} ${describe(summary)}`;
  const prefix = `${context.what}: ${said}`;

  if (summary.type === "RateLimitException" || status === 429) {
    const retryAfter = summary.retryAfter ?? headerRetryAfter ?? 0;
    return new RateLimitError(`${prefix}: Mixcloud's rate limit was hit`, retryAfter, init);
  }
  if (summary.type === "OAuthException" || status === 401 || status === 403) {
    return new AuthError(`${prefix}: the access token was refused; ${NEW_TOKEN_ADVICE}`, init);
  }
  if (summary.type === "NotFoundException" || status === 404) {
    return new NotFoundError(`${prefix}: check the username or the cloudcast key`, init);
  }
  if (isValidation(status, summary)) {
    const details = formatDetails(summary.details);
    return new ValidationError(
      `${prefix}${details}: fix the cloudcast file or its media and run again`,
      summary.details,
      init,
    );
  }
  if (status === 408 || status === 425 || status >= 500) {
    const retryAfter = headerRetryAfter === undefined ? {} : { retryAfter: headerRetryAfter };
    return new TransientError(`${prefix}: a temporary fault`, { ...init, ...retryAfter });
  }
  return new MixcloudError(
    `${prefix}, which this client does not expect: check the api-url setting, and report it if it persists`,
    init,
  );
}

function isValidation(status: number, summary: BodySummary): boolean {
  return (
    Object.keys(summary.details).length > 0 ||
    /validation/i.test(summary.type ?? "") ||
    status === 400 ||
    status === 413 ||
    status === 422
  );
}

/** "502 Bad Gateway". */
export function statusLine(status: number): string {
  const reason = STATUS_CODES[status];
  return reason === undefined ? String(status) : `${status} ${reason}`;
}

function describe(summary: BodySummary): string {
  switch (summary.kind) {
    case "empty":
      return "(with an empty body)";
    case "html":
      return summary.text === ""
        ? "(an HTML error page)"
        : `(an HTML error page: "${summary.text}")`;
    case "json":
      return summary.type === undefined
        ? `(${summary.text})`
        : `(${summary.type}: ${summary.text})`;
    case "text":
      return `("${summary.text}")`;
  }
}

function formatDetails(details: Record<string, string[]>): string {
  const entries = Object.entries(details);
  if (entries.length === 0) return "";
  const text = entries.map(([field, messages]) => `${field}: ${messages.join(" ")}`).join("; ");
  return ` — ${cap(text, MAX_DETAILS_TEXT)}`;
}

/** Reads an error body of any kind into a short, secret-free summary. */
export function summariseBody(body: string, secrets: readonly string[]): BodySummary {
  const trimmed = body.trim();
  if (trimmed === "") return { kind: "empty", text: "", details: {} };
  const json = parseJson(trimmed);
  if (json !== undefined) return summariseJson(json, secrets);
  const head = trimmed.slice(0, MAX_SCANNED_BODY);
  if (looksLikeHtml(head))
    return { kind: "html", text: clean(htmlToText(head), secrets), details: {} };
  return { kind: "text", text: clean(head, secrets), details: {} };
}

function parseJson(text: string): unknown {
  if (!text.startsWith("{") && !text.startsWith("[")) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Mixcloud's `{"error": {"type", "message", "retry_after"}, "details": {…}}`, or OAuth's `{"error": "…"}`. */
function summariseJson(json: unknown, secrets: readonly string[]): BodySummary {
  const root = isRecord(json) ? json : {};
  const error = root["error"];
  const details = readDetails(root["details"], secrets);
  if (isRecord(error)) {
    const type =
      typeof error["type"] === "string" ? clean(error["type"], secrets, MAX_TYPE_TEXT) : undefined;
    const message = typeof error["message"] === "string" ? error["message"] : JSON.stringify(error);
    const retryAfter = readSeconds(error["retry_after"]);
    return {
      kind: "json",
      text: clean(message, secrets),
      details,
      ...(type === undefined ? {} : { type }),
      ...(retryAfter === undefined ? {} : { retryAfter }),
    };
  }
  const description = root["error_description"];
  const text =
    typeof error === "string"
      ? typeof description === "string"
        ? `${error}: ${description}`
        : error
      : JSON.stringify(json);
  return { kind: "json", text: clean(text, secrets), details };
}

/**
 * `details` as a message may show it: field names and messages alike scrubbed of secrets, made
 * one line and capped, and only so many of them — any of it may be an echo of what was sent.
 */
function readDetails(value: unknown, secrets: readonly string[]): Record<string, string[]> {
  if (!isRecord(value)) return {};
  const details: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value).slice(0, MAX_DETAIL_FIELDS)) {
    const list = Array.isArray(messages) ? messages : [messages];
    details[clean(field, secrets, MAX_FIELD_TEXT)] = list
      .slice(0, MAX_FIELD_MESSAGES)
      .map((message) =>
        clean(typeof message === "string" ? message : JSON.stringify(message), secrets),
      );
  }
  return details;
}

/** One line, without secrets, at most `max` characters: every field of an answer goes through here. */
export function clean(text: string, secrets: readonly string[], max = MAX_BODY_TEXT): string {
  return cap(scrubSecrets(collapse(text), secrets), max);
}

function readSeconds(value: unknown): number | undefined {
  const seconds = typeof value === "string" ? Number(value) : value;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0
    ? seconds
    : undefined;
}

function looksLikeHtml(text: string): boolean {
  return /^<(?:!doctype|html|head|body|\?xml|[a-z][a-z0-9]*[\s>])/i.test(text);
}

/**
 * The visible text of an HTML page: scripts, styles, comments and tags removed, entities decoded.
 * Scanned by hand, each character once: the regular expressions this replaces (`<!--[\s\S]*?-->`
 * and the like) looked from every `<!--` to the end of an unclosed page, which on
 * `<html>` + `<!--` × n took 35 s at 512 KiB. What is left unclosed (a comment, a script, a tag)
 * hides the rest, as it does in a browser.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    if (open < 0) {
      parts.push(html.slice(at));
      break;
    }
    if (!MARKUP_START.test(html[open + 1] ?? "")) {
      // "5 < 6": a `<` that starts no tag is text, as in a browser.
      parts.push(html.slice(at, open + 1));
      at = open + 1;
      continue;
    }
    parts.push(html.slice(at, open));
    at = skipMarkup(html, open);
  }
  return collapse(decodeEntities(parts.join(" ")));
}

const MARKUP_START = /^[A-Za-z/!?]$/;
const CODE_ELEMENT = /<(script|style)\b/iy;

/** Where the text resumes after the markup that starts at `open` (a `<`). */
function skipMarkup(html: string, open: number): number {
  if (html.startsWith("<!--", open)) return after(html, "-->", open + 4);
  CODE_ELEMENT.lastIndex = open;
  const code = CODE_ELEMENT.exec(html)?.[1];
  if (code !== undefined) {
    const close = new RegExp(`</${code}\\s*>`, "gi");
    close.lastIndex = open;
    const found = close.exec(html);
    return found === null ? html.length : found.index + found[0].length;
  }
  return after(html, ">", open + 1);
}

/** The position after the next `end` from `from`; the end of `html` when there is none. */
function after(html: string, end: string, from: number): number {
  const found = html.indexOf(end, from);
  return found < 0 ? html.length : found + end.length;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return safeCodePoint(parseInt(name.slice(2), 16), entity);
    if (name.startsWith("#")) return safeCodePoint(parseInt(name.slice(1), 10), entity);
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** One line: whitespace runs, line breaks (NEL too, which `\s` misses) and controls become one space. */
function collapse(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

function cap(text: string, max = MAX_BODY_TEXT): string {
  if (text.length <= max) return text;
  // Never half a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(text[max - 2] ?? "") ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function header(headers: Answer["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}
