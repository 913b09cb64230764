import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AuthError,
  LocalFileError,
  MixcloudError,
  NotFoundError,
  OutcomeUnknownError,
  RateLimitError,
  TransientError,
  ValidationError,
  exchangeToken,
} from "../../src/mixcloud/index.js";
import { dataFile, harness, TOKEN, type Harness } from "./helpers.js";

/** Every place an error can carry text: message, stack, own properties, the whole cause chain. */
function everythingIn(error: unknown): string {
  const parts: string[] = [inspect(error, { depth: 20, showHidden: true })];
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 10; depth++) {
    parts.push(
      current.message,
      String(current.stack),
      JSON.stringify(current),
      JSON.stringify({ ...current }),
    );
    current = current.cause;
  }
  return parts.join("\n");
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback server that echoes the request URL (token included) back in its answers. */
async function echoServer(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "text/javascript; charset=utf-8", ...headers });
  res.end(body);
}

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(async () => {
  await h.close();
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
}

describe("the access token never appears in an error", () => {
  it("not in errors built from answers that echo the URL back", async () => {
    const echo = await echoServer((req, res) => {
      const url = req.url ?? "";
      const echoed = JSON.stringify(`request ${url} with ${TOKEN}`);
      if (url.startsWith("/me/"))
        reply(res, 401, `{"error":{"type":"OAuthException","message":${echoed}}}`);
      else if (url.startsWith("/rate/"))
        reply(
          res,
          403,
          `{"error":{"type":"RateLimitException","message":${echoed},"retry_after":99999}}`,
        );
      else if (url.startsWith("/nobody/"))
        reply(res, 404, `{"error":{"type":"NotFoundException","message":${echoed}}}`);
      else if (url.startsWith("/upload/")) {
        req.resume();
        req.on("end", () =>
          reply(
            res,
            400,
            `{"error":{"type":"UploadValidationException","message":${echoed}},"details":{"name":[${echoed}]}}`,
          ),
        );
      } else if (url.startsWith("/html/"))
        reply(res, 502, `<html><body><h1>Bad</h1><p>${url}</p></body></html>`, {
          "content-type": "text/html",
        });
      else if (url.startsWith("/moved/"))
        reply(res, 301, "", { location: `https://elsewhere.example${url}` });
      else
        reply(
          res,
          200,
          `{"data":[{"key":"/a/b/","name":"x"}],"paging":{"next":"http://other.example/next/?access_token=${TOKEN}"}}`,
        );
    });
    try {
      const client = h.client({ apiUrl: echo.url, attempts: 2 });
      const audio = await dataFile(h.dir, "a.mp3", 100);
      const errors = [
        await failure(client.me()),
        await failure(client.listCloudcasts("rate")),
        await failure(client.listCloudcasts("nobody")),
        await failure(
          client.upload({
            fields: [["name", "x"]],
            audio: { path: audio.path, filename: "a.mp3", contentType: "audio/mpeg" },
          }),
        ),
        await failure(client.listCloudcasts("html")),
        await failure(client.listCloudcasts("moved")),
        await failure(client.listCloudcasts("paged")),
      ];
      expect(errors.map((e) => (e as Error).constructor)).toEqual([
        AuthError,
        RateLimitError,
        NotFoundError,
        ValidationError,
        TransientError,
        MixcloudError,
        MixcloudError,
      ]);
      for (const error of errors) {
        expect(everythingIn(error)).not.toContain(TOKEN);
      }
      expect(everythingIn(errors[0])).toContain("access_token=***");
    } finally {
      await echo.close();
    }
  });

  it("not in network, timeout, unknown-outcome, local-file or abort errors", async () => {
    const audio = await dataFile(h.dir, "a.mp3", 100);
    const upload = {
      fields: [["name", "x"]] as Array<[string, string]>,
      audio: { path: audio.path, filename: "a.mp3", contentType: "audio/mpeg" },
    };
    h.mock.faults.add({ kind: "reset-after-commit", path: "/upload/" });
    const unknown = await failure(h.client().upload(upload));
    h.mock.faults.add({ kind: "hang", path: "/me/", times: 2 });
    const timeout = await failure(h.client({ attempts: 2, timeouts: { headersMs: 200 } }).me());
    const missing = await failure(
      h.client().upload({ ...upload, audio: { ...upload.audio, path: join(h.dir, "gone.mp3") } }),
    );
    const aborted = await failure(h.client().upload(upload, { signal: AbortSignal.abort() }));
    const url = h.mock.url;
    await h.mock.close();
    const refused = await failure(h.client({ apiUrl: url, attempts: 1 }).me());
    expect(unknown).toBeInstanceOf(OutcomeUnknownError);
    expect(timeout).toBeInstanceOf(TransientError);
    expect(missing).toBeInstanceOf(LocalFileError);
    expect((aborted as Error).name).toBe("AbortError");
    expect(refused).toBeInstanceOf(TransientError);
    expect((refused as Error).cause).toBeInstanceOf(Error);
    for (const error of [unknown, timeout, missing, aborted, refused]) {
      expect(everythingIn(error)).not.toContain(TOKEN);
    }
  });

  it("not in log lines, whatever the server echoes", async () => {
    h.mock.faults.add({ kind: "server-error", path: "/me/" });
    h.mock.faults.add({ kind: "rate-limit", retryAfter: 1, path: "/me/" });
    await h.client().me();
    expect(h.logs.length).toBeGreaterThan(2);
    expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
  });
});

describe("the OAuth client secret and code never appear in an error", () => {
  it("even when the server echoes them", async () => {
    const secret = "client-5ecret-value";
    const code = "one-time-c0de";
    const echo = await echoServer((req, res) => {
      const url = req.url ?? "";
      if (decodeURIComponent(url).includes("mode=html"))
        reply(res, 500, `<p>${url} ${secret}</p>`, { "content-type": "text/html" });
      else reply(res, 400, JSON.stringify({ error: `bad ${url} ${secret} ${code}` }));
    });
    try {
      const base = { oauthUrl: `${echo.url}/oauth`, clientId: "id", clientSecret: secret, code };
      const refused = await failure(exchangeToken({ ...base, redirectUri: "http://127.0.0.1/cb" }));
      const broken = await failure(
        exchangeToken({ ...base, redirectUri: "http://127.0.0.1/cb?mode=html" }),
      );
      expect(refused).toBeInstanceOf(AuthError);
      expect(broken).toBeInstanceOf(TransientError);
      for (const error of [refused, broken]) {
        expect(everythingIn(error)).not.toContain(secret);
        expect(everythingIn(error)).not.toContain(code);
      }
    } finally {
      await echo.close();
    }
  });
});
