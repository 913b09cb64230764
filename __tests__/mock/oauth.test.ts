import { describe, expect, it } from "vitest";
import { call, useMock } from "./helpers.js";

const start = useMock();
const REDIRECT = "http://127.0.0.1:9999/callback?state=abc";

function authorizePath(clientId: string, redirectUri = REDIRECT): string {
  return `/oauth/authorize?${new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri })}`;
}

function exchangePath(params: Record<string, string>): string {
  return `/oauth/access_token?${new URLSearchParams(params)}`;
}

describe("OAuth", () => {
  it("authorizes with a redirect carrying a code, and exchanges the code for the token", async () => {
    const mock = await start({
      token: "secret-token",
      clientId: "app",
      clientSecret: "app-secret",
    });
    expect(mock.oauthUrl).toBe(`${mock.url}/oauth`);
    const authorized = await call(mock, authorizePath("app"));
    expect(authorized.status).toBe(302);
    const location = new URL(authorized.headers.get("location")!);
    expect(location.origin + location.pathname).toBe("http://127.0.0.1:9999/callback");
    expect(location.searchParams.get("state")).toBe("abc");
    const code = location.searchParams.get("code")!;
    expect(code).toMatch(/^[0-9a-f]{32}$/u);
    const exchanged = await call(
      mock,
      exchangePath({ client_id: "app", redirect_uri: REDIRECT, client_secret: "app-secret", code }),
    );
    expect(exchanged.status).toBe(200);
    // The one answer Mixcloud serves as application/json, not text/javascript.
    expect(exchanged.headers.get("content-type")).toBe("application/json");
    expect(exchanged.json()).toEqual({ access_token: "secret-token" });
  });

  it("exchanges a code sent by POST as a form, as other OAuth libraries send it", async () => {
    const mock = await start({ clientId: "app", clientSecret: "app-secret" });
    const authorized = await call(mock, authorizePath("app"));
    const code = new URL(authorized.headers.get("location")!).searchParams.get("code")!;
    const form = new URLSearchParams({
      client_id: "app",
      redirect_uri: REDIRECT,
      client_secret: "app-secret",
      code,
    });
    const exchanged = await call(mock, "/oauth/access_token", { method: "POST", body: form });
    expect(exchanged.status).toBe(200);
    expect(exchanged.headers.get("content-type")).toBe("application/json");
    expect(exchanged.json()).toEqual({ access_token: "mock-token" });
    // The code was used up by the POST: a second exchange, by GET, is refused, as JSON too.
    const again = await call(mock, exchangePath(Object.fromEntries(form)));
    expect(again.status).toBe(400);
    expect(again.headers.get("content-type")).toBe("application/json");
    expect(again.json()).toEqual({ error: expect.stringContaining("Invalid code") });
    expect(JSON.stringify(mock.state)).not.toContain("app-secret");
  });

  it("refuses a POST whose body is not a form", async () => {
    const mock = await start();
    const answer = await call(mock, "/oauth/access_token", {
      method: "POST",
      body: JSON.stringify({ client_id: "mock-client-id" }),
      headers: { "content-type": "application/json" },
    });
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ error: expect.stringContaining("x-www-form-urlencoded") });
  });

  it("serves both endpoints with or without a trailing slash, never redirecting", async () => {
    const mock = await start();
    const withSlash = await call(
      mock,
      authorizePath("mock-client-id").replace("authorize?", "authorize/?"),
    );
    expect(withSlash.status).toBe(302);
    const code = new URL(withSlash.headers.get("location")!).searchParams.get("code")!;
    const params = {
      client_id: "mock-client-id",
      redirect_uri: REDIRECT,
      client_secret: "mock-client-secret",
      code,
    };
    const exchanged = await call(
      mock,
      exchangePath(params).replace("access_token?", "access_token/?"),
    );
    expect(exchanged.json()).toEqual({ access_token: "mock-token" });
  });

  it("refuses an unknown client or a bad redirect_uri at authorize", async () => {
    const mock = await start();
    for (const path of [
      authorizePath("someone-else"),
      authorizePath("mock-client-id", "not a url"),
      authorizePath("mock-client-id", "ftp://example/x"),
      "/oauth/authorize?client_id=mock-client-id",
    ]) {
      const answer = await call(mock, path);
      expect(answer.status, path).toBe(400);
      expect(answer.json()).toEqual({ error: expect.any(String) });
    }
  });

  it("refuses a wrong secret, an unknown or reused code, and another redirect_uri", async () => {
    const mock = await start();
    const newCode = async () =>
      new URL(
        (await call(mock, authorizePath("mock-client-id"))).headers.get("location")!,
      ).searchParams.get("code")!;
    const good = {
      client_id: "mock-client-id",
      redirect_uri: REDIRECT,
      client_secret: "mock-client-secret",
    };
    const refused = async (params: Record<string, string>) => {
      const answer = await call(mock, exchangePath(params));
      expect(answer.status).toBe(400);
      expect(answer.json()).toEqual({ error: expect.any(String) });
    };
    await refused({ ...good, client_secret: "wrong", code: await newCode() });
    await refused({ ...good, code: "0".repeat(32) });
    await refused({ ...good, redirect_uri: "http://127.0.0.1:9999/other", code: await newCode() });
    const code = await newCode();
    expect((await call(mock, exchangePath({ ...good, code }))).status).toBe(200);
    await refused({ ...good, code });
  });

  it("keeps the secret and the code out of the recorded requests", async () => {
    const mock = await start();
    const location = (await call(mock, authorizePath("mock-client-id"))).headers.get("location")!;
    const code = new URL(location).searchParams.get("code")!;
    await call(
      mock,
      exchangePath({
        client_id: "mock-client-id",
        redirect_uri: REDIRECT,
        client_secret: "mock-client-secret",
        code,
      }),
    );
    const recorded = JSON.stringify(mock.state);
    expect(recorded).not.toContain(code);
    expect(recorded).not.toContain("mock-client-secret");
    expect(mock.state.requests[1]!.path).toContain("client_secret=***");
    expect(mock.state.requests[1]!.path).toContain("code=***");
  });
});
