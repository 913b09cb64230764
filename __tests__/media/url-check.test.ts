import { readFileSync } from "node:fs";
import { TAG_SLACK } from "../../src/media/duration/first-frame.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  PRIVATE_ALLOWED,
  PUBLIC_ONLY,
  checkMedia,
  type MediaCheckOptions,
} from "../../src/media/index.js";
import {
  HTML,
  JPEG,
  PNG,
  bytes,
  id3,
  mp3Frames,
  parsedCloudcast,
  tempFolder,
  wav,
} from "./fixtures.js";
import { endlessBody, serveBytes, startServer, type Handler, type TestServer } from "./server.js";

const AUDIO_SPAN = { line: 5, column: 8, endLine: 5, endColumn: 40 };
const servers: TestServer[] = [];
const removers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(removers.splice(0).map((remove) => remove()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

async function check(
  kind: "audio" | "picture",
  url: string,
  options: Partial<MediaCheckOptions> = {},
) {
  const workspace = await tempFolder("media-url-ws-");
  removers.push(workspace.remove);
  const media =
    kind === "audio"
      ? { audio: { kind: "url" as const, url } }
      : {
          audio: { kind: "url" as const, url },
          picture: { kind: "url" as const, url },
        };
  const parsed = parsedCloudcast("cloudcasts/show.yml", media, {
    audio: AUDIO_SPAN,
    picture: AUDIO_SPAN,
  });
  // The servers are on 127.0.0.1: the policy of `allow-private-urls: true` (and of the CLI).
  return checkMedia(parsed, {
    workspace: workspace.path,
    timeoutMs: 10_000,
    urlPolicy: PRIVATE_ALLOWED,
    ...options,
  });
}

const MP3 = bytes(id3(64), mp3Frames(40));

/** A real encoder file of the audio corpus. */
function corpus(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/audio/${name}`, import.meta.url));
}

describe("URL media that are fine", () => {
  it("HEAD gives size, type from Content-Type, and range support; one ranged read looks for the length", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, MP3, { ranges: true, contentType: "audio/mpeg" }),
    );
    const result = await check("audio", `${server.origin}/mixes/show.mp3?sig=secret`);
    expect(result.diagnostics).toEqual([]);
    expect(result.audio).toEqual({
      kind: "url",
      url: `${server.origin}/mixes/show.mp3?sig=secret`,
      originalUrl: `${server.origin}/mixes/show.mp3?sig=secret`,
      filename: "show.mp3",
      size: MP3.length,
      type: "mp3",
      contentType: "audio/mpeg",
      acceptsRanges: true,
    });
    // An MP3 without a Xing/VBRI header states no length: it is not read whole for one.
    expect(server.requests.map((r) => [r.method, r.headers.range])).toEqual([
      ["HEAD", undefined],
      ["GET", `bytes=0-${MP3.length - 1}`],
    ]);
  });

  it("generic Content-Type: type from the extension; Content-Disposition names the file", async () => {
    const server = await serve((req, res) => {
      res.setHeader("content-disposition", `attachment; filename*=UTF-8''Caf%C3%A9%20mix.flac`);
      serveBytes(res, req, MP3);
    });
    const result = await check("audio", `${server.origin}/download/123.flac`);
    expect(result.audio).toMatchObject({
      filename: "Café mix.flac",
      type: "flac",
      acceptsRanges: false,
    });
  });

  it("follows redirects (counting hops) and reports the final URL; fetchHeaders is asked per hop", async () => {
    const server = await serve((req, res) => {
      if (req.url === "/a") res.writeHead(302, { location: "/b" }).end();
      else if (req.url === "/b")
        res.writeHead(307, { location: `${server.origin}/files/final.mp3` }).end();
      else serveBytes(res, req, MP3, { contentType: "audio/mpeg" });
    });
    const asked: string[] = [];
    const fetchHeaders = (url: URL) => {
      asked.push(url.pathname);
      return url.pathname === "/a" ? { authorization: "Bearer only-for-a" } : undefined;
    };
    const result = await check("audio", `${server.origin}/a`, { fetchHeaders });
    expect(result.audio).toMatchObject({
      url: `${server.origin}/files/final.mp3`,
      originalUrl: `${server.origin}/a`,
      filename: "final.mp3",
    });
    expect(asked).toEqual(["/a", "/b", "/files/final.mp3"]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer only-for-a",
      undefined,
      undefined,
    ]);
  });

  it("HEAD refused (405): a ranged GET of the first 64 KiB, sniffed", async () => {
    const body = bytes(wav(200_000));
    const server = await serve((req, res) => {
      if (req.method === "HEAD") res.writeHead(405).end();
      else serveBytes(res, req, body, { ranges: true, contentType: "application/octet-stream" });
    });
    const result = await check("audio", `${server.origin}/x`);
    expect(result.diagnostics).toEqual([]);
    expect(result.audio).toMatchObject({
      size: body.length,
      type: "wav",
      contentType: "audio/wav",
      acceptsRanges: true,
      filename: "x.wav",
      durationSeconds: 200_000 / 176_400,
    });
    // The length is read by ranges, as for a file in Git LFS, from the 64 KiB the GET already
    // gave: not asked for again.
    expect(server.requests.map((r) => [r.method, r.headers.range])).toEqual([
      ["HEAD", undefined],
      ["GET", "bytes=0-65535"],
    ]);
  });

  it.each([403, 501])(
    "HEAD refused (%i) on a presigned link: GET after it, sniffing a picture",
    async (status) => {
      const server = await serve((req, res) => {
        if (req.method === "HEAD") res.writeHead(status).end();
        else serveBytes(res, req, JPEG, { ranges: true });
      });
      const result = await check("picture", `${server.origin}/cover`);
      expect(result.picture).toMatchObject({
        type: "jpeg",
        contentType: "image/jpeg",
        size: JPEG.length,
        filename: "cover.jpg",
      });
    },
  );

  it("a GET answered with an endless 200 body: reads the start, then hangs up", async () => {
    const server = await serve((req, res) => {
      if (req.method === "HEAD") res.writeHead(405).end();
      else endlessBody(res, mp3Frames(4));
    });
    const result = await check("audio", `${server.origin}/live`);
    expect(result.diagnostics).toEqual([]);
    expect(result.audio).toMatchObject({ type: "mp3", acceptsRanges: false });
    expect(result.audio && "size" in result.audio).toBe(false);
  });
});

describe("what the ranged read finds in URL audio: warnings at `audio:`, as for a file", () => {
  it("a defect players read past (an ID3 tag size a few bytes too large) is a warning naming it", async () => {
    const body = corpus("mp3-id3-size-over.mp3");
    const server = await serve((req, res) =>
      serveBytes(res, req, body, { ranges: true, contentType: "audio/mpeg" }),
    );
    const result = await check("audio", `${server.origin}/tagged.mp3?sig=secret`);
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        rule: "audio-tag-size",
        severity: "warning",
        ...AUDIO_SPAN,
        message: expect.stringMatching(
          new RegExp(`^the audio URL ${server.origin}/tagged\\.mp3\\?… `),
        ),
      }),
    ]);
    expect(result.audio).toMatchObject({ durationSeconds: expect.any(Number) });
    expect(JSON.stringify(result.warnings)).not.toContain("secret");
  });

  it("a server that does not take Range requests: length unknown, as a warning that the length rules were skipped", async () => {
    const body = bytes(wav(200_000));
    const server = await serve((req, res) =>
      serveBytes(res, req, body, { contentType: "audio/wav" }),
    );
    const notes: string[] = [];
    const result = await check("audio", `${server.origin}/show.wav`, {
      note: (m) => notes.push(m),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        rule: "audio-length-unknown",
        severity: "warning",
        ...AUDIO_SPAN,
        message:
          `length unknown: the length of the audio URL ${server.origin}/show.wav could not be read ` +
          "(its server does not say it answers Range requests, and audio at a URL is downloaded only for its upload), " +
          "so the checks against it (a track past the end of the audio, a show under 15 minutes) were skipped",
      }),
    ]);
    expect(notes).toEqual([]);
    expect(server.requests.map((r) => r.method)).toEqual(["HEAD"]);
  });

  it("an MP3 without a length header is not read whole at a URL: the warning says so", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, MP3, { ranges: true, contentType: "audio/mpeg" }),
    );
    const result = await check("audio", `${server.origin}/show.mp3`);
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        rule: "audio-length-unknown",
        message: expect.stringContaining(
          `the length of the audio URL ${server.origin}/show.mp3 could not be read (it is an MP3 without a Xing/Info or VBRI header, which has no header that states its length, and audio at a URL is downloaded only for its upload)`,
        ),
      }),
    ]);
  });

  it("a release asset, judged by what the API says of it: length unknown, said at `audio:`", async () => {
    const url = "https://github.com/dj/shows/releases/download/v1/show.mp3";
    const result = await check("audio", url, {
      findReleaseAsset: () =>
        Promise.resolve({ name: "show.mp3", size: 5_000_000, contentType: "audio/mpeg" }),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        rule: "audio-length-unknown",
        message: expect.stringContaining(
          `the length of the audio URL ${url} could not be read (it is a release asset, checked by what the GitHub API says of it, and audio at a URL is downloaded only for its upload)`,
        ),
      }),
    ]);
  });

  it("a ranged read that fails: length unknown, with why", async () => {
    const body = bytes(wav(200_000));
    // Says it takes ranges, then answers the ranged GET with 500.
    const server = await serve((req, res) => {
      if (req.method === "HEAD")
        serveBytes(res, req, body, { ranges: true, contentType: "audio/wav" });
      else res.writeHead(500).end();
    });
    const result = await check("audio", `${server.origin}/show.wav`);
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        rule: "audio-length-unknown",
        message: expect.stringContaining(
          `could not be read (the audio URL ${server.origin}/show.wav did not answer a Range request with the part asked for (it answered 500))`,
        ),
      }),
    ]);
  });
});

describe("audio behind an ID3v2 tag larger than the first 64 KiB (cover art)", () => {
  // A real FLAC (6.5 s) and a real WavPack, each behind a 189 KiB tag: the first 64 KiB are all
  // tag, so only a read past it tells what the file is.
  const TAGGED_FLAC = bytes(id3(189 * 1024), corpus("flac.flac"));
  const TAGGED_WAVPACK = bytes(id3(189 * 1024), corpus("unsupported-wavpack.wv"));

  /** HEAD refused: the type comes from the content of a ranged GET. */
  function headRefused(body: Buffer): Handler {
    return (req, res) => {
      if (req.method === "HEAD") res.writeHead(405).end();
      else serveBytes(res, req, body, { ranges: true });
    };
  }

  it("a FLAC found by a ranged GET is FLAC, not MP3, with its length and the warning", async () => {
    const server = await serve(headRefused(TAGGED_FLAC));
    const result = await check("audio", `${server.origin}/download/42`);
    expect(result.diagnostics).toEqual([]);
    expect(result.audio).toMatchObject({
      type: "flac",
      contentType: "audio/flac",
      filename: "42.flac",
      durationSeconds: 6.5,
    });
    expect(result.warnings.map((w) => w.rule)).toEqual(["audio-id3-before-flac"]);
    // HEAD, the ranged GET of the head, then one range at the tag's end (from a little before
    // it, where a size field a few bytes off would put the audio), in whole 64 KiB blocks; the
    // length by ranges too, from the same blocks, which are not asked for again.
    const tagEnd = 189 * 1024 + 10;
    const block = 64 * 1024;
    const from = Math.floor((tagEnd - TAG_SLACK) / block) * block;
    const to = (Math.floor((tagEnd + 4095) / block) + 1) * block - 1;
    expect(server.requests.map((r) => [r.method, r.headers.range])).toEqual([
      ["HEAD", undefined],
      ["GET", "bytes=0-65535"],
      ["GET", `bytes=${from}-${to}`],
    ]);
  });

  /** The bytes a server sent for its requests (a GET without Range: the whole body). */
  function bytesServed(server: TestServer, body: Buffer): number {
    let total = 0;
    for (const { method, headers } of server.requests) {
      if (method !== "GET") continue;
      const range = /^bytes=(\d+)-(\d*)$/.exec(headers.range ?? "");
      const end = range?.[2] ? Math.min(Number(range[2]) + 1, body.length) : body.length;
      total += end - Number(range?.[1] ?? 0);
    }
    return total;
  }

  it.each([
    ["found by a ranged GET", headRefused(TAGGED_FLAC)],
    [
      "served as audio/mpeg",
      ((req, res) =>
        serveBytes(res, req, TAGGED_FLAC, { ranges: true, contentType: "audio/mpeg" })) as Handler,
    ],
  ])(
    "a FLAC behind a 189 KiB tag %s costs the server two ranged GETs, 192 KiB in all",
    async (_how, handler) => {
      // Before the probe's blocks were handed to the length read, a HEAD refused cost four GETs
      // and 266,752 bytes: the head and the tag's end read twice.
      const server = await serve(handler);
      const result = await check("audio", `${server.origin}/download/42`);
      expect(result.audio).toMatchObject({ type: "flac", durationSeconds: 6.5 });
      expect(server.requests.filter((r) => r.method === "GET")).toHaveLength(2);
      expect(bytesServed(server, TAGGED_FLAC)).toBe(3 * 64 * 1024);
    },
  );

  it("a FLAC served as audio/mpeg by a server that takes ranges is FLAC by its content", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, TAGGED_FLAC, { ranges: true, contentType: "audio/mpeg" }),
    );
    const result = await check("audio", `${server.origin}/show.flac`);
    expect(result.diagnostics).toEqual([]);
    expect(result.audio).toMatchObject({
      filename: "show.flac",
      type: "flac",
      contentType: "audio/flac",
      durationSeconds: 6.5,
    });
  });

  it("a name without an extension gets the content's, not the Content-Type's", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, TAGGED_FLAC, { ranges: true, contentType: "audio/mpeg" }),
    );
    const result = await check("audio", `${server.origin}/download/42`);
    expect(result.audio).toMatchObject({ filename: "42.flac", type: "flac" });
  });

  it.each([
    ["found by a ranged GET", (body: Buffer) => headRefused(body)],
    [
      "served as audio/mpeg",
      (body: Buffer): Handler =>
        (req, res) =>
          serveBytes(res, req, body, { ranges: true, contentType: "audio/mpeg" }),
    ],
  ])("a WavPack %s is named as WavPack, which Mixcloud does not take", async (_how, handler) => {
    const server = await serve(handler(TAGGED_WAVPACK));
    const result = await check("audio", `${server.origin}/show.mp3`);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        rule: "audio-url-unknown-type",
        ...AUDIO_SPAN,
        message: expect.stringMatching(
          new RegExp(
            `^the audio URL ${server.origin}/show\\.mp3 is WavPack.*, which Mixcloud does not take .*convert it, for example with \`ffmpeg -i show\\.mp3 `,
          ),
        ),
      }),
    ]);
    expect(result.audio).toBeUndefined();
  });
});

describe("URL media that are refused", () => {
  it("plain http without allow-private-urls, without connecting", async () => {
    const result = await check("audio", "http://example.com/show.mp3", { urlPolicy: PUBLIC_ONLY });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        rule: "audio-url-insecure",
        ...AUDIO_SPAN,
        message:
          "the audio URL http://example.com/show.mp3 is a plain http:// URL: use an https:// URL " +
          "(plain http is only allowed with `allow-private-urls: true`, to the runner's own network)",
      }),
    ]);
  });

  it("an invalid URL and another scheme", async () => {
    expect((await check("audio", "https://")).diagnostics[0]?.rule).toBe("audio-url-invalid");
    expect((await check("audio", "ftp://127.0.0.1/x.mp3")).diagnostics[0]?.rule).toBe(
      "audio-url-insecure",
    );
  });

  it("a redirect from this machine to another host, refused without connecting", async () => {
    // 10.255.255.1 does not answer: a connection attempt would hang until the 60 s timeout,
    // far past the test's 10 s limit.
    const server = await serve((_req, res) =>
      res.writeHead(302, { location: "https://10.255.255.1/x.mp3" }).end(),
    );
    const result = await check("audio", `${server.origin}/x.mp3`, { timeoutMs: 60_000 });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        rule: "audio-url-redirect-refused",
        message: expect.stringContaining(
          "redirects from this machine to another host (https://10.255.255.1/x.mp3)",
        ),
      }),
    ]);
    expect(server.requests).toHaveLength(1);
  }, 10_000);

  it("too many redirects", async () => {
    const server = await serve((req, res) => {
      const n = Number(req.url?.slice(1));
      res.writeHead(301, { location: `/${n + 1}` }).end();
    });
    const result = await check("audio", `${server.origin}/0`, { maxRedirects: 3 });
    expect(result.diagnostics[0]).toMatchObject({
      rule: "audio-url-redirect-limit",
      message: `the audio URL ${server.origin}/0 redirects more than 3 times: link to the final address of the file`,
    });
    expect(server.requests.map((r) => r.path)).toEqual(["/0", "/1", "/2", "/3"]);
  });

  it("a 404, naming the status, with the query string redacted", async () => {
    const server = await serve((_req, res) => res.writeHead(404).end());
    const result = await check("audio", `${server.origin}/gone.mp3?token=s3cr3t`);
    expect(result.diagnostics[0]).toMatchObject({
      rule: "audio-url-status",
      message: `the audio URL ${server.origin}/gone.mp3?… answered 404 Not Found: check the URL`,
    });
    expect(JSON.stringify(result)).not.toContain("s3cr3t");
  });

  it("a 5xx on the ranged GET", async () => {
    const server = await serve((req, res) =>
      res.writeHead(req.method === "HEAD" ? 405 : 503).end(),
    );
    expect((await check("audio", `${server.origin}/x`)).diagnostics[0]?.message).toContain(
      "answered 503 Service Unavailable",
    );
  });

  it("an unreachable server (connection refused)", async () => {
    const server = await startServer(() => undefined);
    await server.close();
    const result = await check("audio", `${server.origin}/x.mp3`);
    expect(result.diagnostics[0]).toMatchObject({
      rule: "audio-url-unreachable",
      message: `the audio URL ${server.origin}/x.mp3 could not be reached: the connection was refused`,
    });
  });

  it("a server that never answers: the timeout", async () => {
    const server = await serve(() => undefined);
    const result = await check("audio", `${server.origin}/x.mp3`, { timeoutMs: 300 });
    expect(result.diagnostics[0]?.rule).toBe("audio-url-unreachable");
  });

  it("Content-Length over the limit, from HEAD", async () => {
    const server = await serve((_req, res) =>
      res
        .writeHead(200, { "content-type": "audio/mpeg", "content-length": String(5 * 1024 ** 3) })
        .end(),
    );
    const result = await check("audio", `${server.origin}/huge.mp3`);
    expect(result.diagnostics[0]).toMatchObject({
      rule: "audio-url-too-large",
      message: `the audio URL ${server.origin}/huge.mp3 is 5.0 GiB; Mixcloud takes at most 4.0 GiB`,
    });
  });

  it("a picture over 10 MiB, from the Content-Range of a ranged GET", async () => {
    const server = await serve((req, res) => {
      if (req.method === "HEAD") return void res.writeHead(405).end();
      res.writeHead(206, {
        "content-range": `bytes 0-${PNG.length - 1}/${11 * 1024 * 1024}`,
        "content-length": PNG.length,
      });
      res.end(PNG);
    });
    const result = await check("picture", `${server.origin}/cover.png`);
    expect(result.diagnostics.map((d) => d.rule)).toContain("picture-url-too-large");
  });

  it("an empty file", async () => {
    const server = await serve((req, res) => serveBytes(res, req, Buffer.alloc(0)));
    expect((await check("audio", `${server.origin}/x.mp3`)).diagnostics[0]?.rule).toBe(
      "audio-url-empty",
    );
  });

  it("a web page served as text/html (a share link)", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, HTML, { contentType: "text/html; charset=utf-8" }),
    );
    expect((await check("audio", `${server.origin}/share/abc`)).diagnostics[0]).toMatchObject({
      rule: "audio-url-unknown-type",
      message: `the audio URL ${server.origin}/share/abc is served as a web page, not as audio: link to the file itself`,
    });
  });

  it("sniffed content of the wrong kind after a ranged GET", async () => {
    const server = await serve((req, res) => {
      if (req.method === "HEAD") res.writeHead(405).end();
      else serveBytes(res, req, HTML, { contentType: "application/octet-stream" });
    });
    const result = await check("audio", `${server.origin}/x.mp3`);
    expect(result.diagnostics[0]).toMatchObject({
      rule: "audio-url-unknown-type",
      message: expect.stringContaining("it looks like an HTML page"),
    });
  });

  it("audio served as the picture", async () => {
    const server = await serve((req, res) =>
      serveBytes(res, req, MP3, { contentType: "audio/mpeg" }),
    );
    const result = await check("picture", `${server.origin}/cover`);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["picture-url-unknown-type"]);
    expect(result.audio).toMatchObject({ type: "mp3" });
  });

  it("a cancelled check rejects with the caller's reason", async () => {
    const server = await serve(() => undefined);
    const controller = new AbortController();
    const pending = check("audio", `${server.origin}/x.mp3`, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("cancelled by test")), 50);
    await expect(pending).rejects.toThrow("cancelled by test");
  });
});
