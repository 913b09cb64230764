import { readFileSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  MediaDownloadError,
  PRIVATE_ALLOWED,
  downloadToTemp,
  type UrlMedia,
} from "../../src/media/index.js";
import { createDownloader } from "../../src/download.js";
import { HTML, JPEG, bytes, id3, mp3Frames, tempFolder } from "./fixtures.js";
import { endlessBody, serveBytes, startServer, type Handler, type TestServer } from "./server.js";

const MIB = 1024 * 1024;
const AUDIO = bytes(id3(100), mp3Frames(1000)); // ~417 KB
let tempDir: string;
const servers: TestServer[] = [];
const removers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  const folder = await tempFolder("media-dl-");
  removers.push(folder.remove);
  tempDir = folder.path;
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(removers.splice(0).map((remove) => remove()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

function media(url: string, extra: Partial<UrlMedia> = {}): UrlMedia {
  return {
    kind: "url",
    url,
    originalUrl: url,
    filename: "show.mp3",
    acceptsRanges: false,
    ...extra,
  };
}

/** Sends the first `cut` bytes of `body` under the full Content-Length, then drops the connection. */
function cutOff(res: ServerResponse, body: Buffer, cut: number, ranges: boolean): void {
  res.writeHead(200, {
    "content-length": body.length,
    ...(ranges ? { "accept-ranges": "bytes" } : {}),
  });
  res.write(body.subarray(0, cut), () => setTimeout(() => res.destroy(), 50));
}

/** A download of `url` as a test server on loopback serves it, up to 1 MiB. */
function downloadAs(kind: "audio" | "picture", url: string) {
  return downloadToTemp(media(url), { tempDir, urlPolicy: PRIVATE_ALLOWED, maxBytes: MIB, kind });
}

describe("downloadToTemp", () => {
  it("refuses the runner's own network by default, without a request", async () => {
    const server = await serve((req, res) => serveBytes(res, req, AUDIO));
    const download = downloadToTemp(
      media(`${server.origin.replace("127.0.0.1", "localhost")}/a.mp3`),
      {
        tempDir,
        maxBytes: MIB,
        kind: "audio",
      },
    );
    await expect(download).rejects.toThrow(/does not lead to a public internet address/);
    expect(server.requests).toEqual([]);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("streams the file to a fresh temp folder, sniffs it, reports progress; cleanup removes it", async () => {
    const server = await serve((req, res) => serveBytes(res, req, AUDIO));
    const progress: [number, number | undefined][] = [];
    const got = await downloadToTemp(media(`${server.origin}/a.mp3`), {
      tempDir,
      urlPolicy: PRIVATE_ALLOWED,
      maxBytes: MIB,
      kind: "audio",
      onProgress: (n, total) => progress.push([n, total]),
    });
    expect(got).toMatchObject({ size: AUDIO.length, type: "mp3", contentType: "audio/mpeg" });
    expect(got.path.startsWith(tempDir)).toBe(true);
    expect(got.path.endsWith("/show.mp3")).toBe(true);
    expect((await readFile(got.path)).equals(AUDIO)).toBe(true);
    expect(progress.at(-1)).toEqual([AUDIO.length, AUDIO.length]);
    await got.cleanup();
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("sends the caller's headers to the URL's origin only, not to where it redirects", async () => {
    const other = await serve((req, res) => serveBytes(res, req, JPEG));
    const server = await serve((_req, res) =>
      res.writeHead(302, { location: `${other.origin}/cdn/cover.jpg` }).end(),
    );
    const got = await downloadToTemp(media(`${server.origin}/cover`, { filename: "cover.jpg" }), {
      tempDir,
      urlPolicy: PRIVATE_ALLOWED,
      maxBytes: MIB,
      kind: "picture",
      headers: { authorization: "token abc" },
    });
    expect(got.type).toBe("jpeg");
    expect(server.requests[0]?.headers.authorization).toBe("token abc");
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("stops an endless body at the cap and removes the partial file", async () => {
    const server = await serve((_req, res) => endlessBody(res, mp3Frames(2)));
    const download = downloadAs("audio", `${server.origin}/endless`);
    await expect(download).rejects.toThrow(
      `the audio URL ${server.origin}/endless is larger than the 1.0 MiB allowed for audio (it kept sending past the limit)`,
    );
    await expect(download).rejects.toMatchObject({ retryable: false });
    expect(await readdir(tempDir)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a Content-Length over the cap before reading", async () => {
    const server = await serve((req, res) => serveBytes(res, req, AUDIO));
    await expect(
      downloadToTemp(media(`${server.origin}/a.mp3`), {
        tempDir,
        urlPolicy: PRIVATE_ALLOWED,
        maxBytes: 1000,
        kind: "audio",
      }),
    ).rejects.toThrow(
      /is larger than the 1000 bytes allowed for audio \(it announces 407\.3 KiB\)/,
    );
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("a Content-Length the server never delivers (no range support): retried from 0, then fails clean", async () => {
    const server = await serve((_req, res) => cutOff(res, AUDIO, 100_000, false));
    const download = downloadToTemp(media(`${server.origin}/a.mp3`), {
      tempDir,
      urlPolicy: PRIVATE_ALLOWED,
      maxBytes: MIB,
      kind: "audio",
      attempts: 2,
    });
    await expect(download).rejects.toBeInstanceOf(MediaDownloadError);
    await expect(download).rejects.toThrow(/the download failed after|the connection ended after/);
    expect(server.requests.map((r) => r.headers.range)).toEqual([undefined, undefined]);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("a body that ends short gives exact bytes where rounding would hide the difference", async () => {
    // A 206 that states the total, then ends its (chunked) body cleanly 20 bytes short.
    const server = await serve((_req, res) => {
      res.writeHead(206, { "content-range": `bytes 0-${AUDIO.length - 1}/${AUDIO.length}` });
      res.end(AUDIO.subarray(0, AUDIO.length - 20));
    });
    await expect(
      downloadToTemp(media(`${server.origin}/a.mp3`), {
        tempDir,
        urlPolicy: PRIVATE_ALLOWED,
        maxBytes: MIB,
        kind: "audio",
        attempts: 1,
      }),
    ).rejects.toThrow(
      `the audio URL ${server.origin}/a.mp3: the connection ended after ${(AUDIO.length - 20).toLocaleString("en-US")} bytes of ${AUDIO.length.toLocaleString("en-US")} bytes`,
    );
  });

  it("resumes after a mid-body cut with Range, checking the 206 and Content-Range", async () => {
    const server = await serve((req, res, seen) => {
      if (seen.length === 1) cutOff(res, AUDIO, 150_000, true);
      else serveBytes(res, req, AUDIO, { ranges: true });
    });
    const got = await downloadAs("audio", `${server.origin}/a.mp3`);
    expect((await readFile(got.path)).equals(AUDIO)).toBe(true);
    const resumedFrom = Number(/^bytes=(\d+)-$/.exec(server.requests[1]?.headers.range ?? "")?.[1]);
    expect(resumedFrom).toBeGreaterThan(0);
    expect(resumedFrom).toBeLessThanOrEqual(150_000);
    expect(server.requests).toHaveLength(2);
    await got.cleanup();
  });

  it("starts over when the server ignores the Range on the retry", async () => {
    const server = await serve((req, res, seen) => {
      if (seen.length === 1) cutOff(res, AUDIO, 150_000, true);
      else serveBytes(res, req, AUDIO, { ranges: false });
    });
    const got = await downloadAs("audio", `${server.origin}/a.mp3`);
    expect(server.requests[1]?.headers.range).toMatch(/^bytes=\d+-$/);
    expect((await readFile(got.path)).equals(AUDIO)).toBe(true);
    await got.cleanup();
  });

  it("starts over when a resumed answer has the wrong Content-Range", async () => {
    const server = await serve((req, res, seen) => {
      if (seen.length === 1) return cutOff(res, AUDIO, 150_000, true);
      if (req.headers.range) {
        res
          .writeHead(206, { "content-range": `bytes 0-9/${AUDIO.length}`, "content-length": 10 })
          .end(AUDIO.subarray(0, 10));
        return;
      }
      serveBytes(res, req, AUDIO);
    });
    const got = await downloadAs("audio", `${server.origin}/a.mp3`);
    expect(server.requests.map((r) => r.headers.range === undefined)).toEqual([true, false, true]);
    expect((await readFile(got.path)).equals(AUDIO)).toBe(true);
    await got.cleanup();
  });

  it("retries a 503 and gives up on a 404 at once", async () => {
    const flaky = await serve((req, res, seen) =>
      seen.length === 1 ? res.writeHead(503).end() : serveBytes(res, req, AUDIO),
    );
    const got = await downloadAs("audio", `${flaky.origin}/a.mp3`);
    expect(got.size).toBe(AUDIO.length);
    await got.cleanup();
    const gone = await serve((_req, res) => res.writeHead(404).end());
    await expect(downloadAs("audio", `${gone.origin}/a.mp3`)).rejects.toThrow(
      `the audio URL ${gone.origin}/a.mp3 answered 404 Not Found: check the URL`,
    );
    expect(gone.requests).toHaveLength(1);
  });

  it("a stalled body is given up on after stallMs", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-length": AUDIO.length });
      res.write(AUDIO.subarray(0, 1000));
    });
    await expect(
      downloadToTemp(media(`${server.origin}/a.mp3`), {
        tempDir,
        urlPolicy: PRIVATE_ALLOWED,
        maxBytes: MIB,
        kind: "audio",
        stallMs: 200,
        attempts: 1,
      }),
    ).rejects.toThrow(`the audio URL ${server.origin}/a.mp3 stalled: no data for 0.2 s`);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("cancellation mid-download rejects with the reason and leaves no file", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-length": AUDIO.length });
      res.write(AUDIO.subarray(0, 20_000));
    });
    const controller = new AbortController();
    const download = downloadToTemp(media(`${server.origin}/a.mp3`), {
      tempDir,
      urlPolicy: PRIVATE_ALLOWED,
      maxBytes: MIB,
      kind: "audio",
      signal: controller.signal,
      onProgress: (got) => {
        if (got >= 20_000) controller.abort(new Error("user cancelled"));
      },
    });
    await expect(download).rejects.toThrow("user cancelled");
    expect(await readdir(tempDir)).toEqual([]);
  });

  it("refuses what is not the expected kind once downloaded", async () => {
    const server = await serve((req, res) => serveBytes(res, req, HTML));
    await expect(downloadAs("audio", `${server.origin}/a.mp3`)).rejects.toThrow(
      /is not audio of a known type .*: it looks like an HTML page/,
    );
    const pictures = await serve((req, res) => serveBytes(res, req, AUDIO));
    await expect(downloadAs("picture", `${pictures.origin}/c.jpg`)).rejects.toThrow(
      /it looks like MP3 audio/,
    );
    expect(await readdir(tempDir)).toEqual([]);
  });

  describe("audio behind an ID3v2 tag larger than the first 64 KiB (cover art)", () => {
    const corpus = (name: string) =>
      readFileSync(new URL(`../fixtures/audio/${name}`, import.meta.url));
    // A real FLAC and a real WavPack, each behind a 189 KiB tag.
    const TAGGED_FLAC = bytes(id3(189 * 1024), corpus("flac.flac"));
    const TAGGED_WAVPACK = bytes(id3(189 * 1024), corpus("unsupported-wavpack.wv"));

    it("a FLAC is FLAC, not MP3, and is uploaded as audio/flac", async () => {
      const server = await serve((req, res) => serveBytes(res, req, TAGGED_FLAC));
      const got = await downloadAs("audio", `${server.origin}/show.mp3`);
      expect(got).toMatchObject({ type: "flac", contentType: "audio/flac" });
      await got.cleanup();
      // The check could not read past the tag (no ranges): the downloader gives the upload the type.
      const download = createDownloader({
        tempDir,
        signal: new AbortController().signal,
        attempts: 1,
        urlPolicy: PRIVATE_ALLOWED,
      });
      const local = await download(
        media(`${server.origin}/show.mp3`, { contentType: "audio/mpeg" }),
        "audio",
      );
      expect(local.contentType).toBe("audio/flac");
      await local.cleanup();
    });

    it("a WavPack is named as WavPack, which Mixcloud does not take, and not kept", async () => {
      const server = await serve((req, res) => serveBytes(res, req, TAGGED_WAVPACK));
      await expect(downloadAs("audio", `${server.origin}/show.mp3`)).rejects.toThrow(
        new RegExp(
          `^the audio URL ${server.origin}/show\\.mp3 is WavPack.*, which Mixcloud does not take .*convert it`,
        ),
      );
      expect(await readdir(tempDir)).toEqual([]);
    });
  });

  it("keeps a safe file name whatever the media says", async () => {
    const server = await serve((req, res) => serveBytes(res, req, AUDIO));
    const got = await downloadToTemp(
      media(`${server.origin}/a`, { filename: "../../etc/evil.mp3" }),
      { tempDir, urlPolicy: PRIVATE_ALLOWED, maxBytes: MIB, kind: "audio" },
    );
    expect(got.path.startsWith(tempDir)).toBe(true);
    expect(got.path.endsWith("/evil.mp3")).toBe(true);
    expect((await stat(got.path)).size).toBe(AUDIO.length);
    await got.cleanup();
  });
});

describe("createDownloader: release assets", () => {
  it("refuses an asset larger than Mixcloud takes before downloading a byte of it", async () => {
    let downloads = 0;
    const download = createDownloader({
      tempDir,
      signal: new AbortController().signal,
      attempts: 1,
      // What the GitHub API says of a 5 GiB asset; nothing else of GitHub is reached.
      github: {
        findReleaseAssetByUrl: async (url) => ({
          id: 1,
          name: "huge.wav",
          size: 5 * 1024 ** 3,
          contentType: "audio/wav",
          downloadUrl: url,
        }),
        downloadReleaseAsset: async () => {
          downloads += 1;
          return { bytes: 0 };
        },
      },
    });
    const url = "https://github.com/o/r/releases/download/v1/huge.wav";
    await expect(download(media(url), "audio")).rejects.toThrow(
      "the audio release asset huge.wav is 5.0 GiB; Mixcloud takes at most 4.0 GiB",
    );
    expect(downloads).toBe(0);
    expect(await readdir(tempDir)).toEqual([]);
  });
});
