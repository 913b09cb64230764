import { describe, expect, it } from "vitest";
import { urlFilename, safeFilename } from "../../src/media/filename.js";
import { formatBytes, typeFromMime, typeFromName } from "../../src/media/formats.js";
import { parseContentRange, describeNetworkError } from "../../src/media/http.js";
import { parseLfsPointer } from "../../src/media/lfs.js";
import { closestName, editDistance } from "../../src/suggest.js";
import {
  PRIVATE_ALLOWED,
  PUBLIC_ONLY,
  isLoopbackHost,
  redactUrl,
  redirectProblem,
  urlProblem,
} from "../../src/media/url-policy.js";
import { bytes, lfsPointer } from "./fixtures.js";

const u = (s: string) => new URL(s);

describe("URL policy", () => {
  it.each([
    ["localhost", true],
    ["127.0.0.1", true],
    ["127.200.3.4", true],
    ["[::1]", true],
    ["[::ffff:7f00:1]", true],
    ["10.0.0.1", false],
    ["128.0.0.1", false],
    ["localhost.example.com", false],
    ["[::2]", false],
    ["example.com", false],
  ])("%s is loopback: %s", (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });

  it("allows https anywhere public; http and private addresses only with allow-private-urls", () => {
    for (const policy of [PUBLIC_ONLY, PRIVATE_ALLOWED])
      expect(urlProblem(u("https://example.com/a.mp3"), "x", policy)).toBeUndefined();
    expect(urlProblem(u("http://127.0.0.1:8080/a.mp3"), "x", PRIVATE_ALLOWED)).toBeUndefined();
    expect(urlProblem(u("http://[::1]/a.mp3"), "x", PRIVATE_ALLOWED)).toBeUndefined();
    expect(urlProblem(u("http://127.0.0.1:8080/a.mp3"), "x", PUBLIC_ONLY)?.rule).toBe(
      "url-insecure",
    );
    expect(urlProblem(u("http://example.com/a.mp3"), "x", PUBLIC_ONLY)?.rule).toBe("url-insecure");
    // A public address literal over plain http is refused even with private addresses allowed.
    expect(urlProblem(u("http://93.184.216.34/a.mp3"), "x", PRIVATE_ALLOWED)?.rule).toBe(
      "url-insecure",
    );
    expect(urlProblem(u("file:///etc/passwd"), "x", PRIVATE_ALLOWED)?.rule).toBe("url-insecure");
  });

  it("refuses https → http, whatever the policy, unless both ends are this machine", () => {
    expect(
      redirectProblem(u("https://example.com/a"), u("http://example.com/b"), "x", PRIVATE_ALLOWED),
    ).toMatchObject({ rule: "url-redirect-downgrade" });
    expect(
      redirectProblem(u("https://127.0.0.1/a"), u("http://localhost/b"), "x", PRIVATE_ALLOWED),
    ).toBeUndefined();
    expect(
      redirectProblem(u("https://example.com/a"), u("https://cdn.example.net/b"), "x", PUBLIC_ONLY),
    ).toBeUndefined();
  });

  it("refuses a redirect from a public host to a private address", () => {
    for (const to of [
      "https://169.254.169.254/latest/meta-data/",
      "https://10.0.0.5/x",
      "https://[::ffff:127.0.0.1]/x",
      "https://localhost/x",
    ]) {
      expect(redirectProblem(u("https://example.com/a"), u(to), "x", PUBLIC_ONLY)?.rule, to).toBe(
        "url-private-address",
      );
    }
  });

  it("refuses a redirect from this machine to anywhere else, whatever the scheme", () => {
    expect(
      redirectProblem(u("http://127.0.0.1/a"), u("https://example.com/b"), "x", PRIVATE_ALLOWED)
        ?.rule,
    ).toBe("url-redirect-refused");
    expect(
      redirectProblem(u("https://localhost/a"), u("https://10.1.2.3/b"), "x", PRIVATE_ALLOWED)
        ?.rule,
    ).toBe("url-redirect-refused");
  });

  it("refuses https → plain http on this machine from elsewhere, and other schemes", () => {
    expect(
      redirectProblem(u("https://example.com/a"), u("http://127.0.0.1/b"), "x", PRIVATE_ALLOWED)
        ?.rule,
    ).toBe("url-redirect-downgrade");
    expect(
      redirectProblem(u("https://example.com/a"), u("ftp://example.com/b"), "x", PRIVATE_ALLOWED)
        ?.rule,
    ).toBe("url-redirect-downgrade");
  });

  it("redacts credentials, queries and fragments", () => {
    expect(redactUrl("https://user:pw@host.example/a/b.mp3?X-Amz-Signature=abc#t=1")).toBe(
      "https://host.example/a/b.mp3?…",
    );
    expect(redactUrl("https://host.example/a.mp3")).toBe("https://host.example/a.mp3");
    expect(redactUrl("not a url")).toBe("(an invalid URL)");
  });
});

describe("helpers", () => {
  it("parses Content-Range", () => {
    expect(parseContentRange("bytes 0-65535/1048576")).toEqual({
      start: 0,
      end: 65535,
      total: 1048576,
    });
    expect(parseContentRange("bytes 10-20/*")).toEqual({ start: 10, end: 20, total: undefined });
    expect(parseContentRange("bytes */0")).toEqual({ start: -1, end: -1, total: 0 });
    expect(parseContentRange("items 0-1/2")).toBeUndefined();
    expect(parseContentRange(undefined)).toBeUndefined();
  });

  it("describes network errors by code", () => {
    expect(describeNetworkError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(
      "the connection was refused",
    );
    expect(describeNetworkError(Object.assign(new Error("x"), { code: "CERT_HAS_EXPIRED" }))).toBe(
      "its TLS certificate was not accepted (CERT_HAS_EXPIRED)",
    );
    expect(describeNetworkError(new Error("fetch failed", { cause: { code: "ENOTFOUND" } }))).toBe(
      "the host name does not resolve",
    );
    expect(describeNetworkError(new Error("odd"))).toBe("odd");
  });

  it("maps MIME types and extensions to formats of the right kind only", () => {
    expect(typeFromMime("audio", "audio/x-wav; codecs=1")).toEqual({
      type: "wav",
      contentType: "audio/wav",
    });
    expect(typeFromMime("audio", "image/png")).toBeUndefined();
    expect(typeFromMime("picture", "image/jpg")).toEqual({
      type: "jpeg",
      contentType: "image/jpeg",
    });
    expect(typeFromName("audio", "/a/b/Show.AIF")).toEqual({
      type: "aiff",
      contentType: "audio/aiff",
    });
    expect(typeFromName("picture", "show.mp3")).toBeUndefined();
    expect(typeFromName("audio", "noextension")).toBeUndefined();
  });

  it("formats sizes", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(1023)).toBe("1023 bytes");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(4 * 1024 ** 3)).toBe("4.0 GiB");
  });

  it("suggests near names, case slips and swapped letters first", () => {
    expect(editDistance("audoi", "audio")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closestName("show.mp3", ["Show.mp3", "shows.mp3", "other.mp3"])).toBe("Show.mp3");
    expect(closestName("show.mp3", ["totally-different.wav"])).toBeUndefined();
  });

  it("reads Git LFS pointers, and only small ones", () => {
    expect(parseLfsPointer(lfsPointer(42), lfsPointer(42).length)).toEqual({
      objectSize: 42,
      oid: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(parseLfsPointer(bytes("version https://hawser.github.com/spec/v1\n"), 43)).toEqual({});
    expect(parseLfsPointer(lfsPointer(42), 5000)).toBeUndefined();
    expect(parseLfsPointer(bytes("version 2\n"), 10)).toBeUndefined();
  });

  it("names URL media safely", () => {
    const png = { type: "jpeg", contentType: "image/jpeg" };
    expect(urlFilename("picture", [u("https://h/x/cover")], undefined, png)).toBe("cover.jpg");
    expect(urlFilename("audio", [u("https://h/")], undefined, undefined)).toBe("audio");
    expect(urlFilename("audio", [u("https://h/a%20b.mp3")], undefined, undefined)).toBe("a b.mp3");
    expect(safeFilename("..\\..\\x\u0000y.mp3")).toBe("xy.mp3");
    expect(safeFilename(".hidden")).toBe("hidden");
  });
});
