/**
 * One HTTP exchange with Mixcloud over undici: send, read the answer, and turn every way it can
 * fail into a typed error (answer-errors.ts for answers, failures.ts for everything else).
 * Retrying is the caller's business (retry.ts); this module only says whether a retry is safe, by
 * the type of error it throws.
 */
import { Agent, request, type Dispatcher } from "undici";
import { subscribe } from "node:diagnostics_channel";
import type { Socket } from "node:net";
import type { Readable } from "node:stream";
import { errorFromAnswer, statusLine, type Answer } from "./answer-errors.js";
import { AbortError, MixcloudError, OutcomeUnknownError } from "./errors.js";
import { classifyFailure, outcomeUnknownMessage } from "./failures.js";
import type { MultipartBody } from "./multipart.js";
import { sanitizeError } from "./redact.js";
import { abortErrorFrom } from "./retry.js";

export interface Timeouts {
  /** To open the TCP (and TLS) connection. */
  connectMs: number;
  /** From the end of the request body to the answer's headers, and between chunks of the answer. */
  headersMs: number;
  /** Longest time the socket may take no upload data before the upload is abandoned. */
  stallMs: number;
}

/**
 * Mixcloud may process an upload before it answers, so headersMs is generous; the stall watchdog
 * catches a dead upload much sooner than a plain timeout on the whole request could.
 */
export const DEFAULT_TIMEOUTS: Timeouts = {
  connectMs: 30_000,
  headersMs: 120_000,
  stallMs: 60_000,
};

/** Answers bigger than this are refused: a page of 100 cloudcasts is a few hundred KiB. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

const BASE_HEADERS = { accept: "application/json", "user-agent": "mixcloud-publish" };

export function createAgent(timeouts: Timeouts): Agent {
  return new Agent({
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.headersMs,
  });
}

export interface ExchangeContext {
  dispatcher: Dispatcher;
  /** "GET /me/" — for messages; already free of secrets. */
  what: string;
  /** Strings that must never reach a message (the access token). */
  secrets: readonly string[];
  timeouts: Timeouts;
  signal?: AbortSignal;
}

export type Progress = (sent: number, total: number) => void;

/** A GET: resolves with a 2xx answer, or throws a typed error (any network failure is transient). */
export async function getOnce(url: string, context: ExchangeContext): Promise<Answer> {
  try {
    const response = await request(url, {
      dispatcher: context.dispatcher,
      method: "GET",
      headers: BASE_HEADERS,
      ...(context.signal === undefined ? {} : { signal: context.signal }),
    });
    const answer = {
      status: response.statusCode,
      headers: response.headers,
      body: await readText(response.body),
    };
    if (isSuccess(answer.status)) return answer;
    throw errorFromAnswer(answer, context);
  } catch (error) {
    throw failureOf(error, context, { idempotent: true, bodyFullySent: true });
  }
}

/**
 * A multipart POST (upload or edit): resolves with a 2xx answer, or throws a typed error whose type
 * says whether it is safe to send again (see failures.ts for the exactly-once rule).
 */
export async function postOnce(
  url: string,
  body: MultipartBody,
  context: ExchangeContext,
  onProgress?: Progress,
): Promise<Answer> {
  watchRequestSockets();
  const controller = new AbortController();
  const unlink = linkAbort(context.signal, controller);
  const monitor = new MonitoredBody(
    body,
    context.timeouts.stallMs,
    () => controller.abort(),
    onProgress,
  );
  try {
    const response = await request(url, {
      dispatcher: context.dispatcher,
      method: "POST",
      headers: {
        ...BASE_HEADERS,
        "content-type": body.contentType,
        "content-length": String(body.contentLength),
      },
      // undici streams an AsyncIterable body as it pulls it (documented; its typings lag behind).
      body: monitor as unknown as Readable,
      signal: controller.signal,
    });
    return await finishPost(response, monitor, context);
  } catch (error) {
    throw failureOf(error, context, {
      idempotent: false,
      bodyFullySent: monitor.fullySent,
      ...(monitor.stalled ? { stalledForMs: context.timeouts.stallMs } : {}),
    });
  } finally {
    monitor.stop();
    body.destroy();
    unlink();
  }
}

async function finishPost(
  response: Dispatcher.ResponseData,
  monitor: MonitoredBody,
  context: ExchangeContext,
): Promise<Answer> {
  const status = response.statusCode;
  let text = "";
  try {
    text = await readText(response.body);
  } catch (error) {
    // A success whose body was cut off: Mixcloud stored it, but we cannot tell the key.
    if (isSuccess(status)) {
      throw new OutcomeUnknownError(
        outcomeUnknownMessage(context.what, `the answer (${statusLine(status)}) was cut off`),
        {
          status,
          cause: sanitizeError(error, context.secrets),
        },
      );
    }
  }
  const answer = { status, headers: response.headers, body: text };
  if (isSuccess(status)) return answer;
  // A gateway timing out after the whole body went through says nothing about the upload's fate.
  if (status === 504 && monitor.fullySent) {
    throw new OutcomeUnknownError(
      outcomeUnknownMessage(context.what, `a gateway answered ${statusLine(status)}`),
      { status, serverMayStillBeWorking: true },
    );
  }
  throw errorFromAnswer(answer, context);
}

function failureOf(
  error: unknown,
  context: ExchangeContext,
  state: { idempotent: boolean; bodyFullySent: boolean; stalledForMs?: number },
): Error {
  if (context.signal?.aborted === true)
    return cancelled(context.signal, !state.idempotent && state.bodyFullySent);
  if (error instanceof MixcloudError) return error;
  return classifyFailure(error, { ...context, ...state });
}

function cancelled(signal: AbortSignal, afterFullBody: boolean): Error {
  if (!afterFullBody) return abortErrorFrom(signal);
  return new AbortError(
    "The upload was cancelled after it had been fully sent: Mixcloud may have stored it; look it up before sending it again",
  );
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** The answer's text, refusing answers too big to be Mixcloud's JSON. */
async function readText(body: Dispatcher.ResponseData["body"]): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) {
      body.destroy();
      throw new MixcloudError(
        `Mixcloud's answer is larger than ${MAX_ANSWER_BYTES} bytes: check the api-url setting`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Forwards the caller's abort to one attempt's controller; returns the unlink function. */
function linkAbort(signal: AbortSignal | undefined, controller: AbortController): () => void {
  if (signal === undefined) return () => {};
  const forward = (): void => controller.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener("abort", forward, { once: true });
  return () => signal.removeEventListener("abort", forward);
}

let watchingSockets = false;

/**
 * Hands each upload body the socket undici sends it on, from undici's `undici:client:sendHeaders`
 * diagnostics channel (its documented instrumentation; nothing else in its API names the socket
 * of a request). Subscribed once, by the first upload; other requests are ignored.
 */
function watchRequestSockets(): void {
  if (watchingSockets) return;
  watchingSockets = true;
  subscribe("undici:client:sendHeaders", (message) => {
    const { request: sent, socket } = message as { request?: { body?: unknown }; socket?: Socket };
    if (sent?.body instanceof MonitoredBody && socket !== undefined) sent.body.attach(socket);
  });
}

const NOTHING = Buffer.alloc(0);

/**
 * The upload body as undici pulls it. undici asks for the next chunk once the previous one is
 * written to the socket — and, for a chunk above the socket's high-water mark, once the socket has
 * drained — so a resumed `yield` means "taken by the socket": that drives the progress callback
 * and the stall watchdog.
 *
 * `fullySent` is the line of the exactly-once rule: from then on a failure leaves the upload's
 * fate unknown. Taken by the socket is not yet sent: undici takes the last small chunks without
 * waiting, and they (with the rest of a big chunk) may still be queued in this process behind a
 * full socket buffer when the connection is reset — the server then cannot have the whole body,
 * and the upload is safe to send again at once. So `fullySent` waits until the operating system
 * has accepted every byte: an empty write on the socket completes only after every write before
 * it. (What the kernel has accepted may still be lost on the way; that stays unknown.)
 */
class MonitoredBody implements AsyncIterable<Buffer> {
  sent = 0;
  fullySent = false;
  stalled = false;
  private timer: NodeJS.Timeout | undefined;
  private socket: Socket | undefined;

  attach(socket: Socket): void {
    this.socket = socket;
  }

  constructor(
    private readonly body: MultipartBody,
    private readonly stallMs: number,
    private readonly onStall: () => void,
    private readonly onProgress: Progress | undefined,
  ) {}

  async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
    this.arm();
    let taken = false;
    try {
      for await (const chunk of this.body) {
        yield chunk;
        this.arm();
        this.sent += chunk.length;
        this.onProgress?.(this.sent, this.body.contentLength);
      }
      taken = true;
    } finally {
      if (taken) this.confirmWhenFlushed();
      else this.stop();
    }
  }

  /**
   * Sets `fullySent` once every byte is out of this process (at once if the socket is unknown).
   * Until then the stall watchdog stays armed: a tail the connection never takes is a stall like
   * any other, and safe to retry, rather than a wait for the answer timeout.
   */
  private confirmWhenFlushed(): void {
    const socket = this.socket;
    if (socket === undefined || socket.writableLength === 0) {
      this.fullySent = true;
      this.stop();
      return;
    }
    socket.write(NOTHING, (error) => {
      this.stop();
      if (error === undefined || error === null) this.fullySent = true;
    });
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    if (this.timer !== undefined) {
      this.timer.refresh();
      return;
    }
    this.timer = setTimeout(() => {
      this.stalled = true;
      this.onStall();
    }, this.stallMs);
    this.timer.unref();
  }
}
