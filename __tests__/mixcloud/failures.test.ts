import { describe, expect, it } from "vitest";
import {
  LocalFileError,
  MixcloudError,
  OutcomeUnknownError,
  TransientError,
} from "../../src/mixcloud/errors.js";
import { classifyFailure, type FailureContext } from "../../src/mixcloud/failures.js";

const base: FailureContext = {
  what: "POST /upload/",
  secrets: ["SECRET"],
  idempotent: false,
  bodyFullySent: false,
  timeouts: { connectMs: 1000, headersMs: 2000 },
};

function wireError(code: string, message = `${code} happened`): Error {
  return Object.assign(new Error(message), { code });
}

describe("classifyFailure", () => {
  it("a failure before the body was fully sent is transient: nothing can have been stored", () => {
    const error = classifyFailure(wireError("ECONNRESET"), base);
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toBe(
      "POST /upload/: the connection was closed before an answer came: a temporary fault",
    );
  });

  it("a failure after the body was fully sent leaves the outcome unknown", () => {
    const error = classifyFailure(wireError("UND_ERR_HEADERS_TIMEOUT"), {
      ...base,
      bodyFullySent: true,
    });
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.message).toContain("the request was fully sent, then no answer came within 2 s");
    expect(error.message).toContain(
      "The client does not send it again by itself, to avoid a duplicate: look the cloudcast up",
    );
  });

  it("tells a server that may still be working (no answer in time) from a lost connection", () => {
    const waiting = classifyFailure(wireError("UND_ERR_HEADERS_TIMEOUT"), {
      ...base,
      bodyFullySent: true,
    });
    const lost = classifyFailure(wireError("ECONNRESET"), { ...base, bodyFullySent: true });
    expect(waiting).toBeInstanceOf(OutcomeUnknownError);
    expect(lost).toBeInstanceOf(OutcomeUnknownError);
    expect((waiting as OutcomeUnknownError).serverMayStillBeWorking).toBe(true);
    expect((lost as OutcomeUnknownError).serverMayStillBeWorking).toBe(false);
  });

  it("a GET is retried whatever happened", () => {
    const error = classifyFailure(wireError("UND_ERR_SOCKET"), {
      ...base,
      idempotent: true,
      bodyFullySent: true,
    });
    expect(error).toBeInstanceOf(TransientError);
  });

  it("a stalled upload says so", () => {
    const error = classifyFailure(new DOMException("This operation was aborted", "AbortError"), {
      ...base,
      stalledForMs: 5000,
    });
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toBe(
      "POST /upload/: the upload stalled: the connection took no data for 5 s: a temporary fault",
    );
  });

  it("calls undici's headers timeout during an unfinished upload what it is: a stall", () => {
    const error = classifyFailure(wireError("UND_ERR_HEADERS_TIMEOUT"), base);
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toBe(
      "POST /upload/: the upload stalled: the connection took no data for 2 s: a temporary fault",
    );
  });

  it("names connect timeouts and refusals", () => {
    expect(classifyFailure(wireError("UND_ERR_CONNECT_TIMEOUT"), base).message).toContain(
      "could not connect within 1 s",
    );
    expect(classifyFailure(wireError("ECONNREFUSED"), base).message).toContain(
      "the connection was refused",
    );
  });

  it("does not retry configuration mistakes", () => {
    const error = classifyFailure(wireError("ENOTFOUND"), { ...base, idempotent: true });
    expect(error.constructor).toBe(MixcloudError);
    expect(error.message).toBe(
      "POST /upload/: the host name could not be resolved: check the api-url setting and the network",
    );
  });

  it("passes a local file error through untouched", () => {
    const local = new LocalFileError("changed");
    expect(classifyFailure(local, base)).toBe(local);
  });

  it("keeps a scrubbed copy of the cause, never the original", () => {
    const original = wireError("EWEIRD", "boom at /upload/?access_token=SECRET");
    const error = classifyFailure(original, base);
    expect(error.message).toBe(
      "POST /upload/: the request failed (Error: boom at /upload/?access_token=***): a temporary fault",
    );
    expect(error.cause).not.toBe(original);
    expect((error.cause as Error).message).toBe("boom at /upload/?access_token=***");
    expect((error.cause as { code?: string }).code).toBe("EWEIRD");
  });
});
