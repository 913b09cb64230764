import { describe, expect, it } from "vitest";
import { errorFromAnswer, htmlToText, summariseBody } from "../../src/mixcloud/answer-errors.js";
import {
  AuthError,
  MixcloudError,
  NotFoundError,
  RateLimitError,
  TransientError,
  ValidationError,
} from "../../src/mixcloud/errors.js";

const TOKEN = "tok-SECRET-123";
const context = {
  what: "POST /upload/",
  secrets: [TOKEN],
  now: Date.parse("2024-05-01T12:00:00Z"),
};
const js = { "content-type": "text/javascript; charset=utf-8" };

function answer(status: number, body: string, headers: Record<string, string> = js) {
  return errorFromAnswer({ status, headers, body }, context);
}

describe("errorFromAnswer", () => {
  it("reads Mixcloud's JSON served as text/javascript: an invalid token is an AuthError that says what to do", () => {
    const error = answer(
      401,
      '{"error": {"type": "OAuthException", "message": "An invalid access token was provided."}}',
    );
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe(
      "POST /upload/: Mixcloud answered 401 Unauthorized (OAuthException: An invalid access token was provided.): " +
        "the access token was refused; create a new access token (mixcloud-publish auth --client-id ID " +
        "--client-secret SECRET) and store it in the MIXCLOUD_ACCESS_TOKEN secret",
    );
    expect(error).toMatchObject({ status: 401, type: "OAuthException" });
  });

  it("treats an OAuthException as auth whatever the status (Mixcloud has used 400)", () => {
    expect(answer(400, '{"error":{"type":"OAuthException","message":"x"}}')).toBeInstanceOf(
      AuthError,
    );
  });

  it("reads the rate limit's retry_after from the body", () => {
    const error = answer(
      403,
      '{"error": {"type": "RateLimitException", "message": "You have hit your rate limit. Retry after 452 seconds.", "retry_after": 452}}',
      { ...js, "retry-after": "10" },
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(452);
    expect(error.message).toContain(
      "Mixcloud answered 403 Forbidden (RateLimitException: You have hit your rate limit.",
    );
  });

  it("falls back to the Retry-After header, in seconds or as an HTTP date", () => {
    const seconds = answer(429, "", { "retry-after": "7" });
    expect(seconds).toBeInstanceOf(RateLimitError);
    expect((seconds as RateLimitError).retryAfter).toBe(7);
    const date = answer(403, '{"error":{"type":"RateLimitException","message":"slow down"}}', {
      "retry-after": "Wed, 01 May 2024 12:01:00 GMT",
    });
    expect((date as RateLimitError).retryAfter).toBe(60);
  });

  it("turns validation failures into a ValidationError with the details", () => {
    const error = answer(
      400,
      '{"error": {"type": "UploadValidationException", "message": "Invalid data"}, "details": {"name": ["This field is required."], "tags-5-tag": ["Too many tags.", "Really."]}}',
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual({
      name: ["This field is required."],
      "tags-5-tag": ["Too many tags.", "Really."],
    });
    expect(error.message).toBe(
      "POST /upload/: Mixcloud answered 400 Bad Request (UploadValidationException: Invalid data) — " +
        "name: This field is required.; tags-5-tag: Too many tags. Really.: fix the cloudcast file or its media and run again",
    );
  });

  it("makes a gateway's HTML 413 a ValidationError", () => {
    const error = answer(
      413,
      "<html><head><title>413 Request Entity Too Large</title></head><body>nginx</body></html>",
      {
        "content-type": "text/html",
      },
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('(an HTML error page: "413 Request Entity Too Large nginx")');
  });

  it("makes an HTML 502 a readable TransientError", () => {
    const html =
      "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title><style>body{color:red}</style>" +
      "<script>var x = '<b>';</script></head><body><center><h1>502 Bad Gateway</h1></center>" +
      "<hr><center>nginx &amp; friends</center></body></html>";
    const error = answer(502, html, { "content-type": "text/html" });
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toBe(
      'POST /upload/: Mixcloud answered 502 Bad Gateway (an HTML error page: "502 Bad Gateway 502 Bad Gateway nginx & friends"): a temporary fault',
    );
  });

  it("handles an empty 503 body and keeps its Retry-After", () => {
    const error = answer(503, "", { "retry-after": "2" });
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).retryAfter).toBe(2);
    expect(error.message).toBe(
      "POST /upload/: Mixcloud answered 503 Service Unavailable (with an empty body): a temporary fault",
    );
  });

  it("treats 504, 500 and 408 as temporary", () => {
    for (const status of [500, 504, 408])
      expect(answer(status, "oops")).toBeInstanceOf(TransientError);
  });

  it("recognises not found by status or by type", () => {
    expect(
      answer(404, '{"error":{"type":"NotFoundException","message":"No such cloudcast"}}'),
    ).toBeInstanceOf(NotFoundError);
    expect(answer(404, "")).toBeInstanceOf(NotFoundError);
  });

  it("reports an unexpected status as a plain MixcloudError that is not retried", () => {
    const error = answer(301, "", { location: "/upload/" });
    expect(error.constructor).toBe(MixcloudError);
    expect(error.message).toContain("which this client does not expect: check the api-url setting");
  });

  it("caps long bodies and scrubs the token out of them", () => {
    const long = `<html><body><p>Request /upload/?access_token=${TOKEN} failed ${"x".repeat(5000)}</p></body></html>`;
    const error = answer(500, long);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain("access_token=***");
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain("…");
    const json = answer(
      400,
      `{"error":{"type":"X","message":"token ${TOKEN} is odd"},"details":{"f":["${TOKEN}"]}}`,
    );
    expect(
      JSON.stringify({ message: json.message, details: (json as ValidationError).details }),
    ).not.toContain(TOKEN);
  });
});

describe("summariseBody", () => {
  it("reads OAuth's string errors", () => {
    expect(
      summariseBody('{"error": "invalid_grant", "error_description": "Code used"}', []),
    ).toMatchObject({
      kind: "json",
      text: "invalid_grant: Code used",
    });
  });

  it("takes plain text as it is, collapsed", () => {
    expect(summariseBody("  Service\n\n  down  ", [])).toEqual({
      kind: "text",
      text: "Service down",
      details: {},
    });
  });

  it("does not mistake text that merely starts with a brace for JSON", () => {
    expect(summariseBody("{oops", [])).toMatchObject({ kind: "text", text: "{oops" });
  });
});

describe("htmlToText", () => {
  it("drops comments, scripts, styles and tags, and decodes entities", () => {
    expect(
      htmlToText("<!-- hidden --><p>a&lt;b &#65;&#x42; &nbsp;c</p><script>alert(1)</script>"),
    ).toBe("a<b AB c");
  });

  it.each([
    ["<STYLE type=x>p{}</Style >Bad gateway", "Bad gateway"],
    ["<p>5 < 6</p>", "5 < 6"],
    ["<p>Down</p><!-- never closed <p>hidden", "Down"],
    ["<p>Down</p><script>never closed <p>hidden", "Down"],
    ["<p>Down</p><a href='x'", "Down"],
    ["<scripts>kept</scripts>", "kept"],
  ])("%j → %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

// Hang guards: an error body may be 32 MiB (the client's cap on an answer). Shapes that made the
// old patterns look from every opening to the end of the page — "<html>" + "<!--" × n took 35 s
// at 512 KiB — at that size would take days; read linearly, and only the first 64 KiB, they take
// milliseconds. No timing is asserted: a hang is what fails.
describe("no error body makes the summary hang", () => {
  const MiB = 1024 * 1024;
  it.each([
    ["unclosed comments", "<!--"],
    ["unclosed scripts", "<script>"],
    ["unclosed styles", "<style>"],
    ["unclosed tags", "<a"],
    ["lone <", "< "],
  ])(
    "%s, 32 MiB",
    (_name, unit) => {
      const body = `<html>${unit.repeat((32 * MiB) / unit.length)}`;
      const error = answer(502, body, { "content-type": "text/html" });
      expect(error).toBeInstanceOf(TransientError);
      expect(error.message.length).toBeLessThan(400);
    },
    60_000,
  );

  it("the text of a 1 MiB page of unclosed comments, whole (the scanner alone)", () => {
    expect(htmlToText(`<html>${"<!--".repeat(MiB / 4)}`)).toBe("");
  }, 60_000);
});

describe("a hostile or broken answer", () => {
  it("scrubs, flattens and caps error.type, details keys and values, and message", () => {
    const body = JSON.stringify({
      error: {
        type: `Oops\n::add-mask::x ${TOKEN} ${"T".repeat(500)}`,
        message: `bad\r\n::error::forged ${encodeURIComponent(TOKEN)}\u2028\u0085end`,
      },
      details: {
        [`field\n::warning::${TOKEN}`]: [`value ${TOKEN}\u2029::notice::x`, { nested: TOKEN }],
        ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, ["x".repeat(400)]])),
      },
    });
    const error = answer(400, body);
    expect(error).toBeInstanceOf(ValidationError);
    const everything = JSON.stringify({
      message: error.message,
      type: error.type,
      details: (error as ValidationError).details,
    });
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(encodeURIComponent(TOKEN));
    expect(error.message).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
    expect(error.type?.length).toBeLessThanOrEqual(60);
    expect(error.type).not.toMatch(/[\r\n]/);
    const details = (error as ValidationError).details;
    expect(Object.keys(details).length).toBeLessThanOrEqual(20);
    for (const [field, messages] of Object.entries(details)) {
      expect(field).not.toMatch(/[\r\n]/);
      for (const message of messages) expect(message.length).toBeLessThanOrEqual(200);
    }
    expect(error.message.length).toBeLessThan(2000);
  });
});
