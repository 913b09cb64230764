import { describe, expect, it } from "vitest";
import {
  AuthError,
  MixcloudError,
  NotFoundError,
  OutcomeUnknownError,
  RateLimitError,
  TransientError,
  ValidationError,
} from "../../src/mixcloud/errors.js";
import {
  backoffDelay,
  decideRetry,
  formatDuration,
  withRetries,
  type RetryPolicy,
} from "../../src/mixcloud/retry.js";
import { parseRetryAfter } from "../../src/retry-after.js";

const policy: RetryPolicy = { attempts: 5, baseMs: 1000, maxMs: 30_000, maxWaitMs: 15 * 60_000 };

describe("backoffDelay (full jitter)", () => {
  it("draws from 0 up to base * 2^(retry-1)", () => {
    expect(backoffDelay(1, policy, () => 0)).toBe(0);
    expect(backoffDelay(1, policy, () => 0.5)).toBe(500);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(1000);
    expect(backoffDelay(3, policy, () => 0.999)).toBe(3996);
  });

  it("never exceeds the cap", () => {
    expect(backoffDelay(10, policy, () => 0.999)).toBe(29_970);
    expect(backoffDelay(60, policy, () => 0.999)).toBeLessThan(30_000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2024-05-01T12:00:00Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("452", now)).toBe(452);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date, and a date in the past as 0", () => {
    expect(parseRetryAfter("Wed, 01 May 2024 12:02:30 GMT", now)).toBe(150);
    expect(parseRetryAfter("Wed, 01 May 2024 11:00:00 GMT", now)).toBe(0);
  });

  it("ignores what it cannot read", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
  });
});

describe("decideRetry", () => {
  const half = (): number => 0.5;

  it("never retries auth, validation, not-found, unknown-outcome or unexpected errors", () => {
    for (const error of [
      new AuthError("a"),
      new ValidationError("v", {}),
      new NotFoundError("n"),
      new OutcomeUnknownError("o"),
      new MixcloudError("m"),
      new Error("plain"),
    ]) {
      expect(decideRetry(error, 1, policy, half)).toEqual({ retry: false, advice: "" });
    }
  });

  it("backs off on transient errors", () => {
    expect(decideRetry(new TransientError("t"), 1, policy, half)).toEqual({
      retry: true,
      delayMs: 500,
    });
    expect(decideRetry(new TransientError("t"), 4, policy, half)).toEqual({
      retry: true,
      delayMs: 4000,
    });
  });

  it("waits exactly what the rate limit asks", () => {
    expect(decideRetry(new RateLimitError("r", 452), 1, policy, half)).toEqual({
      retry: true,
      delayMs: 452_000,
    });
    expect(decideRetry(new TransientError("t", { retryAfter: 3 }), 1, policy, half)).toEqual({
      retry: true,
      delayMs: 3000,
    });
  });

  it("backs off when the rate limit gave no time", () => {
    expect(decideRetry(new RateLimitError("r", 0), 2, policy, half)).toEqual({
      retry: true,
      delayMs: 1000,
    });
  });

  it("refuses a wait longer than the maximum, and says so", () => {
    const decision = decideRetry(new RateLimitError("r", 3600), 1, policy, half);
    expect(decision).toEqual({
      retry: false,
      advice:
        "; Mixcloud asks to wait 60 min, longer than the 15 min this client waits at most: run the workflow again after that",
    });
  });

  it("gives up after the last attempt", () => {
    expect(decideRetry(new TransientError("t"), 5, policy, half)).toEqual({
      retry: false,
      advice:
        "; gave up after 5 attempts: run the workflow again later, or raise the retries setting",
    });
    expect(decideRetry(new RateLimitError("r", 30), 1, { ...policy, attempts: 1 }, half)).toEqual({
      retry: false,
      advice:
        "; gave up after 1 attempt: run the workflow again in 30 s or later, or raise the retries setting",
    });
  });
});

describe("withRetries", () => {
  function runtime(attempts = 5) {
    const slept: number[] = [];
    const retries: string[] = [];
    return {
      slept,
      retries,
      runtime: {
        policy: { ...policy, attempts },
        sleep: async (ms: number) => {
          slept.push(ms);
        },
        random: () => 0.5,
        onRetry: (message: string) => retries.push(message),
      },
    };
  }

  it("retries transient failures with growing delays until one succeeds", async () => {
    const { slept, retries, runtime: rt } = runtime();
    const attempts: number[] = [];
    const result = await withRetries(async (attempt) => {
      attempts.push(attempt);
      if (attempt < 3)
        throw new TransientError("GET /me/: Mixcloud answered 502 Bad Gateway: a temporary fault");
      return "ok";
    }, rt);
    expect(result).toBe("ok");
    expect(attempts).toEqual([1, 2, 3]);
    expect(slept).toEqual([500, 1000]);
    expect(retries[0]).toBe(
      "GET /me/: Mixcloud answered 502 Bad Gateway: a temporary fault, retrying in 500 ms (attempt 2 of 5)",
    );
  });

  it("throws the last error, with advice, when the attempts run out", async () => {
    const { slept, runtime: rt } = runtime(3);
    const error = await withRetries(async () => {
      throw new TransientError("boom: a temporary fault");
    }, rt).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toBe(
      "boom: a temporary fault; gave up after 3 attempts: run the workflow again later, or raise the retries setting",
    );
    expect((error as Error).stack?.split("\n")[0]).toContain("gave up after 3 attempts");
    expect(slept).toHaveLength(2);
  });

  it("does not retry an error that retrying cannot cure", async () => {
    const { slept, runtime: rt } = runtime();
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw new ValidationError("bad", { name: ["required"] });
      }, rt),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toBe(1);
    expect(slept).toEqual([]);
  });

  it("stops promptly when aborted during a backoff sleep", async () => {
    const controller = new AbortController();
    let calls = 0;
    const error = await withRetries(
      async () => {
        calls++;
        throw new TransientError("t");
      },
      {
        policy,
        random: () => 0.5,
        signal: controller.signal,
        sleep: (_ms, signal) =>
          new Promise<void>((_resolve, reject) => {
            signal?.addEventListener("abort", () => reject(new Error("sleep interrupted")));
            controller.abort();
          }),
      },
    ).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe("AbortError");
    expect(calls).toBe(1);
  });

  it("does not start when the signal already fired", async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    await expect(
      withRetries(async () => calls++, {
        policy,
        random: Math.random,
        sleep: async () => {},
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(calls).toBe(0);
  });
});

describe("formatDuration", () => {
  it("reads naturally", () => {
    expect(formatDuration(250)).toBe("250 ms");
    expect(formatDuration(1500)).toBe("1.5 s");
    expect(formatDuration(452_000)).toBe("7.5 min");
  });
});
