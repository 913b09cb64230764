// Mixcloud answers written by hand in the real API's shapes (__tests__/fixtures/mixcloud/: not
// recordings, see its README) and a small real HTTP server on 127.0.0.1 that answers with them,
// for tests of the client against the real API's shapes.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

const FOLDER = fileURLToPath(new URL("../fixtures/mixcloud/", import.meta.url));

/** The real API's root, as its answers name it in their links. */
export const DOCUMENTED_API = "https://api.mixcloud.com";

/** A documented answer's text. */
export function documented(file: string): string {
  return readFileSync(`${FOLDER}${file}`, "utf8");
}

/** A documented JSON answer, parsed (a fresh copy each time, free to change). */
export function documentedJson(file: string): Record<string, unknown> {
  return JSON.parse(documented(file)) as Record<string, unknown>;
}

export interface Served {
  status?: number;
  headers?: Record<string, string>;
  /** The body; its links to the real API are rewritten to the server's own address. */
  body: string;
}

export interface DocumentedApi {
  url: string;
  /** Method and path with query of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `answers` by request path (without the query), as Mixcloud serves JSON: with
 * `text/javascript`. Bodies are read to the end before the answer, as the API does. A path with
 * no answer gets Mixcloud's JSON 404.
 */
export async function startDocumentedApi(
  answers: Record<string, Served | ((req: IncomingMessage) => Served)>,
): Promise<DocumentedApi> {
  const requests: string[] = [];
  let origin = "";
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.once("end", () => {
      const path = (req.url ?? "").split("?")[0] ?? "";
      const entry = answers[path];
      const answer = typeof entry === "function" ? entry(req) : entry;
      const served = answer ?? {
        status: 404,
        body: JSON.stringify({ error: { type: "NotFoundException", message: "Not found" } }),
      };
      res.writeHead(served.status ?? 200, {
        "content-type": "text/javascript; charset=utf-8",
        ...served.headers,
      });
      res.end(served.body.replaceAll(DOCUMENTED_API, origin));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `file` as an answer, with a change made to its JSON first. */
export function changed(file: string, change: (json: Record<string, unknown>) => void): Served {
  const json = documentedJson(file);
  change(json);
  return { body: JSON.stringify(json) };
}

/**
 * The shape of a JSON value: objects → their fields' shapes, lists → the distinct shapes of their
 * entries, anything else → its type. Two answers with the same skeleton have the same fields,
 * types and nesting, whatever their values.
 */
export function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) {
    const shapes = new Map(
      value.map((entry) => {
        const shape = skeleton(entry);
        return [JSON.stringify(shape), shape] as const;
      }),
    );
    return [...shapes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, shape]) => shape);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, field]) => [key, skeleton(field)]),
    );
  }
  return value === null ? "null" : typeof value;
}
