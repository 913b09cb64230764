/**
 * The retry policy: which failures are tried again, and how long to wait first.
 *
 * - Only TransientError and RateLimitError are retried (see `isRetryable`); auth, validation and
 *   not-found errors, and OutcomeUnknownError, fail at once.
 * - The wait is Mixcloud's own `retry_after` / `Retry-After` when it gave one, else exponential
 *   backoff with full jitter: random(0, min(maxMs, baseMs * 2^(attempt-1))). With the defaults
 *   (1 s base, 30 s cap) five attempts wait at most 1 + 2 + 4 + 8 = 15 s in all.
 * - A requested wait longer than `maxWaitMs` (15 minutes by default) is not honoured: the request
 *   fails with a message that says how long Mixcloud asked for, rather than block a CI job.
 *
 * The decision functions are pure (clock and randomness are parameters) so they can be tested
 * exhaustively; `withRetries` is the small loop that applies them with an injected sleep.
 */
import { setTimeout as delay } from "node:timers/promises";
import {
  AbortError,
  MixcloudError,
  RateLimitError,
  TransientError,
  isRetryable,
} from "./errors.js";
import { errorMessage } from "../errors.js";

export interface RetryPolicy {
  /** Attempts per request, the first included (the `retries` setting). At least 1. */
  attempts: number;
  /** Ceiling of the first backoff delay. */
  baseMs: number;
  /** Cap of any one backoff delay. */
  maxMs: number;
  /** The longest server-requested wait (Retry-After) that is honoured. */
  maxWaitMs: number;
}

export const DEFAULT_BACKOFF_BASE_MS = 1_000;
export const DEFAULT_BACKOFF_MAX_MS = 30_000;
export const MAX_RETRY_AFTER_MS = 15 * 60_000;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export type RetryDecision = { retry: true; delayMs: number } | { retry: false; advice: string };

/** Full-jitter exponential backoff before retry number `retry` (1 = the first retry). */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** The wait the server asked for, in ms, if it asked for one. */
export function requestedWaitMs(error: unknown): number | undefined {
  if (error instanceof RateLimitError && error.retryAfter > 0) return error.retryAfter * 1000;
  if (error instanceof TransientError && error.retryAfter !== undefined)
    return error.retryAfter * 1000;
  return undefined;
}

/** Whether to try again after attempt number `attempt` (1-based) failed with `error`, and when. */
export function decideRetry(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): RetryDecision {
  if (!isRetryable(error)) return { retry: false, advice: "" };
  const askedMs = requestedWaitMs(error);
  if (askedMs !== undefined && askedMs > policy.maxWaitMs) {
    return {
      retry: false,
      advice:
        `; Mixcloud asks to wait ${formatDuration(askedMs)}, longer than the ${formatDuration(policy.maxWaitMs)} ` +
        `this client waits at most: run the workflow again after that`,
    };
  }
  if (attempt >= policy.attempts) {
    const wait = askedMs === undefined ? "later" : `in ${formatDuration(askedMs)} or later`;
    return {
      retry: false,
      advice: `; gave up after ${plural(attempt, "attempt")}: run the workflow again ${wait}, or raise the retries setting`,
    };
  }
  return { retry: true, delayMs: askedMs ?? backoffDelay(attempt, policy, random) };
}

export interface RetryRuntime {
  policy: RetryPolicy;
  sleep: Sleep;
  random: () => number;
  signal?: AbortSignal;
  /** Told about each retry, with a message that is already free of secrets. */
  onRetry?: (message: string) => void;
}

/** Runs `operation` until it succeeds or `decideRetry` says stop; the last error is thrown. */
export async function withRetries<T>(
  operation: (attempt: number) => Promise<T>,
  runtime: RetryRuntime,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(runtime.signal);
    try {
      return await operation(attempt);
    } catch (error) {
      const decision = decideRetry(error, attempt, runtime.policy, runtime.random);
      if (!decision.retry) throw withAdvice(error, decision.advice);
      const message = errorMessage(error);
      runtime.onRetry?.(
        `${message}, retrying in ${formatDuration(decision.delayMs)} (attempt ${attempt + 1} of ${runtime.policy.attempts})`,
      );
      await sleepUnlessAborted(runtime, decision.delayMs);
    }
  }
}

function withAdvice(error: unknown, advice: string): unknown {
  if (advice !== "" && error instanceof MixcloudError) error.appendToMessage(advice);
  return error;
}

async function sleepUnlessAborted(runtime: RetryRuntime, ms: number): Promise<void> {
  try {
    await runtime.sleep(ms, runtime.signal);
  } catch (error) {
    throwIfAborted(runtime.signal);
    throw error;
  }
  throwIfAborted(runtime.signal);
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortErrorFrom(signal);
}

/** The caller's abort as an AbortError, whatever reason the signal was given. */
export function abortErrorFrom(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === "AbortError") return reason;
  return new AbortError("The request to Mixcloud was cancelled");
}

/** The default sleep: a timer that ends early (rejecting) when the signal aborts. */
export const realSleep: Sleep = async (ms, signal) => {
  await delay(ms, undefined, signal === undefined ? {} : { signal });
};

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 120) return `${Number(seconds.toFixed(1))} s`;
  return `${Number((seconds / 60).toFixed(1))} min`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
