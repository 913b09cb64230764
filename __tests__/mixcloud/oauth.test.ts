import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { request } from "undici";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuthError, MixcloudError, authorizeUrl, exchangeToken } from "../../src/mixcloud/index.js";
import { harness, TOKEN, type Harness } from "./helpers.js";

async function server(
  listener: RequestListener,
): Promise<{ url: string; close: () => Promise<void> }> {
  const instance = createServer(listener);
  await new Promise<void>((resolve) => instance.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(instance.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => instance.close(() => resolve())),
  };
}

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

const redirectUri = "http://127.0.0.1:9/callback?state=a b";

/** Follows authorize as a browser would, up to the redirect back to us; returns the code. */
async function authorizeAndGetCode(oauthUrl: string, clientId: string): Promise<string> {
  const response = await request(authorizeUrl({ oauthUrl, clientId, redirectUri }));
  await response.body.dump();
  expect(response.statusCode).toBe(302);
  const location = new URL(String(response.headers["location"]));
  expect(location.pathname).toBe("/callback");
  expect(location.searchParams.get("state")).toBe("a b");
  return location.searchParams.get("code") ?? "";
}

describe("authorizeUrl", () => {
  it("points at Mixcloud's authorize page by default, with the parameters encoded", () => {
    expect(authorizeUrl({ clientId: "my id", redirectUri: "http://localhost:8080/cb" })).toBe(
      "https://www.mixcloud.com/oauth/authorize?client_id=my+id&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb",
    );
  });
});

describe("exchangeToken against the mock", () => {
  it("trades the code from the authorize redirect for the token", async () => {
    const code = await authorizeAndGetCode(h.mock.oauthUrl, "mock-client-id");
    const token = await exchangeToken({
      oauthUrl: h.mock.oauthUrl,
      clientId: "mock-client-id",
      clientSecret: "mock-client-secret",
      redirectUri,
      code,
    });
    expect(token).toBe(TOKEN);
    expect(h.mock.state.requests.at(-1)?.path).toContain("client_secret=***");
  });

  it("a used code or a wrong secret is an AuthError that says what to check", async () => {
    const code = await authorizeAndGetCode(h.mock.oauthUrl, "mock-client-id");
    const options = {
      oauthUrl: h.mock.oauthUrl,
      clientId: "mock-client-id",
      clientSecret: "mock-client-secret",
      redirectUri,
      code,
    };
    await exchangeToken(options);
    const reused = await exchangeToken(options).catch((caught: unknown) => caught);
    expect(reused).toBeInstanceOf(AuthError);
    expect((reused as Error).message).toMatch(
      /^GET \/oauth\/access_token: Mixcloud refused to issue a token \(400: Invalid code.*\): check the client id, client secret and redirect URI, and authorize again \(a code can be used only once\)$/,
    );
    await expect(exchangeToken({ ...options, clientSecret: "nope" })).rejects.toThrow(
      /Invalid client_id or client_secret/,
    );
  });
});

describe("exchangeToken's answer formats", () => {
  it("accepts the query-string form, follows a same-origin redirect, and refuses an answer without a token", async () => {
    const oauth = await server((req, res) => {
      const url = new URL(req.url ?? "", "http://x");
      if (url.pathname === "/oauth/access_token") {
        res.writeHead(301, { location: `/oauth/access_token/${url.search}` }).end();
      } else if (url.searchParams.get("code") === "good") {
        res.writeHead(200, { "content-type": "text/plain" }).end("access_token=qs-token&expires=0");
      } else {
        res.writeHead(200, { "content-type": "text/javascript" }).end('{"something": "else"}');
      }
    });
    try {
      const base = {
        oauthUrl: `${oauth.url}/oauth`,
        clientId: "c",
        clientSecret: "s",
        redirectUri: "http://127.0.0.1/cb",
      };
      expect(await exchangeToken({ ...base, code: "good" })).toBe("qs-token");
      const error = await exchangeToken({ ...base, code: "other" }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(MixcloudError);
      expect((error as Error).message).toBe(
        "GET /oauth/access_token: Mixcloud's answer (200) holds no access_token: check the oauth URL and try again",
      );
    } finally {
      await oauth.close();
    }
  });
});
