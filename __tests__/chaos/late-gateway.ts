// An HTTP gateway in front of the mock that commits the first upload late: it reads the whole
// request, then holds it back — answering nothing, or answering 504 as a load balancer whose
// own timeout ran out — until the test releases it, and only then passes it on to the mock, which
// stores it. Every other request goes straight through. This is a server that finishes an upload
// after the client stopped waiting for it.
import { createServer, request } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface LateGateway {
  url: string;
  /** Resolves once the first upload has been received in full and is being held. */
  holding(): Promise<void>;
  /** Passes the held upload on to the mock; resolves once the mock has answered it. */
  release(): Promise<void>;
  close(): Promise<void>;
}

export type HoldMode = "no-answer" | "gateway-timeout";

export async function startLateGateway(target: string, mode: HoldMode): Promise<LateGateway> {
  const origin = new URL(target);
  const sockets = new Set<Socket>();
  let held: { req: IncomingMessage; body: Buffer } | undefined;
  let markHolding: () => void = () => {};
  const holding = new Promise<void>((resolve) => (markHolding = resolve));
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const isUpload = req.method === "POST" && (req.url ?? "").startsWith("/upload/?");
      if (isUpload && held === undefined) {
        held = { req, body };
        markHolding();
        if (mode === "gateway-timeout") res.writeHead(504).end("Gateway Time-out");
        return;
      }
      void forward(origin, req, body, res);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    holding: () => holding,
    async release() {
      if (held === undefined) throw new Error("release(): no upload is being held");
      await forward(origin, held.req, held.body, undefined);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Sends the request on to the mock and its answer back to `res` (when someone still waits). */
function forward(
  origin: URL,
  req: IncomingMessage,
  body: Buffer,
  res: ServerResponse | undefined,
): Promise<void> {
  return new Promise((resolve) => {
    const onward = request(
      {
        host: origin.hostname,
        port: origin.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: origin.host, connection: "close" },
      },
      (answer) => {
        if (res !== undefined && !res.destroyed) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        } else {
          answer.resume();
        }
        answer.on("end", () => resolve());
        answer.on("error", () => resolve());
      },
    );
    onward.on("error", () => {
      res?.destroy();
      resolve();
    });
    onward.end(body);
  });
}
