import { truncateSync } from "node:fs";
import { readdir, readlink } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  LocalFileError,
  OutcomeUnknownError,
  RateLimitError,
  TransientError,
  type UploadRequest,
} from "../../src/mixcloud/index.js";
import { dataFile, harness, requestsTo, sparseFile, TOKEN, type Harness } from "./helpers.js";

let h: Harness;
let small: UploadRequest;
beforeEach(async () => {
  h = await harness();
  const audio = await dataFile(h.dir, "small.mp3", 16 * 1024);
  small = {
    fields: [["name", "Fault Show"]],
    audio: { path: audio.path, filename: "small.mp3", contentType: "audio/mpeg" },
  };
});
afterEach(async () => {
  await h.close();
});

const infoLogs = (): string[] =>
  h.logs.filter(([level]) => level === "info").map(([, line]) => line);

describe("transient answers", () => {
  it("retries an HTML 502 on a GET and succeeds, logging a readable message", async () => {
    h.mock.faults.add({ kind: "server-error", path: "/me/" });
    expect((await h.client().me()).username).toBe("mock-user");
    expect(h.slept).toEqual([500]);
    expect(infoLogs()[0]).toMatch(
      /^GET \/me\/: Mixcloud answered 502 Bad Gateway \(an HTML error page: ".*"\): a temporary fault, retrying in 500 ms \(attempt 2 of 3\)$/,
    );
    expect(infoLogs()[0]).not.toContain("<");
  });

  it("gives up after the configured attempts with a TransientError that says what to do", async () => {
    h.mock.faults.add({ kind: "server-error", status: 503, path: "/me/", times: 5 });
    const error = await h
      .client()
      .me()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toMatch(
      /^GET \/me\/: Mixcloud answered 503 Service Unavailable \(an HTML error page.*\): a temporary fault; gave up after 3 attempts: run the workflow again later, or raise the retries setting$/,
    );
    expect(requestsTo(h.mock, "GET", "/me/")).toBe(3);
    expect(h.slept).toEqual([500, 1000]);
  });

  it("retries a 502 answer to an upload and stores it once", async () => {
    h.mock.faults.add({ kind: "server-error", path: "/upload/" });
    await h.client().upload(small);
    expect(h.mock.state.uploads).toHaveLength(1);
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(2);
  });

  it("a 504 after the whole upload was sent is an unknown outcome, not retried", async () => {
    h.mock.faults.add({ kind: "server-error", status: 504, path: "/upload/" });
    const error = await h
      .client()
      .upload(small)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toContain("a gateway answered 504 Gateway Timeout");
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(1);
  });
});

describe("rate limits", () => {
  it("waits the retry_after Mixcloud asks, then succeeds with one upload", async () => {
    h.mock.faults.add({ kind: "rate-limit", retryAfter: 1, path: "/upload/" });
    await h.client().upload(small);
    expect(h.slept).toEqual([1000]);
    expect(h.mock.state.uploads).toHaveLength(1);
    expect(infoLogs()[0]).toContain(
      "Mixcloud's rate limit was hit, retrying in 1 s (attempt 2 of 3)",
    );
  });

  it("really waits when no sleep is injected", async () => {
    h.mock.faults.add({ kind: "rate-limit", retryAfter: 1, path: "/me/" });
    const started = Date.now();
    await h.client({ sleep: undefined }).me();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(requestsTo(h.mock, "GET", "/me/")).toBe(2);
  });

  it("refuses to wait longer than 15 minutes, and says so", async () => {
    h.mock.faults.add({ kind: "rate-limit", retryAfter: 3600, path: "/me/" });
    const error = await h
      .client()
      .me()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect((error as Error).message).toContain(
      "Mixcloud asks to wait 60 min, longer than the 15 min this client waits at most: run the workflow again after that",
    );
    expect(h.slept).toEqual([]);
  });
});

describe("connection faults and exactly-once uploads", () => {
  it("a reset before the body was read is retried, and the mock holds one upload", async () => {
    // Bigger than the socket buffers, so the reset surely comes while the body is still going out.
    const big = await sparseFile(h.dir, "reset.mp3", 32 * 1024 * 1024);
    h.mock.faults.add({ kind: "reset-before-body", path: "/upload/" });
    const result = await h.client().upload({
      fields: [["name", "Reset"]],
      audio: { path: big, filename: "reset.mp3", contentType: "audio/mpeg" },
    });
    expect(h.mock.state.uploads.map((u) => u.key)).toEqual([result.key]);
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(2);
  });

  it("a reset after the upload was stored is OutcomeUnknownError, never sent again", async () => {
    h.mock.faults.add({ kind: "reset-after-commit", path: "/upload/" });
    const error = await h
      .client()
      .upload(small)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toContain(
      "the request was fully sent, then the connection was closed before an answer came, so Mixcloud may or may not have stored it",
    );
    expect(h.mock.state.uploads).toHaveLength(1);
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(1);
    expect(h.slept).toEqual([]);
  });

  it("the same holds for an edit", async () => {
    const client = h.client();
    const { key } = await client.upload(small);
    h.mock.faults.add({ kind: "reset-after-commit", path: /\/edit\/$/ });
    await expect(client.edit(key, { fields: [["name", "Renamed"]] })).rejects.toBeInstanceOf(
      OutcomeUnknownError,
    );
    expect(h.mock.state.edits).toHaveLength(1);
    expect(requestsTo(h.mock, "POST", `/upload${key}edit/`)).toBe(1);
  });

  it("a GET whose connection is reset is simply retried", async () => {
    h.mock.faults.add({ kind: "reset-after-commit", path: "/me/" });
    expect((await h.client().me()).username).toBe("mock-user");
    expect(requestsTo(h.mock, "GET", "/me/")).toBe(2);
  });

  it("a refused connection is transient", async () => {
    const url = h.mock.url;
    await h.mock.close();
    const error = await h
      .client({ apiUrl: url, attempts: 2 })
      .me()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransientError);
    expect((error as Error).message).toContain(
      "GET /me/: the connection was refused: a temporary fault; gave up after 2 attempts",
    );
  });
});

describe("timeouts", () => {
  it("a slow answer within the timeouts is fine", async () => {
    h.mock.faults.add({ kind: "slow", delayMs: 300, path: "/upload/" });
    await h.client({ timeouts: { headersMs: 5_000 } }).upload(small);
    expect(h.mock.state.uploads).toHaveLength(1);
    expect(h.slept).toEqual([]);
  });

  it("a GET that gets no answer times out on headersMs and is retried", async () => {
    h.mock.faults.add({ kind: "hang", path: "/me/" });
    expect((await h.client({ timeouts: { headersMs: 300 } }).me()).username).toBe("mock-user");
    expect(infoLogs()[0]).toContain(
      "GET /me/: no answer came within 300 ms: a temporary fault, retrying",
    );
  });

  it("an upload fully sent and then left unanswered is an unknown outcome", async () => {
    h.mock.faults.add({ kind: "hang", path: "/upload/" });
    const error = await h
      .client({ timeouts: { headersMs: 300 } })
      .upload(small)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toContain(
      "the request was fully sent, then no answer came within 300 ms",
    );
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(1);
  });

  it("the stall watchdog abandons an upload the server stopped reading, and the retry succeeds", async () => {
    const big = await sparseFile(h.dir, "big.mp3", 32 * 1024 * 1024);
    h.mock.faults.add({ kind: "hang", path: "/upload/" });
    const result = await h.client({ timeouts: { stallMs: 400, headersMs: 20_000 } }).upload({
      fields: [["name", "Stalled"]],
      audio: { path: big, filename: "big.mp3", contentType: "audio/mpeg" },
    });
    expect(infoLogs()[0]).toMatch(
      /the upload stalled: the connection took no data for 400 ms: a temporary fault, retrying/,
    );
    expect(h.mock.state.uploads.map((u) => u.key)).toEqual([result.key]);
    expect(h.mock.state.uploads[0]?.files[0]?.size).toBe(32 * 1024 * 1024);
  });
});

describe("local files", () => {
  it("a file that shrinks during the upload fails clearly, is not retried, and stores nothing", async () => {
    const big = await sparseFile(h.dir, "shrinking.mp3", 32 * 1024 * 1024);
    let truncated = false;
    const error = await h
      .client()
      .upload(
        {
          fields: [["name", "Shrinking"]],
          audio: { path: big, filename: "shrinking.mp3", contentType: "audio/mpeg" },
        },
        {
          onProgress: (sent) => {
            if (!truncated && sent > 2 * 1024 * 1024) {
              truncated = true;
              truncateSync(big, 1024);
            }
          },
        },
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalFileError);
    expect((error as Error).message).toContain(
      `The mp3 file "${big}" changed while it was being uploaded (33554432 bytes`,
    );
    expect(h.mock.state.uploads).toHaveLength(0);
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(1);
  });
});

describe("cancellation", () => {
  async function openFilesUnder(dir: string): Promise<number> {
    const fds = await readdir("/proc/self/fd");
    const targets = await Promise.all(
      fds.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => "")),
    );
    return targets.filter((target) => target.startsWith(dir)).length;
  }

  it("aborting mid-upload rejects with an AbortError, stores nothing and closes the file", async () => {
    const big = await sparseFile(h.dir, "abort.mp3", 64 * 1024 * 1024);
    const controller = new AbortController();
    const error = await h
      .client()
      .upload(
        {
          fields: [["name", "Aborted"]],
          audio: { path: big, filename: "abort.mp3", contentType: "audio/mpeg" },
        },
        {
          signal: controller.signal,
          onProgress: (sent) => {
            if (sent > 4 * 1024 * 1024) controller.abort();
          },
        },
      )
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toBe("AbortError");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await openFilesUnder(h.dir)).toBe(0);
    expect(h.mock.state.uploads).toHaveLength(0);
  });

  it("aborting during a backoff wait ends the wait at once", async () => {
    h.mock.faults.add({ kind: "server-error", path: "/upload/" });
    const controller = new AbortController();
    const client = h.client({ sleep: undefined, backoff: { baseMs: 60_000, maxMs: 60_000 } });
    const pending = client.upload(small, { signal: controller.signal });
    while (
      requestsTo(h.mock, "POST", "/upload/") === 0 ||
      h.logs.every(([level]) => level !== "info")
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(h.mock.state.uploads).toHaveLength(0);
  });

  it("an already aborted signal sends nothing", async () => {
    await expect(h.client().upload(small, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    expect(h.mock.state.requests).toHaveLength(0);
  });
});

// A successful answer's key and url go into the `results` output, log lines and the next
// request's path: one that is not `/user/slug/` (or an https:// page) is an error that names what
// was odd — scrubbed of the token, on one line, capped — never taken as it is.
describe("odd fields in a successful answer", () => {
  const HOSTILE_KEY = `/mock-user/x/\n::add-mask::${TOKEN}\r\n::error::forged ${"k".repeat(5_000)}/`;

  function expectClean(error: unknown): string {
    const message = (error as Error).message;
    expect(message).not.toContain(TOKEN);
    expect(message).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    expect(message.length).toBeLessThan(600);
    return message;
  }

  it("an upload answered with a hostile result.key: its outcome unknown, not sent again", async () => {
    h.mock.faults.add({ kind: "hostile-fields", path: "/upload/", key: HOSTILE_KEY });
    const error = await h
      .client()
      .upload(small)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(expectClean(error)).toContain(
      `without the expected result ("result.key" is not a cloudcast key (/user/slug/, at most 1,000 characters of letters, digits and - _ . % ~): "/mock-user/x/ ::add-mask::*** ::error::forged kkk`,
    );
    expect(expectClean(error)).toContain(`…" of 5,062 characters)`);
    expect(h.mock.state.uploads).toHaveLength(1);
    expect(requestsTo(h.mock, "POST", "/upload/")).toBe(1);
  });

  it.each([
    [
      "a key with a second slash",
      { key: "/mock-user/a/b/" },
      /"data\[0\]\.key" is not a cloudcast key/,
    ],
    ["a key with a space", { key: "/mock-user/a b/" }, /"data\[0\]\.key" is not a cloudcast key/],
    [
      "a javascript: url",
      { url: "javascript:alert(1)" },
      /"data\[0\]\.url" is not an https:\/\/ URL/,
    ],
    ["a plain http url", { url: "http://www.mixcloud.com/x/" }, /"data\[0\]\.url" is not an https/],
    [
      "a url with a line break",
      { url: `https://x.test/\n::add-mask::${TOKEN}` },
      /"data\[0\]\.url"/,
    ],
  ])(
    "a listing whose cloudcast has %s: an error naming the field",
    async (_name, fields, message) => {
      await h.client().upload(small);
      h.mock.faults.add({ kind: "hostile-fields", path: "/mock-user/cloudcasts/", ...fields });
      const error = await h
        .client()
        .listCloudcasts("mock-user")
        .catch((caught: unknown) => caught);
      expect(expectClean(error)).toMatch(message);
      expect(expectClean(error)).toMatch(/check the api-url setting$/);
    },
  );

  it("takes keys and pages as Mixcloud gives them, letters of any script encoded", async () => {
    const stored = await h.client().upload({ ...small, fields: [["name", "Café Nächte 東京"]] });
    expect(stored.key).toMatch(/^\/mock-user\/caf%C3%A9-n%C3%A4chte-/);
    const cloudcast = await h.client().getCloudcast(stored.key);
    expect(cloudcast?.url).toBe(`https://www.mixcloud.com${stored.key}`);
  });

  it("refuses a fault that changes nothing", () => {
    expect(() => h.mock.faults.add({ kind: "hostile-fields" })).toThrow(/give key, url or both/);
  });
});
