import { describe, expect, it } from "vitest";
import { TOKEN, call, form, upload, useMock, AUDIO } from "./helpers.js";

const start = useMock();
const ME = `/me/?access_token=${TOKEN}`;

/** Resolves with the thrown error of a request the server drops. */
async function dropped(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error("expected the connection to be dropped");
    },
    (error: Error) => error,
  );
}

describe("server-error", () => {
  it("answers an HTML 502 by default, stores nothing, then lets the next request through", async () => {
    const mock = await start();
    mock.faults.add({ kind: "server-error", path: "/upload/" });
    const failed = await upload(mock, [["name", "x"]]);
    expect(failed.status).toBe(502);
    expect(failed.headers.get("content-type")).toMatch(/^text\/html/u);
    expect(failed.text).toContain("502 Bad Gateway");
    expect(() => failed.json()).toThrow();
    expect(mock.state.cloudcasts).toEqual([]);
    expect(mock.state.uploads).toEqual([]);
    expect(mock.faults.pending()).toBe(0);
    expect((await upload(mock, [["name", "x"]])).status).toBe(200);
  });

  it("uses the status it is given", async () => {
    const mock = await start();
    mock.faults.add({ kind: "server-error", status: 504 });
    const answer = await call(mock, ME);
    expect(answer.status).toBe(504);
    expect(answer.text).toContain("504 Gateway Timeout");
  });
});

describe("rate-limit", () => {
  it("answers 403 RateLimitException with Retry-After and retry_after", async () => {
    const mock = await start();
    mock.faults.add({ kind: "rate-limit", retryAfter: 452, method: "POST" });
    const answer = await upload(mock, [["name", "x"]]);
    expect(answer.status).toBe(403);
    expect(answer.headers.get("retry-after")).toBe("452");
    expect(answer.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(answer.json()).toEqual({
      error: {
        type: "RateLimitException",
        message: "You have hit your rate limit. Retry after 452 seconds.",
        retry_after: 452,
      },
    });
    expect(mock.state.uploads).toEqual([]);
  });
});

describe("connection resets", () => {
  it("reset-before-body drops the connection and stores nothing", async () => {
    const mock = await start();
    mock.faults.add({ kind: "reset-before-body", path: "/upload/" });
    await dropped(upload(mock, [["name", "x"]]));
    expect(mock.state.uploads).toEqual([]);
    expect(mock.state.cloudcasts).toEqual([]);
    expect(mock.state.requests).toEqual([
      { method: "POST", path: "/upload/?access_token=***", status: 0 },
    ]);
    expect((await upload(mock, [["name", "x"]])).status).toBe(200);
  });

  it("reset-after-commit stores the upload, then drops the connection unanswered", async () => {
    const mock = await start();
    mock.faults.add({ kind: "reset-after-commit", path: "/upload/" });
    await dropped(upload(mock, [["name", "Once only"]]));
    expect(mock.state.uploads).toHaveLength(1);
    expect(mock.state.requests[0]!.status).toBe(0);
    // The upload is there for a client that looks before sending again.
    const listing = (await call(mock, `/mock-user/cloudcasts/?access_token=${TOKEN}`)).json();
    expect(listing).toMatchObject({ data: [{ name: "Once only", key: "/mock-user/once-only/" }] });
    // A naive retry publishes a second copy: the duplicate is visible.
    await upload(mock, [["name", "Once only"]]);
    expect(mock.state.cloudcasts.map((c) => c.key)).toEqual([
      "/mock-user/once-only/",
      "/mock-user/once-only-2/",
    ]);
  });

  it("reset-after-commit applies to edits too", async () => {
    const mock = await start({ existingCloudcasts: 1 });
    mock.faults.add({ kind: "reset-after-commit", path: /\/edit\/$/u });
    const body = form([["name", "Renamed"]]);
    await dropped(
      call(mock, `/upload/mock-user/existing-cloudcast-1/edit/?access_token=${TOKEN}`, {
        method: "POST",
        body,
      }),
    );
    expect(mock.state.cloudcasts[0]!.name).toBe("Renamed");
    expect(mock.state.edits).toHaveLength(1);
  });
});

describe("slow and hang", () => {
  it("slow answers normally after the delay", async () => {
    const mock = await start();
    mock.faults.add({ kind: "slow", delayMs: 50 });
    const answer = await upload(mock, [["name", "Slowly"]]);
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ result: { key: "/mock-user/slowly/" } });
  });

  it("slow holds the answer back while the upload is already stored", async () => {
    const mock = await start();
    mock.faults.add({ kind: "slow", delayMs: 600_000, path: "/upload/" });
    const pending = upload(mock, [["name", "Held"]]);
    let settled = false;
    void pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await expect.poll(() => mock.state.uploads.length).toBe(1);
    // Other requests are answered meanwhile; the slow one is not.
    expect((await call(mock, ME)).status).toBe(200);
    expect(settled).toBe(false);
    expect(mock.state.requests[0]!.status).toBe(0);
    await mock.close();
    await dropped(pending);
  });

  it("hang never answers, and close() still ends promptly", async () => {
    const mock = await start();
    mock.faults.add({ kind: "hang", path: "/upload/" });
    const pending = upload(
      mock,
      [["name", "Stuck"]],
      [{ ...AUDIO, content: new Uint8Array(4 * 1024 * 1024) }],
    );
    await expect.poll(() => mock.state.requests.length).toBe(1);
    expect((await call(mock, ME)).status).toBe(200);
    expect(mock.state.uploads).toEqual([]);
    expect(mock.state.requests[0]).toEqual({
      method: "POST",
      path: "/upload/?access_token=***",
      status: 0,
    });
    await mock.close();
    await dropped(pending);
    await dropped(fetch(mock.url + ME));
  });
});

describe("slow-store", () => {
  const LIST = `/mock-user/cloudcasts/?access_token=${TOKEN}`;
  const names = async (mock: Awaited<ReturnType<typeof start>>) =>
    ((await call(mock, LIST)).json() as { data: Array<{ key: string }> }).data.map((c) => c.key);

  it("reads and checks the upload, lists it only once it is stored, then answers", async () => {
    const mock = await start();
    mock.faults.add({ kind: "slow-store", ms: 1500, path: "/upload/" });
    const pending = upload(mock, [["name", "Stored Late"]]);
    await expect.poll(() => mock.state.requests.length).toBe(1);
    // Meanwhile the account does not show it, and another upload of the same title goes through.
    expect(await names(mock)).toEqual([]);
    expect((await upload(mock, [["name", "Stored Late"]])).status).toBe(200);
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ result: { key: "/mock-user/stored-late-2/" } });
    expect(await names(mock)).toEqual(["/mock-user/stored-late-2/", "/mock-user/stored-late/"]);
  });

  it("refuses an invalid upload without waiting, and close() ends the wait", async () => {
    const mock = await start();
    mock.faults.add({ kind: "slow-store", ms: 600_000, path: "/upload/", times: 2 });
    expect((await upload(mock, [["name", ""]])).status).toBe(400);
    const pending = upload(mock, [["name", "Never Stored"]]);
    await expect.poll(() => mock.state.requests.length).toBe(2);
    // Only the valid upload waits: the refused one was answered at once.
    expect(mock.state.requests.map((r) => r.status)).toEqual([400, 0]);
    await mock.close();
    await pending.catch(() => undefined);
  });
});

describe("listing-lag", () => {
  const LIST = `/mock-user/cloudcasts/?access_token=${TOKEN}`;
  const keys = async (mock: Awaited<ReturnType<typeof start>>) =>
    ((await call(mock, LIST)).json() as { data: Array<{ key: string }> }).data.map((c) => c.key);

  it("stores and answers at once, and lists the upload only later; the cloudcast reads at once", async () => {
    const mock = await start();
    // Ten minutes: not listed for as long as the test looks.
    mock.faults.add({ kind: "listing-lag", ms: 600_000, path: "/upload/" });
    mock.faults.add({ kind: "listing-lag", ms: 300, path: "/upload/" });
    expect((await upload(mock, [["name", "Listed Much Later"]])).status).toBe(200);
    expect((await upload(mock, [["name", "Listed Later"]])).status).toBe(200);
    expect((await upload(mock, [["name", "Listed At Once"]])).status).toBe(200);
    expect(mock.state.cloudcasts).toHaveLength(3);
    // Stored and readable by its key, but not in the listing.
    const lagging = `/mock-user/listed-much-later/?access_token=${TOKEN}`;
    expect((await call(mock, lagging)).status).toBe(200);
    await expect
      .poll(() => keys(mock), { timeout: 10_000 })
      .toEqual(["/mock-user/listed-at-once/", "/mock-user/listed-later/"]);
  });
});

describe("the queue", () => {
  it("matches by method and path, ignoring the query", async () => {
    const mock = await start();
    mock.faults.add({ kind: "server-error", method: "post", path: "/me/" });
    mock.faults.add({ kind: "server-error", status: 503, method: "GET", path: "/me/" });
    expect((await call(mock, "/mock-user/")).status).toBe(200);
    expect((await call(mock, ME)).status).toBe(503);
    expect(mock.faults.pending()).toBe(1);
  });

  it("matches a RegExp against the path, even a global one, repeatedly", async () => {
    const mock = await start({ existingCloudcasts: 1 });
    mock.faults.add({ kind: "server-error", path: /^\/mock-user\/.+\/$/gu, times: 2 });
    expect((await call(mock, "/mock-user/")).status).toBe(200);
    expect((await call(mock, "/mock-user/cloudcasts/")).status).toBe(502);
    expect((await call(mock, "/mock-user/existing-cloudcast-1/")).status).toBe(502);
    expect((await call(mock, "/mock-user/existing-cloudcast-1/")).status).toBe(200);
  });

  it("applies a fault `times` times, takes the first match in order, and clears", async () => {
    const mock = await start();
    mock.faults.add({ kind: "server-error", status: 500, times: 2 });
    mock.faults.add({ kind: "server-error", status: 503 });
    expect(mock.faults.pending()).toBe(2);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(mock, ME)).status);
    expect(statuses).toEqual([500, 500, 503, 200]);
    expect(mock.faults.pending()).toBe(0);
    mock.faults.add({ kind: "hang" });
    mock.faults.clear();
    expect(mock.faults.pending()).toBe(0);
    expect((await call(mock, ME)).status).toBe(200);
  });

  it("refuses faults that cannot work", async () => {
    const mock = await start();
    expect(() => mock.faults.add({ kind: "hang", times: 0 })).toThrow(RangeError);
    expect(() => mock.faults.add({ kind: "slow", delayMs: -1 })).toThrow(/delayMs/u);
    expect(() => mock.faults.add({ kind: "slow-store", ms: 0.5 })).toThrow(/ms must/u);
    expect(() => mock.faults.add({ kind: "listing-lag", ms: -1 })).toThrow(/ms must/u);
    expect(() => mock.faults.add({ kind: "rate-limit", retryAfter: 1.5 })).toThrow(/retryAfter/u);
    expect(() => mock.faults.add({ kind: "server-error", status: 200 })).toThrow(/status/u);
    expect(() => mock.faults.add({ kind: "nope" } as never)).toThrow(/Unknown fault kind/u);
    expect(mock.faults.pending()).toBe(0);
  });
});
