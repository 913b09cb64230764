// A loopback HTTP server that serves one audio file by URL, as a cloudcast's `audio: https://…`
// would be. It can stall in the middle of a download (headers and half the body, then nothing),
// which is how a cancelled download is caught in flight.
import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface MediaServer {
  /** The file's URL, `http://127.0.0.1:PORT/<name>`. */
  url: string;
  /** Downloads (GET requests) started so far. */
  downloads(): number;
  /** Resolves once a stalling download has sent its first half. */
  stalled(): Promise<void>;
  close(): Promise<void>;
}

export interface MediaServerOptions {
  name: string;
  body: Buffer;
  contentType: string;
  /** GETs send the headers and half the body, then nothing more (HEAD still answers in full). */
  stallMidBody?: boolean;
}

export async function startMediaServer(options: MediaServerOptions): Promise<MediaServer> {
  const sockets = new Set<Socket>();
  let downloads = 0;
  let markStalled: () => void = () => {};
  const stalled = new Promise<void>((resolve) => (markStalled = resolve));
  const server = createServer((req, res) => {
    if (req.url !== `/${options.name}`) {
      res.writeHead(404).end();
      return;
    }
    const headers = {
      "content-type": options.contentType,
      "content-length": options.body.length,
    };
    if (req.method === "HEAD") {
      res.writeHead(200, headers).end();
      return;
    }
    downloads += 1;
    res.writeHead(200, headers);
    if (!options.stallMidBody) {
      res.end(options.body);
      return;
    }
    res.write(options.body.subarray(0, options.body.length >> 1), () => markStalled());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${options.name}`,
    downloads: () => downloads,
    stalled: () => stalled,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
