// A misbehaving media host on 127.0.0.1: 404s, redirects out of loopback or to plain http,
// redirect loops, endless bodies, and Content-Length headers that lie. Every route is named
// after what it does, and every request is recorded.
import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { HTML_PAGE, PNG_BYTES } from "./samples.js";

/** More than any media check may read of an endless body; reaching it means nobody hung up. */
export const ENDLESS_CAP_BYTES = 64 * 1024 * 1024;

export interface HostileUrlServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  requests: Array<{ method: string; path: string }>;
  /** Bytes written to endless bodies before the client hung up (or the cap was reached). */
  endlessBytesSent: number[];
  close(): Promise<void>;
}

type Route = (req: IncomingMessage, res: ServerResponse, server: HostileUrlServer) => void;

const redirect =
  (location: string): Route =>
  (_req, res) => {
    res.writeHead(302, { location, "content-length": "0" });
    res.end();
  };

/** HEAD refused, so the check falls back to a ranged GET and has to deal with the body. */
const getOnly =
  (route: Route): Route =>
  (req, res, server) => {
    if (req.method === "HEAD") {
      res.writeHead(405, { allow: "GET", "content-length": "0" });
      res.end();
      return;
    }
    route(req, res, server);
  };

const ROUTES: Record<string, Route> = {
  "/missing.mp3": (_req, res) => {
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not Found</h1>");
  },
  "/to-plain-http.mp3": redirect("http://mixes.example.com/show.mp3"),
  "/to-private.mp3": redirect("https://10.255.255.1/show.mp3"),
  "/to-private-http.mp3": redirect("http://10.255.255.1/show.mp3"),
  "/to-file.mp3": redirect("file:///etc/passwd"),
  "/loop.mp3": redirect("/loop.mp3"),
  "/endless.mp3": getOnly(endlessHtml),
  "/huge.mp3": (_req, res) => {
    // 10 TiB announced, nothing sent.
    res.writeHead(200, { "content-type": "audio/mpeg", "content-length": String(10 * 2 ** 40) });
    res.end();
  },
  "/short.mp3": getOnly((_req, res) => {
    // Announces 1 MiB, sends a few bytes of HTML, and drops the connection.
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": "1048576" });
    res.write(HTML_PAGE.subarray(0, 40), () => res.destroy());
  }),
  "/empty.mp3": (_req, res) => {
    res.writeHead(200, { "content-type": "audio/mpeg", "content-length": "0" });
    res.end();
  },
  "/page.mp3": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(HTML_PAGE);
  },
  "/png-bytes.mp3": getOnly((_req, res) => {
    res.writeHead(200, {
      "content-type": "application/octet-stream",
      "content-length": String(PNG_BYTES.length),
    });
    res.end(PNG_BYTES);
  }),
  "/audio-as-picture.png": (_req, res) => {
    res.writeHead(200, { "content-type": "audio/mpeg", "content-length": "4096" });
    res.end();
  },
};

function endlessHtml(_req: IncomingMessage, res: ServerResponse, server: HostileUrlServer): void {
  res.writeHead(200, { "content-type": "application/octet-stream" });
  const chunk = Buffer.concat(Array<Buffer>(64).fill(HTML_PAGE));
  let sent = 0;
  const index = server.endlessBytesSent.push(0) - 1;
  const pump = (): void => {
    while (sent < ENDLESS_CAP_BYTES && !res.destroyed) {
      sent += chunk.length;
      server.endlessBytesSent[index] = sent;
      if (!res.write(chunk)) {
        res.once("drain", pump);
        return;
      }
    }
    res.end();
  };
  res.on("close", () => res.removeAllListeners("drain"));
  pump();
}

export async function startHostileUrlServer(): Promise<HostileUrlServer> {
  const sockets = new Set<Socket>();
  const http = createServer();
  http.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  const server: HostileUrlServer = {
    url: `http://127.0.0.1:${port}`,
    requests: [],
    endlessBytesSent: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        http.close(() => resolve());
      }),
  };
  http.on("request", (req, res) => {
    const path = new URL(req.url ?? "/", server.url).pathname;
    server.requests.push({ method: req.method ?? "", path });
    const route = ROUTES[path];
    if (route === undefined) {
      res.writeHead(404).end();
      return;
    }
    route(req, res, server);
  });
  return server;
}
