// One request from arrival to answer: recorded, matched against the fault queue, dispatched, and
// answered — or delayed, dropped or cut off as the fault says.
import type { IncomingMessage, ServerResponse } from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import type { MockApp, RequestContext } from "./app.js";
import type { FaultQueue } from "./faults.js";
import { apiError, gatewayError, rateLimited } from "./replies.js";
import type { Reply } from "./replies.js";
import { dispatch } from "./routes.js";
import type { Fault, RecordedRequest } from "./types.js";
import { errorMessage } from "./multipart.js";

export interface ExchangeHooks {
  faults: FaultQueue;
  /** Aborted by close(): ends delays that would otherwise outlive the server. */
  closing: AbortSignal;
  log: (line: string) => void;
}

/** Secrets that travel in query strings: their values never reach state or logs. */
const SECRET_PARAMS = /([?&](?:access_token|client_secret|code)=)[^&#]*/giu;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, "$1***");
}

export async function exchange(
  app: MockApp,
  hooks: ExchangeHooks,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const started = performance.now();
  const ctx = requestContext(req);
  const record: RecordedRequest = {
    method: req.method ?? "",
    path: redactUrl(req.url ?? ""),
    status: 0,
  };
  app.state.requests.push(record);
  const fault = hooks.faults.take(ctx.method, ctx.pathname);
  res.once("close", () => logSafely(hooks.log, logLine(record, started, fault)));
  // A client cutting its body off also shows as the request's 'close'; the error adds nothing.
  req.on("error", () => {});
  const early = fault && answerBeforeHandling(fault, req);
  if (early === "dropped") return;
  if (fault?.kind === "slow-store") ctx.beforeStore = () => pause(fault.ms, hooks.closing);
  if (fault?.kind === "listing-lag") ctx.listingLagMs = fault.ms;
  const reply = early ?? (await dispatchSafely(app, ctx));
  if (fault?.kind === "reset-after-commit") {
    await drain(req);
    req.socket.destroy();
    return;
  }
  if (fault?.kind === "slow") await pause(fault.delayMs, hooks.closing);
  return send(
    req,
    res,
    record,
    fault?.kind === "hostile-fields" ? withFields(reply, fault) : reply,
  );
}

/** The reply with every `key` and `url` field of its JSON replaced as the fault says. */
function withFields(reply: Reply, fault: { key?: string; url?: string }): Reply {
  let json: unknown;
  try {
    json = JSON.parse(reply.body);
  } catch {
    return reply;
  }
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([name, field]) => {
        if (name === "key" && fault.key !== undefined) return [name, fault.key];
        if (name === "url" && fault.url !== undefined) return [name, fault.url];
        return [name, replace(field)];
      }),
    );
  };
  return { ...reply, body: JSON.stringify(replace(json)) };
}

/** Waits `ms`, or until the server closes. */
function pause(ms: number, closing: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal: closing }).catch(() => {});
}

/** What a fault answers in place of the API, "dropped" for no answer at all, or undefined. */
function answerBeforeHandling(fault: Fault, req: IncomingMessage): Reply | "dropped" | undefined {
  switch (fault.kind) {
    case "reset-before-body":
      req.socket.destroy();
      return "dropped";
    case "hang":
      // Never reading the body makes TCP push back on the sender, as a stuck server would.
      req.pause();
      return "dropped";
    case "server-error":
      return gatewayError(fault.status ?? 502);
    case "rate-limit":
      return rateLimited(fault.retryAfter);
    default:
      return undefined;
  }
}

function requestContext(req: IncomingMessage): RequestContext {
  const url = req.url ?? "";
  const queryStart = url.indexOf("?");
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? "" : url.slice(queryStart + 1);
  return {
    req,
    method: (req.method ?? "").toUpperCase(),
    pathname,
    query: new URLSearchParams(rawQuery),
    rawQuery,
  };
}

async function dispatchSafely(app: MockApp, ctx: RequestContext): Promise<Reply> {
  try {
    return await dispatch(app, ctx);
  } catch (error) {
    const message = errorMessage(error);
    return apiError(500, "InternalServerError", `The mock server failed: ${message}`);
  }
}

/**
 * Answers once the whole request body has been read, as the API does (its errors come only
 * after the upload): a client still sending is never cut short by an early answer.
 */
async function send(
  req: IncomingMessage,
  res: ServerResponse,
  record: RecordedRequest,
  reply: Reply,
) {
  await drain(req);
  if (res.destroyed || res.writableEnded) return;
  record.status = reply.status;
  res.writeHead(reply.status, {
    ...reply.headers,
    "Content-Length": Buffer.byteLength(reply.body),
  });
  res.end(reply.body);
}

/** Reads and discards whatever is left of the body. */
function drain(req: IncomingMessage): Promise<void> {
  if (req.complete || req.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    req.once("end", resolve);
    req.once("close", resolve);
    req.resume();
  });
}

/** A log callback that throws (a test's own assertion, say) must not take the server down. */
function logSafely(log: (line: string) => void, line: string): void {
  try {
    log(line);
  } catch {
    // The line is lost; the request was already served.
  }
}

function logLine(record: RecordedRequest, started: number, fault: Fault | undefined): string {
  const outcome = record.status === 0 ? "no answer" : String(record.status);
  const elapsed = Math.round(performance.now() - started);
  return `${record.method} ${record.path} ${outcome} ${elapsed}ms${fault ? ` [fault: ${fault.kind}]` : ""}`;
}
