// Shared helpers of the mock server's tests: plain HTTP through Node's fetch, no project client.
import { createHash } from "node:crypto";
import { afterEach } from "vitest";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer, MockServerOptions } from "../../src/mock/index.js";

export const TOKEN = "mock-token";

/** Starts a mock for one test; it is closed after the test. */
export function useMock(): (options?: MockServerOptions) => Promise<MockServer> {
  const started: MockServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });
  return async (options) => {
    const server = await startMockServer(options);
    started.push(server);
    return server;
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: () => unknown;
}

/** One request to `server.url + path`; redirects are returned, not followed. */
export async function call(
  server: MockServer,
  path: string,
  init: { method?: string; body?: RequestInit["body"]; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(server.url + path, { redirect: "manual", ...init });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

export interface TestFile {
  field: string;
  filename: string;
  content: string | Uint8Array;
  type?: string;
}

/** A multipart form: text fields in order, then files. */
export function form(fields: Array<[string, string]>, files: TestFile[] = []): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  for (const file of files) {
    data.append(
      file.field,
      new Blob([file.content], { type: file.type ?? "application/octet-stream" }),
      file.filename,
    );
  }
  return data;
}

export const AUDIO: TestFile = {
  field: "mp3",
  filename: "show.mp3",
  content: "ID3 fake audio bytes",
  type: "audio/mpeg",
};

export function sha256(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** POST /upload/ with the valid token. */
export function upload(
  server: MockServer,
  fields: Array<[string, string]>,
  files: TestFile[] = [AUDIO],
) {
  return call(server, `/upload/?access_token=${TOKEN}`, {
    method: "POST",
    body: form(fields, files),
  });
}

/** POST /upload/<key>edit/ with the valid token. */
export function edit(
  server: MockServer,
  key: string,
  fields: Array<[string, string]>,
  files: TestFile[] = [],
) {
  return call(server, `/upload${key}edit/?access_token=${TOKEN}`, {
    method: "POST",
    body: form(fields, files),
  });
}

/** The key an upload answered with. */
export function keyOf(answer: Answer): string {
  return (answer.json() as { result: { key: string } }).result.key;
}
