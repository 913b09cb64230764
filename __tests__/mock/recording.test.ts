import { describe, expect, it } from "vitest";
import { AUDIO, call, form, useMock } from "./helpers.js";

const start = useMock();
const SECRET = "s3cr3t-token-value";

describe("what the mock records", () => {
  it("records every request in order with the token redacted, and logs one line each", async () => {
    const lines: string[] = [];
    const mock = await start({ token: SECRET, log: (line) => lines.push(line) });
    await call(mock, `/me/?access_token=${SECRET}`);
    await call(mock, `/me?x=1&access_token=${SECRET}`);
    await call(mock, "/me/?access_token=wrong");
    await call(mock, `/upload/?access_token=${SECRET}`, {
      method: "POST",
      body: form([["name", "Show"]], [AUDIO]),
    });
    await call(mock, "/nowhere/else/");
    expect(mock.state.requests).toEqual([
      { method: "GET", path: "/me/?access_token=***", status: 200 },
      { method: "GET", path: "/me?x=1&access_token=***", status: 301 },
      { method: "GET", path: "/me/?access_token=***", status: 401 },
      { method: "POST", path: "/upload/?access_token=***", status: 200 },
      { method: "GET", path: "/nowhere/else/", status: 404 },
    ]);
    await expect.poll(() => lines.length).toBe(5);
    expect(lines[0]).toMatch(/^GET \/me\/\?access_token=\*\*\* 200 \d+ms$/u);
    expect(lines[3]).toMatch(/^POST \/upload\/\?access_token=\*\*\* 200 /u);
    expect(JSON.stringify(mock.state)).not.toContain(SECRET);
    expect(lines.join("\n")).not.toContain(SECRET);
  });

  it("logs requests that got no answer, with the fault", async () => {
    const lines: string[] = [];
    const mock = await start({ token: SECRET, log: (line) => lines.push(line) });
    mock.faults.add({ kind: "reset-before-body" });
    await call(mock, `/me/?access_token=${SECRET}`).catch(() => undefined);
    await expect
      .poll(() => lines)
      .toEqual([
        expect.stringMatching(
          /^GET \/me\/\?access_token=\*\*\* no answer \d+ms \[fault: reset-before-body\]$/u,
        ),
      ]);
  });

  it("keeps state live: preloaded cloudcasts first, then uploads, oldest first", async () => {
    const mock = await start({ existingCloudcasts: 2 });
    await call(mock, "/upload/?access_token=mock-token", {
      method: "POST",
      body: form([["name", "New"]], [AUDIO]),
    });
    expect(mock.state.cloudcasts.map((c) => c.name)).toEqual([
      "Existing cloudcast 1",
      "Existing cloudcast 2",
      "New",
    ]);
    const [first, second, third] = mock.state.cloudcasts;
    expect(first!.created_time < second!.created_time).toBe(true);
    expect(second!.created_time <= third!.created_time).toBe(true);
    expect(third!.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/u);
  });

  it("refuses options that cannot work", async () => {
    await expect(start({ port: 70_000 })).rejects.toThrow(/port/u);
    await expect(start({ username: "a/b" })).rejects.toThrow(/username/u);
    await expect(start({ token: "" })).rejects.toThrow(/token/u);
    await expect(start({ existingCloudcasts: -1 })).rejects.toThrow(/existingCloudcasts/u);
  });

  it("listens on the port it is given, and close() is idempotent", async () => {
    const first = await start();
    const port = Number(new URL(first.url).port);
    await first.close();
    const second = await start({ port });
    expect(second.url).toBe(`http://127.0.0.1:${port}`);
    await expect(start({ port })).rejects.toThrow(/EADDRINUSE/u);
    await Promise.all([second.close(), second.close()]);
    await expect(fetch(`${second.url}/mock-user/`)).rejects.toThrow();
  });
});
