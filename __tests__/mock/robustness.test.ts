import { createHash } from "node:crypto";
import { request } from "node:http";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import type { MockServer } from "../../src/mock/index.js";
import { TOKEN, call, upload, useMock } from "./helpers.js";

const start = useMock();
const BOUNDARY = "----mock-test-boundary";

/** Sends raw bytes on a new connection; resolves with everything received until it closes. */
function rawExchange(
  mock: MockServer,
  payload: string,
  opts: { hangUpAfterSending?: boolean } = {},
) {
  const { port } = new URL(mock.url);
  return new Promise<string>((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => resolve(received));
    socket.write(payload, () => {
      if (opts.hangUpAfterSending) socket.destroy();
    });
  });
}

function multipartRequest(body: string, headers: Record<string, string> = {}): string {
  const head = {
    Host: "127.0.0.1",
    "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`,
    "Content-Length": String(Buffer.byteLength(body)),
    Connection: "close",
    ...headers,
  };
  const lines = Object.entries(head).map(([name, value]) => `${name}: ${value}`);
  return `POST /upload/?access_token=${TOKEN} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n${body}`;
}

function filePart(field: string, filename: string, content: string): string {
  return (
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
    `Content-Type: audio/mpeg\r\n\r\n${content}\r\n`
  );
}

function textPart(field: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`;
}

async function expectStillServing(mock: MockServer): Promise<void> {
  expect((await call(mock, `/me/?access_token=${TOKEN}`)).status).toBe(200);
  expect(mock.state.uploads).toEqual([]);
  expect(mock.state.cloudcasts).toEqual([]);
}

describe("malformed bodies", () => {
  const cases: Array<[string, string, Record<string, string>]> = [
    ["multipart without a boundary", "whatever", { "Content-Type": "multipart/form-data" }],
    ["a body without any boundary line", "just some bytes, no parts at all", {}],
    [
      "a part header without a colon",
      `--${BOUNDARY}\r\nthis is not a header\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
      {},
    ],
    ["a form that never closes", textPart("name", "x") + filePart("mp3", "a.mp3", "abc"), {}],
  ];

  it.each(cases)("answers 400 to %s and keeps serving", async (_, body, headers) => {
    const mock = await start();
    const response = await rawExchange(mock, multipartRequest(body, headers));
    expect(response).toMatch(/^HTTP\/1\.1 400 /u);
    expect(response).toContain("UploadValidationException");
    await expectStillServing(mock);
  });

  it("accepts a well-formed raw body (the helpers above are sound)", async () => {
    const mock = await start();
    const body = textPart("name", "Raw") + filePart("mp3", "a.mp3", "abc") + `--${BOUNDARY}--\r\n`;
    const response = await rawExchange(mock, multipartRequest(body));
    expect(response).toMatch(/^HTTP\/1\.1 200 /u);
    expect(mock.state.uploads[0]!.files[0]).toMatchObject({ size: 3 });
  });
});

describe("bodies cut off", () => {
  it("survives a client that hangs up in the middle of a file part", async () => {
    const mock = await start();
    const body =
      textPart("name", "x") + filePart("mp3", "a.mp3", "a".repeat(50_000) + "b".repeat(50_000));
    const request = multipartRequest(body, {
      "Content-Length": String(Buffer.byteLength(body) + 1_000_000),
    });
    const response = await rawExchange(mock, request, { hangUpAfterSending: true });
    expect(response).toBe("");
    await expectStillServing(mock);
    expect(mock.state.requests[0]).toMatchObject({ method: "POST", status: 0 });
  });

  it("survives a chunked body that stops midway", async () => {
    const mock = await start();
    const chunk =
      textPart("name", "x") +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mp3"; filename="a.mp3"\r\n\r\nabc`;
    const head =
      `POST /upload/?access_token=${TOKEN} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n` +
      `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\n\r\n`;
    const payload = `${head}${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`;
    expect(await rawExchange(mock, payload, { hangUpAfterSending: true })).toBe("");
    await expectStillServing(mock);
  });
});

/** Streams `size` bytes of a repeated pattern as the mp3 part, as a client would from disk. */
function streamUpload(mock: MockServer, size: number, onProgress?: () => void) {
  const head = Buffer.from(
    textPart("name", "Big show") +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="mp3"; filename="big.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  const chunk = Buffer.alloc(1024 * 1024, "0123456789abcdef");
  const hash = createHash("sha256");
  return new Promise<{ status: number; body: string; sha256: string }>((resolve, reject) => {
    const req = request(`${mock.url}/upload/?access_token=${TOKEN}`, {
      method: "POST",
      headers: {
        "Content-Type": `multipart/form-data; boundary=${BOUNDARY}`,
        "Content-Length": String(head.length + size + tail.length),
      },
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (data) => (body += data));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body, sha256: hash.digest("hex") }),
      );
    });
    req.on("error", reject);
    req.write(head);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        hash.update(piece);
        onProgress?.();
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      req.end(tail);
    };
    pump();
  });
}

describe("streaming", () => {
  it("hashes a large upload as it streams, without holding it in memory", async () => {
    const mock = await start();
    const size = 192 * 1024 * 1024;
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const result = await streamUpload(mock, size, () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    });
    expect(result.status).toBe(200);
    expect(mock.state.uploads[0]!.files[0]).toMatchObject({
      field: "mp3",
      size,
      sha256: result.sha256,
    });
    // Holding the body would add at least its 192 MiB; streaming stays far below that.
    expect(peak - baseline).toBeLessThan(96 * 1024 * 1024);
  });

  it("refuses an oversized part after reading the body, without crashing", async () => {
    const mock = await start({ maxAudioBytes: 1024 * 1024 });
    const result = await streamUpload(mock, 3 * 1024 * 1024);
    expect(result.status).toBe(400);
    expect(JSON.parse(result.body)).toMatchObject({
      details: { mp3: ["The file is larger than the limit of 1048576 bytes."] },
    });
    await expectStillServing(mock);
    expect((await upload(mock, [["name", "small"]])).status).toBe(200);
  });
});
