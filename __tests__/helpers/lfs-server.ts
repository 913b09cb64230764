/**
 * A Git LFS server of our own, for tests: the batch API (download and upload, as git-lfs speaks
 * it) on one loopback address, the objects behind a second origin (another loopback address,
 * as GitHub puts them on its object storage host), with Range support, per-object byte counts,
 * and every request's headers recorded so a test can say which credential went where.
 *
 *   const lfs = await startLfsServer({ token: "ghs_x" });      // batch on 127.0.0.1, objects on 127.0.0.2
 *   lfs.endpoint("octo-org", "shows")                          // http://127.0.0.1:P/octo-org/shows.git/info/lfs
 *   lfs.put(bytes)                                             // stores an object, returns { oid, size }
 *   lfs.virtual(size, read)                                    // an object made on the fly (the bench's 50 MiB shows)
 *   lfs.sentBytes(oid)                                         // object bytes served so far
 *   lfs.faults.corrupt.add(oid) / missing / deny / quota / dropAfter / redirectBatchTo
 *
 * The batch API is https://github.com/git-lfs/git-lfs/blob/main/docs/api/batch.md; uploads are
 * the "basic" transfer's PUT of the whole object. Every answer of the batch API carries its own
 * header for the object host (`Authorization: RemoteAuth …`), as GitHub's answers do, and the
 * object host refuses a GET without it.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const LFS_TYPE = "application/vnd.git-lfs+json";

export interface LfsObjectData {
  size: number;
  /** The bytes from `start` to `end` (exclusive). */
  read(start: number, end: number): Buffer;
}

export interface RecordedRequest {
  host: "batch" | "objects";
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
}

export interface LfsServerOptions {
  /** The password (any user name, as GitHub takes a token) the batch API requires; none: it answers anyone. */
  token?: string;
  /** The batch API's address (default 127.0.0.1). */
  batchHost?: string;
  /** The object host's address (default 127.0.0.2). */
  objectHost?: string;
  /** `expires_in` of each download action, in seconds (default 3600). */
  expiresIn?: number;
  /** A query string for each download href, as a presigned link has (`?X-Amz-Signature=…`). */
  hrefQuery?: string;
}

export interface LfsServer {
  url: string;
  objectsUrl: string;
  endpoint(owner: string, repo: string): string;
  put(bytes: Buffer): { oid: string; size: number };
  virtual(oid: string, object: LfsObjectData): void;
  has(oid: string): boolean;
  /** Object bytes sent for `oid` (all objects when not given). */
  sentBytes(oid?: string): number;
  requests: RecordedRequest[];
  faults: {
    /** Served with its middle byte changed: its headers read fine, its sha256 no longer matches. */
    corrupt: Set<string>;
    /** The batch API answers 404 for it, as for an object never pushed. */
    missing: Set<string>;
    /** Every batch request is refused with 401. */
    deny: boolean;
    /** Every batch request is refused with GitHub's "over its data quota" answer. */
    quota: boolean;
    /** The next batch requests answer 429 with this `Retry-After` value, one per entry. */
    busy: string[];
    /** The object host drops the connection after this many bytes of a GET from 0, once per oid. */
    dropAfter: Map<string, number>;
    /** A whole-object GET sends this many bytes, then holds the connection open, sending nothing. */
    stallAfter: Map<string, number>;
    /** The object host answers 403 once to GETs with this oid, as for a lapsed link. */
    expireOnce: Set<string>;
    /** The object host redirects every GET to this origin (as to a storage bucket). */
    redirectTo?: string;
    /** The batch API answers every POST with a 307 to the same path on this origin. */
    redirectBatchTo?: string;
  };
  /** Times the batch API was asked for each oid (a renewed href asks again). */
  batchCount(oid: string): number;
  close(): Promise<void>;
}

export async function startLfsServer(options: LfsServerOptions = {}): Promise<LfsServer> {
  const objects = new Map<string, LfsObjectData>();
  const sent = new Map<string, number>();
  const batches = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const remoteAuth = `RemoteAuth ${randomBytes(12).toString("hex")}`;
  const faults: LfsServer["faults"] = {
    corrupt: new Set(),
    missing: new Set(),
    deny: false,
    quota: false,
    busy: [],
    dropAfter: new Map(),
    stallAfter: new Map(),
    expireOnce: new Set(),
  };
  let objectsUrl = "";

  const batchServer = createServer((req, res) => {
    requests.push({
      host: "batch",
      method: req.method ?? "",
      path: req.url ?? "",
      headers: req.headers,
    });
    void handleBatch(req, res).catch(() => res.destroy());
  });
  const objectServer = createServer((req, res) => {
    requests.push({
      host: "objects",
      method: req.method ?? "",
      path: req.url ?? "",
      headers: req.headers,
    });
    void handleObject(req, res).catch(() => res.destroy());
  });

  async function handleBatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (req.method !== "POST" || !(req.url ?? "").endsWith("/objects/batch")) {
      return json(res, 404, { message: "Not Found" });
    }
    if (faults.redirectBatchTo !== undefined) {
      res.writeHead(307, { location: `${faults.redirectBatchTo}${req.url ?? ""}` }).end();
      return;
    }
    const retryAfter = faults.busy.shift();
    if (retryAfter !== undefined) {
      res.setHeader("Retry-After", retryAfter);
      return json(res, 429, { message: "API rate limit exceeded" });
    }
    if (faults.quota) {
      return json(res, 403, {
        message:
          "This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.",
      });
    }
    if (faults.deny || (options.token !== undefined && passwordOf(req) !== options.token)) {
      res.setHeader("LFS-Authenticate", 'Basic realm="Git LFS"');
      return json(res, 401, { message: "Credentials needed" });
    }
    const request = JSON.parse(body.toString("utf8")) as {
      operation: string;
      objects: Array<{ oid: string; size: number }>;
    };
    json(res, 200, {
      transfer: "basic",
      objects: request.objects.map((o) => answerFor(request.operation, o)),
      hash_algo: "sha256",
    });
  }

  function answerFor(operation: string, o: { oid: string; size: number }): object {
    batches.set(o.oid, (batches.get(o.oid) ?? 0) + 1);
    const href = `${objectsUrl}/objects/${o.oid}${options.hrefQuery ?? ""}`;
    const action = {
      href,
      header: { Authorization: remoteAuth },
      expires_in: options.expiresIn ?? 3600,
    };
    if (operation === "upload") {
      return objects.has(o.oid)
        ? { ...o }
        : { ...o, authenticated: true, actions: { upload: action } };
    }
    const stored = objects.get(o.oid);
    if (stored === undefined || faults.missing.has(o.oid)) {
      return { ...o, error: { code: 404, message: "Object does not exist" } };
    }
    return { oid: o.oid, size: stored.size, authenticated: true, actions: { download: action } };
  }

  async function handleObject(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const oid = /^\/objects\/([0-9a-f]{64})(?:\?.*)?$/.exec(req.url ?? "")?.[1];
    if (req.headers.authorization !== remoteAuth || oid === undefined) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    if (req.method === "PUT") {
      const bytes = await readBody(req);
      const actual = sha256(bytes);
      if (actual !== oid) return void res.writeHead(422).end("hash mismatch");
      objects.set(oid, bufferObject(bytes));
      return void res.writeHead(200).end();
    }
    if (faults.expireOnce.delete(oid)) return void res.writeHead(403).end("Request has expired");
    if (faults.redirectTo !== undefined) {
      res.writeHead(302, { location: `${faults.redirectTo}/objects/${oid}` }).end();
      return;
    }
    const stored = objects.get(oid);
    if (stored === undefined) return void res.writeHead(404).end("Not Found");
    serveRange(req, res, oid, stored);
  }

  function serveRange(
    req: IncomingMessage,
    res: ServerResponse,
    oid: string,
    stored: LfsObjectData,
  ): void {
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
    let start = 0;
    let end = stored.size;
    if (range !== null) {
      start = Number(range[1]);
      end = range[2] === "" ? stored.size : Math.min(stored.size, Number(range[2]) + 1);
      if (start >= stored.size) {
        res.writeHead(416, { "content-range": `bytes */${stored.size}` }).end();
        return;
      }
      res.writeHead(206, {
        "content-range": `bytes ${start}-${end - 1}/${stored.size}`,
        "content-length": end - start,
        "accept-ranges": "bytes",
      });
    } else {
      res.writeHead(200, { "content-length": stored.size, "accept-ranges": "bytes" });
    }
    const drop = start === 0 ? faults.dropAfter.get(oid) : undefined;
    if (drop !== undefined) faults.dropAfter.delete(oid);
    // A whole-object GET (a download, not a check's range) that stalls: part of it, then nothing.
    const stall = range === null ? faults.stallAfter.get(oid) : undefined;
    const until = Math.min(end, drop ?? end, stall ?? end);
    void stream(
      res,
      oid,
      stored,
      start,
      until,
      drop !== undefined ? "drop" : stall !== undefined ? "hold" : "end",
    );
  }

  async function stream(
    res: ServerResponse,
    oid: string,
    stored: LfsObjectData,
    start: number,
    end: number,
    then: "end" | "drop" | "hold",
  ): Promise<void> {
    const step = 256 * 1024;
    for (let at = start; at < end; at += step) {
      if (res.destroyed) return;
      const chunk = Buffer.from(stored.read(at, Math.min(end, at + step)));
      const middle = Math.floor(stored.size / 2) - at;
      if (faults.corrupt.has(oid) && middle >= 0 && middle < chunk.length)
        chunk[middle] = (chunk[middle] ?? 0) ^ 0xff;
      sent.set(oid, (sent.get(oid) ?? 0) + chunk.length);
      if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
    }
    if (then === "drop") res.destroy();
    else if (then === "end") res.end();
  }

  const batchHost = options.batchHost ?? "127.0.0.1";
  const objectHost = options.objectHost ?? "127.0.0.2";
  await listen(batchServer, batchHost);
  await listen(objectServer, objectHost);
  const url = `http://${batchHost}:${(batchServer.address() as AddressInfo).port}`;
  objectsUrl = `http://${objectHost}:${(objectServer.address() as AddressInfo).port}`;

  return {
    url,
    objectsUrl,
    endpoint: (owner, repo) => `${url}/${owner}/${repo}.git/info/lfs`,
    put(bytes) {
      const oid = sha256(bytes);
      objects.set(oid, bufferObject(bytes));
      return { oid, size: bytes.length };
    },
    virtual: (oid, object) => void objects.set(oid, object),
    has: (oid) => objects.has(oid),
    sentBytes: (oid) =>
      oid === undefined ? [...sent.values()].reduce((a, b) => a + b, 0) : (sent.get(oid) ?? 0),
    requests,
    faults,
    batchCount: (oid) => batches.get(oid) ?? 0,
    close: async () => {
      await Promise.all([close(batchServer), close(objectServer)]);
    },
  };
}

/** The text of a Git LFS pointer to `object`, as `git lfs` writes it. */
export function pointerText(object: { oid: string; size: number }): string {
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${object.oid}\nsize ${object.size}\n`;
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function passwordOf(req: IncomingMessage): string | undefined {
  const encoded = /^Basic (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  return decoded.slice(decoded.indexOf(":") + 1);
}

function bufferObject(bytes: Buffer): LfsObjectData {
  return { size: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

function json(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": LFS_TYPE, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function listen(server: Server, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => resolve());
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
