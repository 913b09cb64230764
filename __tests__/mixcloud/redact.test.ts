import { describe, expect, it } from "vitest";
import { redactUrl, sanitizeError, scrubSecrets } from "../../src/mixcloud/redact.js";

describe("redactUrl", () => {
  it("hides the token, the client secret and the OAuth code, and nothing else", () => {
    expect(redactUrl("https://api.mixcloud.com/upload/?access_token=abc123&x=1")).toBe(
      "https://api.mixcloud.com/upload/?access_token=***&x=1",
    );
    expect(
      redactUrl(
        "https://www.mixcloud.com/oauth/access_token?client_id=id&client_secret=s3&code=c0de&redirect_uri=u",
      ),
    ).toBe(
      "https://www.mixcloud.com/oauth/access_token?client_id=id&client_secret=***&code=***&redirect_uri=u",
    );
  });

  it("works on URLs inside text, relative URLs and odd cases", () => {
    expect(redactUrl('failed: "GET /me/?ACCESS_TOKEN=xyz" (500)')).toBe(
      'failed: "GET /me/?ACCESS_TOKEN=***" (500)',
    );
    expect(redactUrl("/me/?limit=1&access_token=a%2Fb#frag")).toBe(
      "/me/?limit=1&access_token=***#frag",
    );
    expect(redactUrl("/me/?barcode=1&zipcode=2")).toBe("/me/?barcode=1&zipcode=2");
  });
});

describe("scrubSecrets", () => {
  it("removes the secret wherever it is, raw or percent-encoded", () => {
    expect(scrubSecrets("a t/k+n b t%2Fk%2Bn c", ["t/k+n"])).toBe("a *** b *** c");
    expect(scrubSecrets('{"access_token": "zzz"}', [])).toBe('{"access_token": "***"}');
  });

  it("ignores empty secrets", () => {
    expect(scrubSecrets("abc", [""])).toBe("abc");
  });
});

describe("sanitizeError", () => {
  it("copies name, code and message, scrubbed, down the cause chain", () => {
    const inner = Object.assign(new Error("connect to /x?access_token=SECRET failed"), {
      code: "ECONNREFUSED",
    });
    const outer = new TypeError("fetch SECRET failed", { cause: inner });
    const safe = sanitizeError(outer, ["SECRET"]);
    expect(safe.name).toBe("TypeError");
    expect(safe.message).toBe("fetch *** failed");
    const cause = safe.cause as Error & { code?: string };
    expect(cause.message).toBe("connect to /x?access_token=*** failed");
    expect(cause.code).toBe("ECONNREFUSED");
    expect(`${safe.stack} ${cause.stack}`).not.toContain("SECRET");
  });

  it("stringifies what is not an Error", () => {
    expect(sanitizeError("raw SECRET", ["SECRET"]).message).toBe("raw ***");
  });
});
