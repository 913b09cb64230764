// A real HTTP server on 127.0.0.1 (port 0) that records what it was asked.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest[]) => void;

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers });
    handler(req, res, requests);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves `body` with Content-Length, honouring `Range: bytes=N-` / `N-M` when `ranges` is set. */
export function serveBytes(
  res: ServerResponse,
  req: IncomingMessage,
  body: Buffer,
  options: { ranges?: boolean; contentType?: string } = {},
): void {
  const headers: Record<string, string | number> = {
    "content-type": options.contentType ?? "application/octet-stream",
  };
  if (options.ranges) headers["accept-ranges"] = "bytes";
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
  if (options.ranges && range) {
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
    if (start >= body.length) {
      res.writeHead(416, { "content-range": `bytes */${body.length}` }).end();
      return;
    }
    const part = body.subarray(start, end + 1);
    res.writeHead(206, {
      ...headers,
      "content-length": part.length,
      "content-range": `bytes ${start}-${end}/${body.length}`,
    });
    res.end(req.method === "HEAD" ? undefined : part);
    return;
  }
  res.writeHead(200, { ...headers, "content-length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Writes chunks for as long as the client reads: a body that never ends. */
export function endlessBody(res: ServerResponse, firstBytes: Buffer): void {
  res.writeHead(200, { "content-type": "application/octet-stream" });
  res.write(firstBytes);
  const chunk = Buffer.alloc(64 * 1024, 0x55);
  const pump = (): void => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once("drain", pump);
  };
  res.on("close", () => res.removeAllListeners("drain"));
  pump();
}
